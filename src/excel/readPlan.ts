/**
 * How to split a workbook read into round trips whose responses stay under Excel on the web's payload cap
 * (5 MB; we aim at 4 MB to leave room for the JSON around the cells). Pure, so it is tested on its own.
 *
 * The plan treats the workbook as one stream of rows and fills each batch up to the budget, cutting a sheet
 * between rows where a batch is full: the number of batches is then ⌈estimated bytes / budget⌉ (up to
 * one row's rounding per batch), where whole-sheet packing could need one batch per large sheet. A used range
 * that reaches far out (a value typed at XFD1048576) is read by its areas instead: parsed and gathered here.
 */

import { MAX_COL, MAX_ROW, parseA1, parseRange } from "../core/model/address";

export const RESPONSE_BUDGET_BYTES = 4 * 1024 * 1024;

/**
 * Response bytes per cell for `values` + `numberFormat` in Office.js's JSON when nothing better is known: a
 * General format is ~10 bytes, an empty value 3, a short text cell a few dozen. The sizing sync measures each
 * sheet's own rate on a sample of its rows (readWorkbook.ts); a batch that still passes the host's cap is
 * halved and retried.
 */
export const BYTES_PER_CELL = 48;
/** No sheet is planned below this rate, however sparse its sample. */
export const MIN_BYTES_PER_CELL = 8;

/**
 * A used range of more than this many cells is read by the areas that hold a value (getSpecialCells), not row
 * by row: a form is a few thousand cells, so such a range is nearly always a value typed far out (Ctrl+End),
 * and one at XFD1048576 makes it 17 billion cells, tens of thousands of round trips row by row.
 */
export const AREAS_READ_MIN_CELLS = 1_000_000;
/** Without getSpecialCells (before ExcelApi 1.9), a used range past this is refused with a message, not read. */
export const ROWS_READ_MAX_CELLS = 50_000_000;
/**
 * A sheet whose values fill more than half its used range, or lie in more areas than this, is read by rows
 * where rows can read it: it is data with gaps, not a form with a value far out.
 */
export const AREAS_READ_MAX_AREAS = 2_000;

/** Per-piece JSON overhead (the range's own envelope and, on a sheet's first piece, its merged areas). */
export const PIECE_OVERHEAD_BYTES = 256;

export interface SheetSize {
  /** Index of the sheet in the workbook listing. */
  sheet: number;
  rowIndex: number;
  columnIndex: number;
  /** 0 for a sheet without values (no used range). */
  rowCount: number;
  columnCount: number;
  /** Measured on a sample of the sheet's rows; the default estimate when absent. */
  bytesPerCell?: number;
}

export interface ReadPiece {
  sheet: number;
  /** First row of the piece, relative to the sheet's used range. */
  rowOffset: number;
  rowCount: number;
}

export function estimateBytes(cells: number, bytesPerCell = BYTES_PER_CELL): number {
  return cells * bytesPerCell;
}

export function estimateSheetBytes(size: SheetSize, bytesPerCell = BYTES_PER_CELL): number {
  return size.rowCount === 0
    ? 0
    : estimateBytes(size.rowCount * size.columnCount, size.bytesPerCell ?? bytesPerCell) + PIECE_OVERHEAD_BYTES;
}

/**
 * Room kept in a first batch that also carries the sheet index and each used range's position (a re-read
 * of a known large workbook): per sheet, and once for the defined names.
 */
export const INDEX_BYTES_PER_SHEET = 256;
export const INDEX_BASE_BYTES = 4096;

/** `firstReserve`: bytes of the first batch's response already spoken for (the index riding with it). */
export function planReadBatches(
  sizes: SheetSize[],
  budget = RESPONSE_BUDGET_BYTES,
  bytesPerCell = BYTES_PER_CELL,
  firstReserve = 0,
): ReadPiece[][] {
  const batches: ReadPiece[][] = [];
  let batch: ReadPiece[] = [];
  let used = firstReserve;
  const close = () => {
    if (batch.length > 0) batches.push(batch);
    batch = [];
    used = 0;
  };
  for (const size of sizes) {
    if (size.rowCount === 0 || size.columnCount === 0) continue;
    const rowBytes = size.columnCount * (size.bytesPerCell ?? bytesPerCell);
    let offset = 0;
    while (offset < size.rowCount) {
      const left = size.rowCount - offset;
      const room = budget - used - PIECE_OVERHEAD_BYTES;
      const fit = Math.floor(room / rowBytes);
      if (fit >= left) {
        batch.push({ sheet: size.sheet, rowOffset: offset, rowCount: left });
        used += left * rowBytes + PIECE_OVERHEAD_BYTES;
        offset = size.rowCount;
      } else if (fit >= 1) {
        batch.push({ sheet: size.sheet, rowOffset: offset, rowCount: fit });
        offset += fit;
        close();
      } else if (batch.length === 0) {
        // A single row wider than the budget: send it alone and let the host decide.
        batch.push({ sheet: size.sheet, rowOffset: offset, rowCount: 1 });
        offset += 1;
        close();
      } else {
        close();
      }
    }
  }
  close();
  return batches;
}

