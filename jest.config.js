/* eslint-disable no-undef */
/** Unit, formula, manifest and browser tests; all offline. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
  },
  moduleNameMapper: {
    // office-addin-mock pulls office-addin-manifest, one of whose dependencies is ESM-only.
    "^office-addin-manifest$": "<rootDir>/test/stubs/officeAddinManifest.js",
  },
  setupFiles: ["<rootDir>/test/setup/customFunctionsRuntime.ts"],
  testTimeout: 60000,
  reporters: ["default", "<rootDir>/test/reporters/summaryLine.js"],
};
