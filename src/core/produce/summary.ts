/**
 * The summary tabs (the README's "For staff") as data: values plus formatting intent (tables, status colours,
 * data bars, links, frozen headers, a chart). The gateways write them with their host's own features.
 */
import { cell, header } from "./tabCells";
import { rangeA1, toA1 } from "../model/address";
import { fiscalYearLabel } from "../text/fiscalYear";
import { statusLabel, t } from "../messages";
import type { Lang, Report, Status } from "../model/schemas";
import { STATUS_SYMBOLS, STATUSES } from "../model/statuses";
import type { CellSpec, ConditionalFormat, SheetSpec } from "../model/sheetSpec";
import { fitRowHeights } from "./rowHeights";
import { isRuleId } from "../rules/docs";

import { SUMMARY_ROLES, type SummaryRole } from "../model/sheetRoles";

export { SUMMARY_ROLES, type SummaryRole };

export interface SummaryOptions {
  lang: Lang;
  names?: Partial<Record<SummaryRole, string>>;
  /** The plan's or workbook's name for the page header; the report's source when absent. */
  title?: string;
}

export const STATUS_ORDER: readonly Status[] = STATUSES;

/** Status colours: blue ahead, greens on track/achieved, yellow delayed, red at risk, greys. */
export const STATUS_FILL: Record<Status, string> = {
  ahead: "DDEBF7",
  on_track: "E2EFDA",
  achieved: "A9D08E",
  delayed: "FFEB9C",
  at_risk: "FFC7CE",
  not_evaluated: "EDEDED",
  unknown: "FCE4D6",
};

const num = (value: number | null, numFmt?: string): CellSpec => ({ value, border: true, align: "right", ...(numFmt ? { numFmt } : {}) });

function statusCF(ref: string): ConditionalFormat[] {
  return STATUS_ORDER.map((s) => ({ type: "textContains" as const, ref, text: STATUS_SYMBOLS[s], fill: STATUS_FILL[s] }));
}

function tabName(role: SummaryRole, opts: SummaryOptions): string {
  return opts.names?.[role]?.trim() || t(`tab.${role}`, opts.lang);
}

function base(role: SummaryRole, opts: SummaryOptions, rows: (CellSpec | null)[][], widths: number[]): SheetSpec {
  return {
    name: tabName(role, opts),
    role,
    rows,
    merges: [],
    columnWidths: widths,
    rowHeights: {},
    freeze: { rows: 1, cols: 0 },
    tables: [],
    conditionalFormats: [],
    charts: [],
    // Landscape, all columns on one page width: how the committee's copies are printed.
    print: { landscape: true, fitToWidth: true },
  };
}

function table(name: string, headers: string[], dataRows: number) {
  return dataRows > 0 ? [{ name, ref: "A1", columns: headers, rows: dataRows, style: "TableStyleMedium2" }] : [];
}

/** Every fiscal year any measure reports, in order. */
function fiscalYears(report: Report): number[] {
  const set = new Set<number>();
  for (const m of report.measures) for (const y of m.years) if (y.fiscalYear !== null) set.add(y.fiscalYear);
  return [...set].sort((a, b) => a - b);
}

