/**
 * The worksheet reader's fast path: one pass over the part's text with `indexOf` and character codes, looking
 * at each cell's reference, style, type and value and at nothing else (a regular expression per tag and a cut-out
 * of every cell's XML cost more than the rest of a check's reading). A cell it does not recognise at a glance
 * (formula strings, booleans, errors, dates, rich or phonetic inline text) is read by the text reader from its
 * own XML, and a part with a prefixed namespace is read by the text reader whole: both give the same cells.
 */
import {
  CellCursor,
  cellAttrs,
  DQUOTE,
  EQ,
  isSpace,
  SQUOTE,
  type CellAttrs,
  cellValue,
  detached,
  numberValue,
  readSheet,
  readSheetTail,
  rootPrefix,
  sharedValue,
  sheetDataSpan,
  type SheetCell,
  type SheetContent,
  type SheetReadContext,
} from "./sheetReader";
import { decodeEntities, decodeExcelEscapes, XmlError } from "./xml";

const GT = 62;
const SLASH = 47;
const UNDERSCORE = 95;

/** What may follow a tag's name: white space, `>` or `/`. */
const endsName = (c: number) => isSpace(c) || c === GT || c === SLASH;

/** A row's `r` as the text reader's pattern (`\br\s*=\s*["'](\d+)["']`) reads it; null when absent. */
function rowNumber(s: string, from: number, to: number): number | null {
  for (let i = from; i < to; i++) {
    if (s.charCodeAt(i) !== 114) continue; // r
    const before = s.charCodeAt(i - 1);
    if ((before >= 48 && before <= 57) || (before >= 65 && before <= 90) || (before >= 97 && before <= 122) || before === UNDERSCORE)
      continue;
    let j = i + 1;
    while (isSpace(s.charCodeAt(j))) j++;
    if (s.charCodeAt(j) !== EQ) continue;
    j++;
    while (isSpace(s.charCodeAt(j))) j++;
    const q = s.charCodeAt(j);
    if (q !== DQUOTE && q !== SQUOTE) continue;
    const start = ++j;
    let n = 0;
    for (let c = s.charCodeAt(j); c >= 48 && c <= 57; c = s.charCodeAt(++j)) n = n * 10 + (c - 48);
    const close = s.charCodeAt(j);
    if (j > start && (close === DQUOTE || close === SQUOTE)) return n;
  }
  return null;
}

/** Whether a start tag's attributes [from, to) begin with ` r="…"` (or `'…'`): then `cellAttrs` reads that `r`. */
function startsWithRef(s: string, from: number, to: number): boolean {
  if (!isSpace(s.charCodeAt(from)) || s.charCodeAt(from + 1) !== 114 || s.charCodeAt(from + 2) !== EQ) return false;
  const q = s.charCodeAt(from + 3);
  if (q !== DQUOTE && q !== SQUOTE) return false;
  const end = s.indexOf(q === DQUOTE ? '"' : "'", from + 4);
  return end >= 0 && end < to;
}

/** `<v>`'s text in [from, to) (not `<vm…>`), as the text reader's vText finds it; null when there is none. */
function vText(s: string, from: number, to: number): string | null {
  for (let i = s.indexOf("<v", from); i >= 0 && i < to; i = s.indexOf("<v", i + 1)) {
    const c = s.charCodeAt(i + 2);
    if (c !== GT && c !== SLASH && c !== 32) continue;
    const gt = s.indexOf(">", i);
    if (s.charCodeAt(gt - 1) === SLASH) return "";
    const j = s.indexOf("</v>", gt);
    return j < 0 || j > to ? null : s.slice(gt + 1, j);
  }
  return null;
}

/** A plain inline string (`<is><t>…</t></is>`, `<t>` with or without attributes) in [from, to); else null. */
function plainInline(s: string, from: number, to: number): string | null {
  if (!s.startsWith("<is><t", from)) return null;
  const c = s.charCodeAt(from + 6);
  if (c !== GT && c !== 32) return null;
  const gt = s.indexOf(">", from + 6);
  if (gt < 0 || gt >= to || s.charCodeAt(gt - 1) === SLASH) return null;
  const close = s.indexOf("<", gt + 1);
  if (close < 0 || close + 9 !== to || !s.startsWith("</t></is>", close)) return null;
  let v = s.slice(gt + 1, close);
  if (v.indexOf("&") >= 0) v = decodeEntities(v);
  if (v.indexOf("_x") >= 0) v = decodeExcelEscapes(v);
  return v;
}

