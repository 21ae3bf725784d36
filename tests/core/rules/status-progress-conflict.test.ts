import { statusProgressConflict } from "../../../src/core/rules/progressRules";
import { M, measurePlan, ruleTester } from "../../support/ruleTester";

ruleTester(statusProgressConflict, {
  valid: [
    { name: "the clean plan (achieved at 100%)", workbook: measurePlan() },
    {
      name: "near miss: achieved where the effect is an amount, not a progress",
      workbook: measurePlan((m) => {
        m[M.money].years[2].summary = "新基盤への移行を完了し、活動目標を達成できた。";
      }),
    },
    {
      name: "near miss: on track below 100%",
      workbook: measurePlan((m) => {
        m[M.percent].years[2].summary = "システムの構築を進めており、計画通り進捗している。";
      }),
    },
  ],
  invalid: [
    {
      name: "achieved at 50%",
      workbook: measurePlan((m) => {
        m[M.percent].years[2].summary = "システムの構築を完了し、活動目標を達成できた。";
      }),
      findings: [{ sheet: "①-01", cell: "E11", messageKey: "rule.status-progress-conflict", params: { progress: "50", label: "H30年度" } }],
    },
    {
      name: "already achieved at 7/9",
      workbook: measurePlan((m) => {
        m[M.fraction].years[3].summary = "導入校の拡大により、既に達成している。";
      }),
      findings: [{ sheet: "①-02", cell: "E12", messageKey: "rule.status-progress-conflict", params: { progress: "78" } }],
    },
  ],
});
