#!/usr/bin/env node
// `npm run demo`: the main job on the bundled sample — check it, then write the summary workbook and
// the open-data export under out/. Uses the CLI built by `npm install` (dist/).
const fs = require("node:fs");
const path = require("node:path");
const { runCli } = require("../dist/node/cli.js");

async function main() {
  const root = path.join(__dirname, "..");
  const sample = path.join(root, "samples", "sodegaura-2016.xlsx");
  const outDir = path.join(root, "out");
  fs.mkdirSync(outDir, { recursive: true });
  const rel = (p) => path.relative(process.cwd(), p) || ".";

  const lines = [];
  const capture = { out: (l) => lines.push(l), err: (l) => console.error(l) };
  const checkCode = await runCli(["check", sample, "--json"], capture);
  if (checkCode === 2) process.exit(2);
  const reportPath = path.join(outDir, "sodegaura-2016.report.json");
  fs.writeFileSync(reportPath, lines.join("\n") + "\n");
  const report = JSON.parse(lines.join("\n"));

  console.log("== shinchoku check " + rel(sample));
  await runCli(["check", sample]);
  console.log("");
  console.log("== shinchoku summary");
  const summaryPath = path.join(outDir, "sodegaura-2016.summary.xlsx");
  if ((await runCli(["summary", sample, "-o", summaryPath])) !== 0) process.exit(2);
  console.log("== shinchoku export");
  const csvPath = path.join(outDir, "sodegaura-2016.csv");
  if ((await runCli(["export", sample, "--format", "csv", "-o", csvPath])) !== 0) process.exit(2);
  console.log("");
  console.log("施策 " + report.totals.measures + " 件 / 遅延 " + report.totals.delayed + " 件 / エラー " + report.totals.errors + " 件");
  console.log("出力 / Output:");
  for (const p of [reportPath, summaryPath, csvPath]) console.log("  " + rel(p));
}

main().catch((e) => {
  console.error("demo failed: " + (e && e.message ? e.message : e));
  process.exit(2);
});
