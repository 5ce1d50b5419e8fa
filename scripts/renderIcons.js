/* eslint-disable no-undef */
/*
 * Renders assets/logo.svg to the PNG sizes Office asks for (16, 32, 64, 80, 128), in headless Chromium.
 * Run by hand after changing the logo: `node scripts/renderIcons.js`; the PNGs are committed.
 */
const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");

const SIZES = [16, 32, 64, 80, 128];

async function renderIcons() {
  const svg = fs.readFileSync(path.join(__dirname, "..", "assets", "logo.svg"), "utf8");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      const dataUrl = "data:image/svg+xml;base64," + Buffer.from(svg).toString("base64");
      await page.setContent(
        `<html><body style="margin:0;background:transparent"><img src="${dataUrl}" width="${size}" height="${size}"></body></html>`,
      );
      await page.screenshot({ path: path.join(__dirname, "..", "assets", `icon-${size}.png`), omitBackground: true });
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

renderIcons().catch((error) => {
  console.error(error);
  process.exit(1);
});
