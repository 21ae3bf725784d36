/**
 * Which form a workbook is written in (product.md §6), read once per workbook: the profile (given by the
 * office, else detected from what the sheets carry), the printed legend, each year's rating cell and
 * each measure's indicators (on its own sheet or on an indicators sheet, by 施策番号).
 */
import type { SheetGrid, WorkbookGrid } from "../model/grid";
import type { MeasureSheet, YearRow, Field } from "./reader";
import { INDICATOR_PROFILE, RATING_PROFILE, SEED_PROFILE, type GradeRule, type Profile, type ScaleValue } from "../model/profile";
import { gradeRuleFromEntries, gradeRuleFromLegend, readLegend, type LegendEntry } from "./legend";
import { looksLikeRating, readRating, starStatus, wordStatus, type RatingRead, type ScaleLookup } from "../judge/rating";
import { isIndicatorSheet, readIndicators, readIndicatorTables, type IndicatorRead } from "./indicators";
import { statusLabel, t } from "../messages";
import { STATUSES } from "../model/statuses";

export interface MeasureForm {
  /** The rating cell of each year row (same order as sheet.years); null where the form has none. */
  ratingCells: (Field | null)[];
  ratings: (RatingRead | null)[];
  indicators: IndicatorRead[];
}

export interface FormsRead {
  profile: Profile;
  /** The profile was told apart from the labels, not given by the office. */
  detected: boolean;
  legend: LegendEntry[];
  scale: ScaleLookup;
  /** Sheets read as indicator tables for many measures. */
  indicatorSheets: string[];
  byMeasure: Map<MeasureSheet, MeasureForm>;
}

/** The texts Shinchoku itself writes into a status column (either language, with or without the symbol). */
const OWN_STATUS_TEXTS: ReadonlySet<string> = (() => {
  const set = new Set<string>();
  for (const st of STATUSES)
    for (const lang of ["ja", "en"] as const) {
      set.add(statusLabel(st, lang));
      set.add(t(`status.${st}`, lang));
    }
  return set;
})();

/** A status-column cell holding what Shinchoku writes (or nothing), not a department's rating. */
export function isOwnStatusText(text: string): boolean {
  const s = text.trim();
  return s === "" || OWN_STATUS_TEXTS.has(s);
}

/** The year's rating cell: under a rating header, or the 評価 / 進捗区分 column when it holds ratings. */
function ratingCellsOf(sheet: MeasureSheet, statusIsRating: boolean): (Field | null)[] {
  return sheet.years.map((y: YearRow) => y.rating ?? (statusIsRating ? y.status : null));
}

/** A 評価 / 進捗区分 column holds ratings when a cell is a scale value (B, ◎, 順調 …), not Shinchoku's text nor a note. */
function statusColumnHoldsRatings(sheet: MeasureSheet): boolean {
  return sheet.years.some((y) => y.status !== null && !isOwnStatusText(y.status.text) && looksLikeRating(y.status.text));
}

function yearRows(sheet: MeasureSheet): Set<number> {
  // A sheet read without the form: nothing (the indicator tables lie among its labels, a verdict may sit on a table's
  // header row: 総合進捗状況 | 遅れ right of 目標項目 | 目標値, 森町).
  if (sheet.withoutForm) return new Set();
  const rows = new Set<number>();
  for (let r = sheet.bounds.top; r <= sheet.bounds.bottom; r++) rows.add(r);
  return rows;
}

/** The measure a 施策番号 names: as written, else in normal form (①-01 and 1-01 stay distinct: compared as written first). */
function byNumber(measures: MeasureSheet[]): (n: string) => MeasureSheet | undefined {
  const exact = new Map<string, MeasureSheet>();
  const loose = new Map<string, MeasureSheet>();
  for (const m of measures) {
    const t = m.number?.text.trim() ?? "";
    if (t === "") continue;
    if (!exact.has(t)) exact.set(t, m);
    const k = t.normalize("NFKC").replace(/\s+/g, "");
    if (!loose.has(k)) loose.set(k, m);
  }
  return (n) => exact.get(n.trim()) ?? loose.get(n.normalize("NFKC").replace(/\s+/g, ""));
}

/**
 * Reads the form of a workbook. `given`: the office's profile (workbook settings or --profile); without
 * one, the indicator form where an indicator table is found, the rating form where a year carries a
 * rating, else the seed's.
 */
