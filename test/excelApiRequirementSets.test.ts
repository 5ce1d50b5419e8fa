/*
 * Runs where the manifest says it runs: every Office.js member the workbook layer and the task pane
 * use is looked up in @types/office-js (its `[Api set: ExcelApi 1.x]` remark, resolved by the type
 * checker, not by matching names), and a member above the ExcelApi version manifest.xml declares
 * must sit behind an isSetSupported guard (isExcelApiSupported) for at least its version.
 */
import fs from "fs";
import path from "path";
import ts from "typescript";
import { DOMParser } from "@xmldom/xmldom";

const ROOT = path.resolve(__dirname, "..");
const SOURCE_DIRECTORIES = ["src/excel", "src/taskpane"];
const FIXTURE = path.join(ROOT, "test/fixtures/excelApiUses.ts");

interface ApiUse {
  readonly file: string;
  readonly line: number;
  readonly member: string;
  readonly version: string; // "1.8"; "online" for ExcelApiOnline, above every numbered set
  readonly guardedVersion?: string;
}

function listSources(): string[] {
  return SOURCE_DIRECTORIES.flatMap((directory) =>
    fs
      .readdirSync(path.join(ROOT, directory))
      .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
      .map((name) => path.join(ROOT, directory, name)),
  );
}

function createProgram(files: string[]): ts.Program {
  const configPath = path.join(ROOT, "tsconfig.json");
  const config = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  return ts.createProgram(files, { ...parsed.options, noEmit: true });
}

/** "1.10" above "1.9": requirement set versions compare part by part. */
function compareVersions(a: string, b: string): number {
  if (a === b) return 0;
  if (a === "online") return 1;
  if (b === "online") return -1;
  const [left, right] = [a, b].map((v) => v.split(".").map(Number));
  return left[0] - right[0] || left[1] - right[1];
}

function readApiSet(symbol: ts.Symbol, checker: ts.TypeChecker): string | undefined {
  const declarations = symbol.getDeclarations() ?? [];
  if (!declarations.some((d) => d.getSourceFile().fileName.includes("@types/office-js"))) return undefined;
  const text = [
    ts.displayPartsToString(symbol.getDocumentationComment(checker)),
    ...symbol.getJsDocTags(checker).map((tag) => ts.displayPartsToString(tag.text)),
  ].join("\n");
  const match = /\[Api set: ExcelApi(Online)? (\d+\.\d+)/.exec(text);
  if (!match) return undefined;
  return match[1] ? "online" : match[2];
}

/** The ExcelApi version a guard call asks for: isExcelApiSupported("1.8") or isSetSupported("ExcelApi", "1.8"). */
function readGuard(node: ts.Node): string | undefined {
  if (!ts.isCallExpression(node)) return undefined;
  const callee = node.expression;
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : "";
  const literals = node.arguments.filter(ts.isStringLiteral).map((a) => a.text);
  if (name === "isExcelApiSupported") return literals[0];
  if (name === "isSetSupported" && literals[0] === "ExcelApi") return literals[1];
  return undefined;
}

type FunctionNode = ts.FunctionDeclaration | ts.FunctionExpression | ts.ArrowFunction | ts.MethodDeclaration;

function isFunction(node: ts.Node): node is FunctionNode {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node) ||
    ts.isMethodDeclaration(node)
  );
}

/**
 * The ExcelApi version a function runs under: what a guard inside it checks, or else the lowest
 * version its callers in the same file run under (a helper only a guarded function calls is guarded).
 */
