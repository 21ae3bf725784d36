/**
 * Reads every sheet's used range (values, number formats, position, merged areas) into the engine's
 * WorkbookGrid.
 *
 * Round trips, and why:
 *   - Office.js cannot address a sheet's used range before it knows the sheet's name, so a workbook this
 *     gateway has not seen yet costs two: the index (names, visibility, protection, markers; no cell data),
 *     then ONE data sync for all sheets, whatever their number.
 *   - Once the gateway knows the sheet names (from its last read or write), a read is ONE sync: the data of
 *     every known sheet is queued by name together with the index, and the index checks the guess in the
 *     same response. A sheet added since costs one more sync for that sheet alone; a known sheet renamed or
 *     deleted since fails the batch (ItemNotFound) and the read starts over the cold way.
 *   - The response size is not known in advance, and finding it out would cost a sync on every read, so
 *     the data read is optimistic. Excel on the desktop has no payload cap; the web has 5 MB. Only when the
 *     host refuses a response as too large (RequestPayloadSizeLimitExceeded) does the gateway ask for each
 *     used range's size (one cheap sync) and read in ⌈estimated bytes / 4 MB⌉ batches, cutting large sheets
 *     between rows (readPlan.ts); a batch the host still refuses is halved. It then remembers that the
 *     workbook is large, with each sheet's used range and the bytes per cell its data actually took.
 *   - A re-read of a known large workbook plans its batches from that layout and sends the index (and each
 *     used range's position, to check the plan) with the first batch: ⌈bytes / 4 MB⌉ syncs, no index or
 *     sizing sync. Sheets added, removed, renamed or resized since discard that batch and fall back to
 *     sizing (with the index already in hand), or, when the batch failed, to the index + sizing path.
 */
import { toA1 } from "../core/model/address";
import { EMPTY_ROW, type CellValue, type SheetGrid, type WorkbookGrid } from "../core/model/grid";
import { blockFromCells, type PlacedCell } from "../core/specGrid";
import { fromExcelValue } from "./cellInput";
import { GatewayError, isPayloadTooLarge, officeErrorCode } from "./errors";
import { jsonBytes } from "./payload";
import {
  AREAS_READ_MAX_AREAS,
  AREAS_READ_MIN_CELLS,
  BYTES_PER_CELL,
  clusterAreas,
  estimateSheetBytes,
  INDEX_BASE_BYTES,
  INDEX_BYTES_PER_SHEET,
  MIN_BYTES_PER_CELL,
  parseAreaRef,
  planReadBatches,
  RESPONSE_BUDGET_BYTES,
  ROWS_READ_MAX_CELLS,
  splitAreasAddress,
  splitBatch,
  type CellBox,
  type ReadPiece,
  type SheetSize,
} from "./readPlan";
import type { Supports } from "./requirements";
import { loadWorkbookIndex, queueWorkbookIndex, type SheetEntry, type WorkbookIndex } from "./workbookIndex";

export interface ReadOptions {
  supports: Supports;
  /** Skip the optimistic single read (the workbook was too large last time). */
  assumeLarge?: boolean;
  /** Sheet names from the gateway's last read or write: read them by name in the index's own round trip. */
  knownSheets?: readonly string[];
  /**
   * Each sheet's used range and measured bytes per cell from the last split read: a large workbook is then
   * re-read in ⌈bytes / budget⌉ syncs, the index riding with the first batch (no index or sizing sync).
   */
  knownLayout?: readonly SheetLayout[];
  budget?: number;
  bytesPerCell?: number;
}

/** One sheet as the last split read found it, to plan the next read without a sizing sync. */
export interface SheetLayout {
  name: string;
  rowIndex: number;
  columnIndex: number;
  /** 0 for a sheet without values. */
  rowCount: number;
  columnCount: number;
  /** Response bytes (values + numberFormat JSON) per cell, as measured on the data actually read. */
  bytesPerCell?: number;
}

export interface ReadOutcome {
  grid: WorkbookGrid;
  /** True when the read had to be split; the gateway passes it back as assumeLarge next time. */
  large: boolean;
  /** Set with `large`: what the gateway passes back as knownLayout next time. */
  layout?: SheetLayout[];
}

