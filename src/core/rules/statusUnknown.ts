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
        // Unknown for its text (not for a rating that tells nothing, which rating-unknown reports).
        if (y.status === "unknown" && y.textStatus === "unknown" && y.row.summary) {
          // The reason says what the text lacks, so a person knows what to write.
          hits.push({
            sheet: m.sheet.sheet,
            cell: y.row.summary.cell,
            // No verdict phrase at all is the plain message; the other reasons have their own.
            variant: y.unknownReason === "no-verdict" ? undefined : (y.unknownReason ?? undefined),
            params: { label: yearName(y.row), positive: y.conflict?.positive ?? "", negative: y.conflict?.negative ?? "" },
          });
        }
    return hits;
  },
});
