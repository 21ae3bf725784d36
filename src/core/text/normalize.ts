/**
 * Normalisation for matching labels only. The result is never written back or reported: the original
 * text is what users see. NFKC turns ① into 1, so measure numbers must be read from the original.
 */

const DASHES = /[\u002D\u2010-\u2015\u2212\u30FC\uFF0D\uFF70\u2500\u2501\u2043\uFE58\uFE63]/g;
const OPEN_BRACKETS = /[\u0028\uFF08\u005B\uFF3B\u007B\uFF5B\u3010\u3014\u3016\u3018\u301A\u300C\u300E\u3008\u300A\uFF62\u00AB]/g;
const CLOSE_BRACKETS = /[\u0029\uFF09\u005D\uFF3D\u007D\uFF5D\u3011\u3015\u3017\u3019\u301B\u300D\u300F\u3009\u300B\uFF63\u00BB]/g;
const SPACES = /[\s\u3000\u200B\uFEFF]+/g;
const classBody = (re: RegExp) => re.source.slice(re.source.indexOf("[") + 1, re.source.lastIndexOf("]"));
/** Any character normalizeLabel folds (the union of the classes above). */
const ANY_FOLD = new RegExp(`[${classBody(SPACES)}ヶヵゖゕ${classBody(DASHES)}${classBody(OPEN_BRACKETS)}${classBody(CLOSE_BRACKETS)}]`);

/** NFKC, white space removed, ヶ/ケ/ｹ and ヵ/カ folded, every dash and bracket variant folded, lower case. */
export function normalizeLabel(text: string): string {
  const nfkc = text.normalize("NFKC");
  // Most cells hold nothing to fold: one scan instead of six replace passes.
  if (!ANY_FOLD.test(nfkc)) return nfkc.toLowerCase();
  return nfkc
    .replace(SPACES, "")
    .replace(/[ヶヵ]/g, (c) => (c === "ヶ" ? "ケ" : "カ"))
    .replace(/[ゖゕ]/g, (c) => (c === "ゖ" ? "ケ" : "カ"))
    .replace(DASHES, "-")
    .replace(OPEN_BRACKETS, "(")
    .replace(CLOSE_BRACKETS, ")")
    .toLowerCase();
}

/** Whether a UTF-16 unit is white space as the regular expression `\s` counts it. */
export function isWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** White space or a zero-width space: what a blank cell may hold and SPACES removes. */
export function isBlankUnit(c: number): boolean {
  return isWhiteSpace(c) || c === 0x200b;
}

/**
 * Whether `text` holds more than `limit` characters that are not `blank` (white space unless told), counted
 * only as far as needed: no copy of the text is made.
 */
export function longerWithoutSpace(text: string, limit: number, blank: (c: number) => boolean = isWhiteSpace): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!blank(text.charCodeAt(i)) && ++n > limit) return true;
  return false;
}

/** Nothing but white space and zero-width spaces (or nothing at all). */
export function isBlank(text: string): boolean {
  return !longerWithoutSpace(text, 0, isBlankUnit);
}

/** A cell that means "nothing decided / none": -, －, ―, — and friends alone. */
export function isDash(text: string): boolean {
  // More than two characters besides what SPACES removes is no dash (most cells asked): no copy made.
  if (text.length > 2 && longerWithoutSpace(text, 2, isBlankUnit)) return false;
  const t = text.replace(SPACES, "");
  return t.length > 0 && t.length <= 2 && /^[\u002D\u2010-\u2015\u2212\u30FC\uFF0D\uFF70\u2500\u2501]+$/.test(t);
}

/**
 * A UTF-16 unit that NFKC leaves as it is, alone, and that is neither white space nor a combining mark:
 * printable ASCII, CJK punctuation, kana and the common kanji (every unit of these ranges was checked).
 * Text is mostly these; per-character normalisers skip them.
 */
export function isNfkcStable(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3041 && c <= 0x3096) ||
    (c >= 0x30a0 && c <= 0x30fe) ||
    (c >= 0x3001 && c <= 0x3029) ||
    (c >= 0x21 && c <= 0x7e)
  );
}
