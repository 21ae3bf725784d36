/** A1 addresses. Rows and columns are 0-based inside the engine, 1-based only in A1 text. */

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * Every sheet of a plan has its form at the same addresses: the A1 text of the cells near the top left is
 * made once and shared (a report of thousands of sheets would otherwise build the same strings again).
 */
const A1_ROWS = 256;
const A1_COLS = 32;
const a1Cache: (string | undefined)[] = [];

export function toA1(row: number, col: number): string {
  if (row >= 0 && row < A1_ROWS && col >= 0 && col < A1_COLS && Number.isInteger(row) && Number.isInteger(col)) {
    const i = row * A1_COLS + col;
    return (a1Cache[i] ??= `${columnLetters(col)}${row + 1}`);
  }
  return `${columnLetters(col)}${row + 1}`;
}

export function parseA1(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) throw new Error(`not an A1 address: ${a1}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function rangeA1(r1: number, c1: number, r2: number, c2: number): string {
  return `${toA1(r1, c1)}:${toA1(r2, c2)}`;
}

export function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } {
  const [a, b = a] = ref.split(":");
  const p = parseA1(a);
  const q = parseA1(b);
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/** Excel's grid: 1,048,576 rows × 16,384 columns (XFD1048576), 0-based maxima. */
export const MAX_ROW = 1_048_575;
export const MAX_COL = 16_383;

/** An address pinned inside Excel's grid (for positions computed next to a form at its edge). */
export function clampedA1(row: number, col: number): string {
  return toA1(Math.min(MAX_ROW, Math.max(0, row)), Math.min(MAX_COL, Math.max(0, col)));
}
