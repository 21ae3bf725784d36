import { fiscalYearLabel } from "../text/fiscalYear";
import { sameGrade } from "../judge/kpi";
import type { Cell } from "../read/indicators";
import { matchesAtWrittenPrecision } from "../text/precision";
import { defineRule, type RuleHit } from "./types";

/** The stated achievement as written, in percent: a percent-formatted number cell is written at its format's decimals. */
export function statedPercentText(c: Cell): string {
  if (typeof c.raw === "number" && c.numFmt && c.numFmt.includes("%")) {
    const decimals = /\.(0+)/.exec(c.numFmt)?.[1].length ?? 0;
    return (c.raw * 100).toFixed(decimals);
  }
  return c.text;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** A stated 達成率 or grade that disagrees with 実績 and 目標 (rounding as in product.md §2). */
export const kpiArithmetic = defineRule({
  id: "kpi-arithmetic",
  severity: "error",
  example: "達成率 85%（実績 30,000 ÷ 目標 40,000）",
  check: ({ measures, rounding }) => {
    const hits: RuleHit[] = [];
    for (const m of measures)
      for (const ind of m.indicators)
        for (const y of ind.years) {
          const year = y.fiscalYear === null ? "" : fiscalYearLabel(y.fiscalYear);
          if (
            y.achievementCell &&
            y.statedAchievement !== null &&
            y.achievement !== null &&
            !matchesAtWrittenPrecision(statedPercentText(y.achievementCell), y.achievement, rounding ?? "any")
          )
            hits.push({
              sheet: ind.sheet,
              cell: y.achievementCell.cell,
              variant: "achievement",
              params: {
                name: ind.name,
                year,
                stated: y.achievementCell.text,
                computed: round1(y.achievement),
                actual: y.actual ?? "",
                target: y.target ?? "",
              },
            });
          if (y.gradeCell && y.statedGrade !== null && y.grade !== null && !sameGrade(y.statedGrade, y.grade))
            hits.push({
              sheet: ind.sheet,
              cell: y.gradeCell.cell,
              variant: "grade",
              params: {
                name: ind.name,
                year,
                stated: y.statedGrade,
                grade: y.grade,
                achievement: y.achievement === null ? "-" : round1(y.achievement),
              },
            });
        }
    return hits;
  },
});
