/* eslint-disable no-undef */
/*
 * `npm run bench`: compiles bench/*.bench.ts (with the sources they measure) and runs each file's
 * `run()` in turn. Every figure is printed; nothing is asserted.
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.resolve(__dirname, "..");
execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.bench.json"], {
  cwd: root,
  stdio: "inherit",
});

const only = process.argv.slice(2);
const files = fs
  .readdirSync(path.join(root, "bench"))
  .filter((file) => file.endsWith(".bench.ts"))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .sort();

// Each file runs in a process of its own, so no benchmark inherits another's heap or JIT state.
// Functions reach CustomFunctions only on failure; they get Excel's error type as in the tests.
const RUN_ONE = `
  require(${JSON.stringify(path.join(root, "build/bench/test/setup/customFunctionsRuntime.js"))});
  require(process.argv[1]).run().catch((error) => { console.error(error); process.exit(1); });
`;

console.log(`winwin-excel benchmarks — Node ${process.version}, ${os.cpus()[0].model}, ${os.cpus().length} cores`);
for (const file of files) {
  const compiled = path.join(root, "build/bench/bench", file.replace(/\.ts$/, ".js"));
  execFileSync(process.execPath, ["-e", RUN_ONE, compiled], { cwd: root, stdio: "inherit" });
}
