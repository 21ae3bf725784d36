/** Rules on the run of years: a dash after progress, progress going back, a status that contradicts progress. */
import { yearName } from "../read/reader";
import type { Rule, RuleHit } from "./types";
import { effectIsDash } from "../judge/analysis";
import { formatNumber } from "./effectChecks";

export const dashAfterProgress: Rule = {
  id: "dash-after-progress",
  severity: "warning",
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
};

export const progressRegression: Rule = {
  id: "progress-regression",
  severity: "warning",
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
};

export const statusProgressConflict: Rule = {
  id: "status-progress-conflict",
  severity: "warning",
  check: ({ measures }) => {
    const hits: RuleHit[] = [];
    for (const m of measures)
      for (const y of m.years)
        if (y.status === "achieved" && y.effect.progress !== null && y.effect.progress < 100 && y.row.summary)
          hits.push({ sheet: m.sheet.sheet, cell: y.row.summary.cell, params: { label: yearName(y.row), progress: formatNumber(y.effect.progress) } });
    return hits;
  },
};
