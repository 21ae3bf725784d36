/**
 * The fiscal year a sheet's title names (令和3年度工程表, 平成27年度 施策評価表): the first among the
 * sheet's first six rows that hold anything, wherever its content starts. A sheet without the form's year
 * table dates its evaluation and its indicators' actuals by it.
 */
import { forEachRow, isEmptyCell } from "../model/grid";
import type { SheetGrid } from "../model/grid";
import { yearInText } from "../text/fiscalYear";

export interface TitleYear {
  fiscalYear: number;
  /** The words that name the year (令和3年度). */
  text: string;
  row: number;
  col: number;
}

export function titleYear(sheet: SheetGrid): TitleYear | null {
  // Assigned in the row visitor, which the compiler's narrowing does not follow.
  let found = null as TitleYear | null;
  let seen = 0;
  forEachRow(sheet, (r, i) => {
    // A row of empty cells holds nothing (a row padded with nulls is as empty as a missing one).
    if (found !== null || !r.some((v) => !isEmptyCell(v)) || seen++ >= 6) return;
    for (let j = 0; j < r.length && found === null; j++) {
      const v = r[j];
      const y = typeof v === "string" && v.length <= 80 ? yearInText(v) : null;
      if (y) found = { ...y, row: sheet.top + i, col: sheet.left + j };
    }
  });
  return found;
}
