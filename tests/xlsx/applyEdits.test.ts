/** Fill edits on an .xlsx workbook: only where the cell still holds what the preview saw; nothing on a protected sheet. */
import type ExcelJS from "exceljs";
import type { Edit } from "../../src/core/model/schemas";
import { applyEditsToWorkbook, loadWorkbookFromBuffer, workbookToBuffer, workbookToGrid } from "../support/exceljs";
import { numbersFixture, plantMistake } from "../fixtures/generate";

const edit = (sheet: string, cell: string, before: Edit["before"], after: Edit["after"]): Edit => ({
  sheet,
  cell,
  before,
  after,
  rule: "test",
  reason: { ja: "テスト", en: "test" },
});
const swap = (e: Edit): Edit => ({ ...e, before: e.after, after: e.before });

/** Values, formats and styles of every cell: what "exactly as before" means. */
function snapshot(wb: ExcelJS.Workbook) {
  const out: Record<string, unknown> = {};
  for (const ws of wb.worksheets)
    ws.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        out[`${ws.name}!${r}:${c}`] = {
          value: cell.type === 1 ? null : cell.value,
          numFmt: cell.numFmt,
          style: JSON.stringify(cell.style),
        };
      }),
    );
  return out;
}

test("applies edits whose cell still holds `before`, keeps number formats and styles, and reverts exactly", async () => {
  const fixture = numbersFixture();
  // As a user's file: loaded from bytes (a file round trip spells some styles out in full).
  const wb = await loadWorkbookFromBuffer(await workbookToBuffer(fixture.workbook()));
  const sheet = fixture.specs[0].name;
  const c = fixture.cells[sheet];
  const effect = c.years[2].effect; // 0.43 with 0%
  const original = snapshot(wb);
  const edits = [
    edit(sheet, effect, 0.43, 0.5),
    edit(sheet, c.years[1].summary, fixture.inputs[sheet].years[1].summary, "書き換え"),
    edit(sheet, "K40", null, "新しいセル"),
  ];
  const r = applyEditsToWorkbook(wb, edits);
  expect(r.skipped).toEqual([]);
  expect(r.applied).toEqual(edits);
  const ws = wb.getWorksheet(sheet)!;
  expect(ws.getCell(effect).value).toBe(0.5);
  expect(ws.getCell(effect).numFmt).toBe("0%");
  expect(JSON.stringify(ws.getCell(effect).style)).toBe((original[`${sheet}!11:7`] as { style: string }).style);
  expect(ws.getCell(c.years[1].summary).alignment).toMatchObject({ wrapText: true, vertical: "top" });

  // Through a file and back, then undone with the same call, before and after swapped.
  const reloaded = await loadWorkbookFromBuffer(await workbookToBuffer(wb));
  const undo = applyEditsToWorkbook(reloaded, edits.map(swap));
  expect(undo.skipped).toEqual([]);
  const restored = snapshot(reloaded);
  for (const [k, v] of Object.entries(original)) expect([k, restored[k]]).toEqual([k, v]);
  expect(workbookToGrid(reloaded).sheets).toEqual(workbookToGrid(fixture.workbook()).sheets);
});

test("a cell that changed since the preview is skipped as `changed`; the others are written", () => {
  const fixture = plantMistake("progress-regression").fixture;
  const wb = fixture.workbook();
  const sheet = fixture.specs[0].name;
  const c = fixture.cells[sheet];
  const ws = wb.getWorksheet(sheet)!;
  const now = ws.getCell(c.years[3].effect).value;
  const stale = edit(sheet, c.years[3].effect, "50% (旧)", "55%");
  const fresh = edit(sheet, c.years[3].summary, ws.getCell(c.years[3].summary).value as string, "新しい総括");
  const r = applyEditsToWorkbook(wb, [stale, fresh]);
  expect(r.skipped).toEqual([{ edit: stale, reason: "changed" }]);
  expect(r.applied).toEqual([fresh]);
  expect(ws.getCell(c.years[3].effect).value).toBe(now);
  expect(ws.getCell(c.years[3].summary).value).toBe("新しい総括");
});

