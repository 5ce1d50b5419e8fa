/* eslint-disable no-undef */
/**
 * Runs last over the compiled functions bundle: each CustomFunctions.associate call that
 * custom-functions-metadata-plugin appends is made conditional, so functions.js does not stop with
 * a ReferenceError where there is no CustomFunctions (the page opened outside Excel, an Excel
 * without the shared runtime). Inside Excel the calls run exactly as the plugin wrote them.
 */
module.exports = function guardAssociateCalls(source) {
  return source.replace(
    /^CustomFunctions\.associate\(/gm,
    'typeof CustomFunctions !== "undefined" && CustomFunctions.associate(',
  );
};
