import { yearSequence } from "../../../src/core/rules/yearSequence";
import { yearLabel } from "../../fixtures/plan";
import { M, measurePlan, ruleTester } from "../../support/ruleTester";

const START = 2016;

ruleTester(yearSequence, {
  valid: [
    { name: "the clean plan", workbook: measurePlan() },
    {
      name: "near miss: consecutive years written five different ways",
      workbook: measurePlan((m) => {
        const styles = ["short", "era", "western", "fy", "number"] as const;
        m[M.count].years.forEach((y, i) => (y.labelRaw = yearLabel(START + i, styles[i])));
      }),
    },
    {
      name: "near miss: future years labelled but not filled in",
      workbook: measurePlan((m) => {
        for (const y of m[M.percent].years.slice(3))
          Object.assign(y, { plan: "", build: "", operation: "", summary: "", workRaw: "", effect: "" });
      }),
    },
  ],
  invalid: [
    {
      name: "a gap: H28, H29, then R1",
      workbook: measurePlan((m) => m[M.count].years.forEach((y, i) => i >= 2 && (y.labelRaw = yearLabel(START + i + 1, "short")))),
      findings: [{ sheet: "②-01", cell: "A11", messageKey: "rule.year-sequence.gap", params: { year: 2019, expected: 2018 } }],
    },
    {
      name: "a duplicate: H29 twice",
      workbook: measurePlan((m) => {
        const ys = m[M.count].years;
        ys[2].labelRaw = ys[1].labelRaw;
        ys.forEach((y, i) => i >= 3 && (y.labelRaw = yearLabel(START + i - 1, "short")));
      }),
      findings: [{ sheet: "②-01", cell: "A11", messageKey: "rule.year-sequence.duplicate", params: { year: 2017 } }],
    },
    {
      name: "out of order: H29 before H28",
      workbook: measurePlan((m) => {
        const ys = m[M.money].years;
        [ys[0].labelRaw, ys[1].labelRaw] = [ys[1].labelRaw, ys[0].labelRaw];
      }),
      findings: [{ sheet: "①-03", cell: "A10", messageKey: "rule.year-sequence.order", params: { year: 2016, prev: 2017 } }],
    },
    {
      name: "an unreadable first label and a filled last row with none",
      workbook: measurePlan((m) => {
        m[M.ratio].years[0].labelRaw = "初年度";
        m[M.ratio].years[4].labelRaw = "";
      }),
      findings: [
        { sheet: "①-04", cell: "A9", messageKey: "rule.year-sequence.unreadable", params: { label: "初年度" } },
        { sheet: "①-04", cell: "A13", messageKey: "rule.year-sequence.empty" },
      ],
    },
  ],
});