function createGuardFinder(file: ts.SourceFile, checker: ts.TypeChecker) {
  const memo = new Map<ts.Node, string | undefined>();
  const callers = new Map<ts.Symbol, ts.Node[]>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && !(node.parent && isFunction(node.parent) && node.parent.name === node)) {
      const symbol = checker.getSymbolAtLocation(node);
      if (symbol) callers.set(symbol, [...(callers.get(symbol) ?? []), node]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);

  const ownGuard = (fn: ts.Node): string | undefined => {
    let found: string | undefined;
    const look = (node: ts.Node): void => {
      const guard = readGuard(node);
      if (guard && (!found || compareVersions(guard, found) > 0)) found = guard;
      if (!isFunction(node)) ts.forEachChild(node, look);
    };
    ts.forEachChild(fn, look);
    return found;
  };

  const guardOf = (fn: ts.Node): string | undefined => {
    if (memo.has(fn)) return memo.get(fn);
    memo.set(fn, undefined); // a cycle guards nothing
    let guard = ownGuard(fn);
    const name = ts.isFunctionDeclaration(fn) ? fn.name : undefined;
    const symbol = name ? checker.getSymbolAtLocation(name) : undefined;
    const references = symbol ? (callers.get(symbol) ?? []) : [];
    const exported = ts.getCombinedModifierFlags(fn as ts.Declaration) & ts.ModifierFlags.Export;
    if (!guard && references.length > 0 && !exported) {
      const versions = references.map((reference) => guardAt(reference));
      guard = versions.some((v) => v === undefined)
        ? undefined
        : versions.reduce((a, b) => (compareVersions(a as string, b as string) <= 0 ? a : b));
    }
    memo.set(fn, guard);
    return guard;
  };

  /** The highest version any enclosing function guarantees at `node`. */
  const guardAt = (node: ts.Node): string | undefined => {
    let best: string | undefined;
    for (let current = node.parent; current; current = current.parent) {
      if (!isFunction(current)) continue;
      const guard = guardOf(current);
      if (guard && (!best || compareVersions(guard, best) > 0)) best = guard;
    }
    return best;
  };
  return guardAt;
}

function findApiUses(program: ts.Program, files: readonly string[]): ApiUse[] {
  const checker = program.getTypeChecker();
  const uses: ApiUse[] = [];
  for (const fileName of files) {
    const file = program.getSourceFile(fileName);
    if (!file) throw new Error(`${fileName} is not in the program`);
    const guardAt = createGuardFinder(file, checker);
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const version = symbol ? readApiSet(symbol, checker) : undefined;
        if (version) {
          uses.push({
            file: path.relative(ROOT, fileName),
            line: file.getLineAndCharacterOfPosition(node.name.getStart()).line + 1,
            member: node.name.text,
            version,
            guardedVersion: guardAt(node),
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return uses;
}

/** The ExcelApi version manifest.xml declares (<Requirements><Sets><Set Name="ExcelApi">); 1.1 when none. */
function readDeclaredVersion(): string {
  const manifest = new DOMParser().parseFromString(
    fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"),
    "text/xml",
  );
  const requirements = Array.from(manifest.getElementsByTagName("Requirements")) as unknown as Element[];
  const sets = requirements.flatMap((r) => Array.from(r.getElementsByTagName("Set")) as unknown as Element[]);
  const excel = sets.find((set) => set.getAttribute("Name") === "ExcelApi");
  return excel?.getAttribute("MinVersion") ?? "1.1";
}

function isUnguarded(use: ApiUse, declared: string): boolean {
  if (compareVersions(use.version, declared) <= 0) return false;
  return use.guardedVersion === undefined || compareVersions(use.guardedVersion, use.version) < 0;
}

const sources = listSources();
const program = createProgram([...sources, FIXTURE]);
const declared = readDeclaredVersion();

describe("Office.js requirement sets", () => {
  it("finds each member's requirement set through the type checker, and sees guards", () => {
    const uses = findApiUses(program, [FIXTURE]).map((use) => [use.member, use.line, use.version, use.guardedVersion]);
    expect(uses).toEqual(
      expect.arrayContaining([
        ["layout", 9, "1.8", undefined],
        ["layout", 18, "1.8", "1.8"],
        ["sort", 22, "1.2", undefined],
        ["apply", 22, "1.2", undefined],
      ]),
    );
    expect(
      findApiUses(program, [FIXTURE])
        .filter((use) => isUnguarded(use, "1.7"))
        .map((u) => u.line),
    ).toEqual([9]);
  });

  it(`uses nothing above the manifest's ExcelApi ${declared} outside an isSetSupported guard`, () => {
    const uses = findApiUses(program, sources);
    expect(uses.length).toBeGreaterThan(50);
    const unguarded = uses
      .filter((use) => isUnguarded(use, declared))
      .map((use) => `${use.file}:${use.line} ${use.member} needs ExcelApi ${use.version}`);
    expect(unguarded).toEqual([]);
  });
});