/** What one sheet's read produced, before it becomes a SheetGrid. */
export interface SheetBlock {
  top: number;
  left: number;
  values: unknown[][];
  numberFormat: unknown[][];
  merges: string[];
  /** A sheet read by its areas: the values already placed (empty rows shared), in place of values/numberFormat. */
  placed?: Pick<SheetGrid, "values" | "numFmts" | "top" | "left">;
}

/** Merged areas exist in the API from ExcelApi 1.13; older hosts read without them. */
export const MERGES_SET: [string, string] = ["ExcelApi", "1.13"];

/** Queues one sheet's whole used range; the result is read after the caller's sync. */
export function queueSheetRead(ws: Excel.Worksheet, withMerges: boolean): () => SheetBlock {
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("values,numberFormat,rowIndex,columnIndex");
  // On the whole sheet, never on the used range: that one is a null object on an empty sheet.
  const merges = withMerges ? ws.getRange().getMergedAreasOrNullObject() : null;
  merges?.load("address");
  return () => {
    // Past its cell limit Excel may answer with no values rather than an error (office-js #6781): as too large.
    if (!used.isNullObject && !Array.isArray(used.values)) throw new GatewayError("RangeExceedsLimit");
    return {
      top: used.isNullObject ? 0 : used.rowIndex,
      left: used.isNullObject ? 0 : used.columnIndex,
      values: used.isNullObject ? [] : used.values,
      numberFormat: used.isNullObject ? [] : used.numberFormat,
      merges: merges && !merges.isNullObject ? splitAreasAddress(merges.address) : [],
    };
  };
}

export function toSheetGrid(entry: Pick<SheetEntry, "name" | "visibility" | "protected">, block: SheetBlock): SheetGrid {
  if (block.placed)
    return { name: entry.name, ...block.placed, merges: block.merges, visibility: entry.visibility, protected: entry.protected };
  // Rows end at their last value, as every gateway reports them (the used range itself is rectangular); rows
  // without one share a single empty row.
  const values: CellValue[][] = block.values.map((row) => {
    const out = row.map(fromExcelValue);
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out.length === 0 ? EMPTY_ROW : out;
  });
  let anyFormat = false;
  const numFmts = block.numberFormat.map((row, r) =>
    (values[r]?.length ?? 0) === 0
      ? EMPTY_ROW
      : row.slice(0, values[r].length).map((f, c) => {
          if (typeof f !== "string" || isGeneralFormat(f) || values[r][c] === null) return null;
          anyFormat = true;
          return f;
        }),
  );
  const grid: SheetGrid = {
    name: entry.name,
    values,
    top: block.top,
    left: block.left,
    merges: block.merges,
    visibility: entry.visibility,
    protected: entry.protected,
  };
  if (anyFormat) grid.numFmts = numFmts;
  return grid;
}

function toWorkbookGrid(index: WorkbookIndex, blocks: SheetBlock[]): WorkbookGrid {
  return {
    sheets: index.sheets.map((s, i) => toSheetGrid(s, blocks[i])),
    generatedSheets: index.generated,
  };
}

/** Codes after which a retry without merged areas cannot help. */
const NO_RETRY = new Set(["InvalidOperationInCellEditMode", "AccessDenied", "ItemNotFound"]);

async function readAllAtOnce(context: Excel.RequestContext, index: WorkbookIndex, withMerges: boolean): Promise<SheetBlock[]> {
  try {
    const pending = index.sheets.map((s) => queueSheetRead(s.ws, withMerges));
    await context.sync();
    return pending.map((read) => read());
  } catch (e) {
    // getMergedAreasOrNullObject fails on a sheet with more than 512 merged areas (grid-paper forms): read the
    // values without merges, then the merges sheet by sheet, so only such a sheet is read unmerged.
    if (!mergesMayBeTheCause(e, withMerges)) throw e;
    const pending = index.sheets.map((s) => queueSheetRead(s.ws, false));
    await context.sync();
    const blocks = pending.map((read) => read());
    const merges = await readMerges(
      context,
      index.sheets.map((s) => s.ws),
    );
    blocks.forEach((b, i) => (b.merges = merges[i]));
    return blocks;
  }
}

/** A failed read that had merged areas in it, for a reason a read without them may not share. */
function mergesMayBeTheCause(e: unknown, withMerges: boolean): boolean {
  const code = officeErrorCode(e);
  return withMerges && !isPayloadTooLarge(e) && !(code !== undefined && NO_RETRY.has(code));
}

