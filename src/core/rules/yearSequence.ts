import { defineRule, type RuleHit } from "./types";

export const yearSequence = defineRule({
  id: "year-sequence",
  severity: "error",
  example: "H28年度 の次が H30年度",
  check: ({ measures }) => {
    const hits: RuleHit[] = [];
    for (const { sheet } of measures) {
      let prev: number | null = null;
      const seen = new Set<number>();
      for (const y of sheet.years) {
        const at = { sheet: sheet.sheet, cell: y.label.cell };
        if (!y.year) {
          hits.push({ ...at, variant: y.label.text.trim() === "" ? "empty" : "unreadable", params: { label: y.label.text } });
          continue;
        }
        const fy = y.year.fiscalYear;
        if (seen.has(fy)) hits.push({ ...at, variant: "duplicate", params: { label: y.label.text, year: fy } });
        else if (prev !== null && fy < prev) hits.push({ ...at, variant: "order", params: { label: y.label.text, year: fy, prev } });
        else if (prev !== null && fy > prev + 1)
          hits.push({ ...at, variant: "gap", params: { label: y.label.text, year: fy, expected: prev + 1 } });
        seen.add(fy);
        if (prev === null || fy > prev) prev = fy;
      }
    }
    return hits;
  },
});
