import { analyze, buildMeasureSheet, buildSummarySheets } from "../../src/core/engine";
import { type WorkbookGrid } from "../../src/core/model/grid";
import { makeWorkbook } from "../../src/core/model/gridSchema";
import { specToGrid } from "../../src/core/specGrid";
import type { SheetSpec } from "../../src/core/model/sheetSpec";
import { needsLightText } from "../../src/core/workbook/style";
import { ExcelGateway } from "../../src/excel/excelGateway";
import { GatewayError } from "../../src/excel/errors";
import { seedWorkbook } from "../core/seedWorkbook";
import { createFakeExcel, WEB_PAYLOAD_LIMIT } from "./fakeExcel";
import { seedSheets } from "./workbooks";

const TABS = ["進捗一覧", "遅延施策", "担当課別", "年度別", "検証結果"];

function summaryOf(wb: WorkbookGrid): SheetSpec[] {
  return buildSummarySheets(analyze(wb, { source: "test.xlsx", lang: "ja" }), { lang: "ja" });
}

function setup(wb: WorkbookGrid = seedWorkbook(), options = {}) {
  const fake = createFakeExcel(wb, options);
  return { wb, fake, gw: new ExcelGateway(fake.run, { supports: fake.supports }) };
}

describe("writeSheets", () => {
  test.each([14, 500])("summary tabs at %i sheets: at most 4 syncs, every request under the web's cap", async (n) => {
    const { wb, fake, gw } = setup(seedSheets(n));
    const specs = summaryOf(wb);
    const result = await gw.writeSheets(specs);
    expect(result).toEqual({ written: TABS, replaced: [] });
    // Index, the new tabs (⌈bytes / 4 MB⌉ requests, counted in UTF-8 as Excel counts them), the swap riding
    // with the last of them when it fits.
    expect(fake.stats.syncs).toBeLessThanOrEqual(4);
    if (n === 14) expect(fake.stats.syncs).toBe(2);
    for (const s of fake.stats.perSync) expect(s.requestBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);

    // What Excel now holds reads back as the specs' values, and the tabs carry their markers.
    const read = await gw.readWorkbook();
    for (const [i, spec] of specs.entries()) {
      const sheet = read.sheets.find((s) => s.name === TABS[i]);
      expect(sheet?.values).toEqual(specToGrid(spec).values);
    }
    expect(read.generatedSheets).toEqual(TABS.map((name, i) => ({ name, role: specs[i].role })));
    // The measure sheets are untouched.
    expect(read.sheets.slice(0, n)).toEqual(wb.sheets.map((s) => ({ ...s })));
  });

  test("3,500-sheet summaries (~6 MB of writes): cut into requests of at most 4 MB, every tab written in full", async () => {
    const { wb, fake, gw } = setup(seedSheets(3500));
    const specs = summaryOf(wb);
    const result = await gw.writeSheets(specs);
    expect(result).toEqual({ written: TABS, replaced: [] });
    const writes = fake.stats.perSync.slice(1);
    const total = writes.reduce((n, s) => n + s.requestBytes, 0);
    expect(total).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
    expect(writes.length).toBeGreaterThan(1);
    for (const s of fake.stats.perSync) {
      expect(s.failed).toBeUndefined();
      expect(s.requestBytes).toBeLessThanOrEqual(4 * 1024 * 1024);
    }
    const grid = fake.toGrid();
    for (const [i, spec] of specs.entries()) expect(grid.sheets.find((s) => s.name === TABS[i])?.values).toEqual(specToGrid(spec).values);
    expect(grid.generatedSheets).toEqual(TABS.map((name, i) => ({ name, role: specs[i].role })));
    // Every link of the findings tab made it, in whichever request it went.
    const links = specs[4].rows.flat().filter((c) => c?.link).length;
    expect(fake.sheet(TABS[4])?.hyperlinks.size).toBe(links);
  }, 60_000);

  test("formatting: tables, status colours, data bar 0–100 %, links, frozen header, chart, readable headers", async () => {
    const { wb, fake, gw } = setup();
    const specs = summaryOf(wb);
    await gw.writeSheets(specs);
    const overview = fake.sheet("進捗一覧")!;
    const names = fake.state.tables.map((t) => [t.sheet.name, t.name, t.style]);
    expect(names).toEqual(
      expect.arrayContaining([
        ["進捗一覧", "ShinchokuOverview", "TableStyleMedium2"],
        ["検証結果", "ShinchokuFindings", "TableStyleMedium2"],
      ]),
    );
    const text = overview.cfs.filter((c) => c.type === "ContainsText");
    expect(text.length).toBeGreaterThan(0);
    expect(text[0].props).toMatchObject({ "textComparison.rule": { operator: "Contains", text: expect.any(String) } });
    expect(Object.keys(text[0].props)).toContain("textComparison.format.fill.color");
    const bar = overview.cfs.find((c) => c.type === "DataBar");
    expect(bar?.props).toMatchObject({
      "dataBar.lowerBoundRule": { type: "Number", formula: "0" },
      "dataBar.upperBoundRule": { type: "Number", formula: "1" },
    });
    const firstMeasure = wb.sheets[0].name;
    expect(overview.hyperlinks.get("A2")).toEqual({ documentReference: `'${firstMeasure}'!A1`, textToDisplay: expect.any(String) });
    expect(overview.freeze).toEqual({ rows: 1, cols: 1 });
    expect(fake.sheet("年度別")!.charts).toEqual([
      expect.objectContaining({ type: "ColumnStacked", seriesBy: "Columns", props: { "title.text": expect.any(String) } }),
    ]);
    // The header's light fill keeps the default dark text (white only on a dark fill); widths in points.
    expect(overview.formats.filter((f) => /^A1(:|$)/.test(f.address) && f.path === "font.color" && f.value === "#FFFFFF")).toEqual([]);
    expect([needsLightText("BDD7EE"), needsLightText("1F4E78")]).toEqual([false, true]);
    expect(overview.formats.some((f) => f.path === "columnWidth" && f.address === "A:A")).toBe(true);
    expect(fake.state.active?.name).toBe("進捗一覧");
  });

  test("regenerating replaces the previous generated tabs in their places, and only those", async () => {
    const { wb, fake, gw } = setup();
    const specs = summaryOf(wb);
    await gw.writeSheets(specs);
    // The user moves the overview to the front and renames the findings tab: the markers follow.
    const state = fake.state;
    const ov = fake.sheet("進捗一覧")!;
    state.sheets.splice(state.sheets.indexOf(ov), 1);
    state.sheets.unshift(ov);
    fake.sheet("検証結果")!.name = "チェック結果";
    const order = state.sheets.map((s) => s.name);

    fake.resetStats();
    const result = await gw.writeSheets(specs);
    expect(result.replaced.sort()).toEqual([...TABS.slice(0, 4), "チェック結果"].sort());
    expect(result.written).toEqual(TABS);
    const after = state.sheets.map((s) => s.name);
    expect(after).toEqual(order.map((n) => (n === "チェック結果" ? "検証結果" : n)));
    expect(fake.stats.syncs).toBe(2);
    // Exactly one marker per role, each on its new tab.
    expect(state.names.map((n) => [n.name, n.sheet?.name]).sort()).toEqual(specs.map((s, i) => [`Shinchoku_${s.role}`, TABS[i]]).sort());
    // The tables kept their names (the old ones went with their tabs).
    expect(state.tables.map((t) => t.name).sort()).toEqual([
      "ShinchokuByDepartment",
      "ShinchokuByYear",
      "ShinchokuDelayed",
      "ShinchokuFindings",
      "ShinchokuOverview",
    ]);
  });

  test("a person's own sheet named 進捗一覧 is never touched; the new tab takes a free name", async () => {
    const seed = seedWorkbook();
    const mine = { name: "進捗一覧", values: [["私の一覧"], ["消さないで"]] };
    const { fake, gw } = setup(makeWorkbook({ sheets: [...seed.sheets, mine] }));
    const specs = summaryOf(seed);
    const result = await gw.writeSheets(specs);
    expect(result.replaced).toEqual([]);
    expect(result.written[0]).toBe("進捗一覧 (2)");
    expect(fake.value("進捗一覧", "A1")).toBe("私の一覧");
    expect(fake.value("進捗一覧", "A2")).toBe("消さないで");
    expect(fake.stats.writes.filter((w) => w.sheet === "進捗一覧")).toEqual([]);
    // Regenerating replaces "進捗一覧 (2)" and still leaves the person's sheet alone.
    fake.resetStats();
    const again = await gw.writeSheets(specs);
    expect(again.replaced).toContain("進捗一覧 (2)");
    expect(again.written[0]).toBe("進捗一覧 (2)");
    expect(fake.stats.writes.filter((w) => w.sheet === "進捗一覧")).toEqual([]);
    expect(fake.value("進捗一覧", "A1")).toBe("私の一覧");
  });

  test("a protected generated tab: nothing is written, and the error says which tab", async () => {
    const { wb, fake, gw } = setup();
    const specs = summaryOf(wb);
    await gw.writeSheets(specs);
    fake.sheet("年度別")!.isProtected = true;
    fake.resetStats();
    const err = await gw.writeSheets(specs).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GatewayError);
    expect(err).toMatchObject({ code: "AccessDenied", messageKey: "excel.error.replaceProtected", params: { sheet: "年度別" } });
    expect((err as GatewayError).text("ja")).toContain("年度別");
    expect(fake.stats.writes).toEqual([]);
    expect(fake.stats.syncs).toBe(1);
  });

  test("a protected workbook structure: nothing is written", async () => {
    const { wb, fake, gw } = setup(seedWorkbook(), { workbookProtected: true });
    const err = await gw.writeSheets(summaryOf(wb)).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "AccessDenied", messageKey: "excel.error.workbookProtected" });
    expect(fake.stats.writes).toEqual([]);
  });

  test("a new measure sheet is written the same way, without a marker, and reads as a measure", async () => {
    const { wb, fake, gw } = setup();
    const spec = buildMeasureSheet({ number: "⑤-01", name: "新施策", department: "企画課", startYear: 2021, years: 5 }, "ja");
    const result = await gw.writeSheets([spec]);
    expect(result.replaced).toEqual([]);
    expect(fake.state.names).toEqual([]);
    expect(fake.sheet(result.written[0])!.merges.length).toBeGreaterThan(0);
    const read = await gw.readWorkbook();
    const report = analyze(read, { source: "x", lang: "ja" });
    expect(report.measures.map((m) => m.number)).toContain("⑤-01");
    expect(report.measures).toHaveLength(wb.sheets.length + 1);
  });
});
