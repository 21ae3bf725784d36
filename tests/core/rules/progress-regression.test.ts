import { progressRegression } from "../../../src/core/rules/progressRules";
import { M, measurePlan, ruleTester } from "../../support/ruleTester";

ruleTester(progressRegression, {
  valid: [
    { name: "the clean plan", workbook: measurePlan() },
    {
      name: "near miss: the same progress two years running",
      workbook: measurePlan((m) => {
        m[M.percent].years[3].effect = "50% (構築開始)";
      }),
    },
  ],
  invalid: [
    {
      name: "40% in R1 after 50% in H30",
      workbook: measurePlan((m) => {
        m[M.percent].years[3].effect = "40% (試験運用開始)";
      }),
      findings: [
        {
          sheet: "①-01",
          cell: "G12",
          messageKey: "rule.progress-regression",
          params: { progress: "40", prev: "50", prevLabel: "H30年度" },
        },
      ],
    },
    {
      name: "a fraction going back, on another sheet",
      workbook: measurePlan((m) => {
        m[M.fraction].years[3].effect = "44% (4/9校)";
      }),
      findings: [{ sheet: "①-02", cell: "G12", messageKey: "rule.progress-regression", params: { prev: "56" } }],
    },
  ],
});
