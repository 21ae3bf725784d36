import { yearName } from "../read/reader";
import { defineRule, type RuleHit } from "./types";

export const unrecognizedEffect = defineRule({
  id: "unrecognized-effect",
  severity: "info",
  example: "おおむね順調",
  check: ({ measures }) => {
    const hits: RuleHit[] = [];
    for (const m of measures)
      for (const y of m.years)
        if (y.effect.kind === "unrecognized" && y.row.effect)
          hits.push({
            sheet: m.sheet.sheet,
            cell: y.row.effect.cell,
            params: { label: yearName(y.row), text: y.row.effect.text.slice(0, 60) },
          });
    return hits;
  },
});