function overview(report: Report, opts: SummaryOptions): SheetSpec {
  const { lang } = opts;
  const years = fiscalYears(report);
  const findingsBySheet = new Map<string, number>();
  for (const f of report.findings) findingsBySheet.set(f.sheet, (findingsBySheet.get(f.sheet) ?? 0) + 1);
  const headers = [
    t("col.number", lang),
    t("col.name", lang),
    t("col.department", lang),
    ...years.map((y) => fiscalYearLabel(y)),
    t("col.latestProgress", lang),
    t("col.delayed", lang),
    t("col.delayedNow", lang),
    t("col.findings", lang),
  ];
  const yes = t("value.yes", lang);
  const rows: (CellSpec | null)[][] = [headers.map(header)];
  for (const m of report.measures) {
    const byYear = new Map(m.years.map((y) => [y.fiscalYear, y]));
    rows.push([
      cell(m.number || m.sheet, { link: { sheet: m.sheet, cell: "A1" } }),
      cell(m.name, { wrap: true }),
      cell(m.department, { wrap: true }),
      ...years.map((fy) => {
        const y = byYear.get(fy);
        const s = y?.status;
        return cell(s ? statusLabel(s, lang) + ratingNote(y?.rating ?? null) : "", { align: "center" });
      }),
      num(m.latestProgress === null ? null : m.latestProgress / 100, "0%"),
      cell(m.delayed ? yes : "", { align: "center" }),
      cell(m.delayedNow ? yes : "", { align: "center" }),
      num(findingsBySheet.get(m.sheet) ?? 0),
    ]);
  }
  const n = report.measures.length;
  const spec = base("overview", opts, rows, [10, 36, 22, ...years.map(() => 12), 12, 9, 9, 8]);
  spec.freeze = { rows: 1, cols: 1 };
  spec.tables = table("ShinchokuOverview", headers, n);
  if (n > 0) {
    const firstYearCol = 3;
    if (years.length > 0) spec.conditionalFormats.push(...statusCF(rangeA1(1, firstYearCol, n, firstYearCol + years.length - 1)));
    const pc = firstYearCol + years.length;
    spec.conditionalFormats.push({ type: "dataBar", ref: rangeA1(1, pc, n, pc), color: "5B9BD5", max: 1 });
  }
  return spec;
}

function delayed(report: Report, opts: SummaryOptions): SheetSpec {
  const { lang } = opts;
  // The rating column only where the workbook has ratings, so a form without them keeps its tab as it was.
  const rated = hasRatings(report);
  const keys = [
    "col.number",
    "col.name",
    "col.year",
    "col.status",
    ...(rated ? (["col.rating"] as const) : []),
    "col.phrase",
    "col.summary",
  ] as const;
  const headers = keys.map((k) => t(k, lang));
  const rows: (CellSpec | null)[][] = [headers.map(header)];
  for (const m of report.measures)
    for (const y of m.years)
      if (y.status === "delayed" || y.status === "at_risk")
        rows.push([
          cell(m.number || m.sheet, { link: { sheet: m.sheet, cell: y.cell } }),
          cell(m.name, { wrap: true }),
          cell(y.label),
          cell(statusLabel(y.status, lang), { align: "center" }),
          ...(rated ? [cell(y.rating, { align: "center" })] : []),
          cell(y.statusPhrase, { wrap: true }),
          cell(y.summary, { wrap: true }),
        ]);
  const spec = base("delayed", opts, rows, [10, 30, 10, 12, ...(rated ? [12] : []), 30, 80]);
  spec.tables = table("ShinchokuDelayed", headers, rows.length - 1);
  if (rows.length > 1) spec.conditionalFormats.push(...statusCF(rangeA1(1, 3, rows.length - 1, 3)));
  return spec;
}

function byDepartment(report: Report, opts: SummaryOptions): SheetSpec {
  const { lang } = opts;
  // One column per rating value where the workbook has ratings: each measure counted by its latest rating.
  const ratingValues = ratingOrder(report);
  const headers = [
    ...(["col.department", "col.measures", "col.delayed", "col.achieved", "col.averageProgress"] as const).map((k) => t(k, lang)),
    ...ratingValues.map((v) => `${t("col.rating", lang)} ${v}`),
  ];
  const acc = new Map<string, { measures: number; delayed: number; achieved: number; progress: number[]; ratings: Map<string, number> }>();
  for (const m of report.measures) {
    const depts = m.departments.length > 0 ? m.departments : [""];
    for (const d of new Set(depts)) {
      let a = acc.get(d);
      if (!a) acc.set(d, (a = { measures: 0, delayed: 0, achieved: 0, progress: [], ratings: new Map() }));
      a.measures++;
      const latest = latestRating(m);
      if (latest !== null) a.ratings.set(latest, (a.ratings.get(latest) ?? 0) + 1);
      if (m.delayed) a.delayed++;
      if (m.years.some((y) => y.status === "achieved")) a.achieved++;
      if (m.latestProgress !== null) a.progress.push(m.latestProgress);
    }
  }
  const rows: (CellSpec | null)[][] = [headers.map(header)];
  for (const [d, a] of acc) {
    const avg = a.progress.length ? a.progress.reduce((x, y) => x + y, 0) / a.progress.length : null;
    rows.push([
      cell(d),
      num(a.measures),
      num(a.delayed),
      num(a.achieved),
      num(avg === null ? null : avg / 100, "0%"),
      ...ratingValues.map((v) => num(a.ratings.get(v) ?? 0)),
    ]);
  }
  const spec = base("byDepartment", opts, rows, [28, 10, 10, 10, 16, ...ratingValues.map(() => 10)]);
  spec.tables = table("ShinchokuByDepartment", headers, rows.length - 1);
  if (rows.length > 1) spec.conditionalFormats.push({ type: "dataBar", ref: rangeA1(1, 4, rows.length - 1, 4), color: "5B9BD5", max: 1 });
  return spec;
}

