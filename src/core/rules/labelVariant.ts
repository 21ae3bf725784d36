import { defineRule, type RuleHit } from "./types";
import { fieldLabel } from "../read/labels";
import { yearLabelText } from "../read/reader";
import { SEED_PROFILE } from "../model/profile";

export const labelVariant = defineRule({
  id: "label-variant",
  severity: "info",
  example: "担当課（標準: 担当部署）、H 28年度",
  check: ({ measures, forms }) => {
    const hits: RuleHit[] = [];
    // The standard labels are the seed's form's: another office's form (a rating or indicator profile) has
    // its own headers (年度, 進捗状況, 担当課 …), which are its standard, not variants of ours.
    const seedForm = (forms?.profile.id ?? SEED_PROFILE.id) === SEED_PROFILE.id;
    for (const { sheet } of measures) {
      if (seedForm) {
        for (const l of sheet.labels)
          if (l.variant) hits.push({ sheet: sheet.sheet, cell: l.cell, params: { text: l.text.trim(), canonical: fieldLabel(l.field) } });
        for (const m of sheet.missingLabels)
          hits.push({ sheet: sheet.sheet, cell: m.cell, variant: "missing", params: { canonical: fieldLabel(m.field) } });
      }
      for (const y of sheet.years)
        if (y.year?.variant && y.year.canonical && !y.year.outOfRange)
          hits.push({
            sheet: sheet.sheet,
            cell: y.label.cell,
            variant: "year",
            params: { text: yearLabelText(y), canonical: y.year.canonical },
          });
    }
    return hits;
  },
});
