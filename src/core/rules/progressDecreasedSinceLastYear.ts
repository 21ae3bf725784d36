/**
 * progress-decreased-since-last-year (warning): the measure's latest progress is lower than it was in
 * last year's workbook (a fall within one workbook is progress-regression; this one also catches a
 * figure lowered after the fact). Pinned on the effect cell that gives this year's latest progress.
 */
import { yearName } from "../read/reader";
import type { MeasureAnalysis, YearAnalysis } from "../judge/analysis";
import { formatNumber } from "./effectChecks";
import { matchedMeasures } from "../judge/measureMatch";
import { defineRule, type RuleHit } from "./types";

function latest(m: MeasureAnalysis): YearAnalysis | null {
  let out: YearAnalysis | null = null;
  for (const y of m.years) if (y.effect.progress !== null) out = y;
  return out;
}

export const progressDecreasedSinceLastYear = defineRule({
  id: "progress-decreased-since-last-year",
  severity: "warning",
  example: "前年度のブックで67%、今年度のブックで50%",
  check: ({ measures, previous }) => {
    const hits: RuleHit[] = [];
    for (const [m, last] of matchedMeasures(measures, previous)) {
      const now = latest(m);
      const before = latest(last);
      if (!now || !before || now.effect.progress === null || before.effect.progress === null) continue;
      if (now.effect.progress < before.effect.progress && now.row.effect)
        hits.push({
          sheet: m.sheet.sheet,
          cell: now.row.effect.cell,
          params: {
            label: yearName(now.row),
            progress: formatNumber(now.effect.progress),
            before: formatNumber(before.effect.progress),
            beforeLabel: yearName(before.row),
          },
        });
    }
    return hits;
  },
});
