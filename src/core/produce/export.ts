/**
 * Open-data export: tidy data, a row per measure-year. CSV is UTF-8 with a BOM (Excel opens it as
 * UTF-8) and CRLF; text that a spreadsheet would run as a formula is neutralised.
 */
import type { Report } from "../model/schemas";

export const EXPORT_COLUMNS = [
  "sheet",
  "number",
  "name",
  "department",
  "fiscalYear",
  "label",
  "status",
  "statusPhrase",
  "progress",
  "progressRaw",
  "effect",
  "effectKind",
  "summary",
  "delayed",
  "delayedNow",
] as const;

export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | number | boolean | null>;

export function exportRows(report: Report): ExportRow[] {
  const rows: ExportRow[] = [];
  for (const m of report.measures)
    for (const y of m.years)
      rows.push({
        sheet: m.sheet,
        number: m.number,
        name: m.name,
        department: m.department,
        fiscalYear: y.fiscalYear,
        label: y.label,
        status: y.status,
        statusPhrase: y.statusPhrase,
        progress: y.progress,
        progressRaw: y.progressRaw,
        effect: y.effect,
        effectKind: y.effectKind,
        summary: y.summary,
        delayed: m.delayed,
        delayedNow: m.delayedNow,
      });
  return rows;
}

/**
 * A text cell starting with =, +, -, @, tab or CR is run as a formula by spreadsheets (CSV injection):
 * prefix it with an apostrophe. A lone "-" (no decision yet) is data and stays.
 */
export function neutralizeCsvText(s: string): string {
  if (s === "-" || s.trim() === "-") return s;
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

function csvField(v: string | number | boolean | null): string {
  if (v === null) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  const s = neutralizeCsvText(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: ExportRow[]): string {
  const lines = [EXPORT_COLUMNS.join(",")];
  for (const r of rows) lines.push(EXPORT_COLUMNS.map((c) => csvField(r[c])).join(","));
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}

export function exportData(report: Report, format: "csv" | "json"): string {
  const rows = exportRows(report);
  if (format === "csv") return toCsv(rows);
  return JSON.stringify({ schemaVersion: 1, source: report.source, columns: EXPORT_COLUMNS, rows }, null, 2) + "\n";
}
