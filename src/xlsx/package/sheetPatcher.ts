/**
 * Fill edits written into a worksheet part by replacing or inserting single `<c>` elements: every other
 * byte of the part stays as it was. A written cell keeps its style (`s`), goes in column order within
 * its row, and carries its text inline (the shared-strings table is left alone). A cell holding a
 * formula, the hidden cell of a merged area, or a cell that no longer holds what the preview saw is
 * skipped.
 */
import { columnLetters, parseA1, parseRange } from "../../core/model/address";
import type { CellValue } from "../../core/model/grid";
import type { Edit } from "../../core/model/schemas";
import type { SkippedEdit } from "../../core/model/gateway";
import { cellValue, rootPrefix, type SheetReadContext } from "./sheetReader";
import { escapeAttr, escapeText, excelEscape, splice, tagAttrs, XmlError } from "./xml";

interface CellPos {
  col: number;
  start: number;
  end: number;
  /** The start tag's attributes as written. */
  attrs: Record<string, string>;
  hasR: boolean;
  inner: string;
  openEnd: number;
}

interface RowPos {
  row: number;
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  hasR: boolean;
  attrs: Record<string, string>;
}

/** Same as core's sameValue (an empty cell and "" are alike), without loading the grid's schemas. */
function same(a: CellValue, b: CellValue): boolean {
  const x = a === "" ? null : a;
  const y = b === "" ? null : b;
  return Object.is(x, y) || x === y;
}

function scanRows(text: string, p: string, from: number, to: number): RowPos[] {
  const rows: RowPos[] = [];
  const re = new RegExp(`<${p}row(?=[\\s>/])([^>]*?)(/?)>`, "g");
  re.lastIndex = from;
  const close = `</${p}row>`;
  let m: RegExpExecArray | null;
  let last = -1;
  while ((m = re.exec(text)) && m.index < to) {
    const attrs = tagAttrs(m[1]);
    const row = attrs.r ? Number(attrs.r) - 1 : last + 1;
    last = row;
    const openEnd = re.lastIndex;
    if (m[2] === "/") {
      rows.push({ row, start: m.index, openEnd, closeStart: openEnd, end: openEnd, hasR: !!attrs.r, attrs });
      continue;
    }
    const closeStart = text.indexOf(close, openEnd);
    if (closeStart < 0) throw new XmlError("row cut off");
    rows.push({ row, start: m.index, openEnd, closeStart, end: closeStart + close.length, hasR: !!attrs.r, attrs });
    re.lastIndex = closeStart + close.length;
  }
  return rows;
}

function scanCells(text: string, p: string, row: RowPos): CellPos[] {
  const cells: CellPos[] = [];
  const re = new RegExp(`<${p}c(?=[\\s>/])([^>]*?)(/?)>`, "g");
  re.lastIndex = row.openEnd;
  const close = `</${p}c>`;
  let m: RegExpExecArray | null;
  let col = -1;
  while ((m = re.exec(text)) && m.index < row.closeStart) {
    const attrs = tagAttrs(m[1]);
    col = attrs.r ? parseA1(attrs.r).col : col + 1;
    const openEnd = re.lastIndex;
    let end = openEnd;
    let inner = "";
    if (m[2] !== "/") {
      const j = text.indexOf(close, openEnd);
      if (j < 0) throw new XmlError("cell cut off");
      inner = text.slice(openEnd, j);
      end = j + close.length;
      re.lastIndex = end;
    }
    cells.push({ col, start: m.index, end, attrs, hasR: !!attrs.r, inner, openEnd });
  }
  return cells;
}

function valueXml(p: string, ref: string, style: string | undefined, value: CellValue): string {
  const s = style !== undefined ? ` s="${escapeAttr(style)}"` : "";
  if (value === null || value === "") return `<${p}c r="${ref}"${s}/>`;
  if (typeof value === "number") return `<${p}c r="${ref}"${s}><${p}v>${String(value)}</${p}v></${p}c>`;
  if (typeof value === "boolean") return `<${p}c r="${ref}"${s} t="b"><${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
  const space = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : "";
  return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t${space}>${escapeText(excelEscape(value))}</${p}t></${p}is></${p}c>`;
}

/** An existing cell's start tag with `r` added (when it had none, so an inserted neighbour cannot shift it). */
function withR(text: string, c: CellPos, ref: string): string {
  return text.slice(c.start, c.openEnd).replace(/^<([\w.:-]+)/, `<$1 r="${ref}"`);
}

export interface SheetPatch {
  text: string;
  applied: Edit[];
  skipped: SkippedEdit[];
}

/**
 * A row's start tag whose `spans` hint (1-based columns, `first:last`, a list in principle) still covers the
 * row's cells: kept as it was when it does (the usual fill, inside the form's columns), widened to them when one
 * range does not, dropped when a list does not (the hint is optional; Excel recomputes it).
 */
