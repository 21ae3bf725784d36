/**
 * copied-from-last-year (warning): a 進捗総括 or 作業内容 of a year that is new since last year's workbook,
 * identical or nearly identical (textSimilarity.ts: Dice of character 3-grams ≥ 0.9) to the same field of
 * an earlier year of the same measure, in either workbook. Runs only when a workbook is compared with
 * last year's. Texts of 15 characters or fewer once folded (a bare verdict) are not compared.
 */
import { yearName } from "../read/reader";
import type { YearAnalysis } from "../judge/analysis";
import { COPY_MIN_LENGTH, COPY_SIMILARITY, foldForComparison, foldedSimilarity } from "../text/similarity";
import { matchedMeasures } from "../judge/measureMatch";
import { defineRule, type RuleHit } from "./types";

const FIELDS = ["summary", "work"] as const;

function reportedYears(years: YearAnalysis[]): Set<number> {
  const out = new Set<number>();
  for (const y of years) if (y.reported && y.row.year) out.add(y.row.year.fiscalYear);
  return out;
}

export const copiedFromLastYear = defineRule({
  id: "copied-from-last-year",
  severity: "warning",
  example: "「計画通り進捗している。…」がR1年度とH30年度で同じ文章",
  check: ({ measures, previous }) => {
    const hits: RuleHit[] = [];
    for (const [m, last] of matchedMeasures(measures, previous)) {
      const known = reportedYears(last.years);
      for (const y of m.years) {
        const fy = y.row.year?.fiscalYear;
        if (fy === undefined || known.has(fy) || !y.reported) continue;
        for (const field of FIELDS) {
          const cell = y.row[field];
          if (!cell) continue;
          const text = foldForComparison(cell.text);
          if (Array.from(text).length < COPY_MIN_LENGTH) continue;
          // The earlier years of this measure, this year's workbook first (its text is what a person sees now).
          let best: { score: number; label: string } | null = null;
          for (const earlier of [...m.years, ...last.years]) {
            const efy = earlier.row.year?.fiscalYear;
            const other = earlier.row[field];
            if (efy === undefined || efy >= fy || !other) continue;
            const score = foldedSimilarity(text, foldForComparison(other.text));
            if (score >= COPY_SIMILARITY && (!best || score > best.score)) best = { score, label: yearName(earlier.row) };
          }
          if (best)
            hits.push({
              sheet: m.sheet.sheet,
              cell: cell.cell,
              variant: best.score === 1 ? "identical" : undefined,
              params: {
                label: yearName(y.row),
                field: field === "summary" ? "進捗総括" : "作業内容",
                earlier: best.label,
                similarity: Math.floor(best.score * 100),
              },
            });
        }
      }
    }
    return hits;
  },
});
