/**
 * Open-data export: tidy data, a row per measure-year, with every cell of the year row (so the file is
 * the whole sheet), the year's rating, and the year of each indicator: a measure-year with indicators
 * gives one row per indicator (indicatorNo 1, 2 …), so one file holds both and a filter on
 * indicatorNo ≤ 1 gives one row per measure-year again. An indicator year the measure sheet has no row
 * for still gets its row (the year cells empty) rather than being dropped. CSV is UTF-8 with a BOM (Excel opens it as UTF-8) and CRLF; text that a spreadsheet
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
  // Added after the seed's columns so their positions stay as they were.
  "rating",
  "ratingStatus",
  "textStatus",
  "indicatorNo",
  "indicator",
  "indicatorUnit",
  "indicatorDirection",
  "indicatorBaseline",
  "indicatorTarget",
  "indicatorActual",
  "indicatorAchievement",
  "indicatorStatedAchievement",
  "indicatorGrade",
  "indicatorStatedGrade",
] as const;

export type ExportColumn = (typeof EXPORT_COLUMNS)[number];
export type ExportRow = Record<ExportColumn, string | number | boolean | null>;

export interface ExportOptions {
  /** Headers and status values in this language; without it, the codes (what scripts expect). */
  lang?: Lang;
}

type MeasureReport = Report["measures"][number];
type YearReport = MeasureReport["years"][number];
type IndicatorReport = MeasureReport["indicators"][number];

const NO_INDICATOR = {
  indicatorNo: null,
  indicator: null,
  indicatorUnit: null,
  indicatorDirection: null,
  indicatorBaseline: null,
  indicatorTarget: null,
  indicatorActual: null,
  indicatorAchievement: null,
  indicatorStatedAchievement: null,
  indicatorGrade: null,
  indicatorStatedGrade: null,
} as const;

function yearCells(m: MeasureReport, y: YearReport | null, fiscalYear: number | null) {
  return {
    sheet: m.sheet,
    number: m.number,
    name: m.name,
    department: m.department,
    fiscalYear: y ? y.fiscalYear : fiscalYear,
    label: y?.label ?? "",
    plan: y?.plan ?? "",
    build: y?.build ?? "",
    operation: y?.operation ?? "",
    status: y?.status ?? null,
    statusPhrase: y?.statusPhrase ?? null,
    summary: y?.summary ?? "",
    work: y?.work ?? "",
    progress: y?.progress ?? null,
    progressRaw: y?.progressRaw ?? null,
    effect: y?.effect ?? "",
    effectKind: y?.effectKind ?? null,
    delayed: m.delayed,
    delayedNow: m.delayedNow,
    rating: y?.rating ?? null,
    ratingStatus: y?.ratingStatus ?? null,
    textStatus: y?.textStatus ?? null,
  };
}

function indicatorCells(ind: IndicatorReport, no: number, fy: number | null) {
  const iy = fy === null ? undefined : ind.years.find((x) => x.fiscalYear === fy);
  return {
    indicatorNo: no,
    indicator: ind.name,
    indicatorUnit: ind.unit,
    indicatorDirection: ind.direction,
    indicatorBaseline: ind.baseline,
    indicatorTarget: iy?.target ?? null,
    indicatorActual: iy?.actual ?? null,
    indicatorAchievement: iy?.achievement ?? null,
    indicatorStatedAchievement: iy?.statedAchievement ?? null,
    indicatorGrade: iy?.grade ?? null,
    indicatorStatedGrade: iy?.statedGrade ?? null,
  };
}

export function exportRows(report: Report): ExportRow[] {
  const rows: ExportRow[] = [];
  for (const m of report.measures) {
    const inds = m.indicators;
    for (const y of m.years) {
      if (inds.length === 0) rows.push({ ...yearCells(m, y, null), ...NO_INDICATOR });
      else inds.forEach((ind, i) => rows.push({ ...yearCells(m, y, null), ...indicatorCells(ind, i + 1, y.fiscalYear) }));
    }
    // Indicator years (an indicators sheet may run past the measure's table) with no year row of their own.
    const sheetYears = new Set(m.years.map((y) => y.fiscalYear));
    const extra = [...new Set(inds.flatMap((ind) => ind.years.map((iy) => iy.fiscalYear)))]
      .filter((fy): fy is number => fy !== null && !sheetYears.has(fy))
      .sort((a, b) => a - b);
    for (const fy of extra)
      inds.forEach((ind, i) => {
        if (ind.years.some((iy) => iy.fiscalYear === fy)) rows.push({ ...yearCells(m, null, fy), ...indicatorCells(ind, i + 1, fy) });
      });
  }
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
    ratingStatus: row.ratingStatus === null ? null : statusLabel(row.ratingStatus as StatusCode, lang),
    textStatus: row.textStatus === null ? null : statusLabel(row.textStatus as StatusCode, lang),
    indicatorDirection:
      row.indicatorDirection === null ? null : t(`export.direction.${row.indicatorDirection as "higher" | "lower"}`, lang),
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
const WIDE: ReadonlySet<ExportColumn> = new Set([
  "name",
  "summary",
  "work",
  "plan",
  "build",
  "operation",
  "effect",
  "statusPhrase",
  "indicator",
]);

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
