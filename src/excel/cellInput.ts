/**
 * Values crossing into Excel. `range.values` takes input the way a person types it: "100%" becomes the
 * number 1, "1/7" a date, "=…" a formula, "'…" loses its apostrophe. A string that Excel could read as
 * anything but itself is written with a leading apostrophe, which Excel stores as "this is text" and never
 * returns in `values`, so the cell reads back exactly as the engine meant it.
 */
import { sameValue, type CellValue } from "../core/model/grid";

export type ExcelInput = string | number | boolean;

/** True when Excel might turn the typed string into something else (number, date, formula, error, boolean). */
export function excelWouldCoerce(s: string): boolean {
  if (s === "") return false;
  if (/^[=+\-@'#]/.test(s)) return true;
  const n = s.normalize("NFKC").trim();
  if (/^(true|false)$/i.test(n)) return true;
  // Numbers, percentages, fractions, dates and times all contain a digit (full-width ones too, after NFKC);
  // an apostrophe on other text with digits costs nothing, so no finer test is worth its risk.
  return /\d/.test(n);
}

export function toExcelInput(v: CellValue): ExcelInput {
  if (v === null) return "";
  if (typeof v !== "string") return v;
  return excelWouldCoerce(v) ? `'${v}` : v;
}

/** A value read from `range.values` as the engine sees it: "" is an empty cell. */
export function fromExcelValue(v: unknown): CellValue {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

/** Whether a cell still holds what the preview saw: an empty cell and "" are the same. */
export function sameCellValue(expected: CellValue, actual: unknown): boolean {
  return sameValue(expected, fromExcelValue(actual));
}
