/**
 * An ExcelJS workbook as the engine's WorkbookGrid: every sheet's used block of values and number
 * formats, merges, visibility, protection, and the tabs Shinchoku generated (by their markers).
 */
import type ExcelJS from "exceljs";
import { rangeA1 } from "../../../src/core/model/address";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../../src/core/model/grid";
import { sortMerges } from "../../../src/core/specGrid";
import { engineValue } from "./cellValue";
import { readMarkers } from "./markers";

interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Merged areas as A1 ranges, in reading order. ExcelJS keeps them by anchor; `model.merges` would rebuild every row's model. */
export function sheetMerges(ws: ExcelJS.Worksheet): string[] {
  const internal = (ws as unknown as { _merges?: Record<string, MergeRange> })._merges;
  if (!internal) return sortMerges(ws.model.merges ?? []);
  // Sorted by their numbers (what sortMerges would parse back out of the A1 text), then written as A1.
  return Object.values(internal)
    .filter((m): m is MergeRange => !!m)
    .sort((a, b) => a.top - b.top || a.left - b.left || a.bottom - b.bottom || a.right - b.right)
    .map((m) => rangeA1(m.top - 1, m.left - 1, m.bottom - 1, m.right - 1));
}

export function isProtected(ws: ExcelJS.Worksheet): boolean {
  const p = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  // ExcelJS reads <sheetProtection sheet="1"> as sheet: true; other attributes alone do not protect the sheet.
  return p?.sheet === true;
}

/**
 * The used block of values and number formats, as blockFromCells (src/core/model/specGrid.ts) makes it from
 * placed cells, built in one pass without an object per cell: a workbook of thousands of sheets has
 * hundreds of thousands of cells.
 */
function sheetBlock(ws: ExcelJS.Worksheet): Pick<SheetGrid, "values" | "numFmts" | "top" | "left"> {
  const rows: number[] = [];
  const cols: number[] = [];
  const vals: CellValue[] = [];
  const fmts: (string | null)[] = [];
  let left = Infinity;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = engineValue(cell);
      if (value === null || value === "") return;
      const fmt = cell.numFmt;
      rows.push(rowNumber - 1);
      cols.push(colNumber - 1);
      vals.push(value);
      fmts.push(typeof fmt === "string" && fmt !== "" && fmt !== "General" ? fmt : null);
      if (colNumber - 1 < left) left = colNumber - 1;
    });
  });
  if (vals.length === 0) return { values: [], top: 0, left: 0 };
  // eachRow visits rows in order: the first kept cell is on the top row, the last on the bottom one.
  const top = rows[0];
  const values: CellValue[][] = [];
  const numFmts: (string | null)[][] = [];
  for (let r = top; r <= rows[rows.length - 1]; r++) {
    values.push([]);
    numFmts.push([]);
  }
  let anyFmt = false;
  for (let i = 0; i < vals.length; i++) {
    const vr = values[rows[i] - top];
    const fr = numFmts[rows[i] - top];
    const j = cols[i] - left;
    while (vr.length <= j) {
      vr.push(null);
      fr.push(null);
    }
    vr[j] = vals[i];
    fr[j] = fmts[i];
    if (fmts[i] !== null) anyFmt = true;
  }
  return anyFmt ? { values, numFmts, top, left } : { values, top, left };
}

export function worksheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const state = ws.state;
  return {
    name: ws.name,
    ...sheetBlock(ws),
    merges: sheetMerges(ws),
    visibility: state === "hidden" || state === "veryHidden" ? state : "visible",
    protected: isProtected(ws),
  };
}

export function workbookToGrid(wb: ExcelJS.Workbook): WorkbookGrid {
  return {
    sheets: wb.worksheets.map(worksheetToGrid),
    generatedSheets: readMarkers(wb),
  };
}
