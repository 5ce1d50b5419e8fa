import { OfficeMockObject } from "office-addin-mock";

/** Installs an `Office` global (office-addin-mock) whose Excel supports ExcelApi up to `maxExcelApi`. */
export function installOfficeGlobal(maxExcelApi: string, displayLanguage = "nl-BE"): void {
  // Office.context is read directly, without load/sync; office-addin-mock models that in its Outlook mode.
  const mock = new OfficeMockObject(
    {
      context: {
        displayLanguage,
        requirements: {
          isSetSupported: (name: string, version: string) =>
            name === "ExcelApi" && compareVersions(version, maxExcelApi) <= 0,
        },
      },
    },
    "outlook" as never,
  );
  (globalThis as unknown as { Office: unknown }).Office = mock;
}

export function removeOfficeGlobal(): void {
  delete (globalThis as unknown as { Office?: unknown }).Office;
}

function compareVersions(a: string, b: string): number {
  const [aMajor, aMinor] = a.split(".").map(Number);
  const [bMajor, bMinor] = b.split(".").map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}
