import type { Rule } from "./types";

export const noMeasureSheets: Rule = {
  id: "no-measure-sheets",
  severity: "error",
  check: ({ workbook, measures }) =>
    measures.length > 0 ? [] : [{ sheet: workbook.sheets[0]?.name ?? "", cell: "A1", params: { sheets: workbook.sheets.length } }],
};
