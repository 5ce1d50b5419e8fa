/* eslint-disable no-undef */
/*
 * `npm start`: a production build served over https on localhost:3000, the way Excel loads the add-in.
 * Certificates come from office-addin-dev-certs when they exist (trusted by Office after
 * `npx office-addin-dev-certs install`); otherwise webpack-dev-server makes a self-signed one.
 * Nothing here asks a question, so it never hangs on a prompt.
 */
const fs = require("fs");
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const devCertsDefaults = require("office-addin-dev-certs/lib/defaults");
const makeConfig = require("../webpack.config.js");

function findServerOptions() {
  const { localhostCertificatePath, localhostKeyPath, caCertificatePath } = devCertsDefaults;
  if ([localhostCertificatePath, localhostKeyPath, caCertificatePath].every((file) => fs.existsSync(file))) {
    return {
      type: "https",
      options: {
        cert: fs.readFileSync(localhostCertificatePath),
        key: fs.readFileSync(localhostKeyPath),
        ca: fs.readFileSync(caCertificatePath),
      },
      from: `office-addin-dev-certs (${devCertsDefaults.certificateDirectory})`,
    };
  }
  return {
    type: "https",
    from: "a self-signed certificate (run `npx office-addin-dev-certs install` for a trusted one)",
  };
}

function printSideloadHelp(port, certificateSource) {
  const base = `https://localhost:${port}`;
  console.log(`
Win-win loan add-in served at ${base}/ (certificate: ${certificateSource})
  manifest  ${base}/manifest.xml
  page      ${base}/taskpane.html
  functions ${base}/functions.js, ${base}/functions.json (Dutch: ${base}/functions.nl.json)

Sideload it:
  Excel on the web:       Insert > Add-ins > Upload My Add-in > choose manifest.xml
  Excel on Windows / Mac: npx office-addin-debugging start manifest.xml
Stop with Ctrl+C.`);
}

async function start() {
  const config = makeConfig({}, { mode: "production" });
  config.mode = "production";
  const { from, ...server } = findServerOptions();
  const devServer = new WebpackDevServer({ ...config.devServer, server }, webpack(config));
  await devServer.start();
  printSideloadHelp(config.devServer.port, from);
}

start().catch((error) => {
  console.error(error.message || error);
  process.exit(1);
});