function byYear(report: Report, opts: SummaryOptions): SheetSpec {
  const { lang } = opts;
  const years = fiscalYears(report);
  const headers = [t("col.year", lang), ...STATUS_ORDER.map((s) => statusLabel(s, lang)), t("col.total", lang)];
  const rows: (CellSpec | null)[][] = [headers.map(header)];
  for (const fy of years) {
    const counts = STATUS_ORDER.map(() => 0);
    for (const m of report.measures) for (const y of m.years) if (y.fiscalYear === fy && y.status) counts[STATUS_ORDER.indexOf(y.status)]++;
    rows.push([cell(fiscalYearLabel(fy)), ...counts.map((c) => num(c)), num(counts.reduce((a, b) => a + b, 0))]);
  }
  const spec = base("byYear", opts, rows, [12, ...STATUS_ORDER.map(() => 12), 8]);
  spec.tables = table("ShinchokuByYear", headers, years.length);
  STATUS_ORDER.forEach((s, i) => {
    const head = spec.rows[0][i + 1];
    if (head) head.fill = STATUS_FILL[s];
  });
  if (years.length > 0)
    spec.charts.push({
      type: "columnStacked",
      dataRef: rangeA1(0, 0, years.length, STATUS_ORDER.length),
      title: t("chart.byYear", lang),
      anchor: toA1(years.length + 3, 0),
    });
  return spec;
}

function findings(report: Report, opts: SummaryOptions): SheetSpec {
  const { lang } = opts;
  const headers = (["col.severity", "col.rule", "col.sheet", "col.cell", "col.message", "col.answered"] as const).map((k) => t(k, lang));
  const rows: (CellSpec | null)[][] = [headers.map(header)];
  for (const f of report.findings)
    rows.push([
      cell(t(`severity.${f.severity}`, lang)),
      // The rule's name in the report's language; its id stays in the JSON report.
      cell(isRuleId(f.rule) ? t(`ruleTitle.${f.rule}`, lang) : f.rule, { wrap: true }),
      cell(f.sheet),
      cell(f.cell, f.sheet ? { link: { sheet: f.sheet, cell: f.cell } } : {}),
      cell(f.messages[lang], { wrap: true }),
      // A finding a person answered stays listed, with who and why (確認済み).
      cell(f.answer ? t("value.answered", lang, { by: f.answer.by, reason: f.answer.reason }) : "", { wrap: true }),
    ]);
  const spec = base("findings", opts, rows, [10, 26, 12, 8, 90, 30]);
  spec.tables = table("ShinchokuFindings", headers, rows.length - 1);
  if (rows.length > 1) {
    const ref = rangeA1(1, 0, rows.length - 1, 0);
    spec.conditionalFormats.push(
      { type: "textContains", ref, text: t("severity.error", lang), fill: "FFC7CE" },
      { type: "textContains", ref, text: t("severity.warning", lang), fill: "FFEB9C" },
    );
  }
  return spec;
}

/**
 * What every printed page of a tab carries: the plan (or workbook) and the tab on top, the date and
 * "page x / y" below, the header row repeated.
 */