/** Reads a worksheet part's text; the same cells, merges and protection as `readSheet`. */
export function scanSheet(text: string, ctx: SheetReadContext): SheetContent {
  if (rootPrefix(text, "worksheet") !== "") return readSheet(text, ctx);
  if (text.lastIndexOf("</worksheet>") < 0) throw new XmlError(`${ctx.part}: cut off`);
  const cells: SheetCell[] = [];
  const { dataStart, dataEnd } = sheetDataSpan(text, "");
  if (dataStart >= 0) {
    const at = new CellCursor(ctx.part);
    const attrs: CellAttrs = { r: undefined, s: undefined, t: undefined };
    // The attribute spans of the blank cells since the last cell read or row start (start, end pairs).
    const blanks: number[] = [];
    let i = text.indexOf("<", dataStart + 1);
    while (i >= 0 && i < dataEnd) {
      const n1 = text.charCodeAt(i + 1);
      const isRow = n1 === 114 && text.startsWith("row", i + 1) && endsName(text.charCodeAt(i + 4));
      const isCell = !isRow && n1 === 99 && endsName(text.charCodeAt(i + 2));
      if (!isRow && !isCell) {
        i = text.indexOf("<", i + 1);
        continue;
      }
      const nameEnd = i + (isRow ? 4 : 2);
      const gt = text.indexOf(">", nameEnd);
      if (gt < 0) break;
      const selfClosing = text.charCodeAt(gt - 1) === SLASH;
      const attrsEnd = selfClosing ? gt - 1 : gt;
      i = text.indexOf("<", gt + 1);
      if (isRow) {
        at.startRow(rowNumber(text, nameEnd, attrsEnd));
        blanks.length = 0;
        continue;
      }
      if (selfClosing) {
        // A styled blank with an `r` first (as writers write them): where it stands matters only to a following
        // cell without `r`, which reads it then. Any other blank moves the cursor now, as the text reader does.
        blanks.push(nameEnd, attrsEnd);
        if (!startsWithRef(text, nameEnd, attrsEnd)) {
          for (let b = 0; b < blanks.length; b += 2) at.place(cellAttrs(text, blanks[b], blanks[b + 1], attrs).r, true);
          blanks.length = 0;
        }
        continue;
      }
      const { r, s: style, t } = cellAttrs(text, nameEnd, attrsEnd, attrs);
      if (r === undefined) for (let b = 0; b < blanks.length; b += 2) at.place(cellAttrs(text, blanks[b], blanks[b + 1], attrs).r, true);
      blanks.length = 0;
      at.place(r, false);
      const end = text.indexOf("</c>", gt + 1);
      if (end < 0) throw new XmlError(`${ctx.part}: cut off`);
      i = text.indexOf("<", end + 4);
      const numFmt = style ? (ctx.cellNumFmts[Number(style)] ?? null) : (ctx.cellNumFmts[0] ?? null);
      let value: SheetCell["value"] | undefined;
      if (t === undefined || t === "s" || t === "n") {
        const v = vText(text, gt + 1, end);
        value = v === null ? null : t === "s" ? sharedValue(v, ctx) : numberValue(v, numFmt, ctx);
      } else if (t === "inlineStr") {
        const s = plainInline(text, gt + 1, end);
        if (s !== null) value = s === "" ? null : detached(s);
      }
      // Anything else: the cell's own XML through the text reader.
      if (value === undefined) value = cellValue(t, text.slice(gt + 1, end), "", numFmt, ctx);
      if (value !== null) cells.push({ row: at.row, col: at.col, value, numFmt });
    }
  }
  return { cells, ...readSheetTail(dataEnd < 0 ? text : text.slice(dataEnd), "") };
}
