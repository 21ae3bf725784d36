/**
 * Which lexicon lines can match a text, found in one pass over it, so the classifier runs a dozen of its
 * hundred-odd patterns on a typical 進捗総括 instead of half of them. Each line is filed under what every
 * match of it holds: the first two characters of its required words (or the word, when it is one
 * character), else its start characters; a line with neither is always a candidate. A text's characters
 * and pairs of characters then name the candidate lines. Conservative: a line that can match is never left
 * out (the words themselves are checked after, and the pattern decides).
 */
import type { Row } from "./lexicon";

export interface LexiconIndex {
  /** The candidate lines for `text`, in lexicon order. */
  candidates(text: string): Row[];
}

const pairKey = (a: number, b: number) => a * 0x10000 + b;

/** Whether the text holds one of `words`. */
function holdsOneOf(text: string, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (text.includes(words[i])) return true;
  return false;
}

export function indexLexicon(rows: readonly Row[]): LexiconIndex {
  const width = Math.ceil(rows.length / 32);
  const always = new Uint32Array(width);
  const byChar = new Map<number, Uint32Array>();
  const byPair = new Map<number, Uint32Array>();
  const file = (map: Map<number, Uint32Array>, key: number, i: number) => {
    let bits = map.get(key);
    if (!bits) map.set(key, (bits = new Uint32Array(width)));
    bits[i >>> 5] |= 1 << (i & 31);
  };
  rows.forEach((r, i) => {
    const words = r.words ?? r.needs;
    if (words) {
      for (const w of words) {
        if (w.length === 1) file(byChar, w.charCodeAt(0), i);
        else file(byPair, pairKey(w.charCodeAt(0), w.charCodeAt(1)), i);
      }
    } else if (r.first) for (const c of r.first) file(byChar, c, i);
    else always[i >>> 5] |= 1 << (i & 31);
  });
  const mask = new Uint32Array(width);
  const or = (bits: Uint32Array | undefined) => {
    if (bits) for (let k = 0; k < width; k++) mask[k] |= bits[k];
  };
  return {
    candidates(text) {
      mask.set(always);
      const n = text.length;
      let c = n > 0 ? text.charCodeAt(0) : 0;
      for (let i = 0; i < n; i++) {
        or(byChar.get(c));
        if (i + 1 < n) {
          const next = text.charCodeAt(i + 1);
          or(byPair.get(pairKey(c, next)));
          c = next;
        }
      }
      const out: Row[] = [];
      for (let i = 0; i < rows.length; i++) {
        if ((mask[i >>> 5] & (1 << (i & 31))) === 0) continue;
        const r = rows[i];
        if (r.needs && !holdsOneOf(text, r.needs)) continue;
        if (r.words && !holdsOneOf(text, r.words)) continue;
        out.push(r);
      }
      return out;
    },
  };
}
