/**
 * Indicators (成果指標 / KPI, product.md §6; the arithmetic is judge/kpi.ts): a small table whose header names the indicator (指標名) and
 * its 目標値 / 実績値, a row per indicator and year (the name written once, the rows under it
 * continuing it), on the measure sheet under the form or on a sheet of its own with a 施策番号 column.
 * For each year: the target (the year's 目安値, the final target, or pro rata), the actual, the
 * achievement (direction-aware, from the baseline where the profile asks) and the grade by the office's
 * rule, beside what the sheet states.
 */
import { toA1 } from "../model/address";
import { cellAt, cellText, extent, forEachRow, numFmtAt } from "../model/grid";
import type { CellValue, SheetGrid } from "../model/grid";
import { normalizeLabel } from "../text/normalize";
import { memoByString } from "../text/memo";
import { fiscalYearOfDateCell, parseFiscalYearLabel } from "../text/fiscalYear";
import type { Profile } from "../model/profile";
import { computeAchievement, gradeFor, parseQuantity, round6 } from "../judge/kpi";

export type IndicatorField =
  "number" | "name" | "unit" | "baseline" | "target" | "yearTarget" | "year" | "actual" | "achievement" | "grade" | "direction";

/** Header spellings, canonical first; a profile adds its own under the same keys. */
export const INDICATOR_LABELS: Record<IndicatorField, readonly string[]> = {
  number: ["施策番号", "施策No.", "施策No"],
  name: ["指標名", "成果指標", "指標", "評価指標", "KPI", "重要業績評価指標", "数値目標", "指標項目"],
  unit: ["単位"],
  baseline: ["基準値", "策定時", "現状値", "計画策定時", "基準値（策定時）"],
  target: ["目標値", "最終目標値", "目標"],
  yearTarget: ["目安値", "年度目標", "年度目標値", "単年度目標", "各年度目標"],
  year: ["年度", "対象年度", "実績年度"],
  actual: ["実績値", "実績"],
  achievement: ["達成率", "進捗率"],
  grade: ["評価", "指標の評価", "判定", "達成度", "評価結果"],
  direction: ["方向", "目標の方向", "方向性"],
};

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

const DIRECTION_LOWER = /以下|削減|減少|低減|抑制|↓|⇩|少なく|下げ/;
const DIRECTION_HIGHER = /以上|増加|向上|↑|⇧|多く|上げ/;

/** Built once per profile: every measure sheet is searched with the same header spellings. */
const labelIndexes = new WeakMap<Profile, Map<string, IndicatorField>>();
let defaultLabelIndex: Map<string, IndicatorField> | null = null;

