/**
 * A value typed at a sheet's last cell (XFD1048576: a stray keystroke after Ctrl+End) makes its used range 17
 * billion cells. Excel refuses to load such a range, and read row by row it would take tens of thousands of
 * round trips. The add-in reads such a sheet by the areas that hold a value (getSpecialCells, ExcelApi 1.9),
 * and on a host without that API tells the user which cell to delete.
 */
import { analyze } from "../../src/core/engine";
import type { SheetGrid } from "../../src/core/model/grid";
import { GatewayError } from "../../src/excel/errors";
import { ExcelGateway } from "../../src/excel/excelGateway";
import { t } from "../../src/excel/messages";
import { AREAS_READ_MIN_CELLS } from "../../src/excel/readPlan";
import { seedWorkbook } from "../core/seedWorkbook";
import { createFakeExcel, type FakeExcelOptions } from "./fakeExcel";
import { denseSheet } from "./workbooks";
import { NEWEST_SET } from "./wire/apiSets";
import { createWireExcel } from "./wire/wireExcel";

const LAST_ROW = 1_048_575;
const LAST_COL = 16_383;

/** The seed workbook in the fake, with `value` typed at XFD1048576 on the given sheets. */
function strayed(options: FakeExcelOptions, sheets: number[], cell: { value: string | number; formula?: string } = { value: "x" }) {
  const seed = seedWorkbook();
  const fake = createFakeExcel(seed, options);
  for (const i of sheets) fake.state.sheets[i].cells.set(`${LAST_ROW},${LAST_COL}`, { ...cell });
  return { seed, fake };
}

/** The sheet as read is the seed's sheet plus the one far value: same origin, same rows, empty rows between. */
function expectSeedPlusFarValue(read: SheetGrid, seed: SheetGrid, value: string | number) {
  expect([read.top, read.left]).toEqual([seed.top, seed.left]);
  expect(read.values).toHaveLength(LAST_ROW - seed.top + 1);
  expect(read.values.slice(0, seed.values.length)).toEqual(seed.values);
  expect(read.values.slice(seed.values.length, -1).every((row) => row.length === 0)).toBe(true);
  const last = read.values[read.values.length - 1];
  expect(last).toHaveLength(LAST_COL - seed.left + 1);
  expect(last[last.length - 1]).toBe(value);
  expect(last.slice(0, -1).every((v) => v === null)).toBe(true);
  expect([...read.merges].sort()).toEqual([...seed.merges].sort());
  expect(read.numFmts?.slice(0, seed.values.length)).toEqual(seed.numFmts?.slice(0, seed.values.length));
}

