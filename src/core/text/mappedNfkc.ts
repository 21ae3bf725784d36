/**
 * An NFKC copy of a text that remembers where each of its characters came from, so that whatever is
 * found in the copy (a deciding phrase, a stated percentage) is reported as the ORIGINAL text wrote it.
 * The status classifier and the effect parser both read through it.
 *
 * Normalisation is per base character with its combining or half-width voicing marks (ｶﾞ → ガ as one
 * piece); each piece maps back to its whole source span. Linear in the text's length.
 */
import { isNfkcStable } from "./normalize";

export interface MappedText {
  /** The normalised copy. A caller may fold it further character for character (the length must not change). */
  readonly text: string;
  readonly original: string;
  /** The original text that produced text[start, end). */
  originalSlice(start: number, end: number): string;
}

/**
 * `drop`: white space removed, every line break kept as one "\n" (a clause separator);
 * `keep`: white space normalised by NFKC like any other character.
 */
export type WhiteSpaceMode = "drop" | "keep";

const SPACE = /[\s\u200B\uFEFF]/g;
const LINE_BREAK = /[\n\r\u2028\u2029\u0085\u000B\u000C]/;

/** A combining mark (or half-width voicing mark) that belongs to the character before it. */
const markCache = new Map<number, boolean>();
const MARK = /^[\p{M}\uFF9E\uFF9F]$/u;
function isMark(cp: number): boolean {
  // No combining mark lies below U+0300: Latin text never reaches the regex.
  if (cp < 0x300) return false;
  let m = markCache.get(cp);
  if (m === undefined) {
    m = MARK.test(String.fromCodePoint(cp));
    if (markCache.size < 20_000) markCache.set(cp, m);
  }
  return m;
}

/** White space within a line: dropped in "drop" mode, so a voicing mark after it still joins its character (ｼ ﾞ → ジ). */
const INLINE_SPACE = /[^\S\n\r\u2028\u2029\u0085\u000B\u000C]|[\u200B\uFEFF]/;
const INLINE_SPACES = new RegExp(INLINE_SPACE.source, "g");
function isInlineSpace(c: number): boolean {
  return (
    c === 32 ||
    c === 0x3000 ||
    c === 9 ||
    c === 0xa0 ||
    c === 0x200b ||
    c === 0xfeff ||
    (c > 0x1000 && INLINE_SPACE.test(String.fromCharCode(c)))
  );
}

/** In "drop" mode, the index of the mark after white space at i (or i itself); -1 where no mark follows. */
function markAt(original: string, i: number, mode: WhiteSpaceMode): number {
  let j = i;
  if (mode === "drop") while (j < original.length && isInlineSpace(original.charCodeAt(j))) j++;
  return j < original.length && isMark(original.codePointAt(j)!) ? j : -1;
}

function normaliseSegment(segment: string, mode: WhiteSpaceMode): string {
  const out = segment.normalize("NFKC");
  if (mode === "keep") return out;
  return LINE_BREAK.test(out) ? "\n" : out.replace(SPACE, "");
}
/** A text is a few thousand distinct characters at most: each lone code point is normalised once per mode. */
const segmentCache: Record<WhiteSpaceMode, Map<number, string>> = { drop: new Map(), keep: new Map() };

export function nfkcMapped(original: string, mode: WhiteSpaceMode): MappedText {
  // Most cells are already normal: the copy is the original and maps to itself.
  if (mode === "keep" && original.normalize("NFKC") === original) {
    return { text: original, original, originalSlice: (start, end) => (end <= start ? "" : original.slice(start, end)) };
  }
  let text = "";
  let length = 0;
  // Pieces of the copy: at[k] is where piece k begins in `text`; it came from original[start[k], end[k]),
  // or, for a run of stable characters copied one for one, end[k] = -1.
  const at: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const cache = segmentCache[mode];
  const n = original.length;
  let run = -1;
  // Code point by code point, as Array.from splits a string (a lone surrogate stands alone).
  let i = 0;
  while (i < n) {
    const start = i;
    const c = original.charCodeAt(i);
    if (isNfkcStable(c)) {
      const next = i + 1 < n ? original.charCodeAt(i + 1) : -1;
      // No mark follows (none lies below U+0300 and a stable character is never one; in "drop" mode one may
      // follow white space): the character is its own piece.
      const markMayFollow = next >= 0x300 ? !isNfkcStable(next) : mode === "drop" && isInlineSpace(next);
      if (!markMayFollow || markAt(original, i + 1, mode) < 0) {
        if (run < 0) {
          run = i;
          at.push(length);
          starts.push(i);
          ends.push(-1);
        }
        length++;
        i++;
        continue;
      }
    }
    if (run >= 0) {
      text += original.slice(run, i);
      run = -1;
    }
    const cp = original.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    let marked = false;
    while (i < n) {
      const j = markAt(original, i, mode);
      if (j < 0) break;
      marked = true;
      i = j + (original.codePointAt(j)! > 0xffff ? 2 : 1);
    }
    let out: string | undefined;
    if (marked)
      out = normaliseSegment(mode === "drop" ? original.slice(start, i).replace(INLINE_SPACES, "") : original.slice(start, i), mode);
    else {
      out = cache.get(cp);
      if (out === undefined) {
        out = normaliseSegment(original.slice(start, i), mode);
        if (cache.size < 20_000) cache.set(cp, out);
      }
    }
    if (out.length > 0) {
      at.push(length);
      starts.push(start);
      ends.push(i);
      length += out.length;
      text += out;
    }
  }
  if (run >= 0) text += original.slice(run);

  /** The original span [from, to) that character k of the copy came from. */
  const span = (k: number): [number, number] => {
    let lo = 0;
    let hi = at.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (at[mid] <= k) lo = mid;
      else hi = mid - 1;
    }
    if (ends[lo] < 0) {
      const from = starts[lo] + (k - at[lo]);
      return [from, from + 1];
    }
    return [starts[lo], ends[lo]];
  };
  return {
    text,
    original,
    originalSlice: (start, end) => (end <= start ? "" : original.slice(span(start)[0], span(end - 1)[1])),
  };
}
