/**
 * The gateway's requests as Office.js's own Excel client builds them (tests/excel/wire: the real
 * `excel-web-16.00.debug.js` in jsdom, in front of the recording fake, Excel on the web's 5 MB caps): round
 * trips, and the largest request and response of each operation in UTF-8 bytes, as Excel counts them.
 */
import { analyze, buildSummarySheets, proposeFill } from "../../src/core/engine";
import type { WorkbookGrid } from "../../src/core/model/grid";
import { ExcelGateway } from "../../src/excel/excelGateway";
import { createFakeExcel } from "../../tests/excel/fakeExcel";
import { createWireExcel, type WireRecord } from "../../tests/excel/wire/wireExcel";

export interface WireOp {
  /** Requests sent, the Excel.run's closing one (releasing kept references) included. */
  requests: number;
  /** Requests Excel refused as too large (then halved and sent again). */
  refused: number;
  largestRequest: number;
  largestResponse: number;
}

export interface WireResult {
  sheets: number;
  validateCold: WireOp;
  validateWarm: WireOp;
  fill: WireOp & { edits: number };
  summary: WireOp;
  marks: WireOp & { findings: number };
}

function op(records: WireRecord[]): WireOp {
  return {
    requests: records.length,
    refused: records.filter((r) => r.failed).length,
    largestRequest: Math.max(0, ...records.map((r) => r.requestBytes)),
    largestResponse: Math.max(0, ...records.filter((r) => !r.failed).map((r) => r.responseBytes)),
  };
}

export async function measureGatewayWire(grid: WorkbookGrid): Promise<WireResult> {
  const fake = createFakeExcel(grid);
  const wire = createWireExcel(fake, { platform: "web" });
  const gw = new ExcelGateway(wire.run, { supports: wire.supports });
  const step = async (action: () => Promise<unknown>): Promise<WireOp> => {
    wire.reset();
    await action();
    return op([...wire.requests]);
  };
  let read = grid;
  const validateCold = await step(async () => (read = await gw.readWorkbook()));
  const validateWarm = await step(async () => (read = await gw.readWorkbook()));
  const edits = proposeFill(read, { lang: "ja" });
  const fill = { ...(await step(() => gw.applyEdits(edits))), edits: edits.length };
  const report = analyze(read, { source: "bench.xlsx", lang: "ja" });
  const summary = await step(() => gw.writeSheets(buildSummarySheets(report, { lang: "ja" })));
  const marks = {
    ...(await step(() => gw.markCells(report.findings.map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity }))))),
    findings: report.findings.length,
  };
  return { sheets: grid.sheets.length, validateCold, validateWarm, fill, summary, marks };
}
