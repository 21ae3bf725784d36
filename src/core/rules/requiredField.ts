import { defineRule, type RuleHit } from "./types";
import type { Field, MissingLabel } from "../read/reader";
import { fieldLabel } from "../read/labels";

const REQUIRED = ["number", "name", "department", "activityTarget"] as const;

export const requiredField = defineRule({
  id: "required-field",
  severity: "error",
  example: "担当部署の欄が空欄",
  check: ({ measures }) => {
    const hits: RuleHit[] = [];
    for (const { sheet } of measures) {
      for (const f of REQUIRED) {
        const value: Field | null = sheet[f];
        if (value && value.text.trim() !== "") continue;
        // A sheet read without the form never had its fields: only a labelled field left empty is missing.
        if (sheet.withoutForm && value === null) continue;
        // There, a slot under another office's word (施策 of a 基本目標's KPI, left empty by design) is not the form's field.
        if (sheet.withoutForm && sheet.labels.some((l) => l.field === f && l.variant)) continue;
        const missing: MissingLabel | undefined = sheet.missingLabels.find((m) => m.field === f);
        const cell = value?.cell ?? missing?.cell ?? "A1";
        hits.push({ sheet: sheet.sheet, cell, params: { field: fieldLabel(f) } });
      }
    }
    return hits;
  },
});
