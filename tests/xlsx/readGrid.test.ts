/** What the engine sees of an .xlsx: values as the engine wants them, the used block, merges, visibility, protection, markers. */
import ExcelJS from "exceljs";
import { cellAt } from "../../src/core/model/grid";
import { loadWorkbookFromBuffer, workbookToBuffer, workbookToGrid, worksheetToGrid } from "../support/exceljs";
import { markerReference } from "../../src/core/workbook/markers";

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadWorkbookFromBuffer(await workbookToBuffer(wb));
}

test("every kind of cell value, through a file", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("値");
  ws.getCell("A1").value = "text";
  ws.getCell("B1").value = 0.43;
  ws.getCell("B1").numFmt = "0%";
  ws.getCell("C1").value = true;
  ws.getCell("D1").value = new Date(Date.UTC(2021, 3, 1));
  ws.getCell("D1").numFmt = "yyyy/m/d";
  ws.getCell("E1").value = { richText: [{ text: "効果", font: { bold: true } }, { text: "（額）" }] };
  ws.getCell("F1").value = { formula: "B1*2", result: 0.86 };
  ws.getCell("G1").value = { formula: 'A1&"!"', result: "text!" };
  ws.getCell("H1").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell("I1").value = { formula: "NOW()" } as ExcelJS.CellFormulaValue;
  ws.getCell("J1").value = { error: "#REF!" };
  ws.getCell("K1").value = { text: "①-01", hyperlink: "#'①-01'!$A$1" };
  ws.getCell("L1").value = "";
  ws.getCell("M1").value = 2021;
  ws.getCell("A2").value = "結合";
  ws.mergeCells("A2:C3");
  ws.getCell("A4").value = { formula: "B1+1", result: 1.43 };
  ws.fillFormula("B4:D4", "A4+1", [2.43, 3.43, 4.43]);

  const g = worksheetToGrid((await roundTrip(wb)).getWorksheet("値")!);
  expect(g.values[0]).toEqual(["text", 0.43, true, 44287, "効果（額）", 0.86, "text!", "#DIV/0!", null, "#REF!", "①-01", null, 2021]);
  expect(g.numFmts?.[0]?.[1]).toBe("0%");
  expect(g.numFmts?.[0]?.[3]).toBe("yyyy/m/d");
  expect(g.numFmts?.[0]?.[0]).toBeNull();
  // A merged area reads as its anchor's value and empty cells, as Excel reports it.
  expect(g.values[1]).toEqual(["結合"]);
  expect(g.values[2]).toEqual([]);
  expect(g.merges).toEqual(["A2:C3"]);
  // Shared formulas give their cached results.
  expect(g.values[3]).toEqual([1.43, 2.43, 3.43, 4.43]);
});

test("the used block: a form far down and to the right is stored from where it starts", () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("遠い");
  ws.getCell(50_000, 30).value = "施策番号";
  ws.getCell(50_001, 31).value = "①-01";
  // Formatting alone does not make a cell used.
  ws.getCell(1, 1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
  const g = worksheetToGrid(ws);
  expect([g.top, g.left]).toEqual([49_999, 29]);
  expect(g.values).toEqual([["施策番号"], [null, "①-01"]]);
  expect(cellAt(g, 50_000, 30)).toBe("①-01");
});

test("an empty sheet", () => {
  const wb = new ExcelJS.Workbook();
  expect(worksheetToGrid(wb.addWorksheet("空"))).toEqual({
    name: "空",
    values: [],
    top: 0,
    left: 0,
    merges: [],
    visibility: "visible",
    protected: false,
  });
});

test("50,000 rows and a 1 MB cell come through whole", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("大きい");
  for (let r = 1; r <= 50_000; r++) ws.getRow(r).values = [r, `行${r}`, r % 7 === 0 ? null : r / 10];
  const g = workbookToGrid(wb);
  expect(g.sheets[0].values).toHaveLength(50_000);
  expect(g.sheets[0].values[49_999]).toEqual([50_000, "行50000", 5000]);
  expect(g.sheets[0].values[6]).toEqual([7, "行7"]);
  const big = "あ".repeat(500_000) + "x".repeat(500_000);
  const wb2 = new ExcelJS.Workbook();
  wb2.addWorksheet("長い").getCell("B2").value = big;
  const long = worksheetToGrid((await roundTrip(wb2)).getWorksheet("長い")!);
  expect(long.values[0][0]).toHaveLength(1_000_000);
  expect(long.values[0][0]).toBe(big);
});

test("hidden and very hidden sheets are read, with their visibility; protection is seen", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("見える").getCell("A1").value = 1;
  wb.addWorksheet("隠す", { state: "hidden" }).getCell("A1").value = 2;
  wb.addWorksheet("とても隠す", { state: "veryHidden" }).getCell("A1").value = 3;
  await wb.getWorksheet("隠す")!.protect("pw", {});
  const g = workbookToGrid(await roundTrip(wb));
  expect(g.sheets.map((s) => [s.name, s.visibility, s.protected, s.values[0][0]])).toEqual([
    ["見える", "visible", false, 1],
    ["隠す", "hidden", true, 2],
    ["とても隠す", "veryHidden", false, 3],
  ]);
});

test("generated sheets are known by their markers only: a marker on a lost sheet or of no known role is ignored", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("進捗一覧").getCell("A1").value = "施策番号";
  wb.addWorksheet("Tom's 一覧").getCell("A1").value = "x";
  wb.addWorksheet("遅延施策").getCell("A1").value = "person's own";
  wb.definedNames.add(markerReference("進捗一覧"), "Shinchoku_overview");
  wb.definedNames.add(markerReference("Tom's 一覧"), "Shinchoku_findings");
  wb.definedNames.add(markerReference("消えたシート"), "Shinchoku_delayed");
  wb.definedNames.add(markerReference("進捗一覧"), "Shinchoku_somethingElse");
  wb.definedNames.add("'遅延施策'!$A$1:$B$2", "PrintRange");
  const g = workbookToGrid(await roundTrip(wb));
  expect(g.generatedSheets).toEqual([
    { name: "進捗一覧", role: "overview" },
    { name: "Tom's 一覧", role: "findings" },
  ]);
});
