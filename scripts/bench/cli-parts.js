// Where one `shinchoku check FILE --json` spends its time, phase by phase, on the built CLI (dist/).
// Prints one JSON line of milliseconds.  node scripts/bench/cli-parts.js FILE
const t0 = performance.now();
const ExcelJS = require("exceljs");
const t1 = performance.now();
const { analyze } = require("../../dist/core/engine");
const { workbookToGrid } = require("../../dist/xlsx");
const t2 = performance.now();
const { readFile } = require("node:fs/promises");

(async () => {
  const a = performance.now();
  const bytes = await readFile(process.argv[2]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  const b = performance.now();
  const grid = workbookToGrid(wb);
  const c = performance.now();
  const report = analyze(grid, { source: "bench.xlsx", lang: "ja" });
  const d = performance.now();
  const json = JSON.stringify(report, null, 2);
  const e = performance.now();
  process.stdout.write(
    JSON.stringify({
      requireExcelJS: t1 - t0,
      requireEngine: t2 - t1,
      load: b - a,
      toGrid: c - b,
      analyze: d - c,
      json: e - d,
      jsonBytes: json.length,
    }) + "\n",
  );
})();
