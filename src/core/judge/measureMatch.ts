/**
 * Which measure of last year's workbook is which of this year's: by 施策番号 (modulo width, spaces and
 * dash variants, as duplicate-number compares them), and by 施策名 when the number changed.
 */
import type { MeasureAnalysis } from "./analysis";
import { numberKey } from "../rules/duplicateNumber";
import { foldForComparison } from "../text/similarity";

export type MatchedBy = "number" | "name";

export interface MeasureMatch {
  last: MeasureAnalysis;
  by: MatchedBy;
}

/** What the comparison rules see: this year's measures, each with last year's where there is one. */
export interface PreviousContext {
  measures: MeasureAnalysis[];
  matches: Map<MeasureAnalysis, MeasureMatch>;
}

const numberOf = (m: MeasureAnalysis) => numberKey(m.sheet.number?.text ?? "");
const nameOf = (m: MeasureAnalysis) => foldForComparison(m.sheet.name?.text ?? "");

/** Each of last year's measures matches at most one of this year's (the first that names it). */
export function matchMeasures(current: MeasureAnalysis[], last: MeasureAnalysis[]): Map<MeasureAnalysis, MeasureMatch> {
  const matches = new Map<MeasureAnalysis, MeasureMatch>();
  const used = new Set<MeasureAnalysis>();
  const byNumber = new Map<string, MeasureAnalysis>();
  for (const m of last) {
    const k = numberOf(m);
    if (k !== "" && !byNumber.has(k)) byNumber.set(k, m);
  }
  for (const m of current) {
    const p = byNumber.get(numberOf(m));
    if (p && !used.has(p)) {
      matches.set(m, { last: p, by: "number" });
      used.add(p);
    }
  }
  // Then by name, among the measures left on both sides.
  const byName = new Map<string, MeasureAnalysis>();
  for (const m of last) {
    const k = nameOf(m);
    if (!used.has(m) && k !== "" && !byName.has(k)) byName.set(k, m);
  }
  for (const m of current) {
    if (matches.has(m)) continue;
    const p = byName.get(nameOf(m));
    if (p && !used.has(p)) {
      matches.set(m, { last: p, by: "name" });
      used.add(p);
    }
  }
  return matches;
}

export function previousContext(current: MeasureAnalysis[], last: MeasureAnalysis[]): PreviousContext {
  return { measures: last, matches: matchMeasures(current, last) };
}

/** This year's measures that have a counterpart in last year's workbook, each with it: what every comparison rule walks. */
export function* matchedMeasures(
  measures: MeasureAnalysis[],
  previous: PreviousContext | undefined,
): Generator<[MeasureAnalysis, MeasureAnalysis]> {
  if (!previous) return;
  for (const m of measures) {
    const match = previous.matches.get(m);
    if (match) yield [m, match.last];
  }
}
