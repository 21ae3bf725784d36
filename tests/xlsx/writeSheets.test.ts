/** Generated tabs replace only generated tabs; a person's sheet is never touched, whatever its name. */
import type ExcelJS from "exceljs";
import { analyze, buildSummarySheets } from "../../src/core/engine";
import type { SheetGrid } from "../../src/core/model/grid";
import type { SheetSpec } from "../../src/core/model/sheetSpec";
import {
  addSheetFromSpec,
  loadWorkbookFromBuffer,
  readMarkers,
  workbookToBuffer,
  workbookToGrid,
  worksheetToGrid,
  writeSheetsToWorkbook,
} from "../support/exceljs";
import { cleanFixture, plainSheet } from "../fixtures/generate";

function overviewSpec(label: string): SheetSpec {
  return {
    name: "進捗一覧",
    role: "overview",
    rows: [
      [
        { value: "施策番号", bold: true, fill: "1F4E78" },
        { value: "状態", bold: true },
        { value: "進捗", bold: true },
      ],
      [{ value: "①-01", link: { sheet: "①-01", cell: "A1" } }, { value: label }, { value: 0.43, numFmt: "0%" }],
      [{ value: "①-02", link: { sheet: "①-02", cell: "G13" } }, { value: "△ 遅延" }, { value: 1, numFmt: "0%" }],
    ],
    merges: [],
    columnWidths: [12, 20, 10],
    rowHeights: { "1": 30 },
    freeze: { rows: 1, cols: 1 },
    tables: [{ name: "ShinchokuOverview", ref: "A1", columns: ["施策番号", "状態", "進捗"], rows: 2, style: "TableStyleMedium2" }],
    conditionalFormats: [
      { type: "textContains", ref: "B2:B3", text: "△", fill: "FFEB9C" },
      { type: "dataBar", ref: "C2:C3", color: "5B9BD5" },
    ],
    charts: [{ type: "columnStacked", dataRef: "A1:C3", title: "年度別", anchor: "E2" }],
  };
}

/** A sheet a person made, called 進捗一覧, with a merge, a number format and a formula. */
function personsSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  const ws = wb.addWorksheet("進捗一覧");
  ws.getCell("A1").value = "私の進捗メモ";
  ws.mergeCells("A1:C1");
  ws.getCell("A2").value = 0.5;
  ws.getCell("A2").numFmt = "0.0%";
  ws.getCell("B2").value = { formula: "A2*2", result: 1 };
  ws.getCell("C3").value = "消さないで";
  return ws;
}

async function reload(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadWorkbookFromBuffer(await workbookToBuffer(wb));
}

const gridOf = (wb: ExcelJS.Workbook, name: string): SheetGrid => worksheetToGrid(wb.getWorksheet(name)!);

test("a person's sheet named 進捗一覧 survives untouched; the new tab gets a free name", async () => {
  const wb = cleanFixture().workbook();
  personsSheet(wb);
  const before = gridOf(wb, "進捗一覧");
  const result = writeSheetsToWorkbook(wb, [overviewSpec("○ 計画通り")]);
  expect(result).toEqual({ written: ["進捗一覧 (2)"], replaced: [] });
  const after = await reload(wb);
  expect(gridOf(after, "進捗一覧")).toEqual(before);
  expect(after.getWorksheet("進捗一覧")!.getCell("A2").numFmt).toBe("0.0%");
  expect(workbookToGrid(after).generatedSheets).toEqual([{ name: "進捗一覧 (2)", role: "overview" }]);

  // Regenerating replaces the marked tab only, the person's sheet still untouched.
  const again = writeSheetsToWorkbook(after, [overviewSpec("● 達成")]);
  expect(again).toEqual({ written: ["進捗一覧 (2)"], replaced: ["進捗一覧 (2)"] });
  const third = await reload(after);
  expect(gridOf(third, "進捗一覧")).toEqual(before);
  expect(gridOf(third, "進捗一覧 (2)").values[1]).toEqual(["①-01", "● 達成", 0.43]);
});

test("regenerating replaces only the marked tab, in the same place, and leaves every other sheet as it was", async () => {
  const fixture = cleanFixture();
  const wb = fixture.workbook();
  writeSheetsToWorkbook(wb, [overviewSpec("○ 計画通り")]);
  // The person moves the overview to the front and adds a sheet after it.
  const first = await reload(wb);
  (first.getWorksheet("進捗一覧") as ExcelJS.Worksheet & { orderNo: number }).orderNo = -1;
  first.addWorksheet("メモ").getCell("A1").value = "会議で配布";
  const second = await reload(first);
  const order = second.worksheets.map((w) => w.name);
  expect(order[0]).toBe("進捗一覧");
  const others = second.worksheets.filter((w) => w.name !== "進捗一覧").map(worksheetToGrid);

  const result = writeSheetsToWorkbook(second, [overviewSpec("● 達成")]);
  expect(result).toEqual({ written: ["進捗一覧"], replaced: ["進捗一覧"] });
  const third = await reload(second);
  expect(third.worksheets.map((w) => w.name)).toEqual(order);
  expect(third.worksheets.filter((w) => w.name !== "進捗一覧").map(worksheetToGrid)).toEqual(others);
  expect(gridOf(third, "進捗一覧").values[1][1]).toBe("● 達成");
  expect(readMarkers(third)).toEqual([{ name: "進捗一覧", role: "overview" }]);
  // No defined name is left pointing at a removed tab.
  for (const n of third.definedNames.model) for (const r of n.ranges) expect(third.worksheets.some((w) => r.includes(w.name))).toBe(true);
});

