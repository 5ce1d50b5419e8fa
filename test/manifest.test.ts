/*
 * What the manifest schema cannot see (the schema itself is checked by .ci/run with xmllint):
 * every resid points at a defined resource, every URL is https, every icon exists with its size.
 */
import fs from "fs";
import path from "path";
import { DOMParser } from "@xmldom/xmldom";

const ROOT = path.resolve(__dirname, "..");
const manifestText = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const manifest = new DOMParser().parseFromString(manifestText, "text/xml");
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

function allElements(): Element[] {
  return Array.from(manifest.getElementsByTagName("*")) as unknown as Element[];
}

function resourceIds(): Set<string> {
  return new Set(
    ["Image", "Url", "String"].flatMap((tag) =>
      (Array.from(manifest.getElementsByTagNameNS(BT, tag)) as unknown as Element[])
        .filter((element) => element.parentNode && (element.parentNode as Element).localName !== "Icon")
        .map((element) => element.getAttribute("id"))
        .filter((id): id is string => !!id),
    ),
  );
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The file behind a localhost URL of the dev server. */
function localFileOf(url: string): string {
  const relative = new URL(url).pathname.replace(/^\//, "");
  return path.join(ROOT, relative);
}

describe("manifest.xml", () => {
  it("defines every resource it refers to", () => {
    const defined = resourceIds();
    const referenced = allElements()
      .map((element) => element.getAttribute("resid"))
      .filter((id): id is string => !!id);
    expect(referenced.length).toBeGreaterThan(10);
    expect(referenced.filter((id) => !defined.has(id))).toEqual([]);
  });

  it("uses only https URLs", () => {
    const urls = [...manifestText.matchAll(/(?:DefaultValue|Value)="([a-z]+:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((url) => !url.startsWith("https://"))).toEqual([]);
  });

  it("has every icon with the size it claims", () => {
    const claimed = (Array.from(manifest.getElementsByTagNameNS(BT, "Image")) as unknown as Element[])
      .filter((element) => element.getAttribute("DefaultValue"))
      .map((element) => ({ id: element.getAttribute("id") ?? "", url: element.getAttribute("DefaultValue") ?? "" }));
    for (const tag of ["IconUrl", "HighResolutionIconUrl"]) {
      const element = manifest.getElementsByTagName(tag)[0] as unknown as Element;
      claimed.push({ id: tag, url: element.getAttribute("DefaultValue") ?? "" });
    }
    const expectedSize: Record<string, number> = { IconUrl: 32, HighResolutionIconUrl: 64 };
    for (const { id, url } of claimed) {
      const size = expectedSize[id] ?? Number(/(\d+)x\1$/.exec(id)?.[1]);
      const file = localFileOf(url);
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
      expect(url).toContain(`icon-${size}.png`);
    }
  });

  it("ships icons in every size Office asks for", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(path.join(ROOT, "assets", `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  it("declares the shared runtime, the WINWIN namespace and only the permission it needs", () => {
    expect(manifestText).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    expect(manifestText).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(manifestText).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="WINWIN"\/>/);
    expect(manifestText).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(manifestText).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/Id>/);
  });

  it("opens the task pane from the Home tab", () => {
    expect(manifestText).toMatch(/<OfficeTab id="TabHome">[\s\S]*xsi:type="ShowTaskpane"/);
  });
});
