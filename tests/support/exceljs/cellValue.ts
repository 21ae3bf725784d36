/**
 * One ExcelJS cell as the engine reads it (src/core/model/grid.ts): plain strings, numbers, booleans or null.
 * Shared by the reader and by applyEdits, so "is the cell still what the preview saw" compares exactly
 * what the engine saw.
 */
import ExcelJS from "exceljs";
import type { CellValue } from "../../../src/core/model/grid";

const T = ExcelJS.ValueType;

/** Days between Excel's 1900 epoch (serial 0 = 1899-12-30, past the 1900 leap-year bug) and 1970-01-01. */
const EPOCH_OFFSET_DAYS = 25569;
const MS_PER_DAY = 86_400_000;

/** A Date as the Excel serial number of the 1900 date system (what the cell holds under its date format). */
export function dateToSerial(d: Date): number | null {
  const ms = d.getTime();
  if (!Number.isFinite(ms)) return null;
  return ms / MS_PER_DAY + EPOCH_OFFSET_DAYS;
}

function richTextToString(v: { richText?: { text?: unknown }[] }): string {
  return (v.richText ?? []).map((r) => (typeof r.text === "string" ? r.text : "")).join("");
}

/** Any ExcelJS value (including a formula's cached result or a hyperlink's text) as an engine value. */
export function toEngineValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return v === "" ? null : v;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "boolean") return v;
  if (v instanceof Date) return dateToSerial(v);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return toEngineValue(richTextToString(o as { richText: { text?: unknown }[] }));
    if (typeof o.error === "string") return o.error;
    // Formula (plain, shared or array): the value is its cached result, none when never calculated.
    if ("formula" in o || "sharedFormula" in o || "result" in o) return toEngineValue(o.result);
    // Hyperlink: what the cell shows.
    if ("hyperlink" in o || "text" in o) return toEngineValue(o.text);
  }
  return null;
}

/** The engine's value of a cell; the non-anchor cells of a merged area are empty, as Excel reports them. */
export function engineValue(cell: ExcelJS.Cell): CellValue {
  switch (cell.type) {
    case T.Null:
    case T.Merge:
      return null;
    default:
      return toEngineValue(cell.value);
  }
}
