import { missingSummary } from "../../../src/core/rules/missingSummary";
import { M, measurePlan, ruleTester } from "../../support/ruleTester";

const blankYear = { plan: "", build: "", operation: "", summary: "", workRaw: "", effect: "" };

ruleTester(missingSummary, {
  valid: [
    { name: "the clean plan", workbook: measurePlan() },
    {
      name: "near miss: the last two years not reported yet",
      workbook: measurePlan((m) => {
        for (const y of m[M.fraction].years.slice(3)) Object.assign(y, blankYear);
      }),
    },
  ],
  invalid: [
    {
      name: "H29 empty while later years are filled in",
      workbook: measurePlan((m) => {
        m[M.percent].years[1].summary = "";
      }),
      findings: [{ sheet: "①-01", cell: "E10", messageKey: "rule.missing-summary", params: { label: "H29年度" } }],
    },
    {
      name: "the latest year reports work but no summary",
      workbook: measurePlan((m) => {
        m[M.count].years[4].summary = " ";
      }),
      findings: [{ sheet: "②-01", cell: "E13", messageKey: "rule.missing-summary.latest" }],
    },
    {
      name: "an empty year in a measure merged into another (info)",
      workbook: measurePlan((m) => {
        const ys = m[M.money].years;
        ys[2].summary = "";
        ys[3].summary = "本施策は①-01の施策に統合したため、評価の対象外とする。";
      }),
      findings: [{ sheet: "①-03", cell: "E11", messageKey: "rule.missing-summary.merged", severity: "info" }],
    },
  ],
});
