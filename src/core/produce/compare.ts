/**
 * This year's workbook against last year's (product.md §5 `compare`): every measure matched by 施策番号
 * (by 施策名 when the number changed), the comparison rules run on this year's workbook, and a row per
 * measure for the 前年度比較 tab: last year's and this year's latest status and progress, and the findings.
 */
import type { WorkbookGrid } from "../model/grid";
import type { MeasureAnalysis } from "../judge/analysis";
import { analyzeWorkbook, type AnalyzeOptions } from "./report";
import { matchMeasures, type MatchedBy } from "../judge/measureMatch";
import { COMPARISON_RULE_IDS } from "../rules";
import { yearName } from "../read/reader";
import type { Finding, Report, Status } from "../model/schemas";

export interface YearState {
  label: string | null;
  status: Status | null;
  progress: number | null;
}

export interface ComparisonRow {
  number: string;
  name: string;
  department: string;
  /** This year's sheet (null: the measure is gone this year). */
  sheet: string | null;
  lastSheet: string | null;
  match: MatchedBy | "new" | "dropped";
  last: YearState | null;
  current: YearState | null;
  /** The comparison rules' findings on this measure's sheet. */
  findings: Finding[];
}

export interface Comparison {
  /** This year's full report, the comparison findings among the others. */
  report: Report;
  lastReport: Report;
  rows: ComparisonRow[];
  /** The comparison rules' findings alone, in report order. */
  findings: Finding[];
}

/** The latest evaluated year's status and the latest progress. */
function state(m: MeasureAnalysis): YearState {
  let label: string | null = null;
  let status: Status | null = null;
  let progress: number | null = null;
  for (const y of m.years) {
    if (y.status !== null) {
      status = y.status;
      label = yearName(y.row);
    }
    if (y.effect.progress !== null) progress = y.effect.progress;
  }
  return { label, status, progress };
}

const text = (f: { text: string } | null) => f?.text.trim() ?? "";

export function compareWorkbooks(
  last: WorkbookGrid,
  current: WorkbookGrid,
  opts: Omit<AnalyzeOptions, "previous" | "source"> & {
    lastSource: string;
    source: string;
    /** Last year's workbook's own form profile, where it differs from this year's (`profile`). */
    lastProfile?: AnalyzeOptions["profile"];
  },
): Comparison {
  const before = analyzeWorkbook(last, {
    lang: opts.lang,
    rounding: opts.rounding,
    source: opts.lastSource,
    profile: opts.lastProfile ?? opts.profile ?? null,
  });
  const now = analyzeWorkbook(current, {
    lang: opts.lang,
    rounding: opts.rounding,
    source: opts.source,
    profile: opts.profile ?? null,
    previous: before.measures,
  });
  const ids = new Set<string>(COMPARISON_RULE_IDS);
  const findings = now.report.findings.filter((f) => ids.has(f.rule));
  const bySheet = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = bySheet.get(f.sheet);
    if (list) list.push(f);
    else bySheet.set(f.sheet, [f]);
  }
  const matches = matchMeasures(now.measures, before.measures);
  const rows: ComparisonRow[] = now.measures.map((m) => {
    const match = matches.get(m);
    return {
      number: text(m.sheet.number),
      name: text(m.sheet.name),
      department: text(m.sheet.department),
      sheet: m.sheet.sheet,
      lastSheet: match?.last.sheet.sheet ?? null,
      match: match?.by ?? "new",
      last: match ? state(match.last) : null,
      current: state(m),
      findings: bySheet.get(m.sheet.sheet) ?? [],
    };
  });
  const matched = new Set([...matches.values()].map((x) => x.last));
  for (const p of before.measures)
    if (!matched.has(p))
      rows.push({
        number: text(p.sheet.number),
        name: text(p.sheet.name),
        department: text(p.sheet.department),
        sheet: null,
        lastSheet: p.sheet.sheet,
        match: "dropped",
        last: state(p),
        current: null,
        findings: [],
      });
  return { report: now.report, lastReport: before.report, rows, findings };
}

/** What a comparison found, counted as both hosts say it: measures compared, new, dropped, and each rule's findings among `shown`. */
export function comparisonCounts(cmp: Comparison, shown: readonly Finding[] = cmp.findings) {
  const count = (rule: string) => shown.filter((f) => f.rule === rule).length;
  return {
    measures: cmp.rows.filter((r) => r.sheet !== null).length,
    new: cmp.rows.filter((r) => r.match === "new").length,
    dropped: cmp.rows.filter((r) => r.match === "dropped").length,
    copied: count("copied-from-last-year"),
    changed: count("status-changed"),
    decreased: count("progress-decreased-since-last-year"),
  };
}