/**
 * Each sheet's merged areas, all in one sync when Excel allows; a failing batch is halved until the sheets it
 * cannot answer for (more than 512 areas) are found, and those read as unmerged ([]). A sheet is tried twice
 * alone first: Excel says GeneralException for the limit and for a passing failure alike, and only the limit
 * fails again.
 */
export async function readMerges(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  triedAlone = false,
): Promise<string[][]> {
  if (sheets.length === 0) return [];
  const queued = sheets.map((ws) => {
    const m = ws.getRange().getMergedAreasOrNullObject();
    m.load("address");
    return m;
  });
  try {
    await context.sync();
    return queued.map((m) => (m.isNullObject ? [] : splitAreasAddress(m.address)));
  } catch (e) {
    if (isPayloadTooLarge(e) && sheets.length === 1) throw e;
    if (sheets.length === 1) return triedAlone ? [[]] : readMerges(context, sheets, true);
    const mid = Math.ceil(sheets.length / 2);
    return [...(await readMerges(context, sheets.slice(0, mid))), ...(await readMerges(context, sheets.slice(mid)))];
  }
}

/** Response bytes of a loaded sample as Excel counts them (UTF-8: a Japanese character is 3). */
function sampleBytes(values: unknown[][], formats: unknown[][]): number {
  return jsonBytes(values) + jsonBytes(formats);
}

/**
 * Excel reports the General format in the workbook's locale: `General`, `G/標準` (Japanese), `Standard`,
 * `常规`, `通用格式`, `표준`… Each means "no format"; read as a format, a year cell would look like a date.
 */
export const GENERAL_FORMATS: ReadonlySet<string> = new Set([
  "General",
  "G/標準",
  "G/标准",
  "G/通用格式",
  "常规",
  "通用格式",
  "表準",
  "표준",
  "G/표준",
  "Standard",
  "Standaard",
  "Estándar",
  "Geral",
  "Generale",
  "Общий",
]);

export function isGeneralFormat(f: unknown): boolean {
  return typeof f !== "string" || f === "" || GENERAL_FORMATS.has(f) || GENERAL_FORMATS.has(f.trim());
}

/**
 * Interior sample rows rotate over this many offsets from the top of the used range. Positions in the used
 * range cannot depend on its height (unknown until the sizing sync returns), so each sheet samples ONE
 * interior row and sheets of the same shape pool their samples: a measure sheet's long texts sit in its
 * middle rows, which the first and last rows alone never see.
 */
export const INTERIOR_SAMPLE_SPREAD = 32;

/** Sheets sized per sync: 1,500 × ~2 KB of request stays under 4 MB (measured on Office.js's requests). */
export const MEASURE_SHEETS_PER_SYNC = 1500;

interface RowSample {
  /** Row offset inside the used range. */
  offset: number;
  bytes: number;
}

/**
 * Bytes per cell for each sheet, from the row samples of every sheet of its shape (rows × columns): each
 * sampled row position counts at the mean of its samples, positions nobody sampled at the mean of the
 * interior samples (or of all samples when there are none). Pure, so it is tested on its own.
 */
export function pooledBytesPerCell(sheets: { rowCount: number; columnCount: number; samples: RowSample[] }[]): (number | undefined)[] {
  const classes = new Map<string, number[]>();
  sheets.forEach((s, i) => {
    if (s.rowCount === 0) return;
    const key = `${s.rowCount}x${s.columnCount}`;
    classes.set(key, [...(classes.get(key) ?? []), i]);
  });
  const rates: (number | undefined)[] = sheets.map(() => undefined);
  for (const members of classes.values()) {
    const { rowCount, columnCount } = sheets[members[0]];
    const byOffset = new Map<number, { sum: number; n: number }>();
    for (const i of members)
      for (const { offset, bytes } of sheets[i].samples) {
        const at = byOffset.get(offset) ?? { sum: 0, n: 0 };
        at.sum += bytes;
        at.n += 1;
        byOffset.set(offset, at);
      }
    const means = [...byOffset.entries()].map(([offset, { sum, n }]) => ({ offset, mean: sum / n }));
    if (means.length === 0) continue;
    const interior = means.filter((m) => m.offset > 0 && m.offset < rowCount - 1);
    const fill =
      (interior.length > 0 ? interior : means).reduce((t, m) => t + m.mean, 0) / (interior.length > 0 ? interior.length : means.length);
    const total = means.reduce((t, m) => t + m.mean, 0) + (rowCount - means.length) * fill;
    const rate = Math.max(MIN_BYTES_PER_CELL, Math.ceil(total / (rowCount * columnCount)));
    for (const i of members) rates[i] = rate;
  }
  return rates;
}

