/**
 * The worksheet reader's fast path: one pass over the part's text, looking at each cell's reference, style, type
 * and value and at nothing else. A styled blank is passed over by character codes; a cell in one of the forms
 * writers use for nearly every cell is matched whole by one sticky pattern (`COMMON_CELL`, native code); any other
 * is read by `indexOf` and character codes (a regular expression per tag and a cut-out of every cell's XML, as the
 * text reader does, cost more than the rest of a check's reading). A cell none of these recognises (formula
 * strings, booleans, errors, dates, rich or phonetic inline text) is read by the text reader from its own XML, and
 * a part with a prefixed namespace by the text reader whole: both give the same cells.
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

/**
 * A cell with content as the writers people use write nearly all of them, matched by one sticky pattern that the
 * regular-expression engine runs as native code: `<c r="B3" s="2" t="s"><v>7</v></c>`,
 * `<c r="B3" t="inlineStr"><is><t>施策</t></is></c>`. Anything else (another attribute order or quoting, white
 * space, formulas, rich text …) takes the scan. Only the texts are captured (1 `<v>`, 2 inline): the reference,
 * style and type, at places the pattern fixes, are read by character codes (no string made for them).
 */
const COMMON_CELL =
  /<c r="[A-Z]{1,3}[1-9]\d{0,6}"(?: s="\d{1,6}")?(?: t="(?:s|n|inlineStr)")?>(?:<v>([^<]*)<\/v>|<is><t(?: xml:space="preserve")?>([^<]*)<\/t><\/is>)<\/c>/y;

/** The digits from `at` as a number (the pattern has checked they are there); `past[0]` is set past them. */
function digitsAt(s: string, at: number, past: number[]): number {
  let n = 0;
  let i = at;
  for (let c = s.charCodeAt(i); c >= 48 && c <= 57; c = s.charCodeAt(++i)) n = n * 10 + (c - 48);
  past[0] = i;
  return n;
}

/** An inline string's text as written (entities, `_x000D_` escapes), as a string of its own; null when empty. */
function inlineText(raw: string): string | null {
  let v = raw;
  if (v.indexOf("&") >= 0) v = decodeEntities(v);
  if (v.indexOf("_x") >= 0) v = decodeExcelEscapes(v);
  return v === "" ? null : detached(v);
}

/** A plain inline string's raw text (`<is><t>…</t></is>`, `<t>` with or without attributes) in [from, to); else null. */
function plainInline(s: string, from: number, to: number): string | null {
  if (!s.startsWith("<is><t", from)) return null;
  const c = s.charCodeAt(from + 6);
  if (c !== GT && c !== 32) return null;
  const gt = s.indexOf(">", from + 6);
  if (gt < 0 || gt >= to || s.charCodeAt(gt - 1) === SLASH) return null;
  const close = s.indexOf("<", gt + 1);
  if (close < 0 || close + 9 !== to || !s.startsWith("</t></is>", close)) return null;
  return s.slice(gt + 1, close);
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
    // The attribute spans of the blank cells since the last cell read or row start: start, end pairs up to blankEnd.
    const blanks: number[] = [];
    let blankEnd = 0;
    const past = [0];
    // The blanks held back are placed one by one, as the text reader places them, and let go.
    const placeBlanks = () => {
      for (let b = 0; b < blankEnd; b += 2) at.place(cellAttrs(text, blanks[b], blanks[b + 1], attrs).r, true);
      blankEnd = 0;
    };
    let i = text.indexOf("<", dataStart + 1);
    while (i >= 0 && i < dataEnd) {
      const n1 = text.charCodeAt(i + 1);
      if (n1 === 99 && text.charCodeAt(i + 2) === 32) {
        // The common forms, read without the general scan below (which reads the same from them): a styled blank
        // held back as that scan holds it (checked first, it spares most cells the pattern), then a cell with content.
        const gt = text.indexOf(">", i + 3);
        if (text.charCodeAt(gt - 1) === SLASH && startsWithRef(text, i + 2, gt - 1)) {
          blanks[blankEnd++] = i + 2;
          blanks[blankEnd++] = gt - 1;
          i = text.indexOf("<", gt + 1);
          continue;
        }
        COMMON_CELL.lastIndex = i;
        const m = COMMON_CELL.exec(text);
        if (m !== null) {
          // `<c r="` then the column's letters and the row's digits, at fixed places.
          let p = i + 6;
          let col = 0;
          for (let c = text.charCodeAt(p); c >= 65 && c <= 90; c = text.charCodeAt(++p)) col = col * 26 + (c - 64);
          const row = digitsAt(text, p, past);
          p = past[0] + 1;
          let style = -1;
          if (text.charCodeAt(p + 1) === 115) style = digitsAt(text, p + 4, past); // ` s="`
          if (style >= 0) p = past[0] + 1;
          // ` t="` then s, n or inlineStr; none is a number.
          const t = text.charCodeAt(p + 1) === 116 ? text.charCodeAt(p + 4) : 110;
          const inline = m[2];
          // A type and a body that do not go together (an inline string in <v>, a number in <is>) take the scan.
          if ((t === 105) === (inline !== undefined)) {
            blankEnd = 0;
            at.placeAt(row - 1, col - 1);
            const numFmt = ctx.cellNumFmts[style >= 0 ? style : 0] ?? null;
            const value = inline !== undefined ? inlineText(inline) : t === 115 ? sharedValue(m[1], ctx) : numberValue(m[1], numFmt, ctx);
            if (value !== null) cells.push({ row: at.row, col: at.col, value, numFmt });
            i = text.indexOf("<", COMMON_CELL.lastIndex);
            continue;
          }
        }
      }
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
        blankEnd = 0;
        continue;
      }
      if (selfClosing) {
        // A styled blank with an `r` first (as writers write them): where it stands matters only to a following
        // cell without `r`, which reads it then. Any other blank moves the cursor now, as the text reader does.
        blanks[blankEnd++] = nameEnd;
        blanks[blankEnd++] = attrsEnd;
        if (!startsWithRef(text, nameEnd, attrsEnd)) placeBlanks();
        continue;
      }
      const { r, s: style, t } = cellAttrs(text, nameEnd, attrsEnd, attrs);
      if (r === undefined) placeBlanks();
      else blankEnd = 0;
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
        const raw = plainInline(text, gt + 1, end);
        if (raw !== null) value = inlineText(raw);
      }
      // Anything else: the cell's own XML through the text reader.
      if (value === undefined) value = cellValue(t, text.slice(gt + 1, end), "", numFmt, ctx);
      if (value !== null) cells.push({ row: at.row, col: at.col, value, numFmt });
    }
  }
  return { cells, ...readSheetTail(dataEnd < 0 ? text : text.slice(dataEnd), "") };
}
