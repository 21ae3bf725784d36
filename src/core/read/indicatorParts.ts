/**
 * What both indicator readers share (product.md §6): the header spellings, the cells they hand out and a
 * year's figures (its target, achievement and grade) computed alike whichever way the table runs.
 * indicators.ts reads tables with a row per year, indicatorsAcross.ts tables with the years across.
 */
import { parseRange, toA1 } from "../model/address";
import { cellAt, cellText, numFmtAt } from "../model/grid";
import type { CellValue, SheetGrid } from "../model/grid";
import { isDash, normalizeLabel } from "../text/normalize";
import { memoByString } from "../text/memo";
import type { Profile } from "../model/profile";
import { computeAchievement, gradeFor, parseQuantity, round6 } from "../judge/kpi";

export type IndicatorField =
  "number" | "name" | "unit" | "baseline" | "target" | "yearTarget" | "year" | "due" | "actual" | "achievement" | "grade" | "direction";

/** Header spellings, canonical first; a profile adds its own under the same keys. */
export const INDICATOR_LABELS: Record<IndicatorField, readonly string[]> = {
  number: ["施策番号", "施策No.", "施策No"],
  name: [
    "指標名",
    "成果指標",
    "指標",
    "評価指標",
    "KPI",
    "重要業績評価指標",
    "数値目標",
    "指標項目",
    "KPI名",
    "指標名称",
    "目標項目",
    "数値目標項目",
    "指標説明",
  ],
  unit: ["単位"],
  baseline: ["基準値", "策定時", "現状値", "計画策定時", "基準値（策定時）", "従前値", "当初値", "現状"],
  target: ["目標値", "最終目標値", "目標", "指標値"],
  yearTarget: ["目安値", "年度目標", "年度目標値", "単年度目標", "各年度目標", "期待値", "見込", "見込値", "計画値", "計画", "計画額"],
  year: ["年度", "対象年度", "実績年度"],
  // The month the target is due (地方創生先行型 様式2: 指標値 | 単位 | 目標年月 H28.3 | 実績値): the actual's year.
  due: ["目標年月", "目標時期", "達成時期"],
  // 最終評価時 (the value at the plan's last evaluation), 現在値: the latest actual beside the baseline.
  actual: ["実績値", "実績", "最終評価時", "最終評価値", "現在値", "直近値", "実績額", "中間実績値"],
  achievement: ["達成率", "進捗率", "達成率評価"],
  grade: ["評価", "指標の評価", "判定", "達成度", "評価結果", "進捗区分", "評価区分", "達成状況評価"],
  direction: ["方向", "目標の方向", "方向性", "性質", "目指す方向", "目指す方向性", "指標種類"],
};

/**
 * Offices head the name column with the kind of indicator they list (成果指標, 県民指標, 活動指標,
 * まちづくりの指標, その他の関連指標): a short header ending in 指標 names it too.
 */
const NAME_BY_SUFFIX = /^[^\d]{1,10}指標(?:名|名称)?$/;
/** The plan's target by its length (5ヵ年目標, 10か年目標値): the final target. */
const PLAN_TARGET = /^\d{1,2}[かヵヶケカ]年(?:後の)?目標(?:値)?$/;

export interface Cell {
  text: string;
  raw: CellValue;
  numFmt: string | null;
  cell: string;
  row: number;
  col: number;
}

export interface IndicatorYearRead {
  fiscalYear: number | null;
  /** The row's first cell (the year cell where there is one). */
  cell: string;
  row: number;
  target: number | null;
  actual: number | null;
  actualCell: Cell | null;
  /** Percent, uncapped; null where it cannot be computed. */
  achievement: number | null;
  statedAchievement: number | null;
  achievementCell: Cell | null;
  grade: string | null;
  statedGrade: string | null;
  gradeCell: Cell | null;
}

export interface IndicatorRead {
  sheet: string;
  /** 施策番号 on an indicators sheet; null on a measure sheet (the sheet's own measure). */
  number: string | null;
  name: string;
  unit: string;
  direction: "higher" | "lower";
  baseline: number | null;
  target: number | null;
  cell: string;
  years: IndicatorYearRead[];
}

/** A figure followed by 削減 at the end of a target's text: an amount to cut, counted up. */
const AMOUNT_TO_CUT = /\d[\d,.]*\s*[^\d\s]{0,3}削減\s*$/;