export function readForms(wb: WorkbookGrid, sheets: readonly SheetGrid[], measures: MeasureSheet[], given: Profile | null): FormsRead {
  const grids = new Map(sheets.map((s) => [s.name, s]));
  // The rows read as years, by sheet (a list's sheet holds many measures' rows).
  const skip = new Map<string, Set<number>>();
  for (const m of measures) {
    const rows = skip.get(m.sheet) ?? new Set<number>();
    for (const y of m.years) rows.add(y.row);
    skip.set(m.sheet, rows);
  }
  // Sheets whose measures were read without the form (no 進捗総括 column): lists, blocks, one year's evaluation.
  const formless = new Set(measures.filter((m) => m.columns.progress === null).map((m) => m.sheet));
  for (const m of measures) if (m.columns.progress !== null) formless.delete(m.sheet);
  const legend = readLegend(wb, skip, formless);
  const anyRating = measures.some((m) => m.columns.rating !== null || statusColumnHoldsRatings(m));
  // Without the office's profile, a grade rule printed in its legend is the rule (A ≥ 110% …); grade
  // letters given words alone, where no year carries a rating the legend could be for, are the office's
  // judgment, which no arithmetic checks.
  const fromEntries = given ? null : gradeRuleFromEntries(legend);
  const legendGrades = given
    ? null
    : (gradeRuleFromLegend(wb) ?? (fromEntries && (fromEntries.grades.length > 0 || !anyRating) ? fromEntries : null));
  const withGrades = (grades: GradeRule): Profile => ({ ...INDICATOR_PROFILE, indicator: { ...INDICATOR_PROFILE.indicator, grades } });
  let probe = given ?? (legendGrades ? withGrades(legendGrades) : INDICATOR_PROFILE);
  let { indicatorsOf, indicatorSheets, withTable } = readAllIndicators(measures, sheets, grids, probe, given);
  // Grades stated in words of movement (達成A / 前進B / 横ばいC / 後退D) are graded by where the actual
  // stands against the baseline, not by a percentage of the target.
  const movement = given || legendGrades ? null : movementGrades([...indicatorsOf.values()].flat());
  if (movement) {
    probe = withGrades(movement);
    ({ indicatorsOf, indicatorSheets, withTable } = readAllIndicators(measures, sheets, grids, probe, given));
  }
  const anyIndicator = indicatorSheets.length > 0 || withTable;
  const profile = given ?? (anyIndicator ? probe : anyRating ? RATING_PROFILE : SEED_PROFILE);
  const scale: ScaleLookup = { profile: profile.scale, legend: legend as ScaleValue[] };

  const byMeasure = new Map<MeasureSheet, MeasureForm>();
  for (const m of measures) {
    const ratingCells = ratingCellsOf(m, profile.ratingColumn || statusColumnHoldsRatings(m));
    const ratings = ratingCells.map((c, k) => {
      const read = c ? readRating(c.text, scale) : null;
      // A letter neither the profile nor a legend explains, with its wording printed under it.
      const meaning = m.years[k].ratingMeaning;
      const word = read && read.status === null && meaning ? wordStatus(meaning.text) : null;
      if (read && word) return { ...read, status: word, source: "word" as const };
      // Stars on the scale their label shows (【☆☆☆☆(高)∼☆(低)】).
      const max = m.years[k].ratingStars;
      const stars = read && read.status === null && max ? starStatus(read.text, max) : null;
      return read && stars ? { ...read, status: stars, source: "legend" as const } : read;
    });
    // Read under the office's rule when given; the built-in profiles share the default rule.
    byMeasure.set(m, { ratingCells, ratings, indicators: indicatorsOf.get(m)! });
  }
  return { profile, detected: given === null, legend, scale, indicatorSheets, byMeasure };
}

/** Every measure's indicators read with one profile, those of indicator sheets by 施策番号. */
function readAllIndicators(
  measures: MeasureSheet[],
  sheets: readonly SheetGrid[],
  grids: ReadonlyMap<string, SheetGrid>,
  probe: Profile,
  given: Profile | null,
): { indicatorsOf: Map<MeasureSheet, IndicatorRead[]>; indicatorSheets: string[]; withTable: boolean } {
  const measureNames = new Set(measures.map((m) => m.sheet));
  const planStart = given?.plan?.startYear ?? null;
  const indicatorsOf = new Map<MeasureSheet, IndicatorRead[]>();
  // A measure sheet carries an indicator table's header, read or not (a new sheet's table may be empty).
  let withTable = false;
  for (const m of measures) {
    const grid = grids.get(m.sheet);
    const years = m.years.map((y) => y.year?.fiscalYear).filter((x): x is number => typeof x === "number");
    // One of several measures on its sheet (a list's row, a block) has no table of its own.
    const read =
      grid && !m.sharesSheet
        ? readIndicatorTables(grid, probe, {
            skipRows: yearRows(m),
            planStart: planStart ?? (years.length ? Math.min(...years) : null),
            planYears: m.years.length || null,
          })
        : { indicators: [], tables: 0 };
    indicatorsOf.set(m, read.indicators);
    if (read.tables > 0) withTable = true;
  }
  const indicatorSheets: string[] = [];
  const find = byNumber(measures);
  for (const s of sheets) {
    if (measureNames.has(s.name) || !isIndicatorSheet(s, probe)) continue;
    indicatorSheets.push(s.name);
    for (const ind of readIndicators(s, probe, { planStart })) {
      const m = ind.number === null ? undefined : find(ind.number);
      if (m) indicatorsOf.get(m)!.push(ind);
    }
  }
  return { indicatorsOf, indicatorSheets, withTable };
}

/** The four words of a grade by movement from the baseline, best first. */
const MOVEMENT = [/達成/, /前進|改善/, /横ばい/, /後退|悪化/];

/**
 * The baseline-band rule where stated grades are words of movement (前進B, 横ばいC): each grade as the
 * sheet writes it (達成A or 達成), so a stated grade reads the same as the computed one.
 */
function movementGrades(indicators: IndicatorRead[]): GradeRule | null {
  const stated = indicators.flatMap((i) => i.years.map((y) => y.statedGrade).filter((g): g is string => g !== null));
  if (!stated.some((g) => MOVEMENT.slice(1).some((re) => re.test(g)))) return null;
  const defaults = ["達成A", "前進B", "横ばいC", "後退D"];
  const grades = MOVEMENT.map((re, k) => stated.find((g) => re.test(g)) ?? defaults[k]) as [string, string, string, string];
  return { kind: "baselineBand", band: 10, grades };
}
