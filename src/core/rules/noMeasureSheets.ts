import { defineRule } from "./types";

export const noMeasureSheets = defineRule({
  id: "no-measure-sheets",
  severity: "error",
  example: "（シート「メモ」だけのブック）",
  check: ({ workbook, measures }) =>
    measures.length > 0 ? [] : [{ sheet: workbook.sheets[0]?.name ?? "", cell: "A1", params: { sheets: workbook.sheets.length } }],
});
