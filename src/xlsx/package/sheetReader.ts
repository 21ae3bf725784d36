/**
 * A worksheet part read by a scan of its XML, straight to the engine's cells: values (shared, inline and
 * rich strings, numbers, booleans, errors, `t="d"` dates, formulas' cached results), each cell's number
 * format, merged areas and protection. Cells and rows without an `r` attribute follow the one before.
 */
import type { CellValue } from "../../core/model/grid";
import { stringItemText } from "./richText";
import { decodeEntities, decodeExcelEscapes, tagAttrs, XmlError } from "./xml";
import { isDateFormat } from "./numFmts";

export interface SheetCell {
  row: number;
  col: number;
  value: CellValue;
  numFmt: string | null;
}

export interface SheetContent {
  cells: SheetCell[];
  merges: string[];
  protected: boolean;
}

export interface SheetReadContext {
  part: string;
  sharedStrings: () => string[];
  cellNumFmts: (string | null)[];
  date1904: boolean;
}

const MS_PER_DAY = 86_400_000;
const EPOCH_OFFSET_DAYS = 25569;
/** Days from the 1904 system's day 0 to the 1900 system's. */
const DAYS_1904 = 1462;

/** An ISO 8601 date (`t="d"`) as a 1900-system serial; local wall time, no zone shift. */
export function isoToSerial(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(iso.trim());
  if (!m) {
    // A bare time: a fraction of a day.
    const t = /^(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?/.exec(iso.trim());
    return t ? (Number(t[1]) * 3600 + Number(t[2]) * 60 + Number(t[3] ?? 0)) / 86400 : null;
  }
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), 0) + Number(m[6] ?? 0) * 1000;
  return Number.isFinite(ms) ? ms / MS_PER_DAY + EPOCH_OFFSET_DAYS : null;
}

/** Character codes the scans compare with. */
export const EQ = 61;
export const DQUOTE = 34;
export const SQUOTE = 39;

/** White space between XML attributes. */
export const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** A cell's `r`, `s` and `t` attributes (undefined where absent). */
export interface CellAttrs {
  r: string | undefined;
  s: string | undefined;
  t: string | undefined;
}

/**
 * The cell's `r`, `s` and `t` in its start tag's attribute text [from, to), in one pass (a sheet has hundreds
 * of thousands of cells): each the first one-letter name after white space (` r=`, not ` spans=` or `x:r=`)
 * followed by `=` and a quoted value; entities decoded. Both readers read cells' attributes with it.
 */
export function cellAttrs(text: string, from: number, to: number, out: CellAttrs): CellAttrs {
  out.r = out.s = out.t = undefined;
  for (let i = from; i < to; i++) {
    const name = text.charCodeAt(i);
    if ((name !== 114 && name !== 115 && name !== 116) || !isSpace(text.charCodeAt(i - 1))) continue;
    const key = name === 114 ? "r" : name === 115 ? "s" : "t";
    if (out[key] !== undefined) continue;
    let j = i + 1;
    while (text.charCodeAt(j) === 32) j++;
    if (text.charCodeAt(j) !== EQ) continue;
    j++;
    while (text.charCodeAt(j) === 32) j++;
    const q = text.charCodeAt(j);
    if (q !== DQUOTE && q !== SQUOTE) continue;
    const end = text.indexOf(q === DQUOTE ? '"' : "'", j + 1);
    if (end < 0 || end >= to) continue;
    const v = text.slice(j + 1, end);
    out[key] = v.indexOf("&") < 0 ? v : decodeEntities(v);
  }
  return out;
}

/** `B12` → row 11, column 1 (0-based); null for anything else. */
export function refToCell(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c === 36 && i === 0) continue;
    else break;
  }
  if (col === 0 || i === ref.length) return null;
  if (ref.charCodeAt(i) === 36) i++;
  const row = Number(ref.slice(i));
  if (!Number.isInteger(row) || row < 1) return null;
  return { row: row - 1, col: col - 1 };
}

/**
 * Where the cells of a sheet's rows go: a row or cell without `r` follows the one before. An empty cell
 * (`<c r="B1" s="1"/>`, a writer's styled blank) holds nothing: its reference is read only if a following
 * cell without `r` counts on from it.
 */
export class CellCursor {
  row = -1;
  col = -1;
  private pendingRef: string | null = null;

