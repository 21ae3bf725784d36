/** Builds the report of the README's "Report JSON" from a workbook: read every sheet, analyse, run every rule. */
import { parseA1 } from "../model/address";
import type { WorkbookGrid } from "../model/grid";
import { readSheetWithoutForm, readMeasureSheet, yearLabelText } from "../read/reader";
import { titleYear } from "../read/titleYear";
import { isIndicatorSheet, readIndicatorTables, type IndicatorRead } from "../read/indicators";
import { labelAliases } from "../read/labels";
import { analyzeMeasure, type MeasureAnalysis } from "../judge/analysis";
import type { Rounding } from "../text/precision";
import { RULES, type RuleContext } from "../rules";
import { t, type EngineKey } from "../messages";
import type { Finding, Lang, MeasureReport, Report } from "../model/schemas";
import type { Profile } from "../model/profile";
import { readForms, type FormsRead } from "../read/forms";
import { readMeasureList } from "../read/measureList";
import { readMeasureBlocks } from "../read/measureBlocks";
import type { MeasureSheet } from "../read/reader";
import { applyAnswers } from "../judge/answers";
import { previousContext } from "../judge/measureMatch";

export interface AnalyzeOptions {
  source: string;
  lang: Lang;
  /** How stated values are rounded in this office (workbook setting); default: any of the three. */
  rounding?: Rounding;
  /** The office's form profile (workbook settings or --profile); without one it is told from the labels. */
  profile?: Profile | null;
  /** Last year's measures (analyzeWorkbook of last year's workbook): turns on the comparison rules. */
  previous?: MeasureAnalysis[];
}

export interface Analysis {
  report: Report;
  measures: MeasureAnalysis[];
  /** The profile, legend, ratings and indicators the workbook was read with. */
  forms: FormsRead;
}

/** Departments named in one cell: 企画課・各施設所管課 counts for each; 行政管理課他 counts for 行政管理課. */
export function splitDepartments(text: string): string[] {
  const parts = text
    .split(/[・、,，/／\n]|及び|および/)
    .map((s) =>
      s
        .trim()
        .replace(/(ほか|他|等)$/, "")
        .trim(),
    )
    .filter((s) => s.length > 0);
  return [...new Set(parts)];
}

function measureReport(m: MeasureAnalysis): MeasureReport {
  const s = m.sheet;
  const department = s.department?.text.trim() ?? "";
  return {
    sheet: s.sheet,
    number: s.number?.text.trim() ?? "",
    ...(s.number ? { numberCell: s.number.cell } : {}),
    name: s.name?.text.trim() ?? "",
    department,
    departments: splitDepartments(department),
    activityTarget: s.activityTarget?.text ?? "",
    years: m.years.map((y) => ({
      label: yearLabelText(y.row),
      fiscalYear: y.row.year?.fiscalYear ?? null,
      cell: y.row.label.cell,
      status: y.status,
      statusPhrase: y.phrase,
      statusOpposite: y.opposite,
      statusReason: y.status === "unknown" ? y.unknownReason : null,
      summary: y.row.summary?.text ?? "",
      plan: y.row.plan?.text ?? "",
      build: y.row.build?.text ?? "",
      operation: y.row.operation?.text ?? "",
      work: y.row.work?.text ?? "",
      effect: y.row.effect?.text ?? "",
      effectCell: y.row.effect?.cell ?? null,
      effectKind: y.effect.kind,
      progress: y.effect.progress,
      progressRaw: y.effect.progressRaw,
      rating: y.rating ? y.rating.text : null,
      ratingStatus: y.ratingStatus,
      textStatus: y.textStatus,
    })),
    latestProgress: m.latestProgress,
    delayed: m.delayed,
    delayedNow: m.delayedNow,
    notEvaluated: m.notEvaluated,
    indicators: m.indicators.map((i) => ({
      name: i.name,
      unit: i.unit,
      direction: i.direction,
      baseline: i.baseline,
      target: i.target,
      sheet: i.sheet,
      cell: i.cell,
      years: i.years.map((y) => ({
        fiscalYear: y.fiscalYear,
        target: y.target,
        actual: y.actual,
        achievement: y.achievement === null ? null : Math.round(y.achievement * 10) / 10,
        statedAchievement: y.statedAchievement,
        grade: y.grade,
        statedGrade: y.statedGrade,
        cell: y.cell,
      })),
    })),
  };
}

/** The latest year with an actual among a sheet's indicators, and that actual's cell. */
function latestActual(indicators: IndicatorRead[]): { fiscalYear: number; cell: string } | null {
  let best: { fiscalYear: number; cell: string } | null = null;
  for (const i of indicators)
    for (const y of i.years)
      if (y.fiscalYear !== null && y.actual !== null && y.actualCell && (best === null || y.fiscalYear > best.fiscalYear))
        best = { fiscalYear: y.fiscalYear, cell: y.actualCell.cell };
  return best;
}

/**
 * The measures read and judged, without the rules: what Fill needs (a fill of 1,400 sheets spent half its
 * time on findings it never showed).
 */
