/**
 * Indicator arithmetic (product.md §6): numbers as staff write them, achievement (direction-aware, from
 * the baseline where the profile asks) and the grade by the office's rule.
 */
import type { CellValue } from "../model/grid";
import type { GradeRule } from "../model/profile";
import { ratingKey, splitRating } from "./rating";

const UNIT_SCALE: [RegExp, number][] = [
  [/^百万/, 1e6],
  [/^億/, 1e8],
  [/^万/, 1e4],
  [/^千/, 1e3],
];

/**
 * A number as staff write it: 1,234 / 12件 / 3.5万人 / 186百万円 / ▲12 or △12 (minus) / 95.0% / a number
 * cell (a percent-formatted cell counts in percent). null for a dash, an empty cell or text with no number.
 */
export function parseQuantity(raw: CellValue, numFmt: string | null): number | null {
  if (typeof raw === "number") return Number.isFinite(raw) ? (numFmt && numFmt.includes("%") ? round6(raw * 100) : raw) : null;
  if (typeof raw !== "string") return null;
  const s = raw
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/\u2212/g, "-")
    // The span a figure covers, written before it (過去5年間実績 6件, 直近3か年平均 120): no quantity of its own.
    .replace(/^(?:過去|直近)\d+[かヵヶケカ]?(?:年|月)間?/, "");
  const m = /([▲△-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(.*)$/.exec(s);
  if (!m) return null;
  let v = Number(`${m[2].replace(/,/g, "")}${m[3] ? "." + m[3] : ""}`);
  if (!Number.isFinite(v)) return null;
  for (const [re, k] of UNIT_SCALE)
    if (re.test(m[4])) {
      v *= k;
      break;
    }
  return round6(m[1] === "" ? v : -v);
}

export const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** The office's grade for an achievement, or by where the actual stands against the baseline. */
export function gradeFor(
  rule: GradeRule,
  achievement: number | null,
  actual: number | null,
  baseline: number | null,
  target: number | null,
  direction: "higher" | "lower",
): string | null {
  if (rule.kind === "achievement") {
    if (achievement === null) return null;
    for (const g of rule.grades) if (g.min === null || achievement >= g.min - 1e-9) return g.grade;
    return null;
  }
  if (actual === null || baseline === null || target === null) return null;
  const better = (a: number, b: number) => (direction === "higher" ? a > b : a < b);
  if (!better(target, actual)) return rule.grades[0];
  if (Math.abs(actual - baseline) <= (rule.band / 100) * Math.abs(baseline)) return rule.grades[2];
  return better(actual, baseline) ? rule.grades[1] : rule.grades[3];
}

/** A stated grade is the computed one when they read the same, or name the same letter (横ばいC = C, C評価 = C). */
export function sameGrade(stated: string, computed: string): boolean {
  if (ratingKey(stated) === ratingKey(computed)) return true;
  const a = splitRating(stated).code;
  return a !== null && a === splitRating(computed).code;
}

export function computeAchievement(
  actual: number | null,
  target: number | null,
  baseline: number | null,
  direction: "higher" | "lower",
  rule: "target" | "baseline",
): number | null {
  if (actual === null || target === null) return null;
  let r: number;
  if (rule === "baseline") {
    if (baseline === null || target === baseline) return null;
    r = ((actual - baseline) / (target - baseline)) * 100;
  } else if (target < 0 && actual < 0) {
    // Both below zero (▲2,700 target, ▲2,530 actual of a 社会増減): the smaller loss is the better, so
    // the ratio turns over.
    r = (direction === "higher" ? target / actual : actual / target) * 100;
  } else if (direction === "higher") {
    if (target === 0) return null;
    r = (actual / target) * 100;
  } else {
    if (actual === 0) return target === 0 ? 100 : null;
    r = (target / actual) * 100;
  }
  return Number.isFinite(r) ? r : null;
}