  constructor(private readonly part: string) {}

  /** A row starts; `r` is its 1-based number where it has one. */
  startRow(r: number | null): void {
    this.row = r !== null ? r - 1 : this.row + 1;
    this.col = -1;
    this.pendingRef = null;
  }

  /** A cell with reference `ref` (if any): moves to it; whether it has content to read. */
  place(ref: string | undefined, selfClosing: boolean): boolean {
    if (selfClosing && ref) {
      this.pendingRef = ref;
      return false;
    }
    if (ref) this.moveTo(ref);
    else {
      if (this.pendingRef !== null) this.moveTo(this.pendingRef);
      if (this.row < 0) this.row = 0;
      this.col += 1;
    }
    this.pendingRef = null;
    return !selfClosing;
  }

  /** A cell with a reference already read (0-based): as `place(ref, false)`. */
  placeAt(row: number, col: number): void {
    this.row = row;
    this.col = col;
    this.pendingRef = null;
  }

  private moveTo(ref: string): void {
    const at = refToCell(ref);
    if (!at) throw new XmlError(`${this.part}: bad cell reference ${ref}`);
    this.row = at.row;
    this.col = at.col;
  }
}

/** Patterns built from a name or prefix, once each (a workbook asks for the same few on every sheet). */
const patterns = new Map<string, RegExp>();
function pattern(source: string, flags = ""): RegExp {
  const key = flags + "/" + source;
  let re = patterns.get(key);
  if (!re) patterns.set(key, (re = new RegExp(source, flags)));
  return re;
}

export function rootPrefix(text: string, local: string): string {
  const m = pattern(`<([A-Za-z_][\\w.-]*:)?${local}[\\s>/]`).exec(text);
  if (!m) throw new XmlError(`no ${local} element`);
  return m[1] ?? "";
}

