/**
 * Cases for the rules that compare with last year's workbook: a clean pair (a plan of two measures, last
 * year H28–H30 reported, this year H28–R1), changed by each case, as the rule tester's workbook and previous.
 */
import { measureCells, type MeasureSheetInput } from "../../../src/core/produce/layout";
import { fixtureFromMeasures } from "../../fixtures/fixture";
import { cloneMeasures, makePlan } from "../../fixtures/plan";

export const CELLS = measureCells(5);

/** Sheet names of the pair's two measures. */
export const SHEET = ["①-01", "①-02"] as const;

/** This year's and last year's workbooks after `change` (measures 0 and 1; years 0–4 = H28–R2). */
export function pair(change: (current: MeasureSheetInput[], last: MeasureSheetInput[]) => void = () => {}) {
  const plan = makePlan({ seed: 11, measures: 2, reportedYears: 4, years: 5, effectKinds: ["percent"] });
  const current = cloneMeasures(plan.measures);
  const last = cloneMeasures(plan.measures);
  for (const m of last) m.years[3] = { ...m.years[3], plan: "", build: "", operation: "", summary: "", workRaw: "", effect: "" };
  change(current, last);
  return { workbook: () => fixtureFromMeasures("current", current), previous: () => fixtureFromMeasures("last", last) };
}
