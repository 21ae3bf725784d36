// Where one `shinchoku check FILE --json` spends its time, phase by phase, on the built CLI (dist/).
// Prints one JSON line of milliseconds.  node scripts/bench/cli-parts.js FILE
const t0 = performance.now();
const { analyze } = require("../../dist/core/engine");
const { XlsxPackage } = require("../../dist/xlsx/package");
const { zlibCodec } = require("../../dist/node/zlibCodec");
const t1 = performance.now();
const { readFileSync } = require("node:fs");

const a = performance.now();
const pkg = XlsxPackage.open(readFileSync(process.argv[2]), zlibCodec);
const b = performance.now();
const grid = pkg.grid();
const c = performance.now();
const report = analyze(grid, { source: "bench.xlsx", lang: "ja" });
const d = performance.now();
const json = JSON.stringify(report, null, 2);
const e = performance.now();
process.stdout.write(
  JSON.stringify({ require: t1 - t0, open: b - a, grid: c - b, analyze: d - c, json: e - d, jsonBytes: json.length }) + "\n",
);
