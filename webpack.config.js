/* eslint-disable no-undef */
/*
 * One page, taskpane.html, hosts both the task pane and the custom functions (shared runtime).
 * The functions bundle comes first on the page and carries no UI code, so Excel can register the
 * functions before anything of the pane is loaded.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { AddinAssetsPlugin, DEV_BASE_URL } = require("./scripts/addinAssetsPlugin");

module.exports = (env, options) => {
  const production = options.mode !== "development";
  const baseUrl = process.env.ADDIN_BASE_URL || DEV_BASE_URL;
  return {
    devtool: production ? false : "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/taskpane.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true } },
        },
        {
          test: /src[\\/]functions[\\/]functions\.ts$/,
          enforce: "post",
          use: path.resolve(__dirname, "scripts/guardAssociateLoader.js"),
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "src/help", to: "help", noErrorOnMissing: true },
          // pdf.js's own worker, served beside the page: loaded only when a PDF is chosen (loadPdfJs.ts).
          { from: "node_modules/pdfjs-dist/legacy/build/pdf.worker.min.mjs", to: "pdf.worker.mjs" },
        ],
      }),
      new AddinAssetsPlugin({
        baseUrl,
        dutchTextsPath: path.resolve(__dirname, "src/functions/functionTexts.nl.json"),
      }),
    ],
    devServer: {
      static: false,
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      hot: false,
      liveReload: false,
      client: false,
      devMiddleware: { writeToDisk: true },
    },
  };
};
