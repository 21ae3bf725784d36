/**
 * The engine's view of a workbook: plain values, no host objects. Every gateway (Office.js, ExcelJS,
 * the in-memory preview) turns what it reads into this shape, so the engine never sees a host type.
 */
import type { CellValue, SheetGrid } from "./gridSchema";

// The types, without loading zod: reading cells is all the reader and the rules need.
export type { CellValue, SheetGrid, SheetGridInput, WorkbookGrid, WorkbookGridInput } from "./gridSchema";

/**
 * The row of a block that holds no value, shared by every such row (a value typed at row 1,048,576 makes a
 * million of them); frozen, so nothing can write into the rows that share it.
 */
export const EMPTY_ROW = Object.freeze([]) as unknown as never[];

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
  const values = sheet.values;
  for (let i = 0; i < values.length; i++) if (values[i].length > cols) cols = values[i].length;
  return { rows: sheet.top + values.length, cols: sheet.left + cols };
}

/**
 * Each stored row that holds a cell, with its index in `values`, in order. A value typed far below the form
 * (row 1,048,576) makes a block of a million rows, nearly all empty: a scan of the cells passes them at once.
 */
export function forEachRow(sheet: SheetGrid, visit: (row: readonly CellValue[], index: number) => void): void {
  const values = sheet.values;
  for (let i = 0; i < values.length; i++) if (values[i].length > 0) visit(values[i], i);
}

/** The text of a cell as a person reads it: numbers in plain decimal, booleans as TRUE/FALSE. */
export function cellText(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** Empty or white space only (what trim() removes is exactly \s), without copying the text. */
export function isEmptyCell(v: CellValue): boolean {
  return v === null || (typeof v === "string" && !NOT_SPACE.test(v));
}
const NOT_SPACE = /\S/;

/** Whether two cell values are the same as a person sees them: an empty cell and "" are alike. */
export function sameValue(a: CellValue, b: CellValue): boolean {
  const x = a === "" ? null : a;
  const y = b === "" ? null : b;
  return Object.is(x, y) || x === y;
}
