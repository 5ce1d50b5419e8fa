/*
 * What the browser tests stand on: the production build of the page and the Office double, a tiny
 * static server on 127.0.0.1, and headless Chromium (the system browser, driven by playwright-core)
 * that reaches nothing but that server and the double.
 */
import fs from "fs";
import http from "http";
import os from "os";
import path from "path";
import { Browser, CDPSession, chromium, Locator, Page } from "playwright-core";
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
  ".mjs": "text/javascript; charset=utf-8",
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
  /** Serve an empty script for Office.js, as a page opened outside Office that cannot load it has none. */
  readonly withoutOffice?: boolean;
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
    options.withoutOffice
      ? route.fulfill({ body: "", contentType: "text/javascript; charset=utf-8" })
      : route.fulfill({ path: built.officeDoubleScript, contentType: "text/javascript; charset=utf-8" }),
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
  // Ready when Office says so, or, without Office.js, once the pane says it needs Excel.
  await page.locator(options.withoutOffice ? "#host-notice:not([hidden])" : "#app[data-office-ready='true']").waitFor();
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

/**
 * One node of Chromium's own accessibility tree. Fluent UI's web components give their hosts roles and
 * states through ElementInternals, which the tree shows but page scripts cannot read: Playwright's
 * getByRole and axe-core compute roles in the page and so do not see a fluent-button as a button.
 */
export interface AxNode {
  readonly role: string;
  readonly name: string;
  readonly description: string;
  readonly disabled: boolean;
  readonly focusable: boolean;
  /** "true", "false" or "mixed" for radios and checkboxes; undefined for the rest. */
  readonly checked?: string;
}

export interface AxMatch extends AxNode {
  /** The element behind the node: its id where it has one in the document, else a mark the helper adds. */
  readonly locator: Locator;
}

interface CdpAxNode {
  readonly ignored: boolean;
  readonly role?: { readonly value: string };
  readonly name?: { readonly value: string };
  readonly description?: { readonly value: string };
  readonly properties?: { readonly name: string; readonly value: { readonly value: unknown } }[];
  readonly backendDOMNodeId?: number;
}

const cdpSessions = new WeakMap<Page, Promise<CDPSession>>();

function openCdp(page: Page): Promise<CDPSession> {
  let session = cdpSessions.get(page);
  if (session === undefined) {
    session = page
      .context()
      .newCDPSession(page)
      .then(async (cdp) => {
        await cdp.send("Accessibility.enable");
        return cdp;
      });
    cdpSessions.set(page, session);
  }
  return session;
}

function toAxNode(node: CdpAxNode): AxNode {
  const property = (name: string) => node.properties?.find((candidate) => candidate.name === name)?.value.value;
  const checked = property("checked");
  return {
    role: node.role?.value ?? "",
    name: node.name?.value ?? "",
    description: node.description?.value ?? "",
    disabled: property("disabled") === true,
    focusable: property("focusable") === true,
    ...(checked === undefined ? {} : { checked: String(checked) }),
  };
}

let axMarks = 0;

async function queryAx(page: Page, role: string, name: string): Promise<AxMatch | undefined> {
  const cdp = await openCdp(page);
  const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
  const { nodes } = (await cdp.send("Accessibility.queryAXTree", {
    backendNodeId: root.backendNodeId,
    role,
    accessibleName: name,
  })) as { nodes: CdpAxNode[] };
  const node = nodes.find((candidate) => !candidate.ignored && candidate.backendDOMNodeId !== undefined);
  if (node === undefined) return undefined;
  const { object } = await cdp.send("DOM.resolveNode", { backendNodeId: node.backendDOMNodeId });
  const mark = `ax-${++axMarks}`;
  const { result } = await cdp.send("Runtime.callFunctionOn", {
    objectId: object.objectId,
    functionDeclaration: `function (mark) {
      if (this.id && this.getRootNode() === document) return "#" + CSS.escape(this.id);
      this.setAttribute("data-ax-mark", mark);
      return '[data-ax-mark="' + mark + '"]';
    }`,
    arguments: [{ value: mark }],
    returnByValue: true,
  });
  return { ...toAxNode(node), locator: page.locator(result.value as string) };
}

/**
 * Waits for the element with `role` and exactly `name` in Chromium's accessibility tree: what getByRole
 * would find if it could see ElementInternals. Open shadow roots are part of that tree.
 */
export async function getByAxRole(page: Page, role: string, name: string, timeoutMs = 15000): Promise<AxMatch> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = await queryAx(page, role, name);
    if (match !== undefined) return match;
    if (Date.now() > deadline) throw new Error(`No ${role} named "${name}" in the accessibility tree.`);
    await page.waitForTimeout(50);
  }
}

/** The accessibility node of the element that `selector` finds in the document (not inside a shadow root). */
export async function axNodeOf(page: Page, selector: string): Promise<AxNode> {
  const cdp = await openCdp(page);
  const { result } = await cdp.send("Runtime.evaluate", {
    expression: `document.querySelector(${JSON.stringify(selector)})`,
  });
  if (result.objectId === undefined) throw new Error(`No element ${selector} in the page.`);
  const { nodes } = (await cdp.send("Accessibility.getPartialAXTree", {
    objectId: result.objectId,
    fetchRelatives: false,
  })) as { nodes: CdpAxNode[] };
  const node = nodes[0];
  if (node === undefined || node.ignored) throw new Error(`${selector} is not in the accessibility tree.`);
  return toAxNode(node);
}

/** Chooses a file (its content, or a path for a large one) the way a user does: the Fluent button opens the native file chooser. */
export async function chooseFile(
  page: Page,
  buttonName: string,
  file: { name: string; mimeType: string; buffer: Buffer } | string,
): Promise<void> {
  const button = await getByAxRole(page, "button", buttonName);
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), button.locator.click()]);
  await chooser.setFiles(file);
}

/**
 * Whether the focused element shows a focus indicator a sighted user can see: an outline or ring on it, on
 * the Fluent field around it (radios), or fluent-textarea's own indicator, the brand-coloured bottom
 * stroke that unfolds in its shadow root. Waits up to a second for the components' focus transitions.
 */
export async function hasVisibleFocus(page: Page): Promise<boolean> {
  for (let tries = 0; tries < 20; tries++) {
    if (await readVisibleFocus(page)) return true;
    await page.waitForTimeout(50);
  }
  return false;
}

function readVisibleFocus(page: Page): Promise<boolean> {
  return page.evaluate(`(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return false;
    const shows = (element) => {
      const style = getComputedStyle(element);
      const outline =
        style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0 && !/rgba\\(.*,\\s*0\\)$/.test(style.outlineColor);
      const ring = style.boxShadow !== "none" && /0px 0px 0px [1-9]/.test(style.boxShadow);
      return outline || ring;
    };
    const field = focused.closest("fluent-field");
    const stroke = () => {
      const root = focused.localName === "fluent-textarea" && focused.shadowRoot && focused.shadowRoot.querySelector(".root");
      if (!root) return false;
      const after = getComputedStyle(root, "::after");
      return parseFloat(after.borderBottomWidth) >= 2 && after.transform === "matrix(1, 0, 0, 1, 0, 0)";
    };
    return shows(focused) || (field !== null && shows(field)) || stroke();
  })()`) as Promise<boolean>;
}
