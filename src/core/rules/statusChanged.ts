/**
 * status-changed (info): a year last year's workbook already reported whose status, 進捗総括, 作業内容 or
 * effect reads differently now: history rewritten after the fact. Reported once per year, on the first
 * cell that differs (the status is told from the 進捗総括, so a changed status is pinned there).
 */
import { yearName, type YearRow } from "../read/reader";
import { foldForComparison } from "../text/similarity";
import { STATUS_SYMBOLS } from "../model/statuses";
import type { Status } from "../model/schemas";
import { matchedMeasures } from "../judge/measureMatch";
import { defineRule, type RuleHit } from "./types";

const FIELDS = ["summary", "work", "effect"] as const;
/** A status by its symbol (◎ ○ ● △ × － ？, the same in every language); a year without one by 「—」. */
const symbol = (s: Status | null) => (s === null ? "—" : STATUS_SYMBOLS[s]);
/** Last year's text in the message, on one line and cut at 60 characters (a cell may hold pages). */
function excerpt(text: string): string {
  const one = text.replace(/\s+/g, " ").trim();
  const chars = Array.from(one);
  return chars.length > 60 ? `${chars.slice(0, 60).join("")}…` : one;
}
const text = (row: YearRow, field: (typeof FIELDS)[number]) => foldForComparison(row[field]?.text ?? "");

export const statusChanged = defineRule({
  id: "status-changed",
  severity: "info",
  example: "前年度のブックでは「遅延が生じている」、今年度のブックでは同じ年度が「計画通り進捗」",
  check: ({ measures, previous }) => {
    const hits: RuleHit[] = [];
    for (const [m, last] of matchedMeasures(measures, previous)) {
      const now = new Map<number, (typeof m.years)[number]>();
      for (const y of m.years) if (y.row.year && !now.has(y.row.year.fiscalYear)) now.set(y.row.year.fiscalYear, y);
      for (const before of last.years) {
        if (!before.reported || !before.row.year) continue;
        const after = now.get(before.row.year.fiscalYear);
        if (!after) continue;
        const label = yearName(after.row);
        if (before.status !== after.status) {
          hits.push({
            sheet: m.sheet.sheet,
            cell: after.row.summary?.cell ?? after.row.label.cell,
            variant: "status",
            params: { label, before: symbol(before.status), after: symbol(after.status) },
          });
          continue;
        }
        const field = FIELDS.find((f) => text(before.row, f) !== text(after.row, f));
        if (field)
          hits.push({
            sheet: m.sheet.sheet,
            cell: after.row[field]?.cell ?? after.row.label.cell,
            variant: field,
            params: { label, before: excerpt(before.row[field]?.text ?? "") },
          });
      }
    }
    return hits;
  },
});