describe("a value at XFD1048576 in Excel", () => {
  test.each(["desktop", "web"] as const)(
    "%s: the sheet is read by its areas in a few syncs, and checks as without it",
    async (platform) => {
      const { seed, fake } = strayed({ platform }, [0]);
      const gw = new ExcelGateway(fake.run, { supports: fake.supports });
      const read = await gw.readWorkbook();
      expectSeedPlusFarValue(read.sheets[0], seed.sheets[0], "x");
      for (let i = 1; i < seed.sheets.length; i++) expect(read.sheets[i].values).toEqual(seed.sheets[i].values);
      // The refused single read, the index, the sizes, the areas' list, the data, the merged areas.
      expect(fake.stats.syncs).toBeLessThanOrEqual(8);
      expect(fake.stats.perSync.filter((s) => s.failed)).toHaveLength(1);
      expect(Math.max(...fake.stats.perSync.map((s) => s.cellsRead))).toBeLessThan(AREAS_READ_MIN_CELLS);
      const with_ = analyze(read, { source: "x.xlsx", lang: "ja" });
      const without = analyze(seed, { source: "x.xlsx", lang: "ja" });
      expect(with_.measures).toEqual(without.measures);
      expect(with_.findings).toEqual(without.findings);

      // The next read knows the workbook is large: no refused read first, the same grid.
      fake.resetStats();
      expect(await gw.readWorkbook()).toEqual(read);
      expect(fake.stats.perSync.filter((s) => s.failed)).toHaveLength(0);
    },
  );

  test("on every one of the 14 sheets, on the web: grid-wide sample rows pass the response cap, so sizes are asked alone", async () => {
    const all = Array.from({ length: 14 }, (_, i) => i);
    const { seed, fake } = strayed({ platform: "web" }, all);
    const read = await new ExcelGateway(fake.run, { supports: fake.supports }).readWorkbook();
    all.forEach((i) => expectSeedPlusFarValue(read.sheets[i], seed.sheets[i], "x"));
    expect(fake.stats.syncs).toBeLessThanOrEqual(10);
    expect(analyze(read, { source: "x.xlsx", lang: "en" }).measures).toEqual(analyze(seed, { source: "x.xlsx", lang: "en" }).measures);
  });

  test("a formula far out is read with its value, like a constant", async () => {
    const { seed, fake } = strayed({ platform: "desktop" }, [2], { value: 2, formula: "=1+1" });
    const read = await new ExcelGateway(fake.run, { supports: fake.supports }).readWorkbook();
    expectSeedPlusFarValue(read.sheets[2], seed.sheets[2], 2);
    expect(fake.stats.syncs).toBeLessThanOrEqual(12);
  });

  test("a formula filled down a column far past the form (showing blanks): its area is read in budgeted pieces, the grid is the form's", async () => {
    const seed = seedWorkbook();
    const fake = createFakeExcel(seed, { platform: "web" });
    const rows = 150_000;
    for (let r = 20; r < 20 + rows; r++) fake.state.sheets[0].cells.set(`${r},7`, { value: "", formula: `=IF(A${r + 1}="","",A${r + 1})` });
    const read = await new ExcelGateway(fake.run, { supports: fake.supports }).readWorkbook();
    expect(read.sheets[0].values).toEqual(seed.sheets[0].values);
    expect([read.sheets[0].top, read.sheets[0].left]).toEqual([seed.sheets[0].top, seed.sheets[0].left]);
    // 150,000 cells planned at 48 bytes each: more than one piece, each response under the web's cap.
    expect(fake.dataSyncs.length).toBeGreaterThan(2);
    expect(fake.stats.syncs).toBeLessThanOrEqual(12);
    const answered = fake.stats.perSync.filter((s) => !s.failed);
    expect(Math.max(...answered.map((s) => s.responseBytes))).toBeLessThan(5 * 1024 * 1024);
    // Only the area's cells and the other sheets' were read, not the used range's 1.2 million.
    expect(answered.reduce((n, s) => n + s.cellsRead, 0)).toBeLessThan(rows + 20_000);
  });

  test("through Office.js's own client (web, newest set): every call is one the client builds, no request refused but the first", async () => {
    const { seed, fake } = strayed({ platform: "web", excelApi: NEWEST_SET }, [0, 5]);
    const wire = createWireExcel(fake, { platform: "web" });
    const read = await new ExcelGateway(wire.run, { supports: wire.supports }).readWorkbook();
    expectSeedPlusFarValue(read.sheets[0], seed.sheets[0], "x");
    expectSeedPlusFarValue(read.sheets[5], seed.sheets[5], "x");
    expect(wire.requests.filter((r) => r.failed).map((r) => r.failed)).toEqual(["RequestPayloadSizeLimitExceeded"]);
    expect(wire.maxRequestBytes()).toBeLessThan(5 * 1024 * 1024);
  });

  test("before ExcelApi 1.9 (no getSpecialCells): the user is told which sheet reaches which cell, in a few syncs", async () => {
    const { seed, fake } = strayed({ platform: "desktop", excelApi: "1.8" }, [3]);
    const error = await new ExcelGateway(fake.run, { supports: fake.supports }).readWorkbook().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GatewayError);
    const e = error as GatewayError;
    expect(e.messageKey).toBe("excel.error.farValue");
    expect(e.params).toMatchObject({ sheet: seed.sheets[3].name, cell: "XFD1048576" });
    expect(t(e.messageKey, "ja", e.params)).toContain(`「${seed.sheets[3].name}」の XFD1048576`);
    expect(t(e.messageKey, "en", e.params)).toContain("Ctrl+End");
    expect(fake.stats.syncs).toBeLessThanOrEqual(4);
  });

  test("a sheet whose listing Excel refuses: the message names that sheet (not the first far one), not a hang", async () => {
    const seed = seedWorkbook();
    const { fake } = strayed({ platform: "desktop", unlistableSpecialCells: [seed.sheets[3].name] }, [0, 3]);
    const error = (await new ExcelGateway(fake.run, { supports: fake.supports }).readWorkbook().catch((e: unknown) => e)) as GatewayError;
    expect(error.messageKey).toBe("excel.error.farValue");
    expect(error.params).toMatchObject({ sheet: seed.sheets[3].name, cell: "XFD1048576" });
  });

  test("a passing failure of the listing costs a second try, not the read", async () => {
    const { seed, fake } = strayed({ platform: "desktop" }, [1]);
    const gw = new ExcelGateway(fake.run, { supports: fake.supports });
    // The index, the refused single read, the sizes; then the count of areas fails once.
    fake.failSyncAt(4, 0, "GeneralException");
    const read = await gw.readWorkbook();
    expect(fake.stats.perSync.map((s) => s.failed ?? "")).toContain("GeneralException");
    expectSeedPlusFarValue(read.sheets[1], seed.sheets[1], "x");
  });

  test("a whole row of values at the bottom (Excel lists it as 1048576:1048576) is read, every cell of it", async () => {
    const seed = seedWorkbook();
    const fake = createFakeExcel(seed, { platform: "web" });
    for (let c = 0; c <= LAST_COL; c++) fake.state.sheets[0].cells.set(`${LAST_ROW},${c}`, { value: c });
    const read = await new ExcelGateway(fake.run, { supports: fake.supports }).readWorkbook();
    const last = read.sheets[0].values[read.sheets[0].values.length - 1];
    expect(read.sheets[0].values).toHaveLength(LAST_ROW - seed.sheets[0].top + 1);
    expect(last).toEqual(Array.from({ length: LAST_COL + 1 - seed.sheets[0].left }, (_, c) => c + seed.sheets[0].left));
    expect(read.sheets[0].values.slice(0, seed.sheets[0].values.length)).toEqual(seed.sheets[0].values);
    expect(fake.stats.syncs).toBeLessThanOrEqual(12);
  });

  test("Excel answering a too-large range with no values (office-js #6781) is taken as too large, not as a crash", async () => {
    const { seed, fake } = strayed({ platform: "desktop", nullPastCellLimit: true }, [2]);
    const read = await new ExcelGateway(fake.run, { supports: fake.supports }).readWorkbook();
    expectSeedPlusFarValue(read.sheets[2], seed.sheets[2], "x");
  });

  test("sizes alone after both samples fail: a used range ending at the grid's bottom, and grid-wide rows past the cap", async () => {
    const seed = seedWorkbook();
    const fake = createFakeExcel(seed, { platform: "web" });
    for (let i = 0; i < 13; i++) fake.state.sheets[i].cells.set(`${LAST_ROW},${LAST_COL}`, { value: "x" });
    // The 14th: its only value six rows above the grid's end, so an interior sample falls off the grid.
    fake.state.sheets[13].cells.clear();
    fake.state.sheets[13].merges = [];
    fake.state.sheets[13].cells.set(`${LAST_ROW - 5},0`, { value: "z" });
    const read = await new ExcelGateway(fake.run, { supports: fake.supports }).readWorkbook();
    for (let i = 0; i < 13; i++) expectSeedPlusFarValue(read.sheets[i], seed.sheets[i], "x");
    expect([read.sheets[13].top, read.sheets[13].values]).toEqual([LAST_ROW - 5, [["z"]]]);
  });

  test("a large data sheet with gaps (not a stray value) is still read by rows, with its plan kept for the next read", async () => {
    const seed = seedWorkbook();
    const data = denseSheet("データ", 50_001, 20, 6);
    data.values.forEach((row, r) => row.forEach((_, c) => (r * 20 + c) % 7 === 0 && (row[c] = "")));
    const grid = { sheets: [...seed.sheets.slice(0, 2), data] };
    const fake = createFakeExcel(grid, { platform: "web" });
    const gw = new ExcelGateway(fake.run, { supports: fake.supports });
    const read = await gw.readWorkbook();
    // Cell for cell, blanks as empty and each row ending at its last value (joined: a million-cell toEqual costs seconds).
    const lines = (rows: unknown[][]) =>
      rows
        .map((row) => {
          const r = row.map((v) => (v === "" ? null : v));
          while (r.length > 0 && r[r.length - 1] === null) r.pop();
          return r.join("\t");
        })
        .join("\n");
    expect(lines(read.sheets[2].values)).toBe(lines(data.values));
    // Counting its areas is one small sync; their list (megabytes of addresses) is never asked for.
    expect(Math.max(...fake.stats.perSync.filter((s) => s.cellsRead === 0).map((s) => s.responseBytes))).toBeLessThan(64 * 1024);
    fake.resetStats();
    const again = await gw.readWorkbook();
    expect(again.sheets[2].values.length).toBe(read.sheets[2].values.length);
    expect(fake.stats.perSync.filter((s) => s.failed)).toHaveLength(0);
    expect(fake.stats.syncs).toBeLessThanOrEqual(8);
  });
});
