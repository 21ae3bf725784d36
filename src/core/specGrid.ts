/**
 * The engine's view of a sheet built from a SheetSpec, without writing a file: what a gateway would read
 * back after writing the spec. Tests and the in-memory preview use it.
 */
import { parseRange } from "./model/address";
import { EMPTY_ROW, type CellValue, type SheetGrid, type WorkbookGrid } from "./model/grid";
import type { SheetSpec } from "./model/sheetSpec";

export interface PlacedCell {
  row: number;
  col: number;
  value: CellValue;
  numFmt?: string | null;
}

/**
 * Values as a gateway reports them: only the used block (top/left at its first non-empty row and
 * column), an empty string counts as an empty cell, rows end at their last value, and number formats
 * are kept only where a value has one other than General.
 */
export function blockFromCells(cells: Iterable<PlacedCell>): Pick<SheetGrid, "values" | "numFmts" | "top" | "left"> {
  const kept: PlacedCell[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  for (const c of cells) {
    if (c.value === null || c.value === "") continue;
    kept.push(c);
    if (c.row < top) top = c.row;
    if (c.row > bottom) bottom = c.row;
    if (c.col < left) left = c.col;
  }
  if (kept.length === 0) return { values: [], top: 0, left: 0 };
  // Rows without a value share one empty row: a stray value typed at row 1,048,576 makes a block of a million
  // rows, which cost 90 MB a sheet as arrays of their own (and a check of 14 such sheets 8 seconds).
  const values: CellValue[][] = new Array<CellValue[]>(bottom - top + 1).fill(EMPTY_ROW);
  let anyFmt = false;
  for (const c of kept) {
    let vr = values[c.row - top];
    if (vr === (EMPTY_ROW as CellValue[])) vr = values[c.row - top] = [];
    const j = c.col - left;
    while (vr.length <= j) vr.push(null);
    vr[j] = c.value;
    if (c.numFmt && c.numFmt !== "General") anyFmt = true;
  }
  if (!anyFmt) return { values, top, left };
  // Number formats row for row as the values, null where a value has none (or General).
  const numFmts = values.map((r): (string | null)[] => (r.length === 0 ? EMPTY_ROW : new Array<string | null>(r.length).fill(null)));
  for (const c of kept) numFmts[c.row - top][c.col - left] = c.numFmt && c.numFmt !== "General" ? c.numFmt : null;
  return { values, numFmts, top, left };
}

/** Merged areas in reading order (top row first, then left column), whatever order a host kept them in. */
export function sortMerges(ranges: Iterable<string>): string[] {
  return [...ranges]
    .map((r) => ({ r, p: parseRange(r) }))
    .sort((a, b) => a.p.top - b.p.top || a.p.left - b.p.left || a.p.bottom - b.p.bottom || a.p.right - b.p.right)
    .map((x) => x.r);
}

export function specToGrid(spec: SheetSpec): SheetGrid {
  const cells: PlacedCell[] = [];
  spec.rows.forEach((line, row) =>
    line.forEach((cell, col) => {
      if (cell) cells.push({ row, col, value: cell.value, numFmt: cell.numFmt ?? null });
    }),
  );
  return {
    name: spec.name,
    ...blockFromCells(cells),
    merges: sortMerges(spec.merges),
    visibility: spec.hidden ? "hidden" : "visible",
    protected: false,
  };
}

/** A workbook of specs, generated tabs known by role as their markers would tell. */
export function specsToWorkbookGrid(specs: SheetSpec[]): WorkbookGrid {
  return {
    sheets: specs.map(specToGrid),
    generatedSheets: specs.filter((s) => s.role !== "measure").map((s) => ({ name: s.name, role: s.role })),
  };
}
