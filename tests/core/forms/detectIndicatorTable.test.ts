/**
 * The indicator form is told apart by an indicator table's header on a measure sheet, even one with no
 * indicator under it yet (a new sheet); a header among the form's own year rows is not one.
 */
import { analyzeWorkbook } from "../../../src/core/produce/report";
import type { CellValue, WorkbookGrid } from "../../../src/core/model/grid";
import { readMeasureSheet } from "../../../src/core/read/reader";
import { seedWorkbook } from "../seedWorkbook";

/** The seed's workbook with `rows` written on its first sheet, `at` rows below its last row (0: right under it). */
function withRows(rows: CellValue[][], at: number | "inside"): WorkbookGrid {
  const wb = seedWorkbook();
  const sheet = wb.sheets[0];
  const values = sheet.values.map((r) => [...r]);
  if (at === "inside") {
    // In the empty cells right of the last year row: the header stands inside the form's year table.
    const m = readMeasureSheet(sheet)!;
    const i = m.years[m.years.length - 1].row - sheet.top;
    const right = m.bounds.right + 1 - sheet.left;
    values[i] = [...values[i], ...Array<CellValue>(Math.max(0, right - values[i].length)).fill(null), ...rows[0]];
  } else {
    for (let k = 0; k < at; k++) values.push([]);
    values.push(...rows);
  }
  return { ...wb, sheets: [{ ...sheet, values }, ...wb.sheets.slice(1)] };
}

const detect = (wb: WorkbookGrid) => analyzeWorkbook(wb, { source: "t.xlsx", lang: "ja" }).forms.profile.id;

test("the seed's workbook is read with the seed's profile", () => {
  expect(detect(seedWorkbook())).toBe("seed");
});

test("an indicator table's header with no indicator under it makes the indicator form", () => {
  expect(detect(withRows([["指標名", "単位", "目標値", "実績値"]], 2))).toBe("indicator");
});

test("a header with the years across and no indicator under it makes the indicator form", () => {
  expect(detect(withRows([["指標名", "単位", "R5年度", "R6年度", "R7年度"]], 2))).toBe("indicator");
});

test("the same words inside the form's year rows make no indicator table", () => {
  expect(detect(withRows([["指標名", "単位", "目標値", "実績値"]], "inside"))).toBe("seed");
});
