/**
 * Sheet references as Excel writes and reads them, for every host: the quoted sheet part of a formula,
 * a defined name or a hyperlink, and the way back from such a reference to its sheet.
 */
import { parseA1, toA1 } from "../model/address";

/** Always quoted, quotes doubled: valid for every sheet name, also those that read as cells (A1, R1C1) or TRUE. */
export function quotedSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** For people to read: quoted only when needed, quotes doubled: `Sheet1!A1`, `'Sheet 1'!A1`. */
export function sheetAddress(sheet: string, a1: string): string {
  const bare = /^[\p{L}\p{N}_]+$/u.test(sheet) && !/^\d/.test(sheet);
  return `${bare ? sheet : quotedSheet(sheet)}!${a1}`;
}

/** `'Sheet''s'!A1`, or `'Sheet''s'!$A$1` when absolute: a link target or a defined name's value. */
export function cellReference(sheet: string, cell: string, options: { absolute?: boolean } = {}): string {
  const { row, col } = parseA1(cell);
  const a1 = toA1(row, col);
  return `${quotedSheet(sheet)}!${options.absolute ? a1.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2") : a1}`;
}

/**
 * The sheet a reference points at: `'Sheet''s'!$A$1` → `Sheet's`; `=Sheet1!$A$1` and `#Sheet1!A1` →
 * `Sheet1`; null without a sheet part (a constant, a formula, or #REF! after its sheet was deleted).
 */
export function sheetOfReference(ref: string): string | null {
  const text = ref.startsWith("=") || ref.startsWith("#") ? ref.slice(1) : ref;
  const bang = text.lastIndexOf("!");
  if (bang <= 0) return null;
  const raw = text.slice(0, bang);
  if (raw.startsWith("'") && raw.endsWith("'") && raw.length >= 2) return raw.slice(1, -1).replace(/''/g, "'");
  return raw;
}
