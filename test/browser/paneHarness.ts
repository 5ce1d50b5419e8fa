/*
 * What the browser tests stand on: the production build of the page and the Office double, a tiny
 * static server on 127.0.0.1, and headless Chromium (the system browser, driven by playwright-core)
 * that reaches nothing but that server and the double.
 */
import fs from "fs";
import http from "http";
import os from "os";
import path from "path";
import { Browser, chromium, Locator, Page } from "playwright-core";
import webpack from "webpack";
import { OfficeDoubleConfig, WorkbookSnapshot } from "./officeDoubleTypes";

export const REPO_ROOT = path.resolve(__dirname, "..", "..");
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const OFFICE_ORIGIN = "https://appsforoffice.microsoft.com";

/** CI sets this: there a missing browser is a broken machine, not a reason to skip. */
export function isBrowserRequired(): boolean {
  return process.env.WINWIN_REQUIRE_BROWSER === "1";
}

export function hasChromium(): boolean {
  return fs.existsSync(CHROMIUM_PATH);
}

export interface BuiltPane {
  readonly pageDir: string;
  readonly officeDoubleScript: string;
  readonly remove: () => void;
}

/** The production build of the page (the repo's own webpack config) and the Office double, into a temporary folder. */
export async function buildPane(): Promise<BuiltPane> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "winwin-pane-"));
  const pageDir = path.join(root, "page");
  const doubleDir = path.join(root, "double");
  const makeConfig = require(path.join(REPO_ROOT, "webpack.config.js"));
  const pageConfig = makeConfig({}, { mode: "production" });
  pageConfig.mode = "production";
  pageConfig.output.path = pageDir;
  const doubleConfig: webpack.Configuration = {
    mode: "production",
    devtool: false,
    target: "web",
    context: REPO_ROOT,
    entry: path.join(__dirname, "officeDouble.ts"),
    output: { path: doubleDir, filename: "office.js", iife: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [{ test: /\.ts$/, loader: "ts-loader", options: { onlyCompileBundledFiles: true, transpileOnly: true } }],
    },
    optimization: { minimize: false },
    performance: { hints: false },
  };
  const stats = await new Promise<webpack.MultiStats>((resolve, reject) =>
    webpack([pageConfig, doubleConfig], (error, result) => (error || !result ? reject(error) : resolve(result))),
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  return {
    pageDir,
    officeDoubleScript: path.join(doubleDir, "office.js"),
    remove: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  readonly baseUrl: string;
  readonly close: () => Promise<void>;
}

/** Serves a folder over http on 127.0.0.1 at a free port; nothing outside the folder is reachable. */
export async function serveDirectory(root: string): Promise<StaticServer> {
  const server = http.createServer((request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const file = path.resolve(root, `.${urlPath}`);
    const inside = file.startsWith(root + path.sep);
    fs.readFile(file, (error, body) => {
      if (!inside || error) {
        response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
        response.end("Not found");
        return;
      }
      response.writeHead(200, { "Content-Type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream" });
      response.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("The static server has no port.");
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Headless Chromium that resolves no host name but the local ones. playwright-core gives every
 * launch a fresh temporary profile (user data dir) and removes it on close.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
      "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost, EXCLUDE 127.0.0.1",
    ],
  });
}

export interface PaneSession {
  readonly page: Page;
  /** Script errors, console errors (CSP violations among them) and requests that left the test's two origins. */
  readonly problems: string[];
  readonly snapshot: () => Promise<WorkbookSnapshot>;
  readonly close: () => Promise<void>;
}

export interface OpenPaneOptions {
  readonly config?: OfficeDoubleConfig;
  /** Only for injecting axe: every other test runs under the page's own Content-Security-Policy. */
  readonly bypassCSP?: boolean;
}

/** Opens the task pane at Excel's task pane width, with Office.js replaced by the double. */
export async function openPane(
  browser: Browser,
  built: BuiltPane,
  server: StaticServer,
  options: OpenPaneOptions = {},
): Promise<PaneSession> {
  const context = await browser.newContext({
    viewport: { width: 400, height: 900 },
    bypassCSP: options.bypassCSP ?? false,
  });
  const problems: string[] = [];
  await context.route(`${OFFICE_ORIGIN}/**`, (route) =>
    route.fulfill({ path: built.officeDoubleScript, contentType: "text/javascript; charset=utf-8" }),
  );
  const page = await context.newPage();
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && !message.location().url.endsWith("/favicon.ico")) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(server.baseUrl) && !url.startsWith(OFFICE_ORIGIN) && !url.startsWith("data:")) {
      problems.push(`request to ${url}`);
    }
  });
  // A string, not a function: the config must reach the page before any of its scripts runs.
  await page.addInitScript({ content: `window.__officeDoubleConfig = ${JSON.stringify(options.config ?? {})};` });
  await page.goto(`${server.baseUrl}/taskpane.html`);
  await page.locator("#app[data-office-ready='true']").waitFor();
  return {
    page,
    problems,
    snapshot: () => page.evaluate("window.__officeDouble.snapshot()") as Promise<WorkbookSnapshot>,
    close: () => context.close(),
  };
}

/** Waits until a locator's text contains `text`. */
export async function waitForText(locator: Locator, text: string): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor();
}

export function readFixture(name: string): string {
  return fs.readFileSync(path.join(__dirname, "fixtures", name), "utf8");
}

/** Intl writes non-breaking spaces; the tests compare with plain ones. */
export function toPlainSpaces(text: string | null): string {
  return (text ?? "").replace(/[\u00a0\u202f]/g, " ");
}
