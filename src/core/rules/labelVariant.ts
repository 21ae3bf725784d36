import { defineRule, type RuleHit } from "./types";
import { fieldLabel } from "../read/labels";

export const labelVariant = defineRule({
  id: "label-variant",
  severity: "info",
  example: "担当課（標準: 担当部署）、H 28年度",
  check: ({ measures }) => {
    const hits: RuleHit[] = [];
    for (const { sheet } of measures) {
      for (const l of sheet.labels)
        if (l.variant) hits.push({ sheet: sheet.sheet, cell: l.cell, params: { text: l.text.trim(), canonical: fieldLabel(l.field) } });
      for (const m of sheet.missingLabels)
        hits.push({ sheet: sheet.sheet, cell: m.cell, variant: "missing", params: { canonical: fieldLabel(m.field) } });
      for (const y of sheet.years)
        if (y.year?.variant && y.year.canonical && !y.year.outOfRange)
          hits.push({
            sheet: sheet.sheet,
            cell: y.label.cell,
            variant: "year",
            params: { text: y.label.text, canonical: y.year.canonical },
          });
    }
    return hits;
  },
});