function withSpansCovering(open: string, cols: readonly number[]): string {
  const m = /(\sspans\s*=\s*)(["'])([^"']*)\2/.exec(open);
  if (!m || cols.length === 0) return open;
  const ranges = m[3]
    .trim()
    .split(/\s+/)
    .map((r) => r.split(":").map(Number));
  if (cols.every((col) => ranges.some(([a, b = a]) => col >= a && col <= b))) return open;
  const [a, b = a] = ranges[0];
  const before = open.slice(0, m.index);
  const after = open.slice(m.index + m[0].length);
  if (ranges.length !== 1 || !Number.isInteger(a) || !Number.isInteger(b)) return before + after;
  return `${before}${m[1]}${m[2]}${Math.min(a, ...cols)}:${Math.max(b, ...cols)}${m[2]}${after}`;
}

/** Where the part's sheetData starts, where its start tag ends, and where its content ends. */
function sheetDataBounds(text: string, p: string, part: string) {
  const dataStart = text.indexOf(`<${p}sheetData`);
  if (dataStart < 0) throw new XmlError(`${part}: no sheetData`);
  const dataOpenEnd = text.indexOf(">", dataStart) + 1;
  const selfClosingData = text.charCodeAt(dataOpenEnd - 2) === 47;
  const dataEnd = selfClosingData ? dataOpenEnd : text.indexOf(`</${p}sheetData>`, dataOpenEnd);
  return { dataStart, dataOpenEnd, selfClosingData, dataEnd };
}

interface ColumnStyle {
  min: number;
  max: number;
  style: string;
}

/** The `<col>` formats before sheetData (0-based columns), searched for there alone, not through the cells. */
function readColumnStyles(text: string, p: string, dataStart: number): ColumnStyle[] {
  const out: ColumnStyle[] = [];
  const head = text.slice(0, dataStart);
  const tag = new RegExp(`<${p}col(?=[\\s>/])([^>]*?)/?>`, "g");
  for (let m = tag.exec(head); m !== null; m = tag.exec(head)) {
    const a = tagAttrs(m[1]);
    if (a.style !== undefined) out.push({ min: Number(a.min) - 1, max: Number(a.max) - 1, style: a.style });
  }
  return out;
}

/** The format Excel gives a cell not written yet: its row's where the row has one, else its column's. */
function newCellStyle(row: RowPos | undefined, col: number, columns: readonly ColumnStyle[]): string | undefined {
  if (row && (row.attrs.customFormat === "1" || row.attrs.customFormat === "true")) return row.attrs.s;
  return columns.find((c) => col >= c.min && col <= c.max)?.style;
}

/**
 * The edits whose cell a person could not type into were this sheet protected: a cell is locked unless its
 * format is one of `unlocked` (see unlockedCellXfs). A cell not written yet takes its row's format where the
 * row has one, else its column's, as Excel gives it.
 */
export function lockedEdits(text: string, edits: Edit[], unlocked: ReadonlySet<number>, part: string): Edit[] {
  const p = rootPrefix(text, "worksheet");
  const { dataStart, dataOpenEnd, dataEnd } = sheetDataBounds(text, p, part);
  const rowByNumber = new Map(scanRows(text, p, dataOpenEnd, dataEnd).map((r) => [r.row, r]));
  const columnStyles = readColumnStyles(text, p, dataStart);
  const cellsOf = new Map<number, Map<number, CellPos>>();
  const locked: Edit[] = [];
  for (const edit of edits) {
    let at: { row: number; col: number };
    try {
      at = parseA1(edit.cell);
    } catch {
      continue; // told as missing by the patch
    }
    const row = rowByNumber.get(at.row);
    let cells = cellsOf.get(at.row);
    if (!cells) cellsOf.set(at.row, (cells = new Map(row ? scanCells(text, p, row).map((c) => [c.col, c]) : [])));
    const cell = cells.get(at.col);
    const style = cell ? cell.attrs.s : newCellStyle(row, at.col, columnStyles);
    if (!unlocked.has(Number(style ?? 0))) locked.push(edit);
  }
  return locked;
}

/** Applies `edits` (all on this sheet) to the part's text. `merges` are the sheet's merged areas. */
export function patchSheetCells(text: string, edits: Edit[], merges: string[], ctx: SheetReadContext): SheetPatch {
  const p = rootPrefix(text, "worksheet");
  const applied: Edit[] = [];
  const skipped: SkippedEdit[] = [];
  const areas = merges.map((m) => parseRange(m));
  const { dataStart, dataOpenEnd, selfClosingData, dataEnd } = sheetDataBounds(text, p, ctx.part);
  const rows = scanRows(text, p, dataOpenEnd, dataEnd);
  const rowByNumber = new Map(rows.map((r) => [r.row, r]));
  const columnStyles = readColumnStyles(text, p, dataStart);

  // Edits grouped by row, each row rebuilt once.
  const byRow = new Map<number, { edit: Edit; col: number }[]>();
  for (const edit of edits) {
    let at: { row: number; col: number };
    try {
      at = parseA1(edit.cell);
    } catch {
      skipped.push({ edit, reason: "missing" });
      continue;
    }
    // A non-anchor cell of a merged area reads empty but shows its anchor: never the intended cell.
    if (
      areas.some(
        (a) => at.row >= a.top && at.row <= a.bottom && at.col >= a.left && at.col <= a.right && (at.row !== a.top || at.col !== a.left),
      )
    ) {
      skipped.push({ edit, reason: "changed" });
      continue;
    }
    const list = byRow.get(at.row) ?? [];
    list.push({ edit, col: at.col });
    byRow.set(at.row, list);
  }

  const splices: { start: number; end: number; text: string }[] = [];
  const newRows: { row: number; xml: string }[] = [];
  const rebuilt = new Set<number>();
  for (const [rowNo, list] of byRow) {
    const row = rowByNumber.get(rowNo);
    const cells = row ? scanCells(text, p, row) : [];
    const byCol = new Map(cells.map((c) => [c.col, c]));
    const written = new Map<number, string>();
    for (const { edit, col } of list) {
      const cell = byCol.get(col);
      const ref = `${columnLetters(col)}${rowNo + 1}`;
      if (cell && new RegExp(`<${p}f[\\s>/]`).test(cell.inner)) {
        skipped.push({ edit, reason: "formula" });
        continue;
      }
      const fmt = cell ? (ctx.cellNumFmts[Number(cell.attrs.s ?? 0)] ?? null) : null;
      const current = cell ? cellValue(cell.attrs.t, cell.inner, p, fmt, ctx) : null;
      if (!same(current, edit.before)) {
        skipped.push({ edit, reason: "changed" });
        continue;
      }
      // A cell that did not exist takes its row's or its column's format, as Excel gives a new cell (an unlocked
      // column of a protected template stays unlocked).
      const style = cell ? cell.attrs.s : newCellStyle(row, col, columnStyles);
      written.set(col, valueXml(p, ref, style, edit.after === "" ? null : edit.after));
      applied.push(edit);
    }
    if (written.size === 0) continue;
    if (!row) {
      const xml = [...written]
        .sort((a, b) => a[0] - b[0])
        .map(([, x]) => x)
        .join("");
      newRows.push({ row: rowNo, xml: `<${p}row r="${rowNo + 1}">${xml}</${p}row>` });
      continue;
    }
    // Rebuild the row's content in column order: kept cells as written (given `r` if they had none), new ones in place.
    const parts: { col: number; xml: string }[] = [];
    for (const c of cells) {
      const ref = `${columnLetters(c.col)}${rowNo + 1}`;
      if (written.has(c.col)) parts.push({ col: c.col, xml: written.get(c.col)! });
      else parts.push({ col: c.col, xml: c.hasR ? text.slice(c.start, c.end) : withR(text, c, ref) + text.slice(c.openEnd, c.end) });
    }
    for (const [col, xml] of written) if (!byCol.has(col)) parts.push({ col, xml });
    parts.sort((a, b) => a.col - b.col);
    const body = parts.map((x) => x.xml).join("");
    let open = text.slice(row.start, row.openEnd);
    if (!row.hasR) open = open.replace(/^<([\w.:-]+)/, `<$1 r="${rowNo + 1}"`);
    open = withSpansCovering(
      open,
      parts.map((x) => x.col + 1),
    );
    if (row.closeStart === row.end) open = open.replace(/\s*\/>$/, ">");
    const firstCell = cells.length ? cells[0].start : row.closeStart;
    const lastCell = cells.length ? cells[cells.length - 1].end : row.closeStart;
    rebuilt.add(row.start);
    splices.push({ start: row.start, end: row.openEnd, text: open });
    splices.push({ start: firstCell === row.openEnd ? row.openEnd : firstCell, end: lastCell, text: body });
    if (row.closeStart === row.end) splices.push({ start: row.end, end: row.end, text: `</${p}row>` });
  }
  if (newRows.length > 0) {
    // A new row goes before the first row below it; rows without `r` get theirs so they cannot shift.
    for (const r of rows)
      if (!r.hasR && !rebuilt.has(r.start))
        splices.push({ start: r.start, end: r.start + 1 + p.length + 3, text: `<${p}row r="${r.row + 1}"` });
    for (const nr of newRows) {
      const next = rows.find((r) => r.row > nr.row);
      const at = next ? next.start : dataEnd;
      splices.push({ start: at, end: at, text: nr.xml });
    }
    if (selfClosingData) {
      splices.push({ start: dataStart, end: dataOpenEnd, text: `<${p}sheetData>` });
      splices.push({ start: dataOpenEnd, end: dataOpenEnd, text: `</${p}sheetData>` });
    }
  }
  // Insertions at one place keep the order they were pushed in: splice sorts stably.
  return { text: splices.length ? splice(text, splices) : text, applied, skipped };
}
