/**
 * Open-data export: tidy data, a row per measure-year, with every cell of the year row (so the file is
 * the whole sheet). CSV is UTF-8 with a BOM (Excel opens it as UTF-8) and CRLF; text that a spreadsheet
 * would run as a formula is neutralised. In Japanese the CSV's headers and status values are Japanese;
 * the JSON keeps the codes, which are its contract. The same table can go onto a sheet of the workbook.
 */
import { statusLabel, t } from "../messages";
import type { StatusCode } from "../model/statuses";
import type { Lang, Report } from "../model/schemas";
import type { CellSpec, SheetSpec } from "../model/sheetSpec";

export const EXPORT_COLUMNS = [
  "sheet",
  "number",
  "name",
  "department",
  "fiscalYear",
  "label",
  "plan",
  "build",
  "operation",
  "status",
  "statusPhrase",
  "summary",
  "work",
  "progress",
  "progressRaw",
  "effect",
  "effectKind",
  "delayed",
  "delayedNow",
] as const;

export type ExportColumn = (typeof EXPORT_COLUMNS)[number];
export type ExportRow = Record<ExportColumn, string | number | boolean | null>;

export interface ExportOptions {
  /** Headers and status values in this language; without it, the codes (what scripts expect). */
  lang?: Lang;
}

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
        plan: y.plan ?? "",
        build: y.build ?? "",
        operation: y.operation ?? "",
        status: y.status,
        statusPhrase: y.statusPhrase,
        summary: y.summary,
        work: y.work ?? "",
        progress: y.progress,
        progressRaw: y.progressRaw,
        effect: y.effect,
        effectKind: y.effectKind,
        delayed: m.delayed,
        delayedNow: m.delayedNow,
      });
  return rows;
}

/** Column headers: the codes, or their names in a language. */
export function exportHeaders(lang?: Lang): string[] {
  return EXPORT_COLUMNS.map((c) => (lang ? t(`export.column.${c}`, lang) : c));
}

/** A row for people: the status as its label (○ 計画通り), yes / no for the flags. */
function localized(row: ExportRow, lang: Lang): ExportRow {
  return {
    ...row,
    status: row.status === null ? null : statusLabel(row.status as StatusCode, lang),
    delayed: t(row.delayed ? "export.yes" : "export.no", lang),
    delayedNow: t(row.delayedNow ? "export.yes" : "export.no", lang),
  };
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

export function toCsv(rows: ExportRow[], options: ExportOptions = {}): string {
  const lines = [exportHeaders(options.lang).map(csvField).join(",")];
  for (const r of rows) {
    const row = options.lang ? localized(r, options.lang) : r;
    lines.push(EXPORT_COLUMNS.map((c) => csvField(row[c])).join(","));
  }
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}

export function exportData(report: Report, format: "csv" | "json", options: ExportOptions = {}): string {
  const rows = exportRows(report);
  if (format === "csv") return toCsv(rows, options);
  return JSON.stringify({ schemaVersion: 1, source: report.source, columns: EXPORT_COLUMNS, rows }, null, 2) + "\n";
}

/** Character widths of the export sheet's columns: long texts wide and wrapped, codes narrow. */
const WIDE: ReadonlySet<ExportColumn> = new Set(["name", "summary", "work", "plan", "build", "operation", "effect", "statusPhrase"]);

/** The export as a sheet of the workbook (where a file cannot be downloaded: Excel on the Mac). */
export function exportSheet(report: Report, lang: Lang, name = t("export.sheetName", lang)): SheetSpec {
  const header: CellSpec[] = exportHeaders(lang).map((h) => ({ value: h, bold: true, fill: "DDEBF7", border: true }));
  const rows: (CellSpec | null)[][] = [header];
  for (const r of exportRows(report)) {
    const row = localized(r, lang);
    rows.push(
      EXPORT_COLUMNS.map((c) => ({
        value: typeof row[c] === "boolean" ? String(row[c]) : (row[c] as string | number | null),
        wrap: WIDE.has(c) || undefined,
      })),
    );
  }
  return {
    name,
    role: "export",
    rows,
    merges: [],
    columnWidths: EXPORT_COLUMNS.map((c) => (WIDE.has(c) ? 40 : 12)),
    rowHeights: {},
    freeze: { rows: 1, cols: 0 },
    tables: [],
    conditionalFormats: [],
    charts: [],
  };
}