/**
 * Each used range's position and size, and its bytes per cell from a sample of rows: the first, the last and
 * one interior row (offset 1 + sheet index mod INTERIOR_SAMPLE_SPREAD), pooled by sheet shape. This path
 * uses getUsedRange (never null: an empty sheet gives A1), so the row samples can be asked for in the same
 * batch without calling a method on a null object. Still one sync for all sheets.
 */
async function measure(context: Excel.RequestContext, index: WorkbookIndex): Promise<SheetSize[]> {
  type Queued = ReturnType<typeof queueMeasure>;
  const queueMeasure = (ws: Excel.Worksheet, i: number, interior: boolean | "none") => {
    if (interior === "none") {
      const bare = ws.getUsedRangeOrNullObject(true);
      bare.load("rowIndex,columnIndex,rowCount,columnCount");
      return { used: bare, first: null, last: null, mid: null, midOffset: 0 };
    }
    const used = ws.getUsedRange(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    const first = used.getRow(0);
    first.load("values,numberFormat");
    const last = used.getLastRow();
    last.load("values,numberFormat");
    // Off the first row, so it may lie past the used range's end (discarded below), never above the grid.
    const midOffset = 1 + (i % INTERIOR_SAMPLE_SPREAD);
    const mid = interior ? first.getOffsetRange(midOffset, 0) : null;
    mid?.load("values,numberFormat");
    return { used, first, last, mid, midOffset };
  };
  // The request names four ranges per sheet (about 2 KB in Office.js's JSON): past MEASURE_SHEETS_PER_SYNC
  // sheets it would pass the web's 5 MB request cap, so larger workbooks are sized in several syncs.
  const queued: Queued[] = [];
  for (let from = 0; from < index.sheets.length; from += MEASURE_SHEETS_PER_SYNC) {
    const part = index.sheets.slice(from, from + MEASURE_SHEETS_PER_SYNC);
    // An interior sample past the grid's last row (a used range at the very bottom of a sheet): sample
    // without it. Rows as wide as the grid (a value typed at column XFD) can pass the response cap: sizes alone.
    let mode = true as boolean | "none";
    for (;;) {
      const batch = part.map((s, k) => queueMeasure(s.ws, from + k, mode));
      try {
        await context.sync();
        queued.push(...batch);
        break;
      } catch (e) {
        if (mode === "none" || (!isPayloadTooLarge(e) && officeErrorCode(e) !== "InvalidArgument")) throw e;
        mode = isPayloadTooLarge(e) || mode === false ? "none" : false;
      }
    }
  }
  const shapes = queued.map(({ used, first, last, mid, midOffset }) => {
    if (first === null || last === null)
      return used.isNullObject
        ? { rowCount: 0, columnCount: 0, samples: [] }
        : { rowCount: used.rowCount, columnCount: used.columnCount, samples: [] };
    const empty = used.rowCount * used.columnCount === 1 && fromExcelValue(first.values[0]?.[0]) === null;
    if (empty) return { rowCount: 0, columnCount: 0, samples: [] };
    const samples: RowSample[] = [{ offset: 0, bytes: sampleBytes(first.values, first.numberFormat) }];
    if (used.rowCount > 1) samples.push({ offset: used.rowCount - 1, bytes: sampleBytes(last.values, last.numberFormat) });
    if (mid && midOffset < used.rowCount - 1) samples.push({ offset: midOffset, bytes: sampleBytes(mid.values, mid.numberFormat) });
    return { rowCount: used.rowCount, columnCount: used.columnCount, samples };
  });
  const rates = pooledBytesPerCell(shapes);
  return queued.map(({ used }, sheet) => {
    const shape = shapes[sheet];
    if (shape.rowCount === 0) return { sheet, rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 };
    return {
      sheet,
      rowIndex: used.rowIndex,
      columnIndex: used.columnIndex,
      rowCount: used.rowCount,
      columnCount: used.columnCount,
      bytesPerCell: rates[sheet],
    };
  });
}

/** Queues one batch's pieces; the returned function files their rows into `blocks` after the sync. */
function queueBatch(
  sheets: readonly Excel.Worksheet[],
  sizes: SheetSize[],
  batch: ReadPiece[],
  withMerges: boolean,
): (blocks: SheetBlock[]) => void {
  const pending = batch.map((p) => {
    const size = sizes[p.sheet];
    const ws = sheets[p.sheet];
    const range = ws.getRangeByIndexes(size.rowIndex + p.rowOffset, size.columnIndex, p.rowCount, size.columnCount);
    range.load("values,numberFormat");
    const merges = withMerges && p.rowOffset === 0 ? ws.getRange().getMergedAreasOrNullObject() : null;
    merges?.load("address");
    return { p, range, merges };
  });
  return (blocks) => {
    for (const { p, range, merges } of pending) {
      const block = blocks[p.sheet];
      // Pieces of one sheet may arrive in separate batches; rows land at their own offset.
      range.values.forEach((row, i) => (block.values[p.rowOffset + i] = row));
      range.numberFormat.forEach((row, i) => (block.numberFormat[p.rowOffset + i] = row));
      if (merges && !merges.isNullObject) block.merges = splitAreasAddress(merges.address);
    }
  };
}

async function readBatch(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  sizes: SheetSize[],
  batch: ReadPiece[],
  withMerges: boolean,
  blocks: SheetBlock[],
): Promise<void> {
  const file = queueBatch(sheets, sizes, batch, withMerges);
  try {
    await context.sync();
  } catch (e) {
    const halves = isPayloadTooLarge(e) ? splitBatch(batch) : null;
    if (halves) {
      for (const half of halves) await readBatch(context, sheets, sizes, half, withMerges, blocks);
      return;
    }
    // As in the single read: a sheet with too many merged areas must not stop the others being read.
    if (!mergesMayBeTheCause(e, withMerges)) throw e;
    await readBatch(context, sheets, sizes, batch, false, blocks);
    const firsts = batch.filter((p) => p.rowOffset === 0);
    const merges = await readMerges(
      context,
      firsts.map((p) => sheets[p.sheet]),
    );
    firsts.forEach((p, i) => (blocks[p.sheet].merges = merges[i]));
    return;
  }
  file(blocks);
}

function emptyBlocks(sizes: SheetSize[]): SheetBlock[] {
  return sizes.map((s) => ({ top: s.rowIndex, left: s.columnIndex, values: [], numberFormat: [], merges: [] }));
}

/** What the next read plans from: each sheet's used range and the bytes per cell its data actually took. */
function layoutOf(index: WorkbookIndex, sizes: SheetSize[], blocks: SheetBlock[]): SheetLayout[] {
  return index.sheets.map((s, i) => {
    const { rowIndex, columnIndex, rowCount, columnCount } = sizes[i];
    const cells = rowCount * columnCount;
    const bytes = cells === 0 ? 0 : sampleBytes(blocks[i].values, blocks[i].numberFormat);
    return {
      name: s.name,
      rowIndex,
      columnIndex,
      rowCount,
      columnCount,
      bytesPerCell: cells === 0 ? undefined : Math.max(MIN_BYTES_PER_CELL, bytes / cells),
    };
  });
}

type KnownLargeRead =
  | { kind: "read"; index: WorkbookIndex; sizes: SheetSize[]; blocks: SheetBlock[] }
  /** The index arrived but the sheets or their used ranges changed: re-measure with it. */
  | { kind: "changed"; index: WorkbookIndex }
  /** The first batch failed (a sheet renamed or deleted, or the response refused): start over. */
  | { kind: "failed" };

/**
 * A known large workbook, planned from the last read's layout: the index and every sheet's used-range
 * position ride with the first batch, so the read is ⌈bytes / budget⌉ syncs. The positions check the plan:
 * any sheet added, removed, renamed or resized discards the batch (correctness first).
 */
async function readKnownLarge(
  context: Excel.RequestContext,
  layout: readonly SheetLayout[],
  withMerges: boolean,
  budget: number,
  bytesPerCell: number,
): Promise<KnownLargeRead> {
  const sizes: SheetSize[] = layout.map((l, sheet) => ({
    sheet,
    rowIndex: l.rowIndex,
    columnIndex: l.columnIndex,
    rowCount: l.rowCount,
    columnCount: l.columnCount,
    bytesPerCell: l.bytesPerCell,
  }));
  const reserve = INDEX_BASE_BYTES + INDEX_BYTES_PER_SHEET * layout.length;
  const [first = [], ...rest] = planReadBatches(sizes, budget, bytesPerCell, reserve);
  const sheets = layout.map((l) => context.workbook.worksheets.getItem(l.name));
  const indexOf = queueWorkbookIndex(context);
  const used = sheets.map((ws) => {
    const u = ws.getUsedRangeOrNullObject(true);
    u.load("rowIndex,columnIndex,rowCount,columnCount");
    return u;
  });
  const file = queueBatch(sheets, sizes, first, withMerges);
  try {
    await context.sync();
  } catch (e) {
    const code = officeErrorCode(e);
    if (!isPayloadTooLarge(e) && code !== undefined && NO_RETRY.has(code) && code !== "ItemNotFound") throw e;
    return { kind: "failed" };
  }
  const index = indexOf();
  const sameSheets = index.sheets.length === layout.length && index.sheets.every((s, i) => s.name === layout[i].name);
  const sameRanges = used.every((u, i) => {
    const l = layout[i];
    if (u.isNullObject) return l.rowCount === 0;
    return u.rowIndex === l.rowIndex && u.columnIndex === l.columnIndex && u.rowCount === l.rowCount && u.columnCount === l.columnCount;
  });
  if (!sameSheets || !sameRanges) return { kind: "changed", index };
  const blocks = emptyBlocks(sizes);
  file(blocks);
  // Sequential on purpose, as in the sized path; a batch the host refuses is halved there too.
  for (const batch of rest) await readBatch(context, sheets, sizes, batch, withMerges, blocks);
  return { kind: "read", index, sizes, blocks };
}

/** Reads the known sheets by name alongside the index; null when the guess no longer holds. */
async function readKnown(
  context: Excel.RequestContext,
  known: readonly string[],
  withMerges: boolean,
): Promise<{ index: WorkbookIndex; blocks: SheetBlock[] } | null> {
  const indexOf = queueWorkbookIndex(context);
  const guessed = new Map<string, () => SheetBlock>();
  for (const name of known) guessed.set(name, queueSheetRead(context.workbook.worksheets.getItem(name), withMerges));
  try {
    await context.sync();
  } catch (e) {
    const code = officeErrorCode(e);
    if (isPayloadTooLarge(e) || (code !== undefined && NO_RETRY.has(code) && code !== "ItemNotFound")) throw e;
    // A sheet renamed or deleted since (or merged areas the host refused): start over the cold way.
    return null;
  }
  const index = indexOf();
  // Sheets added since the last read: one more round trip, for them alone.
  const added = index.sheets.filter((s) => !guessed.has(s.name));
  const late = new Map(added.map((s) => [s.name, queueSheetRead(s.ws, withMerges)]));
  if (late.size > 0) await context.sync();
  const blocks = index.sheets.map((s) => {
    const read = guessed.get(s.name) ?? late.get(s.name);
    if (!read) throw new GatewayError("ItemNotFound");
    return read();
  });
  return { index, blocks };
}

/** A range's cells of one kind (getSpecialCells): ExcelApi 1.9. */
export const SPECIAL_CELLS_SET: [string, string] = ["ExcelApi", "1.9"];

/** The last cell of a used range, as the message to the user names it (Ctrl+End goes there). */
function lastCell(size: SheetSize): string {
  return toA1(size.rowIndex + size.rowCount - 1, size.columnIndex + size.columnCount - 1);
}

/** The cell kinds whose areas are listed: together, every cell that holds something. */
const CONTENT_KINDS = ["Constants", "Formulas"] as const;

/**
 * Queues `queue(sheet)` for every sheet and syncs once; when that sync fails (for a reason other than the user
 * or the workbook), each sheet is tried alone, twice (a passing failure looks the same), so one sheet's failure
 * is its own: its entry is then the error.
 */
async function perSheet<T>(
  context: Excel.RequestContext,
  sheets: readonly number[],
  queue: (sheet: number) => () => T,
  triedAlone = false,
): Promise<Map<number, T | Error>> {
  const out = new Map<number, T | Error>();
  const pending = sheets.map((i) => [i, queue(i)] as const);
  try {
    await context.sync();
    for (const [i, read] of pending) out.set(i, read());
    return out;
  } catch (e) {
    const code = officeErrorCode(e);
    if (code !== undefined && NO_RETRY.has(code)) throw e;
    if (sheets.length === 1 && triedAlone) return out.set(sheets[0], e instanceof Error ? e : new Error(String(e)));
  }
  for (const i of sheets) for (const [k, v] of await perSheet(context, [i], queue, sheets.length === 1)) out.set(k, v);
  return out;
}

/**
 * Sheets whose used range passes AREAS_READ_MIN_CELLS (nearly always a value typed far out: one at XFD1048576
 * makes 17 billion cells), read by the areas that hold a constant or a formula (getSpecialCells). One small
 * sync counts each sheet's areas and cells; a sheet whose values fill its range (data with gaps, not a form with
 * a stray value) stays with the row-by-row read where that can read it. Another lists the others' areas, which
 * are checked against the counts, gathered into rectangles (clusterAreas) and read in budgeted batches like any
 * sheet's rows. Fills those sheets' blocks (values placed, empty rows shared) and returns their indexes. Where
 * neither way can read a sheet (no ExcelApi 1.9, or a listing Excel refuses, and a range past
 * ROWS_READ_MAX_CELLS), the user is told which sheet reaches which cell rather than left waiting on thousands
 * of syncs.
 */
async function readByAreas(
  context: Excel.RequestContext,
  index: WorkbookIndex,
  sizes: SheetSize[],
  blocks: SheetBlock[],
  options: { supports: Supports; budget: number; bytesPerCell: number; withMerges: boolean },
): Promise<Set<number>> {
  const cellsOf = (i: number) => sizes[i].rowCount * sizes[i].columnCount;
  const far = sizes.filter((s) => cellsOf(s.sheet) > AREAS_READ_MIN_CELLS).map((s) => s.sheet);
  if (far.length === 0) return new Set();
  const byRowsCan = (i: number) => cellsOf(i) <= ROWS_READ_MAX_CELLS;
  const refuse = (sheet: number, cause?: unknown) =>
    new GatewayError("RangeExceedsLimit", {
      messageKey: "excel.error.farValue",
      params: { sheet: index.sheets[sheet].name, cell: lastCell(sizes[sheet]) },
      cause,
    });
  /** Rows when they can read the sheet, else the message. */
  const byRowsOrRefuse = (i: number, cause?: unknown): false => {
    if (byRowsCan(i)) return false;
    throw refuse(i, cause);
  };
  if (!options.supports(...SPECIAL_CELLS_SET)) {
    far.forEach((i) => byRowsOrRefuse(i));
    return new Set();
  }
  const special = (i: number) => {
    const s = sizes[i];
    const range = index.sheets[i].ws.getRangeByIndexes(s.rowIndex, s.columnIndex, s.rowCount, s.columnCount);
    return CONTENT_KINDS.map((kind) => range.getSpecialCellsOrNullObject(kind));
  };
  const counted = await perSheet(context, far, (i) => {
    const kinds = special(i);
    kinds.forEach((a) => a.load("areaCount,cellCount"));
    // cellCount is -1 past 2^31 − 1 cells: counted as more than any range's half.
    return () =>
      kinds.reduce(
        (t, a) => (a.isNullObject ? t : { areas: t.areas + a.areaCount, cells: a.cellCount < 0 ? Infinity : t.cells + a.cellCount }),
        { areas: 0, cells: 0 },
      );
  });
  const sparse = far.filter((i) => {
    const c = counted.get(i)!;
    if (c instanceof Error) return byRowsOrRefuse(i, c);
    return c.cells * 2 <= cellsOf(i) && c.areas <= AREAS_READ_MAX_AREAS ? true : byRowsOrRefuse(i);
  });
  if (sparse.length === 0) return new Set();
  const listed = await perSheet(context, sparse, (i) => {
    const kinds = special(i);
    kinds.forEach((a) => a.load("address"));
    return () => kinds.flatMap((a) => (a.isNullObject ? [] : splitAreasAddress(a.address).map(parseAreaRef)));
  });
  // Every rectangle becomes a region read like a sheet of its own; `owner` maps it back to its sheet.
  const regions: SheetSize[] = [];
  const owner: number[] = [];
  const read = sparse.filter((i) => {
    const areas = listed.get(i)!;
    const c = counted.get(i) as { areas: number; cells: number };
    // An address Excel cut short, or one this reader cannot parse, would drop cells without a word.
    const whole =
      !(areas instanceof Error) &&
      areas.every((a) => a !== null) &&
      areas.length === c.areas &&
      areas.reduce((n, a) => n + a!.rows * a!.cols, 0) === c.cells;
    if (!whole) return byRowsOrRefuse(i, areas instanceof Error ? areas : undefined);
    for (const box of clusterAreas(areas as CellBox[])) {
      regions.push({ sheet: regions.length, rowIndex: box.top, columnIndex: box.left, rowCount: box.rows, columnCount: box.cols });
      owner.push(i);
    }
    return true;
  });
  const regionSheets = owner.map((i) => index.sheets[i].ws);
  const regionBlocks = emptyBlocks(regions);
  for (const batch of planReadBatches(regions, options.budget, options.bytesPerCell))
    await readBatch(context, regionSheets, regions, batch, false, regionBlocks);
  const cells = new Map<number, PlacedCell[]>(read.map((i) => [i, []]));
  regionBlocks.forEach((b, k) => {
    const list = cells.get(owner[k])!;
    b.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const value = fromExcelValue(v);
        if (value === null) return;
        const f = b.numberFormat[r]?.[c];
        list.push({ row: b.top + r, col: b.left + c, value, numFmt: isGeneralFormat(f) ? null : (f as string) });
      }),
    );
  });
  const merges = options.withMerges
    ? await readMerges(
        context,
        read.map((i) => index.sheets[i].ws),
      )
    : read.map(() => []);
  read.forEach((i, k) => {
    blocks[i] = { top: 0, left: 0, values: [], numberFormat: [], merges: merges[k], placed: blockFromCells(cells.get(i)!) };
  });
  return new Set(read);
}

