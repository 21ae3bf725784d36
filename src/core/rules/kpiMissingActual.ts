import { fiscalYearLabel } from "../text/fiscalYear";
import { defineRule, type RuleHit } from "./types";

/**
 * A past year with a target but no 実績値. "Past" is told from the workbook itself (the engine has no
 * clock): a year before the latest year that has an actual for the measure, or a reported year of it.
 */
export const kpiMissingActual = defineRule({
  id: "kpi-missing-actual",
  severity: "warning",
  example: "R3年度 目標値 1,000、実績値 空欄",
  check: ({ measures }) => {
    const hits: RuleHit[] = [];
    for (const m of measures) {
      if (m.indicators.length === 0) continue;
      let latest = -Infinity;
      for (const y of m.years) if (y.reported && y.row.year) latest = Math.max(latest, y.row.year.fiscalYear);
      for (const ind of m.indicators)
        for (const y of ind.years) if (y.actual !== null && y.fiscalYear !== null) latest = Math.max(latest, y.fiscalYear);
      for (const ind of m.indicators)
        for (const y of ind.years)
          if (y.fiscalYear !== null && y.fiscalYear < latest && y.target !== null && y.actual === null)
            hits.push({
              sheet: ind.sheet,
              cell: y.actualCell?.cell ?? y.cell,
              params: { name: ind.name, year: fiscalYearLabel(y.fiscalYear) },
            });
    }
    return hits;
  },
});
