import { defineRule, type RuleHit } from "./types";
import { formCells } from "./formCells";

/** A tag: `<ul ...>`, `</li>`, `<br/>`; not `a < b` nor Japanese angle quotes. */
export const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?\/?>/;

export const htmlMarkup = defineRule({
  id: "html-markup",
  severity: "warning",
  example: "<ul><li>…</li></ul>",
  check: ({ measures }) => {
    const hits: RuleHit[] = [];
    for (const m of measures)
      for (const f of formCells(m.sheet)) {
        if (typeof f.raw !== "string" || !f.raw.includes("<")) continue;
        const tag = HTML_TAG.exec(f.raw);
        if (tag)
          hits.push({ sheet: m.sheet.sheet, cell: f.cell, params: { tag: tag[0].length > 40 ? tag[0].slice(0, 40) + "…" : tag[0] } });
      }
    return hits;
  },
});
