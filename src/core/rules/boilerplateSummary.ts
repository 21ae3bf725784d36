import { yearName } from "../read/reader";
import { defineRule, type RuleHit } from "./types";
import type { Field } from "../read/reader";

const MIN_SHEETS = 3;

/** Same text modulo width and white space: boilerplate copied between sheets rarely differs more. */
function key(text: string): string {
  const n = text.normalize("NFKC");
  return SPACE.test(n) ? n.replace(SPACES, "") : n;
}
const SPACE = /\s/;
const SPACES = /\s+/g;

export const boilerplateSummary = defineRule({
  id: "boilerplate-summary",
  severity: "warning",
  example: "14シートすべてに同じ H28年度の文章",
  check: ({ measures }) => {
    // One map pass: year → text → cells; never pairwise comparison.
    const groups = new Map<string, { sheet: string; field: Field; label: string }[]>();
    for (const m of measures)
      for (const y of m.years) {
        const s = y.row.summary;
        if (!s || s.text.trim().length < 10 || !y.row.year) continue;
        const k = `${y.row.year.fiscalYear}\u0000${key(s.text)}`;
        let g = groups.get(k);
        if (!g) groups.set(k, (g = []));
        g.push({ sheet: m.sheet.sheet, field: s, label: yearName(y.row) });
      }
    const hits: RuleHit[] = [];
    for (const g of groups.values()) {
      const sheets = new Set(g.map((x) => x.sheet));
      if (sheets.size < MIN_SHEETS) continue;
      for (const x of g) hits.push({ sheet: x.sheet, cell: x.field.cell, params: { label: x.label, count: sheets.size } });
    }
    return hits;
  },
});
