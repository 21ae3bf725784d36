import { yearName } from "../read/reader";
import { statusRank } from "../judge/rating";
import type { GradeRule } from "../model/profile";
import { defineRule, type RuleHit } from "./types";

/** A grade's place on a 0 (best) … 3 (worst) line, whatever the number of grades in the office's rule. */
export function gradeRank(rule: GradeRule, grade: string): number | null {
  const list = rule.kind === "achievement" ? rule.grades.map((g) => g.grade) : [...rule.grades];
  const i = list.indexOf(grade);
  if (i < 0) return null;
  return list.length === 1 ? 0 : Math.round((i * 3) / (list.length - 1));
}

/**
 * A rating two or more steps better than the grade its indicators earn by the office's rule (評価の甘さ:
 * an A on an indicator at 40% of target), or two or more steps worse. One step apart is judgment, not error.
 */
export const ratingKpiConflict = defineRule({
  id: "rating-kpi-conflict",
  severity: "warning",
  example: "A（達成率 40%）",
  check: ({ measures, forms }) => {
    const hits: RuleHit[] = [];
    if (!forms) return hits;
    const rule = forms.profile.indicator.grades;
    for (const m of measures) {
      if (m.indicators.length === 0) continue;
      m.years.forEach((y, i) => {
        const cell = m.ratingCells[i];
        const r = statusRank(y.ratingStatus);
        const fy = y.row.year?.fiscalYear;
        if (!cell || r === null || fy === undefined) return;
        const earned: { name: string; grade: string; achievement: number | null; rank: number }[] = [];
        for (const ind of m.indicators)
          for (const iy of ind.years) {
            if (iy.fiscalYear !== fy || iy.grade === null) continue;
            const rank = gradeRank(rule, iy.grade);
            if (rank !== null) earned.push({ name: ind.name, grade: iy.grade, achievement: iy.achievement, rank });
          }
        if (earned.length === 0) return;
        const k = Math.round(earned.reduce((a, e) => a + e.rank, 0) / earned.length);
        if (Math.abs(r - k) < 2) return;
        const detail = earned
          .map((e) => `${e.name}: ${e.grade}${e.achievement === null ? "" : ` (${Math.round(e.achievement * 10) / 10}%)`}`)
          .join(", ");
        hits.push({
          sheet: m.sheet.sheet,
          cell: cell.cell,
          variant: r < k ? "lenient" : "harsh",
          params: { label: yearName(y.row), rating: y.rating!.text.trim(), detail },
        });
      });
    }
    return hits;
  },
});