export async function readWorkbookGrid(context: Excel.RequestContext, options: ReadOptions): Promise<ReadOutcome> {
  const withMerges = options.supports(...MERGES_SET);
  const budget = options.budget ?? RESPONSE_BUDGET_BYTES;
  const bytesPerCell = options.bytesPerCell ?? BYTES_PER_CELL;
  let index: WorkbookIndex | undefined;
  if (options.assumeLarge && options.knownLayout && options.knownLayout.length > 0) {
    const known = await readKnownLarge(context, options.knownLayout, withMerges, budget, bytesPerCell);
    if (known.kind === "read") return sizedOutcome(known.index, known.sizes, known.blocks, budget, bytesPerCell);
    if (known.kind === "changed") index = known.index;
  }
  if (!options.assumeLarge) {
    try {
      if (options.knownSheets && options.knownSheets.length > 0) {
        const warm = await readKnown(context, options.knownSheets, withMerges);
        if (warm) return { grid: toWorkbookGrid(warm.index, warm.blocks), large: false };
      }
      index = await loadWorkbookIndex(context);
      return { grid: toWorkbookGrid(index, await readAllAtOnce(context, index, withMerges)), large: false };
    } catch (e) {
      if (!isPayloadTooLarge(e)) throw e;
    }
  }
  index ??= await loadWorkbookIndex(context);
  const sizes = await measure(context, index);
  const blocks = emptyBlocks(sizes);
  const sheets = index.sheets.map((s) => s.ws);
  const byAreas = await readByAreas(context, index, sizes, blocks, { supports: options.supports, budget, bytesPerCell, withMerges });
  const byRows = sizes.map((s) => (byAreas.has(s.sheet) ? { ...s, rowCount: 0, columnCount: 0 } : s));
  // Sequential on purpose: each batch is one capped response, and they are few (⌈bytes / budget⌉).
  for (const batch of planReadBatches(byRows, budget, bytesPerCell)) await readBatch(context, sheets, sizes, batch, withMerges, blocks);
  // A layout plans row by row: with a sheet read by its areas, the next read sizes again (and lists them again).
  if (byAreas.size > 0) return { grid: toWorkbookGrid(index, blocks), large: true };
  return sizedOutcome(index, sizes, blocks, budget, bytesPerCell);
}

function sizedOutcome(index: WorkbookIndex, sizes: SheetSize[], blocks: SheetBlock[], budget: number, bytesPerCell: number): ReadOutcome {
  const layout = layoutOf(index, sizes, blocks);
  const estimated = layout.reduce((sum, l, sheet) => sum + estimateSheetBytes({ sheet, ...l }, bytesPerCell), 0);
  // A workbook that has shrunk back under the budget goes back to the single optimistic read.
  const large = estimated > budget;
  return large ? { grid: toWorkbookGrid(index, blocks), large, layout } : { grid: toWorkbookGrid(index, blocks), large };
}
