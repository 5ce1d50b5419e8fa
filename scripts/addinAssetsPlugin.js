/* eslint-disable no-undef */
/*
 * Finishes the files Excel reads besides the bundles:
 * - points every https://localhost:3000/ in the manifest, the function metadata and the help pages at
 *   the address the add-in is served from (ADDIN_BASE_URL), every occurrence;
 * - writes functions.nl.json: the generated metadata with the Dutch descriptions, which the manifest
 *   offers to Excel in Dutch (nl-NL, nl-BE).
 */
const fs = require("fs");
const path = require("path");
const { sources, Compilation, WebpackError } = require("webpack");

const DEV_BASE_URL = "https://localhost:3000/";
const PLUGIN = "AddinAssetsPlugin";

class AddinAssetsPlugin {
  constructor({ baseUrl, dutchTextsPath }) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    this.dutchTextsPath = dutchTextsPath;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        this.addDutchMetadata(compilation);
        this.rewriteBaseUrl(compilation);
      });
    });
  }

  addDutchMetadata(compilation) {
    const english = compilation.getAsset("functions.json");
    if (!english || !fs.existsSync(this.dutchTextsPath)) return;
    compilation.fileDependencies.add(this.dutchTextsPath);
    const texts = JSON.parse(fs.readFileSync(this.dutchTextsPath, "utf8"));
    const metadata = JSON.parse(english.source.source().toString());
    const missing = [];
    for (const fn of metadata.functions) {
      const dutch = texts[fn.id];
      if (!dutch) {
        missing.push(fn.id);
        continue;
      }
      fn.description = dutch.description;
      for (const parameter of fn.parameters) {
        if (dutch.parameters && dutch.parameters[parameter.name])
          parameter.description = dutch.parameters[parameter.name];
        else missing.push(`${fn.id}(${parameter.name})`);
      }
    }
    if (missing.length > 0) {
      compilation.errors.push(
        new WebpackError(`${path.basename(this.dutchTextsPath)} lacks Dutch texts for: ${missing.join(", ")}`),
      );
    }
    compilation.emitAsset("functions.nl.json", new sources.RawSource(JSON.stringify(metadata, null, 2)));
  }

  rewriteBaseUrl(compilation) {
    if (this.baseUrl === DEV_BASE_URL) return;
    for (const asset of compilation.getAssets()) {
      if (!/\.(xml|json|html)$/.test(asset.name)) continue;
      const text = asset.source.source().toString();
      if (!text.includes(DEV_BASE_URL)) continue;
      compilation.updateAsset(asset.name, new sources.RawSource(text.split(DEV_BASE_URL).join(this.baseUrl)));
    }
  }
}

module.exports = { AddinAssetsPlugin, DEV_BASE_URL };