/** Halves a batch that the host still refused: by pieces, or a lone piece by rows; null when it cannot shrink. */
export function splitBatch(batch: ReadPiece[]): [ReadPiece[], ReadPiece[]] | null {
  if (batch.length > 1) {
    const mid = Math.ceil(batch.length / 2);
    return [batch.slice(0, mid), batch.slice(mid)];
  }
  const [p] = batch;
  if (!p || p.rowCount < 2) return null;
  const half = Math.ceil(p.rowCount / 2);
  return [
    [{ sheet: p.sheet, rowOffset: p.rowOffset, rowCount: half }],
    [{ sheet: p.sheet, rowOffset: p.rowOffset + half, rowCount: p.rowCount - half }],
  ];
}

/**
 * A RangeAreas address as plain A1 ranges: `Sheet1!A1:G1, 'A, b'!B3:G3` → [`A1:G1`, `B3:G3`]. Commas inside
 * a quoted sheet name do not split.
 */
export function splitAreasAddress(address: string): string[] {
  const parts: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") {
      // '' inside a quoted name is an escaped quote; either way the quote state flips back.
      quoted = !quoted;
      cur += ch;
    } else if (ch === "," && !quoted) {
      parts.push(cur);
      cur = "";
    } else {
      cur += ch;
    }
  }
  parts.push(cur);
  return parts
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .map((p) => p.slice(p.lastIndexOf("!") + 1).replace(/\$/g, ""));
}

/** A rectangle of cells, 0-based. */
export interface CellBox {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/**
 * One area of a RangeAreas address (already without its sheet and `$`): `B3`, `B3:G9`, a whole column `H:H` or
 * `H:J`, a whole row `5:5` or `5:7`, as Excel writes them. Null for anything else.
 */
export function parseAreaRef(ref: string): CellBox | null {
  const parts = ref.toUpperCase().split(":");
  if (parts.length > 2 || parts[0] === "") return null;
  const [a, b = a] = parts;
  const column = /^[A-Z]{1,3}$/;
  const row = /^\d{1,7}$/;
  let box: { top: number; left: number; bottom: number; right: number };
  if (column.test(a) && column.test(b)) {
    const [l, r] = [parseA1(`${a}1`).col, parseA1(`${b}1`).col];
    box = { top: 0, bottom: MAX_ROW, left: Math.min(l, r), right: Math.max(l, r) };
  } else if (row.test(a) && row.test(b)) {
    const [t, u] = [Number(a) - 1, Number(b) - 1];
    box = { top: Math.min(t, u), bottom: Math.max(t, u), left: 0, right: MAX_COL };
  } else if (/^[A-Z]{1,3}\d{1,7}$/.test(a) && /^[A-Z]{1,3}\d{1,7}$/.test(b)) {
    box = parseRange(`${a}:${b}`);
  } else return null;
  if (box.top < 0 || box.bottom > MAX_ROW || box.right > MAX_COL) return null;
  return { top: box.top, left: box.left, rows: box.bottom - box.top + 1, cols: box.right - box.left + 1 };
}

const cellsIn = (b: CellBox) => b.rows * b.cols;

function union(a: CellBox, b: CellBox): CellBox {
  const top = Math.min(a.top, b.top);
  const left = Math.min(a.left, b.left);
  return {
    top,
    left,
    rows: Math.max(a.top + a.rows, b.top + b.rows) - top,
    cols: Math.max(a.left + a.cols, b.left + b.cols) - left,
  };
}

/**
 * Areas gathered into the rectangles to read: two join when the rectangle around both is at most twice their
 * cells (plus a small allowance), so a form split by its blanks is read as one block with its blanks, while a
 * value far out, or a formula filled down a column far below the form, stays a rectangle of its own. Reading
 * the blanks between areas also reads what a listing may leave out (a formula's spilled values next to it).
 */
export function clusterAreas(areas: readonly CellBox[], allowance = 256): CellBox[] {
  let boxes = [...areas].sort((a, b) => a.top - b.top || a.left - b.left);
  for (let changed = true; changed;) {
    changed = false;
    const out: CellBox[] = [];
    for (const box of boxes) {
      const k = out.findIndex((c) => cellsIn(union(c, box)) <= 2 * (cellsIn(c) + cellsIn(box)) + allowance);
      if (k < 0) out.push(box);
      else {
        out[k] = union(out[k], box);
        changed = true;
      }
    }
    boxes = out;
  }
  return boxes;
}
