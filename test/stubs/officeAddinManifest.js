/* eslint-disable no-undef */
// office-addin-mock imports office-addin-manifest only for features the tests never use; one of that
// package's dependencies is ESM-only and cannot load under Jest, so tests see this empty stand-in.
module.exports = {};
