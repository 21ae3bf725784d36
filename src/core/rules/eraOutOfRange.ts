import { defineRule, type RuleHit } from "./types";
import { findOutOfRangeHeisei } from "../text/fiscalYear";
import { formCells } from "./formCells";

export const eraOutOfRange = defineRule({
  id: "era-out-of-range",
  severity: "info",
  example: "H32年度",
  check: ({ measures }) => {
    const hits: RuleHit[] = [];
    for (const m of measures) {
      const labelRows = new Set<string>();
      for (const y of m.sheet.years)
        if (y.year?.outOfRange) {
          labelRows.add(y.label.cell);
          hits.push({
            sheet: m.sheet.sheet,
            cell: y.label.cell,
            params: { text: y.label.text.trim(), year: y.year.fiscalYear, reiwa: y.year.fiscalYear - 2018 },
          });
        }
      for (const f of formCells(m.sheet)) {
        if (labelRows.has(f.cell) || typeof f.raw !== "string") continue;
        const mentions = findOutOfRangeHeisei(f.text);
        if (mentions.length === 0) continue;
        const first = mentions[0];
        hits.push({
          sheet: m.sheet.sheet,
          cell: f.cell,
          params: { text: first.text, year: first.fiscalYear, reiwa: first.fiscalYear - 2018 },
        });
      }
    }
    return hits;
  },
});
