/**
 * An ExcelJS workbook as the engine's WorkbookGrid: every sheet's used block of values and number
 * formats, merges, visibility, protection, and the tabs Shinchoku generated (by their markers).
 */
import type ExcelJS from "exceljs";
import { rangeA1 } from "../core/address";
import type { SheetGrid, WorkbookGrid } from "../core/grid";
import { blockFromCells, sortMerges, type PlacedCell } from "../core/specGrid";
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
  return sortMerges(
    Object.values(internal)
      .filter((m): m is MergeRange => !!m)
      .map((m) => rangeA1(m.top - 1, m.left - 1, m.bottom - 1, m.right - 1)),
  );
}

export function isProtected(ws: ExcelJS.Worksheet): boolean {
  const p = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  // ExcelJS reads <sheetProtection sheet="1"> as sheet: true; other attributes alone do not protect the sheet.
  return p?.sheet === true;
}

function placedCells(ws: ExcelJS.Worksheet): PlacedCell[] {
  const cells: PlacedCell[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = engineValue(cell);
      if (value === null) return;
      const fmt = cell.numFmt;
      cells.push({ row: rowNumber - 1, col: colNumber - 1, value, numFmt: typeof fmt === "string" ? fmt : null });
    });
  });
  return cells;
}

export function worksheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const state = ws.state;
  return {
    name: ws.name,
    ...blockFromCells(placedCells(ws)),
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
