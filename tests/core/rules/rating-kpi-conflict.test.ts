import { measure, workbookOf } from "../../fixtures/forms/build";
import { ruleTester } from "../../support/ruleTester";
import { ratingKpiConflict } from "../../../src/core/rules/ratingKpiConflict";

const KPI = ["指標名", "単位", "目標値", "年度", "実績値", "達成率", "評価"];
const form = (rating: string, actual: number, text = "計画どおり進捗している。") =>
  measure({
    title: "○○市 進捗管理シート",
    number: "1-1",
    name: "電子申請",
    department: "企画課",
    ratingHeader: "自己評価",
    years: [["R3年度", rating, text]],
    after: [
      ["凡例　A：計画どおり　B：概ね計画どおり　C：やや遅れている　D：遅れている"],
      [],
      KPI,
      ["電子申請件数", "件", 1000, "R3年度", actual, null, null],
    ],
  });

ruleTester(ratingKpiConflict, {
  valid: [
    { name: "A at 100% of target", workbook: workbookOf({ S: form("A", 1000) }) },
    { name: "A at 60% (grade C): one step apart is judgment", workbook: workbookOf({ S: form("A", 600) }) },
    { name: "C at 60% of target", workbook: workbookOf({ S: form("C", 600, "やや遅れている。") }) },
    {
      name: "no indicator that year",
      workbook: workbookOf({
        S: measure({
          title: "t",
          number: "1",
          name: "n",
          department: "d",
          ratingHeader: "自己評価",
          years: [["R3年度", "A：計画どおり", "計画どおり進捗している。"]],
        }),
      }),
    },
  ],
  invalid: [
    {
      name: "A on an indicator at 40% of target (評価の甘さ)",
      workbook: workbookOf({ S: form("A", 400) }),
      findings: [{ sheet: "S", cell: "B5", messageKey: "rule.rating-kpi-conflict.lenient" }],
    },
    {
      name: "D on an indicator at 120% of target",
      workbook: workbookOf({ S: form("D", 1200, "遅れている。") }),
      findings: [{ sheet: "S", cell: "B5", messageKey: "rule.rating-kpi-conflict.harsh" }],
    },
  ],
});
