/**
 * An indicator read in pieces on one sheet, joined (product.md §6): named again in a table of other figures of its
 * years (宇陀市: its actuals under the years, then its 達成率 and 達成状況評価), or listed with its name, baseline and
 * final target in a list without a figure of a year (宇陀市: KPI | 指標名 | 基準値(平成26年度) | 目標値(平成31年度), a
 * row per KPI) above the tables that hold its years under its label alone (重要業績評価指標 KPI(1) | 0.93 | …).
 */
import { cellAt, cellText, extent, forEachRow } from "../model/grid";
import type { SheetGrid } from "../model/grid";
import { headerYear } from "../text/fiscalYear";
import type { Profile } from "../model/profile";
import { againstTarget, cellOf, directionOf, headerField, headerKey, isFigure, quantityOf } from "./indicatorParts";
import type { IndicatorField, IndicatorRead } from "./indicatorParts";

interface ListedIndicator {
  /** Every text of the row that may name the indicator elsewhere on the sheet (its label, its name), in key form. */
  keys: Set<string>;
  name: string;
  baseline: number | null;
  target: number | null;
  /** The row's words, for the direction (削減, 減少, 社会減 …). */
  words: string;
}

/** The fields a table of the years' figures has; a list has none of them. */
const YEARLY: readonly IndicatorField[] = ["actual", "yearTarget", "achievement", "grade", "year"];

const key = (text: string) => text.normalize("NFKC").replace(/\s+/g, "");

/** The rows of every list of indicators on the sheet that holds no figure of a year. */
export function readIndicatorList(sheet: SheetGrid, labels: Map<string, IndicatorField>, skipRows: ReadonlySet<number>): ListedIndicator[] {
  const out: ListedIndicator[] = [];
  const { rows: nRows } = extent(sheet);
  forEachRow(sheet, (r, i) => {
    const row = sheet.top + i;
    if (skipRows.has(row)) return;
    const cols = new Map<IndicatorField, number[]>();
    for (let j = 0; j < r.length; j++) {
      const v = r[j];
      if (typeof v !== "string" || v.length === 0 || v.length > 24) continue;
      const f = headerField(labels, v);
      if (f !== undefined) cols.set(f, [...(cols.get(f) ?? []), sheet.left + j]);
      else if (headerYear(v) !== null) return; // a row of years heads a table of them
    }
    const names = cols.get("name");
    if (!names || !(cols.has("target") || cols.has("baseline")) || YEARLY.some((f) => cols.has(f))) return;
    // Of two name columns (KPI | 指標名), the one its header calls a name (…名) holds the name; the other its label.
    const nameCol = names.find((c) => /名/.test(headerKey(cellText(cellAt(sheet, row, c))))) ?? names[0];
    const baselineCol = cols.get("baseline")?.[0];
    const targetCol = cols.get("target")?.[0];
    for (let rr = row + 1; rr < nRows; rr++) {
      const name = cellOf(sheet, rr, nameCol)!;
      const baselineCell = cellOf(sheet, rr, baselineCol);
      const targetCell = cellOf(sheet, rr, targetCol);
      if (name.text === "" || !(isFigure(baselineCell) || isFigure(targetCell))) break;
      const texts = (sheet.values[rr - sheet.top] ?? [])
        .filter((v): v is string => typeof v === "string" && v.trim() !== "" && v.length <= 40)
        .filter((v) => !isFigure({ ...name, raw: v, text: v.trim() }));
      out.push({
        keys: new Set(texts.map(key)),
        name: name.text.split(/\r?\n/)[0].trim(),
        baseline: quantityOf(baselineCell),
        target: quantityOf(targetCell),
        words: texts.join(" "),
      });
    }
  });
  return out;
}

/**
 * Each indicator a list names (by its label or its name) and that has no target of its own: the list's name,
 * baseline and target, its direction read again with them, and its years measured against the target.
 */
export function joinListed(
  indicators: IndicatorRead[],
  listed: readonly ListedIndicator[],
  profile: Profile | null,
  plan: { start: number | null; years: number | null },
): void {
  if (listed.length === 0) return;
  for (const ind of indicators) {
    if (ind.target !== null) continue;
    const row = listed.find((l) => l.keys.has(key(ind.name)));
    if (!row || row.target === null) continue;
    ind.name = row.name;
    ind.baseline ??= row.baseline;
    ind.target = row.target;
    ind.direction = directionOf(false, row.words, ind.baseline, ind.target, profile, ind.name);
    for (const y of ind.years) {
      if (y.target !== null) continue;
      Object.assign(y, againstTarget(ind, profile, y.fiscalYear, y.actual, null, plan));
    }
  }
}

/** The fields of a year one table leaves empty and another states (its actual in one, its 達成率 and grade in the next). */
const YEAR_PARTS = ["actual", "statedAchievement", "statedGrade"] as const;

/**
 * An indicator named again on its sheet, in a table of other figures (宇陀市: its actuals under the years, then its 達成率 and
 * 達成状況評価 under the years again), is one indicator: its years' figures are joined. Only where the two never state the
 * same figure of a year: two tables stating one year's actual twice are two indicators that share a name.
 */
export function joinNamedAgain(list: IndicatorRead[]): IndicatorRead[] {
  const out: IndicatorRead[] = [];
  const byKey = new Map<string, IndicatorRead>();
  for (const ind of list) {
    const k = `${ind.number ?? ""}\u0000${key(ind.name)}`;
    const first = byKey.get(k);
    if (first && complementary(first, ind)) {
      join(first, ind);
      continue;
    }
    if (!first) byKey.set(k, ind);
    out.push(ind);
  }
  return out;
}

function complementary(a: IndicatorRead, b: IndicatorRead): boolean {
  return b.years.every((y) => {
    const same = a.years.find((x) => x.fiscalYear === y.fiscalYear);
    return !same || YEAR_PARTS.every((f) => same[f] === null || y[f] === null);
  });
}

function join(into: IndicatorRead, from: IndicatorRead): void {
  into.unit ||= from.unit;
  into.baseline ??= from.baseline;
  into.target ??= from.target;
  let added = false;
  for (const y of from.years) {
    const same = into.years.find((x) => x.fiscalYear === y.fiscalYear);
    if (!same) {
      into.years.push(y);
      added = true;
      continue;
    }
    // Each figure moves with the cell it was read from.
    if (same.actual === null && y.actual !== null) [same.actual, same.actualCell] = [y.actual, y.actualCell];
    if (same.statedAchievement === null && y.statedAchievement !== null)
      [same.statedAchievement, same.achievementCell] = [y.statedAchievement, y.achievementCell];
    if (same.statedGrade === null && y.statedGrade !== null) [same.statedGrade, same.gradeCell] = [y.statedGrade, y.gradeCell];
    same.target ??= y.target;
    same.achievement ??= y.achievement;
    same.grade ??= y.grade;
  }
  if (added) into.years.sort((a, b) => (a.fiscalYear ?? 0) - (b.fiscalYear ?? 0));
}