export function readSheet(text: string, ctx: SheetReadContext): SheetContent {
  const p = rootPrefix(text, "worksheet");
  if (text.lastIndexOf(`</${p}worksheet>`) < 0) throw new XmlError(`${ctx.part}: cut off`);
  const cells: SheetCell[] = [];
  const { dataStart, dataEnd } = sheetDataSpan(text, p);
  if (dataStart >= 0) {
    const tag = pattern(`<${p}(row|c)(?=[\\s>/])([^>]*?)(/?)>|</${p}row>`, "g");
    tag.lastIndex = dataStart;
    const at = new CellCursor(ctx.part);
    const closeC = `</${p}c>`;
    const attrs: CellAttrs = { r: undefined, s: undefined, t: undefined };
    let m: RegExpExecArray | null;
    while ((m = tag.exec(text)) && m.index < dataEnd) {
      if (m[1] === "row") {
        const r = /\br\s*=\s*["'](\d+)["']/.exec(m[2]);
        at.startRow(r ? Number(r[1]) : null);
        continue;
      }
      if (m[1] !== "c") continue;
      const { r: ref, s: style, t } = cellAttrs(m[2], 0, m[2].length, attrs);
      if (!at.place(ref, m[3] === "/")) continue;
      const end = text.indexOf(closeC, tag.lastIndex);
      if (end < 0) throw new XmlError(`${ctx.part}: cut off`);
      const inner = text.slice(tag.lastIndex, end);
      tag.lastIndex = end + closeC.length;
      const numFmt = style ? (ctx.cellNumFmts[Number(style)] ?? null) : (ctx.cellNumFmts[0] ?? null);
      const value = cellValue(t, inner, p, numFmt, ctx);
      if (value === null) continue;
      cells.push({ row: at.row, col: at.col, value, numFmt });
    }
  }
  return { cells, ...readSheetTail(dataEnd < 0 ? text : text.slice(dataEnd), p) };
}

/** Where the cells are: `<sheetData` and its end tag (or the end of `<sheetData/>`); -1, -1 without one. */
export function sheetDataSpan(text: string, p: string): { dataStart: number; dataEnd: number } {
  const dataStart = text.indexOf(`<${p}sheetData`);
  // Looked for from the end: only the tail (merges, page setup) follows it, and the cells can be megabytes.
  let dataEnd = dataStart < 0 ? -1 : text.lastIndexOf(`</${p}sheetData>`);
  if (dataEnd < dataStart) dataEnd = -1;
  if (dataStart >= 0 && dataEnd < 0) dataEnd = text.indexOf(">", dataStart);
  return { dataStart, dataEnd };
}

/** A worksheet's merged areas and protection alone, its cells not read (what a patch needs to know). */
export function readSheetFlags(text: string): Pick<SheetContent, "merges" | "protected"> {
  const p = rootPrefix(text, "worksheet");
  const { dataEnd } = sheetDataSpan(text, p);
  return readSheetTail(dataEnd < 0 ? text : text.slice(dataEnd), p);
}

/** What follows the cells (from `</sheetData>` on): merged areas and protection. */
export function readSheetTail(tail: string, p: string): Pick<SheetContent, "merges" | "protected"> {
  const merges: string[] = [];
  if (tail.includes("mergeCell")) {
    const mergeRe = pattern(`<${p}mergeCell\\b[^>]*?\\bref\\s*=\\s*["']([^"']+)["']`, "g");
    mergeRe.lastIndex = 0;
    let mm: RegExpExecArray | null;
    while ((mm = mergeRe.exec(tail))) merges.push(mm[1]);
  }
  const prot = tail.includes("sheetProtection") ? pattern(`<${p}sheetProtection\\b([^>]*)>`).exec(tail) : null;
  const sheetAttr = prot ? tagAttrs(prot[1]).sheet : undefined;
  return { merges, protected: sheetAttr === "1" || sheetAttr === "true" };
}

function between(inner: string, open: string, close: string): string | null {
  const i = inner.indexOf(open);
  if (i < 0) return null;
  const gt = inner.indexOf(">", i);
  if (inner.charCodeAt(gt - 1) === 47) return "";
  const j = inner.indexOf(close, gt);
  return j < 0 ? null : inner.slice(gt + 1, j);
}

function vText(inner: string, p: string): string | null {
  // `<v>` exactly, not `<vm…>`.
  const open = `<${p}v`;
  let i = inner.indexOf(open);
  while (i >= 0) {
    const c = inner.charCodeAt(i + open.length);
    if (c === 62 || c === 47 || c === 32) return between(inner.slice(i), open, `</${p}v>`);
    i = inner.indexOf(open, i + 1);
  }
  return null;
}

/**
 * A copy of a text cut out of the part's XML. A JavaScript engine may keep a cut-out as a view into the
 * whole part, so one cell's text would keep its sheet's XML alive (at 14,000 sheets, about 200 MB that
 * nothing reads again); a short text is copied anyway.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (" " + s).slice(1);
}

export function cellValue(t: string | undefined, inner: string, p: string, numFmt: string | null, ctx: SheetReadContext): CellValue {
  if (t === "inlineStr") {
    const is = between(inner, `<${p}is`, `</${p}is>`);
    const s = is === null ? (vText(inner, p) ?? "") : stringItemText(is, p);
    return s === "" ? null : detached(s);
  }
  const v = vText(inner, p);
  if (v === null) return null;
  switch (t) {
    case "s":
      return sharedValue(v, ctx);
    case "str": {
      const s = decodeExcelEscapes(decodeEntities(v));
      return s === "" ? null : detached(s);
    }
    case "b": {
      const b = v.trim();
      return b === "1" || b === "true";
    }
    case "e":
      return decodeEntities(v).trim() || null;
    case "d":
      return isoToSerial(decodeEntities(v));
    default:
      return numberValue(v, numFmt, ctx);
  }
}

/** A shared-string cell's value from its `<v>` text (the index). */
export function sharedValue(v: string, ctx: SheetReadContext): CellValue {
  const i = Number(v.trim());
  const table = ctx.sharedStrings();
  if (!Number.isInteger(i) || i < 0 || i >= table.length) throw new XmlError(`${ctx.part}: shared string ${v} out of range`);
  return table[i] === "" ? null : table[i];
}

/** A number cell's value from its `<v>` text; a 1904-system date as the engine counts dates (a 1900-system serial). */
export function numberValue(v: string, numFmt: string | null, ctx: SheetReadContext): CellValue {
  const n = Number(v.trim());
  if (v.trim() === "" || !Number.isFinite(n)) return null;
  return ctx.date1904 && numFmt !== null && isDateFormat(numFmt) ? n + DAYS_1904 : n;
}
