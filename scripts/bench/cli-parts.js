// Where one `shinchoku check FILE --json` spends its time, phase by phase, on the built CLI (dist/), doing
// what the command does: the command line's own modules (not the engine's front door, which brings zod),
// the package opened without keeping sheet reads, the report written in pieces (to /dev/null here).
// Prints one JSON line of milliseconds.  node scripts/bench/cli-parts.js FILE
const t0 = performance.now();
require("../../dist/node/cli.js");
const { analyze } = require("../../dist/core/produce/report");
const { XlsxPackage } = require("../../dist/xlsx/package");
const { zlibCodec } = require("../../dist/node/zlibCodec");
const { writeJson } = require("../../dist/node/jsonOut");
const t1 = performance.now();
const { openSync, readFileSync, writeSync } = require("node:fs");

const a = performance.now();
const pkg = XlsxPackage.open(readFileSync(process.argv[2]), zlibCodec, { keepSheetReads: false });
const b = performance.now();
const grid = pkg.grid();
const c = performance.now();
const report = analyze(grid, { source: "bench.xlsx", lang: "ja" });
const d = performance.now();
const sink = openSync(process.platform === "win32" ? "NUL" : "/dev/null", "w");
let jsonBytes = 0;
writeJson(report, (lines) => {
  jsonBytes += lines.length + 1;
  writeSync(sink, lines + "\n");
});
const e = performance.now();
process.stdout.write(JSON.stringify({ require: t1 - t0, open: b - a, grid: c - b, analyze: d - c, json: e - d, jsonBytes }) + "\n");
