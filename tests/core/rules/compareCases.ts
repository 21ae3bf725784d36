/**
 * Table cases for the rules that compare with last year's workbook: a clean pair of workbooks (a plan of
 * two measures, last year H28–H30, this year H28–R1), changed by each case, and the findings of one rule.
 */
import { compareWorkbooks } from "../../../src/core/produce/compare";
import { measureCells, type MeasureSheetInput } from "../../../src/core/produce/layout";
import { fixtureFromMeasures } from "../../fixtures/fixture";
import { cloneMeasures, makePlan } from "../../fixtures/plan";

export interface Case {
  name: string;
  /** Changes this year's and last year's measures (index 0 and 1; years 0–4 = H28–R2). */
  change: (current: MeasureSheetInput[], last: MeasureSheetInput[]) => void;
  /** Expected findings: sheet index, cell picker, variant, and a fragment of the Japanese message. */
  findings: { measure: number; cell: (c: ReturnType<typeof measureCells>) => string; variant?: string; ja?: string }[];
}

export const CELLS = measureCells(5);

export function runCase(rule: string, c: Case) {
  const plan = makePlan({ seed: 11, measures: 2, reportedYears: 4, years: 5, effectKinds: ["percent"] });
  const current = cloneMeasures(plan.measures);
  const last = cloneMeasures(plan.measures);
  for (const m of last) m.years[3] = { ...m.years[3], plan: "", build: "", operation: "", summary: "", workRaw: "", effect: "" };
  c.change(current, last);
  const cmp = compareWorkbooks(fixtureFromMeasures("last", last).grid, fixtureFromMeasures("current", current).grid, {
    lang: "ja",
    source: "current.xlsx",
    lastSource: "last.xlsx",
  });
  const got = cmp.report.findings.filter((f) => f.rule === rule);
  const want = c.findings.map((w) => ({ sheet: current[w.measure].number, cell: w.cell(CELLS) }));
  return { got, want, current };
}

export function tableTest(rule: string, valid: Case[], invalid: Case[]) {
  describe(rule, () => {
    describe("valid (no finding)", () => {
      test.each(valid.map((c) => [c.name, c] as const))("%s", (_, c) => {
        const { got } = runCase(rule, c);
        expect(got).toEqual([]);
      });
    });
    describe("invalid", () => {
      test.each(invalid.map((c) => [c.name, c] as const))("%s", (_, c) => {
        const { got, want } = runCase(rule, c);
        expect(got.map((f) => ({ sheet: f.sheet, cell: f.cell }))).toEqual(want);
        c.findings.forEach((w, i) => {
          if (w.ja) expect(got[i].messages.ja).toContain(w.ja);
          expect(got[i].messages.en.length).toBeGreaterThan(0);
        });
      });
    });
  });
}
