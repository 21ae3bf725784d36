/**
 * How alike two texts are, for the copied-from-last-year rule: the Dice coefficient of their sets of
 * character 3-grams, after folding what a copy-and-edit does not change the meaning of (width, white
 * space, HTML tags, punctuation). 1 is the same text; a 60-character text with only its year changed
 * (令和2年度 → 令和3年度) scores about 0.95; two different summaries of one measure stay well below 0.6.
 */

/** Texts at least this alike count as copied. */
export const COPY_SIMILARITY = 0.9;
/**
 * Shorter texts are not compared: a bare verdict (計画通り進捗している, 15 characters or fewer once folded)
 * is expected to repeat year after year and says nothing about copying.
 */
export const COPY_MIN_LENGTH = 16;

const TAG = /<[^>]{0,500}>/g;
const FOLD = /[\s\u3000\u200B\uFEFF、。，．,.・「」『』（）()［］[\]【】"'!?！？:：;；]+/g;

/** The text a comparison sees: NFKC, tags and punctuation dropped, no white space. */
export function foldForComparison(text: string): string {
  return text.normalize("NFKC").replace(TAG, "").replace(FOLD, "").toLowerCase();
}

function trigrams(folded: string): Set<string> {
  const out = new Set<string>();
  const chars = Array.from(folded);
  if (chars.length < 3) {
    if (chars.length > 0) out.add(chars.join(""));
    return out;
  }
  for (let i = 0; i + 3 <= chars.length; i++) out.add(chars[i] + chars[i + 1] + chars[i + 2]);
  return out;
}

/** Dice coefficient of the 3-gram sets of two already folded texts: 2|A∩B| / (|A|+|B|). */
export function foldedSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = trigrams(a);
  const y = trigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  for (const g of small) if (large.has(g)) common++;
  return (2 * common) / (x.size + y.size);
}

export function textSimilarity(a: string, b: string): number {
  return foldedSimilarity(foldForComparison(a), foldForComparison(b));
}
