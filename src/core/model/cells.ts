/**
 * Reading cells of a SheetGrid. Kept apart from grid.ts (which re-exports these) so that the reader, and
 * with it `shinchoku check`, runs without loading zod: the schemas are for data crossing a boundary.
 */
import type { CellValue, SheetGrid } from "./grid";

/** Value at an absolute 0-based (row, col), null outside the stored block. */
export function cellAt(sheet: SheetGrid, row: number, col: number): CellValue {
  const r = sheet.values[row - sheet.top];
  if (!r) return null;
  const v = r[col - sheet.left];
  return v === undefined ? null : v;
}

export function numFmtAt(sheet: SheetGrid, row: number, col: number): string | null {
  const r = sheet.numFmts?.[row - sheet.top];
  if (!r) return null;
  return r[col - sheet.left] ?? null;
}

/** Last absolute row and column index (exclusive) covered by the stored block. */
export function extent(sheet: SheetGrid): { rows: number; cols: number } {
  let cols = 0;
  for (const r of sheet.values) if (r.length > cols) cols = r.length;
  return { rows: sheet.top + sheet.values.length, cols: sheet.left + cols };
}

/** The text of a cell as a person reads it: numbers in plain decimal, booleans as TRUE/FALSE. */
export function cellText(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}
