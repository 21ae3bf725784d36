import { dashAfterProgress } from "../../../src/core/rules/progressRules";
import { M, measurePlan, ruleTester } from "../../support/ruleTester";

ruleTester(dashAfterProgress, {
  valid: [
    { name: 'the clean plan (H28 "-" before any progress)', workbook: measurePlan() },
    {
      name: 'near miss: "-" after a year at 0%',
      workbook: measurePlan((m) => {
        m[M.percent].years[1].effect = "0% (検討中)";
        m[M.percent].years[2].effect = "-";
      }),
    },
  ],
  invalid: [
    {
      name: '"-" in R1 after 50% in H30',
      workbook: measurePlan((m) => {
        m[M.percent].years[3].effect = "-";
      }),
      findings: [{ sheet: "①-01", cell: "G12", messageKey: "rule.dash-after-progress", params: { earlier: "H29年度" } }],
    },
    {
      name: "two dashes after progress, one full-width",
      workbook: measurePlan((m) => {
        m[M.fraction].years[2].effect = "－";
        m[M.fraction].years[4].effect = "-";
      }),
      findings: [
        { sheet: "①-02", cell: "G11", messageKey: "rule.dash-after-progress" },
        { sheet: "①-02", cell: "G13", messageKey: "rule.dash-after-progress", params: { label: "R2年度" } },
      ],
    },
  ],
});
