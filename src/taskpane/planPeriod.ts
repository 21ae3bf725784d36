/**
 * The plan period as people write it and as the workbook shows it: a first year typed as 2021, R3,
 * 令和3年度 or H28; and the period read off the measure sheets of a report.
 */
import { parseFiscalYearLabel } from "../core/text/fiscalYear";
import type { Report } from "../core/model/schemas";

/**
 * A typed first year → its Western year; the text itself when it cannot be read (the schema then says
 * why), undefined when empty. Bare era forms (R3, 令和3) are read as their 年度.
 */
export function yearField(text: string): number | string | undefined {
  const s = text.trim().normalize("NFKC");
  if (s === "") return undefined;
  if (/^\d+$/.test(s)) return Number(s);
  const withSuffix = /年度$/.test(s) || /^FY/i.test(s) ? s : `${s}年度`;
  return parseFiscalYearLabel(withSuffix)?.fiscalYear ?? text;
}

/** First fiscal year and number of years across the report's measure sheets; null when none has years. */
export function periodOf(report: Report | null): { startYear: number; years: number } | null {
  if (!report) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const m of report.measures)
    for (const y of m.years) {
      if (y.fiscalYear === null) continue;
      min = Math.min(min, y.fiscalYear);
      max = Math.max(max, y.fiscalYear);
    }
  return Number.isFinite(min) ? { startYear: min, years: max - min + 1 } : null;
}

/** Measure numbers compared as people mean them: width and surrounding spaces do not count. */
export function sameNumber(a: string, b: string): boolean {
  return a.normalize("NFKC").replace(/\s+/g, "") === b.normalize("NFKC").replace(/\s+/g, "");
}
