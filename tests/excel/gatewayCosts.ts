/**
 * Round trips and payload bytes of the task pane's three big actions over the Office.js gateway, on the
 * recording fake: for benchmarks and for the tests below. `gatewayCosts(seedSheets(500))`.
 */
import { analyze, buildSummarySheets, proposeFill } from "../../src/core/engine";
import type { WorkbookGrid } from "../../src/core/model/grid";
import { ExcelGateway } from "../../src/excel/excelGateway";
import { createFakeExcel, type FakeExcelOptions, type FakeStats } from "./fakeExcel";

export interface Cost {
  syncs: number;
  requestBytes: number;
  responseBytes: number;
  /** Largest single response (what Excel on the web caps at 5 MB). */
  maxResponseBytes: number;
  maxRequestBytes: number;
}

export interface GatewayCosts {
  /** First read of a workbook the gateway has not seen (index + data). */
  validateCold: Cost;
  /** The pane's warm-up when it opens: sheet names only. */
  prepare: Cost;
  /** Validate after the warm-up (the usual click). */
  validate: Cost;
  fill: Cost;
  summary: Cost;
  sheets: number;
  edits: number;
}

function cost(stats: FakeStats): Cost {
  return {
    syncs: stats.syncs,
    requestBytes: stats.requestBytes,
    responseBytes: stats.responseBytes,
    maxResponseBytes: Math.max(0, ...stats.perSync.map((s) => s.responseBytes)),
    maxRequestBytes: Math.max(0, ...stats.perSync.map((s) => s.requestBytes)),
  };
}

export async function gatewayCosts(grid: WorkbookGrid, options?: FakeExcelOptions): Promise<GatewayCosts> {
  const fake = createFakeExcel(grid, options);
  const gw = new ExcelGateway(fake.run, { supports: fake.supports });
  const step = async (action: () => Promise<unknown>): Promise<Cost> => {
    fake.resetStats();
    await action();
    return cost(fake.stats);
  };
  let read = grid;
  const validateCold = await step(async () => (read = await gw.readWorkbook()));
  const warm = new ExcelGateway(fake.run, { supports: fake.supports });
  const prepare = await step(() => warm.prepare());
  const validate = await step(async () => (read = await warm.readWorkbook()));
  const edits = proposeFill(read, { lang: "ja" });
  const fill = await step(() => gw.applyEdits(edits));
  const report = analyze(read, { source: "bench.xlsx", lang: "ja" });
  const summary = await step(() => gw.writeSheets(buildSummarySheets(report, { lang: "ja" })));
  return { validateCold, prepare, validate, fill, summary, sheets: grid.sheets.length, edits: edits.length };
}
