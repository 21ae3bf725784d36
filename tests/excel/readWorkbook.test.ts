import { readMerges } from "../../src/excel/readWorkbook";
import { makeWorkbook } from "../../src/core/model/gridSchema";
import { ExcelGateway } from "../../src/excel/excelGateway";
import { RESPONSE_BUDGET_BYTES } from "../../src/excel/readPlan";
import { createFakeExcel } from "./fakeExcel";
import { denseSheet, seedSheets } from "./workbooks";
import { seedWorkbook } from "../core/seedWorkbook";

function gatewayFor(fake: ReturnType<typeof createFakeExcel>, budget?: number) {
  return new ExcelGateway(fake.run, { supports: fake.supports, readBudget: budget });
}

describe("readWorkbook over the recording fake", () => {
  test("reads the seed workbook exactly: values, positions, merges, number formats", async () => {
    const seed = seedWorkbook();
    const fake = createFakeExcel(seed);
    const read = await gatewayFor(fake).readWorkbook();
    expect(read.sheets.map((s) => s.name)).toEqual(seed.sheets.map((s) => s.name));
    for (const [i, s] of read.sheets.entries()) {
      expect(s.values).toEqual(seed.sheets[i].values);
      expect([s.top, s.left]).toEqual([seed.sheets[i].top, seed.sheets[i].left]);
      expect([...s.merges].sort()).toEqual([...seed.sheets[i].merges].sort());
    }
    expect(read).toEqual(fake.toGrid());
  });

  test.each([14, 500])("validate at %i sheets: one data sync; one sync in all once the sheets are known", async (n) => {
    const wb = seedSheets(n);
    const fake = createFakeExcel(wb);
    const gw = gatewayFor(fake);

    // A workbook the gateway has not seen: the index, then one data sync for every sheet.
    const first = await gw.readWorkbook();
    expect(first.sheets).toHaveLength(n);
    expect(fake.stats.syncs).toBe(2);
    expect(fake.dataSyncs).toHaveLength(1);
    expect(fake.stats.perSync[0].cellsRead).toBe(0);

    // Validate again (the pane read the workbook when it opened): exactly one round trip.
    fake.resetStats();
    const again = await gw.readWorkbook();
    expect(fake.stats.syncs).toBe(1);
    expect(fake.stats.runs).toBe(1);
    expect(again).toEqual(first);
    expect(fake.stats.perSync[0].responseBytes).toBeLessThan(RESPONSE_BUDGET_BYTES);
  });

  test.each([14, 500])("after the pane's warm-up (prepare: names only), validate at %i sheets is exactly one sync", async (n) => {
    const wb = seedSheets(n);
    const fake = createFakeExcel(wb);
    const gw = gatewayFor(fake);
    await gw.prepare();
    expect(fake.stats.syncs).toBe(1);
    expect(fake.stats.perSync[0].cellsRead).toBe(0);
    fake.resetStats();
    const read = await gw.readWorkbook();
    expect(fake.stats.syncs).toBe(1);
    expect(read.sheets).toHaveLength(n);
    expect(read).toEqual(fake.toGrid());
  });

  test("a sheet added since the last read costs one sync for that sheet alone", async () => {
    const fake = createFakeExcel(seedSheets(14));
    const gw = gatewayFor(fake);
    await gw.readWorkbook();
    // A copy of the first sheet under a new name, in the middle.
    fake.addSheet({ ...seedWorkbook().sheets[0], name: "新しいシート" }, 3);
    fake.resetStats();
    const read = await gw.readWorkbook();
    expect(read.sheets.map((s) => s.name)[3]).toBe("新しいシート");
    expect(read.sheets[3].values).toEqual(read.sheets[0].values);
    expect(fake.stats.syncs).toBe(2);
    // The second sync read the new sheet's used range and nothing else.
    const added = read.sheets[3];
    expect(fake.stats.perSync[1].cellsRead).toBe(added.values.length * Math.max(...added.values.map((r) => r.length)));
  });

  test("a sheet renamed since the last read: the guess fails and the read starts over, still correct", async () => {
    const fake = createFakeExcel(seedSheets(14));
    const gw = gatewayFor(fake);
    await gw.readWorkbook();
    fake.state.sheets[5].name = "改名";
    fake.resetStats();
    const read = await gw.readWorkbook();
    expect(read.sheets[5].name).toBe("改名");
    expect(read).toEqual(fake.toGrid());
    expect(fake.stats.syncs).toBe(3);
    expect(fake.stats.perSync[0].failed).toBe("ItemNotFound");
  });

  test("past the payload cap: ⌈bytes / 4 MB⌉ data syncs, none over the cap, and the same grid", async () => {
    // 24 sheets of 400 × 12 cells of ~80 bytes each ≈ 24 × 0.4 MB: well over the web's 5 MB cap.
    const sheets = Array.from({ length: 24 }, (_, i) => denseSheet(`data${i + 1}`, 400, 12, 70, i, i % 3));
    const wb = makeWorkbook({ sheets });
    const fake = createFakeExcel(wb);
    const gw = gatewayFor(fake);
    const read = await gw.readWorkbook();
    expect(read).toEqual(fake.toGrid());

    // index, the refused optimistic read, sizing (with a sample of rows), then the batches
    expect(fake.stats.perSync[1].failed).toBe("RequestPayloadSizeLimitExceeded");
    const batches = fake.stats.perSync.slice(3);
    const bytes = batches.reduce((n, s) => n + s.responseBytes, 0);
    expect(bytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(batches).toHaveLength(Math.ceil(bytes / RESPONSE_BUDGET_BYTES));
    for (const s of batches) {
      expect(s.failed).toBeUndefined();
      expect(s.responseBytes).toBeLessThanOrEqual(RESPONSE_BUDGET_BYTES);
    }

    // The next read knows the workbook is large: no refused attempt, no index or sizing sync this time.
    fake.resetStats();
    expect(await gw.readWorkbook()).toEqual(read);
    expect(fake.stats.perSync.some((s) => s.failed)).toBe(false);
    expect(fake.stats.syncs).toBe(Math.ceil(bytes / RESPONSE_BUDGET_BYTES));
  });

  /** The >4 MB fixture of the split test. */
  const largeWorkbook = () =>
    makeWorkbook({ sheets: Array.from({ length: 24 }, (_, i) => denseSheet(`data${i + 1}`, 400, 12, 70, i, i % 3)) });

  test("re-reading a known large workbook: exactly ⌈bytes / 4 MB⌉ syncs, the index riding with the first batch", async () => {
    const fake = createFakeExcel(largeWorkbook());
    const gw = gatewayFor(fake);
    const cold = await gw.readWorkbook();
    const coldSyncs = fake.stats.syncs;

    fake.resetStats();
    const again = await gw.readWorkbook();
    expect(again).toEqual(cold);
    expect(again).toEqual(fake.toGrid());
    const bytes = fake.stats.perSync.reduce((n, s) => n + s.responseBytes, 0);
    expect(bytes).toBeGreaterThan(RESPONSE_BUDGET_BYTES);
    expect(fake.stats.syncs).toBe(Math.ceil(bytes / RESPONSE_BUDGET_BYTES));
    expect(fake.stats.syncs).toBeLessThan(coldSyncs);
    expect(fake.stats.runs).toBe(1);
    // Every sync carries cell data: none is an index or sizing sync, and none was refused.
    expect(fake.dataSyncs).toHaveLength(fake.stats.syncs);
    for (const s of fake.stats.perSync) {
      expect(s.failed).toBeUndefined();
      expect(s.responseBytes).toBeLessThanOrEqual(RESPONSE_BUDGET_BYTES);
    }

    // And it stays that cheap read after read.
    fake.resetStats();
    expect(await gw.readWorkbook()).toEqual(cold);
    expect(fake.stats.syncs).toBe(Math.ceil(bytes / RESPONSE_BUDGET_BYTES));
  });

  test("a known large workbook whose used range grew: the planned batch is discarded and the read sized again", async () => {
    const fake = createFakeExcel(largeWorkbook());
    const gw = gatewayFor(fake);
    await gw.readWorkbook();
    // Two more rows on one sheet, outside the remembered used range.
    fake.state.sheets.splice(4, 1);
    fake.addSheet(denseSheet("data5", 402, 12, 70, 4, 1), 4);
    fake.resetStats();
    const read = await gw.readWorkbook();
    expect(read).toEqual(fake.toGrid());
    expect(read.sheets[4].values).toHaveLength(402);
    // The planned first batch (which brought the index) is discarded, then sizing and the batches again.
    expect(fake.stats.perSync[0].cellsRead).toBeGreaterThan(0);
    expect(fake.stats.perSync.some((s) => s.failed)).toBe(false);
    expect(fake.stats.syncs).toBeGreaterThanOrEqual(3);

    // The layout learned on that read makes the next one cheap again.
    fake.resetStats();
    expect(await gw.readWorkbook()).toEqual(read);
    const bytes = fake.stats.perSync.reduce((n, s) => n + s.responseBytes, 0);
    expect(fake.stats.syncs).toBe(Math.ceil(bytes / RESPONSE_BUDGET_BYTES));
  });

  test("a known large workbook with a sheet renamed or added: still the workbook as it is now", async () => {
    const fake = createFakeExcel(largeWorkbook());
    const gw = gatewayFor(fake);
    await gw.readWorkbook();
    fake.state.sheets[7].name = "改名";
    fake.resetStats();
    const renamed = await gw.readWorkbook();
    expect(renamed.sheets[7].name).toBe("改名");
    expect(renamed).toEqual(fake.toGrid());
    expect(fake.stats.perSync[0].failed).toBe("ItemNotFound");

    fake.addSheet({ ...seedWorkbook().sheets[0], name: "新しいシート" }, 2);
    fake.resetStats();
    const added = await gw.readWorkbook();
    expect(added.sheets[2].name).toBe("新しいシート");
    expect(added).toEqual(fake.toGrid());
    expect(fake.stats.perSync.some((s) => s.failed)).toBe(false);
  });

  test("one sheet larger than a batch is read in row slices and put back together", async () => {
    const wb = makeWorkbook({ sheets: [denseSheet("big", 3000, 10, 60, 2, 1), denseSheet("small", 3, 3, 5)] });
    const fake = createFakeExcel(wb, { responseLimit: 512 * 1024 });
    const read = await gatewayFor(fake, 256 * 1024).readWorkbook();
    expect(read).toEqual(fake.toGrid());
    expect(read.sheets[0].values).toHaveLength(3000);
    expect(fake.dataSyncs.length).toBeGreaterThan(1);
  });

  test("measure sheets with their long texts in the middle rows: still ⌈bytes / 4 MB⌉ data syncs", async () => {
    // Like the 施策進行管理シート: short header and footer rows, the long 進捗総括 texts in rows 8–13 of 16.
    const sheets = Array.from({ length: 160 }, (_, i) => {
      const sheet = denseSheet(`m${i}`, 16, 7, 8);
      for (let r = 8; r <= 13; r++)
        sheet.values[r] = sheet.values[r].map((_, c) => `${i}-${r}-${c}`.padEnd(260 + ((i * 7 + r) % 40), "進"));
      return sheet;
    });
    const fake = createFakeExcel(makeWorkbook({ sheets }), { responseLimit: 1024 * 1024 });
    const budget = 800 * 1024;
    const gw = gatewayFor(fake, budget);
    const read = await gw.readWorkbook();
    expect(read).toEqual(fake.toGrid());
    expect(fake.stats.perSync.filter((s) => s.failed)).toHaveLength(1); // the optimistic try only
    const bytes = fake.dataSyncs.reduce((n, s) => n + s.responseBytes, 0) - fake.stats.perSync[2].responseBytes;
    const batches = fake.stats.perSync.slice(3);
    expect(batches).toHaveLength(Math.ceil(bytes / budget));
    for (const s of batches) expect(s.responseBytes).toBeLessThanOrEqual(1024 * 1024);
  });

  test("a batch the host still refuses (the sample was short) is halved until it fits", async () => {
    // Short rows wherever the sizing sample looks (top rows, last row), long rows further down: the sample
    // says a few bytes a cell, the truth is ~300.
    const sheets = Array.from({ length: 6 }, (_, i) => {
      const sheet = denseSheet(`s${i}`, 300, 10, 300);
      for (let r = 0; r < 100; r++) sheet.values[r] = sheet.values[r].map(() => "h");
      sheet.values[299] = sheet.values[299].map(() => "f");
      return sheet;
    });
    const fake = createFakeExcel(makeWorkbook({ sheets }), { responseLimit: 1024 * 1024 });
    const read = await gatewayFor(fake, 900 * 1024).readWorkbook();
    expect(read).toEqual(fake.toGrid());
    const refused = fake.stats.perSync.filter((s) => s.failed === "RequestPayloadSizeLimitExceeded");
    expect(refused.length).toBeGreaterThan(1);
    for (const s of fake.dataSyncs) expect(s.responseBytes).toBeLessThanOrEqual(1024 * 1024);
  });

  test("empty, hidden and protected sheets; markers tell generated tabs", async () => {
    const seed = seedWorkbook();
    const wb = makeWorkbook({
      sheets: [
        { ...seed.sheets[0], visibility: "hidden" },
        { ...seed.sheets[1], protected: true },
        { name: "空", values: [] },
        { name: "進捗一覧", values: [["施策番号"]] },
      ],
      generatedSheets: [{ name: "進捗一覧", role: "overview" }],
    });
    const fake = createFakeExcel(wb);
    const read = await gatewayFor(fake).readWorkbook();
    expect(read.sheets.map((s) => [s.name, s.visibility, s.protected])).toEqual([
      [seed.sheets[0].name, "hidden", false],
      [seed.sheets[1].name, "visible", true],
      ["空", "visible", false],
      ["進捗一覧", "visible", false],
    ]);
    expect(read.sheets[2]).toMatchObject({ values: [], top: 0, left: 0, merges: [] });
    expect(read.generatedSheets).toEqual([{ name: "進捗一覧", role: "overview" }]);
  });

  test("a marker whose sheet is gone (#REF!) marks nothing", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "A", values: [["x"]] }] });
    fake.state.names.push({ name: "Shinchoku_overview", sheet: null, address: "$A$1" });
    const read = await gatewayFor(fake).readWorkbook();
    expect(read.generatedSheets).toEqual([]);
  });

  test("number formats: only where a value has one other than General", async () => {
    const fake = createFakeExcel({
      sheets: [{ name: "A", values: [[0.33, "x", 5]], numFmts: [["0%", null, "General"]] }],
    });
    const read = await gatewayFor(fake).readWorkbook();
    expect(read.sheets[0].numFmts).toEqual([["0%", null, null]]);
  });

  test("General in the workbook's locale (G/標準 in a Japanese Excel, Standard…) is no format, not a date", async () => {
    const fake = createFakeExcel({
      sheets: [{ name: "A", values: [[2020, 0.5, 43921]], numFmts: [["G/標準", "Standard", "yyyy/m/d"]] }],
    });
    const read = await gatewayFor(fake).readWorkbook();
    expect(read.sheets[0].numFmts).toEqual([[null, null, "yyyy/m/d"]]);
  });

  test("rows without a value share one frozen empty row (a value typed far below the form makes a million)", async () => {
    const values: (string | null)[][] = Array.from({ length: 5000 }, () => []);
    values[0] = ["top"];
    values[4999] = [null, "bottom"];
    const fake = createFakeExcel({ sheets: [{ name: "A", values, numFmts: values.map((r) => r.map(() => "@")) }] });
    const read = (await gatewayFor(fake).readWorkbook()).sheets[0];
    expect(read.values[0]).toEqual(["top"]);
    expect(read.values[4999]).toEqual([null, "bottom"]);
    expect(new Set(read.values.slice(1, 4999)).size).toBe(1);
    expect(Object.isFrozen(read.values[1])).toBe(true);
    expect(read.values[1]).toEqual([]);
    expect(read.numFmts?.[4999]).toEqual([null, "@"]);
    expect(new Set(read.numFmts?.slice(1, 4999)).size).toBe(1);
  });

  test("hosts before ExcelApi 1.13 read without merged areas (the API is not called)", async () => {
    const fake = createFakeExcel(seedWorkbook(), { excelApi: "1.12" });
    const read = await gatewayFor(fake).readWorkbook();
    expect(read.sheets.every((s) => s.merges.length === 0)).toBe(true);
    expect(read.sheets[0].values).toEqual(seedWorkbook().sheets[0].values);
  });

  test("a sheet with more than 512 merged areas: read again without merges rather than not at all", async () => {
    const merges = Array.from({ length: 600 }, (_, i) => `A${2 * i + 1}:B${2 * i + 1}`);
    const fake = createFakeExcel({ sheets: [{ name: "M", values: [["x"]], merges }] });
    const read = await gatewayFor(fake).readWorkbook();
    expect(read.sheets[0].values).toEqual([["x"]]);
    expect(read.sheets[0].merges).toEqual([]);
  });

  test("a passing failure while a sheet's merged areas are read alone costs a second try, not the sheet's merges", async () => {
    const seed = seedWorkbook();
    const fake = createFakeExcel({ sheets: seed.sheets.slice(0, 2) });
    // The first sync of the merges read fails once (a passing GeneralException), then all is well.
    const merges = await fake.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const ws = sheets.getItem(seed.sheets[0].name);
      fake.failNextSync("GeneralException");
      return readMerges(context as unknown as Excel.RequestContext, [ws as unknown as Excel.Worksheet]);
    });
    expect([...merges[0]].sort()).toEqual([...seed.sheets[0].merges].sort());
    expect(merges[0].length).toBeGreaterThan(0);
  });

  test.each([
    ["the single read", undefined],
    ["the split read (past the payload cap)", 64 * 1024],
  ])("a grid-paper sheet (600 merged areas) in %s: only that sheet reads unmerged; the others keep theirs", async (_, budget) => {
    const grid = Array.from({ length: 600 }, (_, i) => `A${2 * i + 1}:B${2 * i + 1}`);
    const seed = seedWorkbook();
    const sheets = [...seed.sheets.slice(0, 3), { name: "方眼紙", values: [["x"]], merges: grid }, ...seed.sheets.slice(3, 6)];
    const fake = createFakeExcel({ sheets }, budget ? { responseLimit: budget * 2 } : undefined);
    const read = await gatewayFor(fake, budget).readWorkbook();
    expect(read.sheets.map((s) => s.name)).toEqual(sheets.map((s) => s.name));
    expect(read.sheets[3].merges).toEqual([]);
    for (const i of [0, 1, 2, 4, 5, 6]) {
      expect([...read.sheets[i].merges].sort()).toEqual([...sheets[i].merges].sort());
      expect(read.sheets[i].merges.length).toBeGreaterThan(0);
      expect(read.sheets[i].values).toEqual(sheets[i].values);
    }
  });
});