export function analyzeMeasures(
  wb: WorkbookGrid,
  opts: Pick<AnalyzeOptions, "rounding" | "profile">,
): { readSheets: WorkbookGrid["sheets"]; measures: MeasureAnalysis[]; forms: FormsRead } {
  const generated = new Set(wb.generatedSheets.map((g) => g.name));
  const readSheets = wb.sheets.filter((s) => !generated.has(s.name));
  const sheets: MeasureSheet[] = [];
  const aliases = labelAliases(opts.profile?.labels);
  for (const sheet of readSheets) {
    const m = readMeasureSheet(sheet, aliases);
    if (m) sheets.push(m);
  }
  // No sheet holds the form: each sheet of a measure's indicators or of one year's evaluation is read as a measure.
  if (sheets.length === 0) {
    const profile = opts.profile ?? null;
    // The year a document's cover names (平成27年度決算審査), for a sheet that names none.
    const documentYear = readSheets.length > 1 ? titleYear(readSheets[0]) : null;
    for (const sheet of readSheets) {
      if (isIndicatorSheet(sheet, profile)) continue;
      const { indicators, tables } = readIndicatorTables(sheet, profile);
      const m = readSheetWithoutForm(sheet, aliases, latestActual(indicators), documentYear);
      // A list of measures, a row each (施策評価一覧表), unless the sheet is one measure's: its indicators, its
      // name or its verdict outside the list (施策27 over a list of its projects, its evaluation above them).
      const list = tables === 0 ? readMeasureList(sheet, aliases, documentYear) : null;
      const named = m.name !== null && m.name.text.trim() !== "" && list !== null && !insideList(list, m.name.row);
      if (list && !named && m.years.every((y) => insideList(list, y.row))) {
        sheets.push(...list);
        continue;
      }
      // Measures stacked in blocks (川崎市's 事務事業), unless one measure's reading holds something outside them (a
      // block's table of years may look like an indicator table's header, but none holds an indicator).
      const blocks = indicators.length === 0 ? readMeasureBlocks(sheet, aliases, documentYear) : null;
      const inBlocks = (row: number) => blocks !== null && blocks.some((b) => row >= b.bounds.top && row <= b.bounds.bottom);
      const oneOfBlocks = m.years.every((y) => inBlocks(y.row)) && (m.name === null || inBlocks(m.name.row));
      if (blocks && (m.years.length === 0 || (blocks.length > 1 && oneOfBlocks))) sheets.push(...blocks);
      else if (m.years.length > 0 || tables > 0) sheets.push(m);
    }
  }
  const forms = readForms(wb, readSheets, sheets, opts.profile ?? null);
  const measures: MeasureAnalysis[] = sheets.map((m) => analyzeMeasure(m, opts.rounding, forms.byMeasure.get(m)));
  return { readSheets, measures, forms };
}

/** Whether a row lies in a list of measures, from its header to its last measure. */
function insideList(list: MeasureSheet[], row: number): boolean {
  return row >= list[0].headerRow && row <= list[list.length - 1].bounds.bottom;
}

/** The full analysis; `analyze` is the report alone. */
export function analyzeWorkbook(wb: WorkbookGrid, opts: AnalyzeOptions): Analysis {
  const { readSheets, measures, forms } = analyzeMeasures(wb, opts);
  const ctx: RuleContext = { workbook: wb, readSheets: readSheets.map((s) => s.name), measures, forms, rounding: opts.rounding ?? "any" };
  if (opts.previous) ctx.previous = previousContext(measures, opts.previous);
  const order = new Map(wb.sheets.map((s, i) => [s.name, i]));
  // Sort keys beside each finding (sheet order, row, column, rule), so no finding is copied to drop them.
  const keyed: { finding: Finding; k: [number, number, number, number] }[] = [];
  // Rules name the same few cells on every sheet (F9, G13 …): each address is parsed once.
  const positions = new Map<string, { row: number; col: number }>();
  const position = (cell: string) => {
    let pos = positions.get(cell);
    if (!pos) {
      try {
        pos = parseA1(cell);
      } catch {
        pos = { row: 0, col: 0 }; // a rule always gives A1; keep order stable if not
      }
      positions.set(cell, pos);
    }
    return pos;
  };
  RULES.forEach((rule, ruleIndex) => {
    for (const hit of rule.check(ctx)) {
      const messages = t.inEveryLanguage(findingMessageKey(rule.id, hit.variant), hit.params ?? {});
      const pos = position(hit.cell);
      keyed.push({
        finding: {
          rule: rule.id,
          severity: hit.severity ?? rule.severity,
          sheet: hit.sheet,
          cell: hit.cell,
          message: messages[opts.lang],
          messages,
        },
        k: [order.get(hit.sheet) ?? -1, pos.row, pos.col, ruleIndex],
      });
    }
  });
  keyed.sort((a, b) => {
    for (let i = 0; i < 4; i++) if (a.k[i] !== b.k[i]) return a.k[i] - b.k[i];
    return 0;
  });
  // Findings a person marked 確認済み stay listed, with who and why, but no longer count.
  const clean: Finding[] = applyAnswers(
    wb,
    keyed.map((x) => x.finding),
  );
  const reports = measures.map(measureReport);
  const count = (sev: string) => clean.filter((f) => f.severity === sev && !f.answer).length;
  const answered = clean.filter((f) => f.answer).length;
  const report: Report = {
    schemaVersion: 1,
    source: opts.source,
    lang: opts.lang,
    measures: reports,
    findings: clean,
    totals: {
      measures: reports.length,
      errors: count("error"),
      warnings: count("warning"),
      infos: count("info"),
      delayed: reports.filter((m) => m.delayed).length,
      delayedNow: reports.filter((m) => m.delayedNow).length,
      ...(answered > 0 ? { answered } : {}),
    },
  };
  return { report, measures, forms };
}

export function analyze(wb: WorkbookGrid, opts: AnalyzeOptions): Report {
  return analyzeWorkbook(wb, opts).report;
}

/**
 * The catalogue key of a finding's message, `rule.<id>` or `rule.<id>.<variant>`. A rule names its variant at
 * run time, so the key is checked here: a rule reporting a variant without a message is a programming error
 * that each rule's own test catches, never a key shown to a user.
 */
export function findingMessageKey(id: string, variant?: string): EngineKey {
  const key = variant ? `rule.${id}.${variant}` : `rule.${id}`;
  if (!t.has(key)) throw new Error(`no message for finding ${key}`);
  return key;
}
