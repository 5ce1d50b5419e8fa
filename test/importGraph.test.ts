import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { dirname, join, relative, resolve } from "path";

/*
 * The shape of the code, checked: dependencies point inward (taskpane → excel → domain, functions →
 * domain), the task pane never reaches into the formulas, and no module imports itself round a
 * circle, type-only imports included (a circle of types is a circle of meaning all the same).
 */

const SRC = resolve(__dirname, "../src");
const IMPORT = /(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\s+from\s+)?["'](\.[^"']+)["']/g;

function listSources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return listSources(path);
    return name.endsWith(".ts") && !name.endsWith(".test.ts") && !name.endsWith(".d.ts") ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [`${base}.ts`, join(base, "index.ts")].find((candidate) => existsSync(candidate));
}

function buildGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of listSources(SRC)) {
    const text = readFileSync(file, "utf8");
    const targets = [...text.matchAll(IMPORT)]
      .map((match) => resolveImport(file, match[1]))
      .filter((target): target is string => target !== undefined);
    graph.set(file, targets);
  }
  return graph;
}

/** Every circle as the list of files round it, each found once. */
function findCircles(graph: Map<string, string[]>): string[][] {
  const circles: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (file: string): void => {
    state.set(file, "open");
    path.push(file);
    for (const target of graph.get(file) ?? []) {
      if (state.get(target) === "open") circles.push(path.slice(path.indexOf(target)).map((f) => relative(SRC, f)));
      else if (state.get(target) === undefined) visit(target);
    }
    path.pop();
    state.set(file, "done");
  };
  for (const file of graph.keys()) if (state.get(file) === undefined) visit(file);
  return circles;
}

describe("the import graph of src", () => {
  const graph = buildGraph();

  it("reads the sources' imports", () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get(join(SRC, "functions/functions.ts"))?.length).toBeGreaterThan(5);
  });

  it("has no circle", () => {
    expect(findCircles(graph)).toEqual([]);
  });

  it("finds a circle when there is one", () => {
    const a = join(SRC, "a.ts");
    const b = join(SRC, "b.ts");
    expect(
      findCircles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
    ).toEqual([["a.ts", "b.ts"]]);
  });

  it.each([
    ["taskpane", "functions"],
    ["domain", "taskpane"],
    ["domain", "excel"],
    ["domain", "functions"],
    ["functions", "taskpane"],
    ["functions", "excel"],
    ["excel", "taskpane"],
  ])("has no import from src/%s into src/%s", (from, to) => {
    const offending = [...graph.entries()].flatMap(([file, targets]) =>
      relative(SRC, file).startsWith(`${from}/`)
        ? targets.filter((target) => relative(SRC, target).startsWith(`${to}/`)).map((t) => relative(SRC, t))
        : [],
    );
    expect(offending).toEqual([]);
  });
});