export const DIRECTION_LOWER = /以下|削減|減少|低減|抑制|↓|⇩|少なく|下げ/;
export const DIRECTION_HIGHER = /以上|増加|向上|↑|⇧|多く|上げ/;

/** Built once per profile: every measure sheet is searched with the same header spellings. */
const labelIndexes = new WeakMap<Profile, Map<string, IndicatorField>>();
let defaultLabelIndex: Map<string, IndicatorField> | null = null;

export function labelIndex(profile: Profile | null): Map<string, IndicatorField> {
  if (profile === null) return (defaultLabelIndex ??= buildLabelIndex(null));
  let map = labelIndexes.get(profile);
  if (!map) labelIndexes.set(profile, (map = buildLabelIndex(profile)));
  return map;
}

function buildLabelIndex(profile: Profile | null): Map<string, IndicatorField> {
  const map = new Map<string, IndicatorField>();
  for (const [field, list] of Object.entries(INDICATOR_LABELS) as [IndicatorField, readonly string[]][]) {
    // A profile names 指標名 "indicator": its "name" is the measure's 施策名 (labels.ts).
    for (const l of [...(profile?.labels[field === "name" ? "indicator" : field] ?? []), ...list]) {
      const k = headerKey(l);
      if (!map.has(k)) map.set(k, field);
    }
  }
  return map;
}

/**
 * A header's key: normalised, its bracketed note dropped (目標値（R6年度）, 基準値（策定時）, 実績値\n(H29)); a
 * header wholly in brackets is read without them ((単位)). Short texts repeat on every sheet.
 */
export const headerKey = memoByString((text: string): string => {
  const k = normalizeLabel(text).replace(/[:：]$/, "");
  const bare = k.replace(/\([^()]*\)/g, "");
  if (bare !== "") return bare;
  const inner = /^\(([^()]+)\)$/.exec(k);
  return inner ? inner[1] : k;
});

/** The field a header cell names, if any (the office's spellings, the built-in ones, then a name by its suffix). */
export function headerField(labels: Map<string, IndicatorField>, text: string): IndicatorField | undefined {
  const k = headerKey(text);
  const f = labels.get(k) ?? (NAME_BY_SUFFIX.test(k) ? "name" : PLAN_TARGET.test(k) ? "target" : undefined);
  if (f !== undefined) return f;
  // A running total's target or actual (足寄町 累積目標, 累積実績値): the same column.
  const total = CUMULATIVE.exec(k);
  if (total) return labels.get(total[1]);
  if (TOTAL_ACTUAL.test(k)) return "actual";
  // A header with its year after a space (目標値 H31, 現状値 H25).
  const bare = TRAILING_YEAR.exec(k);
  const byYear = bare ? labels.get(bare[1]) : undefined;
  // (平成25\n(基準値) is a year with its note, read as one.)
  if (byYear !== undefined || (!text.includes("(") && !text.includes("（")) || /\d/.test(k)) return byYear;
  // …or named in its note: 総合計画記載\n(現状値).
  const inner = /\(([^()]+)\)$/.exec(normalizeLabel(text));
  return inner ? labels.get(inner[1]) : undefined;
}

/** A target named with its year before it (令和5年度目標値, R12目標): outside a table of years, the final target. */
export function isYearNamedTarget(labels: Map<string, IndicatorField>, text: string): boolean {
  const m = /^(?:[hr]\s*\d{1,2}|\d{4}|(?:平成|令和)\s*(?:\d{1,2}|元))(?:年度?)?\s*(\S+)$/.exec(headerKey(text));
  return m !== null && labels.get(m[1]) === "target";
}

const CUMULATIVE = /^(?:累積|累計)((?:目標|実績)値?)$/;
/** A running total alone (累計 over the period's actuals, 福知山市 `累計 (H28~R2年度)`): the actual to the period's end. */
const TOTAL_ACTUAL = /^(?:累積|累計)(?:値|額)?$/;

const TRAILING_YEAR = /^(\S+?)\s*(?:[hr]\s*\d{1,2}|\d{4}|(?:平成|令和)\s*(?:\d{1,2}|元))(?:年度?)?$/;

export function cellOf(sheet: SheetGrid, row: number, col: number | undefined): Cell | null {
  if (col === undefined) return null;
  const raw = cellAt(sheet, row, col);
  return { text: cellText(raw).trim(), raw, numFmt: numFmtAt(sheet, row, col), cell: toA1(row, col), row, col };
}

