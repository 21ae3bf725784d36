/**
 * Row heights that fit wrapped text, for hosts that do not measure text themselves (a written .xlsx is
 * shown by whatever opens it: LibreOffice and Excel keep a stored height, so a row without one shows one
 * line of a long 進捗総括 and prints it cut off). An estimate from character widths: a full-width
 * character takes two units of Excel's column width, others one.
 */
import type { SheetSpec } from "../model/sheetSpec";

/** Points per line of 11-point text, and the padding of a row. */
const LINE_PT = 15;
const PAD_PT = 4;
/** Excel's limit for a row height. */
const MAX_PT = 409;

/** Width of a line in column-width units. */
export function textUnits(line: string): number {
  let n = 0;
  for (const ch of line) {
    const c = ch.codePointAt(0)!;
    // CJK, kana, full-width forms and other wide characters.
    n +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      c >= 0x20000
        ? 2
        : 1;
  }
  return n;
}

/** Lines a text takes in a column `width` units wide (its explicit line breaks included). */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  return text.split(/\r?\n/).reduce((n, line) => n + Math.max(1, Math.ceil(textUnits(line) / usable)), 0);
}

/** Sets a height on every row whose wrapped cells need more than one line (rows with a height of their own are kept). */
export function fitRowHeights(spec: SheetSpec, defaultWidth = 8.43): void {
  spec.rows.forEach((line, r) => {
    const key = String(r + 1);
    if (spec.rowHeights[key] !== undefined) return;
    let lines = 1;
    line.forEach((c, col) => {
      if (!c?.wrap || c.value === null || c.value === "") return;
      lines = Math.max(lines, wrappedLines(String(c.value), spec.columnWidths[col] || defaultWidth));
    });
    if (lines > 1) spec.rowHeights[key] = Math.min(MAX_PT, lines * LINE_PT + PAD_PT);
  });
}
