import { requiredField } from "../../../src/core/rules/requiredField";
import { M, measurePlan, ruleTester } from "../../support/ruleTester";

ruleTester(requiredField, {
  valid: [
    { name: "the clean plan", workbook: measurePlan() },
    {
      name: "near miss: 概要 and 他計画への掲載 empty (not required)",
      workbook: measurePlan((m) => {
        m[M.money].overview = "";
        m[M.money].otherPlans = "";
      }),
    },
    {
      name: "near miss: a 施策名 of one character",
      workbook: measurePlan((m) => {
        m[M.ratio].name = "Ｘ";
      }),
    },
  ],
  invalid: [
    {
      name: "担当部署 empty",
      workbook: measurePlan((m) => {
        m[M.money].department = "";
      }),
      findings: [{ sheet: "①-03", cell: "E3", messageKey: "rule.required-field", params: { field: "担当部署" } }],
    },
    {
      name: "施策名 of spaces only, 活動目標 empty",
      workbook: measurePlan((m) => {
        m[M.percent].name = "　 ";
        m[M.percent].activityTarget = "";
      }),
      findings: [
        { sheet: "①-01", cell: "B4", messageKey: "rule.required-field" },
        { sheet: "①-01", cell: "B15", messageKey: "rule.required-field" },
      ],
    },
    {
      name: "施策番号 empty on a sheet named otherwise",
      workbook: measurePlan(
        (m) => {
          m[M.count].number = "";
        },
        (_, i) => (i === M.count ? { sheetName: "防災" } : {}),
      ),
      findings: [{ sheet: "防災", cell: "B3", messageKey: "rule.required-field", params: { field: "施策番号" } }],
    },
  ],
});