test("a generated tab the user renamed is the one replaced; the person's tab with the wanted name stays", async () => {
  const wb = cleanFixture().workbook();
  addSheetFromSpec(wb, { ...overviewSpec("旧"), name: "前回の一覧" }, "前回の一覧");
  personsSheet(wb);
  const reloaded = await reload(wb);
  expect(workbookToGrid(reloaded).generatedSheets).toEqual([{ name: "前回の一覧", role: "overview" }]);
  const result = writeSheetsToWorkbook(reloaded, [overviewSpec("新")]);
  expect(result).toEqual({ written: ["進捗一覧 (2)"], replaced: ["前回の一覧"] });
  const after = await reload(reloaded);
  expect(after.worksheets.map((w) => w.name)).not.toContain("前回の一覧");
  expect(gridOf(after, "進捗一覧").values[0]).toEqual(["私の進捗メモ"]);
});

test("what the spec asks for is in the file: links, table, conditional formats, frozen header, widths, formats", async () => {
  const wb = cleanFixture().workbook();
  writeSheetsToWorkbook(wb, [overviewSpec("○ 計画通り")]);
  const ws = (await reload(wb)).getWorksheet("進捗一覧")!;
  expect(ws.getCell("A2").value).toEqual({ text: "①-01", hyperlink: "#'①-01'!$A$1" });
  expect(ws.getCell("A3").value).toEqual({ text: "①-02", hyperlink: "#'①-02'!$G$13" });
  expect(ws.getCell("C2").value).toBe(0.43);
  expect(ws.getCell("C2").numFmt).toBe("0%");
  expect(ws.getCell("A1").font?.bold).toBe(true);
  expect(ws.getCell("A1").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E78" } });
  expect(ws.getColumn(2).width).toBe(20);
  expect(ws.getRow(1).height).toBe(30);
  expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
  const tables = (ws as unknown as { tables: Record<string, { table?: { ref?: string }; ref?: string }> }).tables;
  expect(Object.keys(tables)).toEqual(["ShinchokuOverview"]);
  const cfs = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae?: string[] }[] }[] })
    .conditionalFormattings;
  expect(cfs.map((c) => c.ref)).toEqual(["B2:B3", "C2:C3"]);
  const rules = cfs.flatMap((c) => c.rules.map((r) => r.type));
  expect(rules).toEqual(["expression", "dataBar"]);
  const formulae = cfs.flatMap((c) => c.rules.map((r) => r.formulae?.[0]));
  expect(formulae[0]).toBe(`NOT(ISERROR(SEARCH("△",B2)))`);
  expect(worksheetToGrid(ws).values).toEqual([
    ["施策番号", "状態", "進捗"],
    ["①-01", "○ 計画通り", 0.43],
    ["①-02", "△ 遅延", 1],
  ]);
});

test("a table name already taken in the workbook gets a free one", async () => {
  const wb = cleanFixture().workbook();
  addSheetFromSpec(wb, { ...overviewSpec("a"), role: "measure", name: "コピー" }, "コピー");
  writeSheetsToWorkbook(wb, [overviewSpec("b")]);
  const after = await reload(wb);
  const names = after.worksheets.flatMap((w) => Object.keys((w as unknown as { tables: object }).tables));
  expect(names.sort()).toEqual(["ShinchokuOverview", "ShinchokuOverview_2"]);
});

test("the engine's summary tabs write, read back by their markers, and regenerate in place", async () => {
  const fixture = cleanFixture();
  const report = analyze(fixture.grid, { source: "clean.xlsx", lang: "ja" });
  const specs = buildSummarySheets(report, { lang: "ja" });
  const wb = fixture.workbook();
  const first = writeSheetsToWorkbook(wb, specs);
  expect(first.replaced).toEqual([]);
  const loaded = await reload(wb);
  const grid = workbookToGrid(loaded);
  expect(grid.generatedSheets.map((g) => g.role).sort()).toEqual(specs.map((s) => s.role).sort());
  const count = loaded.worksheets.length;
  const second = writeSheetsToWorkbook(loaded, specs);
  expect(second.written).toEqual(first.written);
  expect([...second.replaced].sort()).toEqual([...first.written].sort());
  const again = await reload(loaded);
  expect(again.worksheets).toHaveLength(count);
  expect(workbookToGrid(again).sheets.map((s) => s.name)).toEqual(grid.sheets.map((s) => s.name));
  // The measure sheets read exactly as before.
  for (const s of fixture.grid.sheets) expect(gridOf(again, s.name).values).toEqual(s.values);
});

test("a plain sheet (role measure) is never marked", () => {
  const wb = cleanFixture().workbook();
  writeSheetsToWorkbook(wb, [plainSheet("メモ", [["a"]])]);
  expect(readMarkers(wb)).toEqual([]);
});