/**
 * The unit a figure is written with (304台, 92.9%, 15.5%(26年度) with its year's note set aside), without its
 * scale (90.8万 トン is read as 908,000: トン). Null for a bare number or a text that is no single figure.
 */
export function unitWritten(cell: Cell | null): string | null {
  if (!cell || typeof cell.raw !== "string") return null;
  const text = cell.text
    .normalize("NFKC")
    .replace(/\([^()]*\)/g, "")
    .trim();
  const m = /^[▲△-]?[\d,]+(?:\.\d+)?\s*(?:百万|万|千|億)?\s*([^\d\s()（）]{1,4}?)\s*$/.exec(text);
  // (15人削減: the unit counts what is cut, 人.)
  return m ? m[1].replace(/(.)削減$/, "$1") : null;
}

/** Units an indicator's name may end with in brackets, so a bracketed note ((仮称), (累計)) is not taken for one. */
const UNIT_WORD =
  /^(?:%|‰|人|件|冊|回|円|千円|万円|百万円|億円|箇所|か所|カ所|ヶ所|施設|団体|校|社|台|戸|世帯|時間|日|年|ha|km|m|t|トン|kg|ポイント|pt|点|倍|本|枚|区画|店舗|地区|人日|人回|件数|回数|人数)$/i;

/** The unit an indicator's name gives in brackets (図書館の貸出人数(人), ブロードバンド普及率(%) [目標指標]). */
export function unitInName(name: string): string | null {
  for (const m of name.normalize("NFKC").matchAll(/\(([^()]{1,6})\)/g)) {
    const unit = m[1].replace(/^単位[:：]?/, "").trim();
    if (UNIT_WORD.test(unit)) return unit;
  }
  return null;
}

/** The columns a merged header cell at (row, col) covers, where it covers more than one; else null. */
export function mergedRight(sheet: SheetGrid, row: number, col: number): number[] | null {
  for (const ref of sheet.merges) {
    const a = parseRange(ref);
    if (a.top === row && a.left === col && a.right > col) return Array.from({ length: a.right - col + 1 }, (_, k) => col + k);
  }
  return null;
}

/** A text that opens with a year (H27年度現在 127件) names no figure of its own in its first digits. */
const OPENS_WITH_YEAR = /^\s*(?:[HRＨＲ]|平成|令和)\s*[0-9０-９]/;

/** A bracketed note of the year a figure is of: (平成28年度)\n20.7%, 1.62\n(H29年). */
const YEAR_NOTE = /[(（]\s*(?:[HRＨＲhr]|平成|令和)?\s*(?:[0-9０-９]{1,4}|元)\s*年度?[^()（）]*[)）]/g;

export function quantityOf(c: Cell | null): number | null {
  if (!c) return null;
  if (typeof c.raw !== "string") return parseQuantity(c.raw, c.numFmt);
  const text = c.raw.includes("年") ? c.raw.replace(YEAR_NOTE, "") : c.raw;
  if (OPENS_WITH_YEAR.test(text)) return null;
  return parseQuantity(text, c.numFmt);
}

/**
 * Indicators whose name says fewer is better (product.md §6: 事故件数, 待ち時間). An amount cut (削減量,
 * 削減額) is more of a good thing, so it never counts.
 */
const NAME_LOWER =
  /待ち時間|待機児童|事故|被害|死者|負傷者|犯罪|滞納|不法投棄|排出量|時間外勤務|超過勤務|離職|苦情|空き家数|空き店舗数|社会減|火災/;
const NAME_AMOUNT_CUT = /削減量|削減額|減少量|抑制量/;

/**
 * Which way is better: said by the header, the target or direction cell; else by the indicator's name
 * (待ち時間); else, where both are known, a target well below the baseline (22,585 → 20,000) means fewer
 * is better; else the profile's default.
 */
export function directionOf(
  lowerHint: boolean,
  hint: string,
  baseline: number | null,
  target: number | null,
  profile: Profile | null,
  name = "",
): "higher" | "lower" {
  const h = hint.normalize("NFKC");
  // A target written as the amount to cut (一般職員数 15人削減, 20%削減): the more cut, the better.
  if (!lowerHint && AMOUNT_TO_CUT.test(h)) return "higher";
  if (lowerHint || DIRECTION_LOWER.test(h)) return "lower";
  if (DIRECTION_HIGHER.test(h)) return "higher";
  const n = name.normalize("NFKC");
  if (NAME_LOWER.test(n) && !NAME_AMOUNT_CUT.test(n)) return "lower";
  // A target kept near the baseline (毎年95%, 維持) says nothing of direction: only a clear cut does.
  if (baseline !== null && target !== null && baseline > 0 && target < baseline * 0.95 && !/毎年|維持/.test(h)) return "lower";
  return profile?.indicator?.direction ?? "higher";
}

