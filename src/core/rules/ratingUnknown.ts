import { yearName } from "../read/reader";
import { defineRule, type RuleHit } from "./types";

/** A rating that is no value of the office's scale: a letter the legend does not explain, a typo, a note. */
export const ratingUnknown = defineRule({
  id: "rating-unknown",
  severity: "warning",
  example: "E",
  check: ({ measures }) => {
    const hits: RuleHit[] = [];
    for (const m of measures)
      m.years.forEach((y, i) => {
        const cell = m.ratingCells[i];
        if (y.rating && y.rating.status === null && cell)
          hits.push({ sheet: m.sheet.sheet, cell: cell.cell, params: { label: yearName(y.row), rating: y.rating.text.trim() } });
      });
    return hits;
  },
});