function finishForPrint(spec: SheetSpec, report: Report, opts: SummaryOptions): SheetSpec {
  const title = opts.title?.trim() || report.source.replace(/\.(xlsx|xlsm)$/i, "");
  spec.print = {
    ...(spec.print ?? { landscape: true, fitToWidth: true }),
    titleRows: spec.freeze?.rows ?? 1,
    header: { left: title, right: "{sheet}" },
    footer: {
      left: t("print.printed", opts.lang, { date: "{date}" }),
      right: t("print.pageOf", opts.lang, { page: "{page}", pages: "{pages}" }),
    },
  };
  fitRowHeights(spec);
  return spec;
}

/** 指標一覧: every indicator by year, achievement as a data bar (0–100%), the grade beside the stated one. */
function indicators(report: Report, opts: SummaryOptions): SheetSpec {
  const { lang } = opts;
  const keys = [
    "col.number",
    "col.name",
    "col.indicator",
    "col.unit",
    "col.direction",
    "col.baseline",
    "col.year",
    "col.target",
    "col.actual",
    "col.achievement",
    "col.grade",
    "col.statedGrade",
  ] as const;
  const headers = keys.map((k) => t(k, lang));
  const rows: (CellSpec | null)[][] = [headers.map(header)];
  for (const m of report.measures)
    for (const ind of m.indicators)
      for (const y of ind.years)
        rows.push([
          cell(m.number || m.sheet, { link: { sheet: ind.sheet, cell: y.cell } }),
          cell(m.name, { wrap: true }),
          cell(ind.name, { wrap: true }),
          cell(ind.unit),
          cell(t(`value.${ind.direction}`, lang)),
          num(ind.baseline),
          cell(y.fiscalYear === null ? "" : fiscalYearLabel(y.fiscalYear)),
          num(y.target),
          num(y.actual),
          num(y.achievement === null ? null : y.achievement / 100, "0.0%"),
          cell(y.grade, { align: "center" }),
          cell(y.statedGrade, { align: "center" }),
        ]);
  const spec = base("indicators", opts, rows, [10, 28, 30, 8, 12, 10, 10, 10, 10, 12, 10, 10]);
  spec.freeze = { rows: 1, cols: 1 };
  spec.tables = table("ShinchokuIndicators", headers, rows.length - 1);
  if (rows.length > 1) spec.conditionalFormats.push({ type: "dataBar", ref: rangeA1(1, 9, rows.length - 1, 9), color: "5B9BD5", max: 1 });
  return spec;
}

/** Tabs in writing order; 指標一覧 only for a workbook with indicators (a form without them keeps its five tabs). */
export function buildSummarySheets(report: Report, opts: SummaryOptions): SheetSpec[] {
  const tabs = [overview(report, opts), delayed(report, opts), byDepartment(report, opts), byYear(report, opts), findings(report, opts)];
  if (report.measures.some((m) => m.indicators.length > 0)) tabs.push(indicators(report, opts));
  return tabs.map((s) => finishForPrint(s, report, opts));
}

function hasRatings(report: Report): boolean {
  return report.measures.some((m) => m.years.some((y) => y.rating !== null));
}

/** The rating beside the status in a year cell: ○ 計画通り（B）. */
function ratingNote(rating: string | null): string {
  return rating === null || rating.trim() === "" ? "" : `（${rating.trim()}）`;
}

function latestRating(m: Report["measures"][number]): string | null {
  for (let i = m.years.length - 1; i >= 0; i--) {
    const r = m.years[i].rating;
    if (r !== null && r.trim() !== "") return r.trim();
  }
  return null;
}

/** Rating values as they appear, best status first (the scale's order where the statuses tell it). */
function ratingOrder(report: Report): string[] {
  const rank: Record<string, number> = { ahead: 0, achieved: 1, on_track: 2, delayed: 3, at_risk: 4, not_evaluated: 5, unknown: 6 };
  const seen = new Map<string, number>();
  for (const m of report.measures) {
    const r = latestRating(m);
    if (r === null || seen.has(r)) continue;
    const y = [...m.years].reverse().find((x) => x.rating?.trim() === r);
    seen.set(r, y?.ratingStatus ? rank[y.ratingStatus] : 7);
  }
  return [...seen.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([v]) => v);
}