/**
 * A year's target (its own, else the final one, or pro rata where the profile asks), and the actual's
 * achievement against it (direction-aware) and grade by the office's rule.
 */
export function againstTarget(
  ind: IndicatorRead,
  profile: Profile | null,
  fiscalYear: number | null,
  actual: number | null,
  yearTarget: number | null,
  plan: { start: number | null; years: number | null },
): { target: number | null; achievement: number | null; grade: string | null } {
  const rule = profile?.indicator;
  let target = yearTarget;
  if (target === null && ind.target !== null) {
    const years = profile?.plan?.years ?? plan.years;
    if (rule?.proRata && fiscalYear !== null && plan.start !== null && years) {
      const base = rule.achievement === "baseline" && ind.baseline !== null ? ind.baseline : 0;
      target = base + ((ind.target - base) * Math.min(years, Math.max(0, fiscalYear - plan.start + 1))) / years;
    } else target = ind.target;
  }
  const achievement = computeAchievement(actual, target, ind.baseline, ind.direction, rule?.achievement ?? "target");
  const grade = rule ? gradeFor(rule.grades, achievement, actual, ind.baseline, target, ind.direction) : null;
  return { target, achievement: achievement === null ? null : round6(achievement), grade };
}

/**
 * A year's figures: the target is the year's own (目安値), else the final one (or pro rata where the
 * profile asks); the achievement is direction-aware; the grade by the office's rule.
 */
export function yearFigures(
  ind: IndicatorRead,
  profile: Profile | null,
  fiscalYear: number | null,
  cells: { actual: Cell | null; yearTarget: number | null; achievement: Cell | null; grade: Cell | null; first: string; row: number },
  plan: { start: number | null; years: number | null },
): IndicatorYearRead {
  // A grade column holding a percentage (達成度 64.8%) states the achievement.
  if (cells.grade && cells.achievement === null && /^[\d.]+\s*[%％]$/.test(cells.grade.text.normalize("NFKC")))
    cells = { ...cells, achievement: cells.grade, grade: null };
  const actual = quantityOf(cells.actual);
  const { target, achievement, grade } = againstTarget(ind, profile, fiscalYear, actual, cells.yearTarget, plan);
  return {
    fiscalYear,
    cell: cells.first,
    row: cells.row,
    target,
    actual,
    actualCell: cells.actual,
    achievement,
    statedAchievement: quantityOf(cells.achievement),
    achievementCell: cells.achievement,
    grade,
    // A dash is no grade given (a figure not yet published).
    statedGrade: cells.grade && cells.grade.text !== "" && !isDash(cells.grade.text) ? cells.grade.text : null,
    gradeCell: cells.grade,
  };
}

/** What one column of a year's span holds. */
export type Kind = "actual" | "yearTarget" | "achievement" | "grade" | "baseline";

export const KIND_OF: Partial<Record<IndicatorField, Kind>> = {
  actual: "actual",
  target: "yearTarget",
  yearTarget: "yearTarget",
  achievement: "achievement",
  grade: "grade",
  baseline: "baseline",
};

/** A row's number, not its name: A, 1, ①, (1), 指標1. */
export const ENUMERATOR = /^(?:(?:指標|KPI|項目|No\.?)\s*)?(?:[A-Za-zＡ-Ｚａ-ｚ]|[0-9０-９]{1,2}|[①-⑳]|[(（][0-9０-９A-Za-z]{1,2}[)）])$/;

/**
 * A figure, not a note that happens to hold a digit (過去1年間に…): a number, or a text that is one with a
 * few words around it (毎年5,300人, 延べ 4, 44.2%(H26年度)).
 */
export function isFigure(c: Cell | null): boolean {
  if (c === null || quantityOf(c) === null) return false;
  if (typeof c.raw === "number") return true;
  const rest = c.text
    .normalize("NFKC")
    .replace(/\([^()]*\)/g, "")
    .replace(/[▲△-]?[\d,.]+/, "")
    .replace(/\s+/g, "");
  return rest.length <= 6;
}
