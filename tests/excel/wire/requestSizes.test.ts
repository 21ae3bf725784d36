/**
 * Every request the gateway makes, as Office.js's own client serialises it, against Excel on the web's 5 MB
 * cap: validate, fill, summary and marks at 14, 1,400 and 3,000 measure sheets. The workbooks are built once
 * per size; `npm run bench` prints the same measurements as a table.
 */
import { analyze, buildSummarySheets, proposeFill } from "../../../src/core/engine";
import { ExcelGateway } from "../../../src/excel/excelGateway";
import { parseA1 } from "../../../src/core/model/address";
import { createFakeExcel } from "../fakeExcel";
import { seedSheets } from "../workbooks";
import { createWireExcel, WIRE_PAYLOAD_LIMIT } from "./wireExcel";

jest.setTimeout(600_000);

describe.each([14, 1400, 3000])("%i sheets, Excel on the web", (n) => {
  let fake: ReturnType<typeof createFakeExcel>;
  let wire: ReturnType<typeof createWireExcel>;
  let gw: ExcelGateway;
  beforeAll(() => {
    fake = createFakeExcel(seedSheets(n));
    wire = createWireExcel(fake, { platform: "web" });
    gw = new ExcelGateway(wire.run, { supports: wire.supports });
  });
  let grid: Awaited<ReturnType<ExcelGateway["readWorkbook"]>>;

  const underCap = () => {
    expect(wire.requests.length).toBeGreaterThan(0);
    for (const r of wire.requests) {
      expect(r.requestBytes).toBeLessThanOrEqual(WIRE_PAYLOAD_LIMIT);
      // A refused response is halved and read again; anything else refused is a failure.
      if (r.failed) expect(r.failed).toBe("RequestPayloadSizeLimitExceeded");
    }
  };

  test("validate: every sheet read, no request over 5 MiB", async () => {
    wire.reset();
    grid = await gw.readWorkbook();
    expect(grid.sheets).toHaveLength(n);
    expect(grid.sheets.map((s) => s.values)).toEqual(fake.toGrid().sheets.map((s) => s.values));
    underCap();
  });

  test("fill: every edit applied, no request over 5 MiB", async () => {
    const edits = proposeFill(grid, { lang: "ja" });
    wire.reset();
    const result = await gw.applyEdits(edits);
    expect(result.applied).toHaveLength(edits.length);
    underCap();
    expect(wire.requests.every((r) => !r.failed)).toBe(true);
  });

  test("fill into protected sheets whose target cells are unlocked (a template's inputs): every edit applied, the locks read under 5 MiB", async () => {
    const locked = createFakeExcel(seedSheets(n));
    const lockedWire = createWireExcel(locked, { platform: "web" });
    const edits = proposeFill(locked.toGrid(), { lang: "ja" });
    for (const s of locked.state.sheets) s.isProtected = true;
    for (const e of edits) {
      const { row, col } = parseA1(e.cell);
      locked.sheet(e.sheet)!.unlocked.add(`${row},${col}`);
    }
    const result = await new ExcelGateway(lockedWire.run, { supports: lockedWire.supports }).applyEdits(edits);
    expect(result.skipped).toEqual([]);
    expect(result.applied).toHaveLength(edits.length);
    expect(lockedWire.requests.length).toBeGreaterThan(0);
    for (const r of lockedWire.requests) {
      expect(r.requestBytes).toBeLessThanOrEqual(WIRE_PAYLOAD_LIMIT);
      expect(r.failed).toBeUndefined();
    }
  });

  test("summary: every tab written and marked, no request over 5 MiB", async () => {
    const specs = buildSummarySheets(analyze(grid, { source: "wire.xlsx", lang: "ja" }), { lang: "ja" });
    wire.reset();
    const result = await gw.writeSheets(specs);
    expect(result.written).toHaveLength(specs.length);
    underCap();
    expect(wire.requests.every((r) => !r.failed)).toBe(true);
    expect(fake.toGrid().generatedSheets.map((g) => g.name)).toEqual(result.written);
  });

  test("marks: one rule per finding cell at most, no request over 5 MiB; cleared again", async () => {
    const report = analyze(grid, { source: "wire.xlsx", lang: "ja" });
    wire.reset();
    await gw.markCells(report.findings.map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity })));
    underCap();
    expect(fake.state.sheets.some((s) => s.cfs.length > 0)).toBe(true);
    wire.reset();
    await gw.clearMarks();
    underCap();
    expect(fake.state.sheets.filter((s) => !s.name.startsWith("進捗") && s.cfs.some((c) => c.type === "Custom"))).toEqual([]);
  });
});
