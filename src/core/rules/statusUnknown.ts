import { yearName } from "../read/reader";
import { defineRule, type RuleHit } from "./types";

export const statusUnknown = defineRule({
  id: "status-unknown",
  severity: "warning",
  example: "研修を実施した。",
  check: ({ measures }) => {
    const hits: RuleHit[] = [];
    for (const m of measures)
      for (const y of m.years)
        if (y.status === "unknown" && y.row.summary) hits.push({ sheet: m.sheet.sheet, cell: y.row.summary.cell, params: { label: yearName(y.row) } });
    return hits;
  },
});
