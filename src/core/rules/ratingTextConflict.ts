import { yearName } from "../read/reader";
import { NEGATIVE_STATUSES, POSITIVE_STATUSES } from "../judge/rating";
import { STATUS_SYMBOLS } from "../model/statuses";
import { defineRule, type RuleHit } from "./types";

/** The rating and the year's own 進捗総括 point opposite ways (B 概ね順調 beside 「大幅に遅れている」). */
export const ratingTextConflict = defineRule({
  id: "rating-text-conflict",
  severity: "warning",
  example: "B：概ね順調 ／ 大幅に遅れている",
  check: ({ measures }) => {
    const hits: RuleHit[] = [];
    for (const m of measures)
      m.years.forEach((y, i) => {
        const cell = m.ratingCells[i];
        const r = y.ratingStatus;
        const s = y.textStatus;
        if (!cell || r === null || s === null) return;
        const opposite = (POSITIVE_STATUSES.has(r) && NEGATIVE_STATUSES.has(s)) || (NEGATIVE_STATUSES.has(r) && POSITIVE_STATUSES.has(s));
        if (!opposite) return;
        const phrase = classifyPhrase(y.row.summary?.text ?? "");
        hits.push({
          sheet: m.sheet.sheet,
          cell: cell.cell,
          variant: POSITIVE_STATUSES.has(r) ? "lenient" : "harsh",
          params: {
            label: yearName(y.row),
            rating: y.rating!.text.trim(),
            symbol: STATUS_SYMBOLS[r],
            phrase,
          },
        });
      });
    return hits;
  },
});

/** The summary's deciding words, short enough for a message. */
function classifyPhrase(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > 40 ? oneLine.slice(0, 40) + "…" : oneLine;
}