test('empty and "" are the same empty cell; a non-anchor cell of a merge is never written', () => {
  const fixture = numbersFixture();
  const wb = fixture.workbook();
  const sheet = fixture.specs[0].name;
  const r = applyEditsToWorkbook(wb, [edit(sheet, "Z1", "", "x"), edit(sheet, "C4", null, "中")]);
  expect(r.applied.map((e) => e.cell)).toEqual(["Z1"]);
  expect(r.skipped).toEqual([{ edit: edit(sheet, "C4", null, "中"), reason: "changed" }]);
  // B4 (the merged name) is untouched, and its anchor can be written.
  expect(wb.getWorksheet(sheet)!.getCell("B4").value).toBe(fixture.inputs[sheet].name);
  expect(applyEditsToWorkbook(wb, [edit(sheet, "B4", fixture.inputs[sheet].name, "新しい名前")]).applied).toHaveLength(1);
  expect(wb.getWorksheet(sheet)!.getCell("B4").value).toBe("新しい名前");
  expect(wb.getWorksheet(sheet)!.getCell("C4").isMerged).toBe(true);
});

test("if any target sheet is protected nothing at all is written", async () => {
  const fixture = numbersFixture();
  const wb = fixture.workbook();
  const [a, b] = fixture.specs.map((s) => s.name);
  await wb.getWorksheet(b)!.protect("", {});
  const before = snapshot(wb);
  const edits = [
    edit(a, "B3", fixture.inputs[a].number, "X-1"),
    edit(b, "B3", fixture.inputs[b].number, "X-2"),
    edit("ない", "A1", null, 1),
  ];
  const r = applyEditsToWorkbook(wb, edits);
  expect(r.applied).toEqual([]);
  expect(r.skipped).toEqual([
    // Sheet a is not protected: its edit waits for b (a fill is all or nothing), and says so.
    { edit: edits[0], reason: "blocked" },
    { edit: edits[1], reason: "protected" },
    { edit: edits[2], reason: "missing" },
  ]);
  expect(snapshot(wb)).toEqual(before);
  // Protection read from a file counts too.
  const reloaded = await loadWorkbookFromBuffer(await workbookToBuffer(wb));
  expect(applyEditsToWorkbook(reloaded, [edits[1]]).skipped).toEqual([{ edit: edits[1], reason: "protected" }]);
  expect(applyEditsToWorkbook(reloaded, [edits[0]]).applied).toEqual([edits[0]]);
});

test("a missing sheet is `missing`; sheet names match without case", () => {
  const wb = numbersFixture().workbook();
  wb.addWorksheet("Memo").getCell("A1").value = "old";
  const r = applyEditsToWorkbook(wb, [edit("ない", "A1", null, 1), edit("memo", "A1", "old", "new")]);
  expect(r.skipped.map((s) => s.reason)).toEqual(["missing"]);
  expect(wb.getWorksheet("Memo")!.getCell("A1").value).toBe("new");
});

test("a formula cell is skipped as `formula` and keeps its formula, even when its cached value matches", () => {
  const fixture = plantMistake("progress-regression").fixture;
  const wb = fixture.workbook();
  const sheet = fixture.specs[0].name;
  const ws = wb.getWorksheet(sheet)!;
  const label = fixture.cells[sheet].years[0].label;
  ws.getCell(label).value = { formula: '"H 28"&"年度"', result: "H 28年度" } as ExcelJS.CellFormulaValue;
  const e = edit(sheet, label, "H 28年度", "H28年度");
  const r = applyEditsToWorkbook(wb, [e]);
  expect(r.applied).toEqual([]);
  expect(r.skipped).toEqual([{ edit: e, reason: "formula" }]);
  expect(ws.getCell(label).value).toMatchObject({ formula: '"H 28"&"年度"' });
});
