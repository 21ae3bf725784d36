import { yearName } from "../read/reader";
import { defineRule, type RuleHit } from "./types";

export const missingSummary = defineRule({
  id: "missing-summary",
  severity: "error",
  example: "H29年度が空欄で H30年度に記載あり",
  check: ({ measures }) => {
    const hits: RuleHit[] = [];
    for (const m of measures) {
      let latest = -1;
      m.years.forEach((y, i) => {
        if (y.reported) latest = i;
      });
      for (let i = 0; i <= latest; i++) {
        const y = m.years[i];
        if ((y.row.summary?.text ?? "").trim() !== "") continue;
        // A sheet without the form has no 進捗総括 to fill: only a verdict there is nothing missing.
        if (m.sheet.withoutForm && y.row.summary === null) continue;
        const cell = y.row.summary?.cell ?? y.row.label.cell;
        hits.push({
          sheet: m.sheet.sheet,
          cell,
          params: { label: yearName(y.row) },
          // The latest reported year itself: its work or effect is written, its summary not.
          ...(m.notEvaluated ? { severity: "info" as const, variant: "merged" } : i === latest ? { variant: "latest" } : {}),
        });
      }
    }
    return hits;
  },
});
