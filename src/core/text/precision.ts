/**
 * "Does the stated value agree with the computed one?" (the README's "The measure sheet": arithmetic).
 * People write 1/7 as 14% and 91/50 as 1.82倍: a stated value is right when it equals the computed value
 * rounded half-up, floored or ceiled at the number of decimals it is written with.
 */

/**
 * Binary floats put 1.005 * 100 at 100.49999999999999; 15 significant digits is below the noise of every
 * double yet above the precision any sheet is written at, so rounding through it recovers the decimal the
 * person meant.
 */
export function clean(x: number): number {
  // A whole number of up to 15 digits is its own 15-digit rounding (most scaled values are): no round trip
  // through a string. Zero is +0, as the round trip gives it.
  if (Number.isInteger(x) && x < 1e15 && x > -1e15) return x === 0 ? 0 : x;
  return Number(x.toPrecision(15));
}

function scaled(x: number, decimals: number): number {
  return clean(x * 10 ** decimals);
}

/**
 * Half-up rounding at `decimals` places (negative `decimals` rounds to tens, hundreds…). Halves go away
 * from zero, as Excel's ROUND and 四捨五入 do. Non-finite input comes back unchanged.
 */
export function roundHalfUp(x: number, decimals: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(decimals)) return x;
  const d = Math.trunc(decimals);
  const y = scaled(Math.abs(x), d);
  if (!Number.isFinite(y)) return x;
  const r = Math.floor(y + 0.5) / 10 ** d;
  return clean(x < 0 ? -r : r);
}

/** The first number written in a text: its value and how many decimals it is written with. */
export interface WrittenNumber {
  value: number;
  decimals: number;
}

// Thousands separators only in groups of three, so "1,2" is not read as twelve. Linear: no nested repeats.
const NUMBER = /(^|[^0-9])(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/;

/** Reads the first number of a text (NFKC first, so full-width digits count); null when there is none. */
export function readWrittenNumber(text: string): WrittenNumber | null {
  const m = NUMBER.exec(text.normalize("NFKC").replace(/\u2212/g, "-"));
  if (!m) return null;
  const decimals = m[4] ? m[4].length : 0;
  const value = Number(`${m[2]}${m[3].replace(/,/g, "")}${m[4] ? "." + m[4] : ""}`);
  return Number.isFinite(value) ? { value, decimals } : null;
}

/**
 * True when `stated` written with `decimals` places equals `computed` rounded half-up, floored or ceiled
 * at that precision. (Half-up rounding always lands on the floor or the ceiling, so those two decide.)
 */
export function matchesAtDecimals(stated: number, decimals: number, computed: number, rounding: Rounding = "any"): boolean {
  if (!Number.isFinite(stated) || !Number.isFinite(computed)) return false;
  const s = Math.round(scaled(stated, decimals));
  const c = scaled(computed, decimals);
  switch (rounding) {
    case "halfUp":
      return s === Math.round(scaled(roundHalfUp(computed, decimals), decimals));
    case "floor":
      return s === Math.floor(c);
    case "ceil":
      return s === Math.ceil(c);
    default:
      return s === Math.floor(c) || s === Math.ceil(c);
  }
}

/**
 * How an office rounds stated values (a workbook setting): one of the three, or "any" of them (the
 * default: the README accepts half-up, floor or ceiling).
 */
/** How an office rounds stated values; `any` accepts each of the three. */
export const ROUNDINGS = ["any", "halfUp", "floor", "ceil"] as const;
export type Rounding = (typeof ROUNDINGS)[number];

/**
 * A stated value is right if it equals the computed value rounded half-up, floored or ceiled at the
 * precision it is written with: "14%" vs 14.2857 ok; "43%" vs 42.857 ok; "91%" vs 91.89 ok; "1.82" vs
 * 1.82; "2.60" vs 2.6; "92.6" vs 92.68 ok. The first number in the text is the stated value; units
 * (%, 倍, 万) are the caller's business: pass `computed` in the unit the text is written in.
 */
export function matchesAtWrittenPrecision(statedText: string, computed: number, rounding: Rounding = "any"): boolean {
  const n = readWrittenNumber(statedText);
  if (!n) return false;
  return matchesAtDecimals(n.value, n.decimals, computed, rounding);
}
