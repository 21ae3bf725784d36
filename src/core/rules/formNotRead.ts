import { defineRule, type RuleHit } from "./types";
import { toA1 } from "../model/address";
import { looksLikeTitle, matchLabel } from "../read/labels";

/**
 * A sheet that carries the form's title or its 施策番号 / 進捗総括 labels but could not be read as a
 * measure sheet (a form merged over, rows of the year table cut): said, rather than passed over in silence.
 */
export const formNotRead = defineRule({
  id: "form-not-read",
  severity: "warning",
  example: "「施策番号」はあるが「進捗総括」の見出しがない",
  check: ({ workbook, readSheets, measures }) => {
    const read = new Set(measures.map((m) => m.sheet.sheet));
    // A workbook read without the form (sheets of indicators or one year's evaluation): 進捗状況 there is a
    // table's word, not the form's label.
    const withoutForm = measures.some((m) => m.sheet.withoutForm);
    const candidates = new Set(readSheets.filter((n) => !read.has(n)));
    const hits: RuleHit[] = [];
    for (const sheet of workbook.sheets) {
      if (!candidates.has(sheet.name)) continue;
      search: for (let i = 0; i < sheet.values.length; i++) {
        const row = sheet.values[i];
        for (let j = 0; j < row.length; j++) {
          const v = row[j];
          if (typeof v !== "string" || v.length === 0) continue;
          const f = v.length <= 24 ? matchLabel(v) : null;
          if (f === "number" || (f === "progress" && !withoutForm) || (v.length <= 80 && looksLikeTitle(v))) {
            hits.push({
              sheet: sheet.name,
              cell: toA1(sheet.top + i, sheet.left + j),
              params: { text: v.length > 40 ? v.slice(0, 40) + "…" : v },
            });
            break search;
          }
        }
      }
    }
    return hits;
  },
});