function labelIndex(profile: Profile | null): Map<string, IndicatorField> {
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

/** A header's key: normalised, its bracketed note dropped (目標値（R6年度）, 基準値（策定時）). Short texts repeat on every sheet. */
const headerKey = memoByString((text: string): string => {
  const k = normalizeLabel(text).replace(/[:：]$/, "");
  const bare = k.replace(/\([^()]*\)/g, "");
  return bare === "" ? k : bare;
});

function cellOf(sheet: SheetGrid, row: number, col: number | undefined): Cell | null {
  if (col === undefined) return null;
  const raw = cellAt(sheet, row, col);
  return { text: cellText(raw).trim(), raw, numFmt: numFmtAt(sheet, row, col), cell: toA1(row, col), row, col };
}

interface Header {
  row: number;
  cols: Partial<Record<IndicatorField, number>>;
  lowerHint: boolean;
}

/** Header rows of indicator tables: a 指標名 cell with a 目標値 or 実績値 cell on the same row. */
function findHeaders(sheet: SheetGrid, labels: Map<string, IndicatorField>, skipRows: ReadonlySet<number>): Header[] {
  const out: Header[] = [];
  forEachRow(sheet, (r, i) => {
    const row = sheet.top + i;
    if (skipRows.has(row)) return;
    const cols: Partial<Record<IndicatorField, number>> = {};
    let lowerHint = false;
    for (let j = 0; j < r.length; j++) {
      const v = r[j];
      if (typeof v !== "string" || v.length === 0 || v.length > 24) continue;
      const f = labels.get(headerKey(v));
      if (!f || cols[f] !== undefined) continue;
      cols[f] = sheet.left + j;
      if ((f === "target" || f === "name") && DIRECTION_LOWER.test(v.normalize("NFKC"))) lowerHint = true;
    }
    if (
      cols.name !== undefined &&
      (cols.actual !== undefined || cols.target !== undefined) &&
      (cols.actual !== undefined || cols.yearTarget !== undefined || cols.achievement !== undefined || cols.grade !== undefined)
    )
      out.push({ row, cols, lowerHint });
  });
  return out;
}

/**
 * Every indicator table of a sheet. `skipRows`: rows of the measure form's year table; `planStart` and
 * `planYears` for a pro-rata target (the profile's plan, else the measure's own years).
 */
export function readIndicators(
  sheet: SheetGrid,
  profile: Profile | null,
  opts: { skipRows?: ReadonlySet<number>; planStart?: number | null; planYears?: number | null } = {},
): IndicatorRead[] {
  const labels = labelIndex(profile);
  const rule = profile?.indicator;
  const headers = findHeaders(sheet, labels, opts.skipRows ?? new Set());
  const { rows: nRows } = extent(sheet);
  const out: IndicatorRead[] = [];
  for (const h of headers) {
    const c = h.cols;
    const used = Object.values(c) as number[];
    let current: IndicatorRead | null = null;
    for (let r = h.row + 1; r < nRows; r++) {
      if (headers.some((o) => o.row === r)) break;
      const filled = used.some((col) => {
        const v = cellAt(sheet, r, col);
        return v !== null && cellText(v).trim() !== "";
      });
      if (!filled) break;
      const name = cellOf(sheet, r, c.name);
      const numberCell = cellOf(sheet, r, c.number);
      if (name && name.text !== "") {
        const target = cellOf(sheet, r, c.target);
        const dirCell = cellOf(sheet, r, c.direction);
        const hint = `${target?.text ?? ""} ${dirCell?.text ?? ""}`.normalize("NFKC");
        const direction: "higher" | "lower" =
          h.lowerHint || DIRECTION_LOWER.test(hint) ? "lower" : DIRECTION_HIGHER.test(hint) ? "higher" : (rule?.direction ?? "higher");
        const baseline = cellOf(sheet, r, c.baseline);
        current = {
          sheet: sheet.name,
          number: numberCell && numberCell.text !== "" ? numberCell.text : current && numberCell?.text === "" ? current.number : null,
          name: name.text,
          unit: cellOf(sheet, r, c.unit)?.text ?? "",
          direction,
          baseline: baseline ? parseQuantity(baseline.raw, baseline.numFmt) : null,
          target: target ? parseQuantity(target.raw, target.numFmt) : null,
          cell: name.cell,
          years: [],
        };
        out.push(current);
      }
      if (!current) continue;
      const yearCell = cellOf(sheet, r, c.year);
      const fy = yearCell
        ? ((parseFiscalYearLabel(yearCell.raw) ?? fiscalYearOfDateCell(yearCell.raw, yearCell.numFmt))?.fiscalYear ?? null)
        : null;
      const actualCell = cellOf(sheet, r, c.actual);
      const yt = cellOf(sheet, r, c.yearTarget);
      const achievementCell = cellOf(sheet, r, c.achievement);
      const gradeCell = cellOf(sheet, r, c.grade);
      const actual = actualCell ? parseQuantity(actualCell.raw, actualCell.numFmt) : null;
      let target = yt ? parseQuantity(yt.raw, yt.numFmt) : null;
      if (target === null && current.target !== null) {
        const start = opts.planStart ?? null;
        const years = profile?.plan?.years ?? opts.planYears ?? null;
        if (rule?.proRata && fy !== null && start !== null && years) {
          const base = rule.achievement === "baseline" && current.baseline !== null ? current.baseline : 0;
          target = base + ((current.target - base) * Math.min(years, Math.max(0, fy - start + 1))) / years;
        } else target = current.target;
      }
      const achievement = computeAchievement(actual, target, current.baseline, current.direction, rule?.achievement ?? "target");
      const grade = rule ? gradeFor(rule.grades, achievement, actual, current.baseline, target, current.direction) : null;
      current.years.push({
        fiscalYear: fy,
        cell: (yearCell ?? name ?? actualCell)!.cell,
        row: r,
        target,
        actual,
        actualCell,
        achievement: achievement === null ? null : round6(achievement),
        statedAchievement: achievementCell ? parseQuantity(achievementCell.raw, achievementCell.numFmt) : null,
        achievementCell,
        grade,
        statedGrade: gradeCell && gradeCell.text !== "" ? gradeCell.text : null,
        gradeCell,
      });
    }
  }
  return out;
}

/** A sheet of indicators for many measures: its table has a 施策番号 column. */
export function isIndicatorSheet(sheet: SheetGrid, profile: Profile | null): boolean {
  return findHeaders(sheet, labelIndex(profile), new Set()).some((h) => h.cols.number !== undefined);
}

/** The sheet carries an indicator table's header (a new sheet's table may have no indicator yet). */
export function hasIndicatorTable(sheet: SheetGrid, profile: Profile | null, skipRows: ReadonlySet<number>): boolean {
  return findHeaders(sheet, labelIndex(profile), skipRows).length > 0;
}

/**
 * Cells on an indicator table's header row that name no field (the 様式 panel offers them a role): short
 * texts only, as a header is.
 */
export function unplacedIndicatorHeaders(
  sheet: SheetGrid,
  profile: Profile | null,
  skipRows: ReadonlySet<number>,
): { row: number; col: number; text: string }[] {
  const labels = labelIndex(profile);
  const out: { row: number; col: number; text: string }[] = [];
  for (const h of findHeaders(sheet, labels, skipRows)) {
    const r = sheet.values[h.row - sheet.top] ?? [];
    for (let j = 0; j < r.length; j++) {
      const v = r[j];
      if (typeof v !== "string" || v.trim() === "" || v.length > 24 || labels.has(headerKey(v))) continue;
      out.push({ row: h.row, col: sheet.left + j, text: v.trim() });
    }
  }
  return out;
}
