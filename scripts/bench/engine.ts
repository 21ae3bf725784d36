/**
 * Engine timings for one workbook size, run in its own process (`--expose-gc`) so the peak RSS is this
 * size's alone. Prints one JSON line: medians of `runs` timed runs after a warm-up, and memory.
 *   tsx scripts/bench/engine.ts SHEETS RUNS
 */
import { analyze, buildSummarySheets } from "../../src/core/engine";
import { readMeasureSheet } from "../../src/core/read/reader";
import { analyzeWorkbook } from "../../src/core/produce/report";
import { duplicateNumber } from "../../src/core/rules/duplicateNumber";
import { boilerplateSummary } from "../../src/core/rules/boilerplateSummary";
import type { Rule } from "../../src/core/rules";
import { benchGrid } from "./workbooks";
import { median } from "./stats";

export interface EngineResult {
  sheets: number;
  measures: number;
  findings: number;
  /** Medians, ms. */
  read: number;
  analyze: number;
  summary: number;
  /** analyze (which reads every sheet itself) + buildSummarySheets. */
  total: number;
  /** The first, unwarmed run (what one CLI call pays), ms. */
  cold: number;
  /** Heap allocated by one analyze + summary before any collection, and what stays reachable after it. */
  heapGrowth: number;
  heapRetained: number;
  /** RSS of the whole process at its peak, and the part of it above the grid already built. */
  peakRss: number;
  rssAboveGrid: number;
  /** The two rules that compare sheets with each other, alone (ms, medians): they must stay linear. */
  crossSheet: Record<string, number>;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function run(sheets: number, runs: number): EngineResult {
  const opts = { source: "bench.xlsx", lang: "ja" as const };
  let grid = benchGrid(sheets);
  gc();
  const rssBase = process.memoryUsage().rss;

  // The first run in a fresh process: what one command-line call pays (and the warm-up).
  let t = performance.now();
  const first = analyze(grid, opts);
  buildSummarySheets(first, { lang: "ja" });
  const cold = performance.now() - t;

  gc();
  const h0 = process.memoryUsage().heapUsed;
  let report = analyze(grid, opts);
  let specs = buildSummarySheets(report, { lang: "ja" });
  const h1 = process.memoryUsage().heapUsed;
  gc();
  const h2 = process.memoryUsage().heapUsed;
  const measures = report.totals.measures;
  const findings = report.findings.length;

  // Cross-sheet rules on their own, before the timed runs fill the heap with their workbooks.
  const { measures: analysed } = analyzeWorkbook(grid, opts);
  const ctx = { workbook: grid, readSheets: grid.sheets.map((x) => x.name), measures: analysed };
  const crossSheet: Record<string, number> = {};
  for (const rule of [duplicateNumber, boilerplateSummary] as Rule[]) {
    const times: number[] = [];
    for (let i = 0; i < Math.max(9, runs); i++) {
      gc();
      t = performance.now();
      rule.check(ctx);
      times.push(performance.now() - t);
    }
    crossSheet[rule.id] = median(times);
  }

  const read: number[] = [];
  const an: number[] = [];
  const sum: number[] = [];
  for (let i = 1; i <= runs; i++) {
    // A workbook of new texts for every run: no run is served from the caches the one before filled.
    grid = benchGrid(sheets, i);
    gc();
    t = performance.now();
    for (const s of grid.sheets) readMeasureSheet(s);
    read.push(performance.now() - t);
    t = performance.now();
    report = analyze(grid, opts);
    an.push(performance.now() - t);
    t = performance.now();
    specs = buildSummarySheets(report, { lang: "ja" });
    sum.push(performance.now() - t);
  }
  void specs;

  const peakRss = process.resourceUsage().maxRSS * 1024;
  return {
    sheets,
    measures,
    findings,
    read: median(read),
    analyze: median(an),
    summary: median(sum),
    total: median(an.map((a, i) => a + sum[i])),
    cold,
    heapGrowth: h1 - h0,
    heapRetained: h2 - h0,
    peakRss,
    rssAboveGrid: Math.max(0, peakRss - rssBase),
    crossSheet,
  };
}

if (require.main === module) {
  const sheets = Number(process.argv[2] ?? 14);
  const runs = Number(process.argv[3] ?? 5);
  process.stdout.write(JSON.stringify(run(sheets, runs)) + "\n");
}
