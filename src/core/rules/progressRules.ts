/** Rules on the run of years: a dash after progress, progress going back, a status that contradicts progress. */
import { yearName } from "../read/reader";
import { defineRule, type RuleHit } from "./types";
import { effectIsDash } from "../judge/analysis";
import { formatNumber } from "./effectChecks";

export const dashAfterProgress = defineRule({
  id: "dash-after-progress",
  severity: "warning",
  example: "H29年度 33%、H30年度 -",
  check: ({ measures }) => {
    const hits: RuleHit[] = [];
    for (const m of measures) {
      let progressed: string | null = null;
      for (const y of m.years) {
        if (progressed !== null && effectIsDash(y) && y.row.effect)
          hits.push({ sheet: m.sheet.sheet, cell: y.row.effect.cell, params: { label: yearName(y.row), earlier: progressed } });
        if (y.effect.progress !== null && y.effect.progress > 0 && progressed === null) progressed = yearName(y.row);
      }
    }
    return hits;
  },
});

export const progressRegression = defineRule({
  id: "progress-regression",
  severity: "warning",
  example: "H30年度 43%、R1年度 14%",
  check: ({ measures }) => {
    const hits: RuleHit[] = [];
    for (const m of measures) {
      let prev: { value: number; label: string } | null = null;
      for (const y of m.years) {
        const p = y.effect.progress;
        if (p === null) continue;
        if (prev && p < prev.value && y.row.effect)
          hits.push({
            sheet: m.sheet.sheet,
            cell: y.row.effect.cell,
            params: { label: yearName(y.row), progress: formatNumber(p), prev: formatNumber(prev.value), prevLabel: prev.label },
          });
        prev = { value: p, label: yearName(y.row) };
      }
    }
    return hits;
  },
});

export const statusProgressConflict = defineRule({
  id: "status-progress-conflict",
  severity: "warning",
  example: "活動目標を達成できた／43% (3/7施設)",
  check: ({ measures }) => {
    const hits: RuleHit[] = [];
    for (const m of measures)
      for (const y of m.years)
        if (y.status === "achieved" && y.effect.progress !== null && y.effect.progress < 100 && y.row.summary)
          hits.push({
            sheet: m.sheet.sheet,
            cell: y.row.summary.cell,
            params: { label: yearName(y.row), progress: formatNumber(y.effect.progress) },
          });
    return hits;
  },
});
