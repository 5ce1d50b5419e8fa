/* eslint-disable no-undef */
// office-addin-mock needs only the OfficeApp names from office-addin-manifest, one of whose own
// dependencies is ESM-only and cannot load under Jest; this stand-in gives those names.
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
