/** Excel table names, the same in every host. */

/**
 * A free table name: a letter or underscore first, then letters, digits, `_` or `.`; never one that reads
 * as a cell reference (A1, R1C1), which Excel refuses; at most 255 characters; unique against `taken` (upper-cased names of the
 * workbook's tables and defined names), to which it is added.
 */
export function freeTableName(wanted: string, taken: Set<string>): string {
  let base = wanted.replace(/[^A-Za-z0-9_.]/g, "_");
  if (!/^[A-Za-z_]/.test(base)) base = `_${base}`;
  if (/^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/.test(base)) base = `_${base}`;
  // Excel's limit is 255 characters; room is kept for the suffix that makes the name unique.
  base = base.slice(0, 248);
  let name = base;
  for (let i = 2; taken.has(name.toUpperCase()); i++) name = `${base}_${i}`;
  taken.add(name.toUpperCase());
  return name;
}
