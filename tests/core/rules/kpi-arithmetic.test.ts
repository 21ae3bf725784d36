import { ruleTester } from "../../support/ruleTester";
import { kpiArithmetic } from "../../../src/core/rules/kpiArithmetic";
import { measure, workbookOf } from "../../fixtures/forms/build";

const KPI = ["指標名", "単位", "基準値", "目標値", "年度", "実績値", "達成率", "評価"];
const form = (rows: (string | number | null)[][]) =>
  measure({
    title: "○○市 進捗管理シート",
    number: "1-1",
    name: "電子申請",
    department: "企画課",
    ratingHeader: "自己評価",
    years: [
      ["R3年度", null, "計画どおり進捗している。"],
      ["R4年度", null, "計画どおり進捗している。"],
    ],
    after: [KPI, ...rows],
  });

ruleTester(kpiArithmetic, {
  valid: [
    {
      name: "stated achievement and grade as computed (rounded as written)",
      workbook: workbookOf({
        S: form([
          ["件数", "件", null, "3,000", "R3年度", "1,000", "33%", "D"],
          [null, null, null, null, "R4年度", "2,900", "96.7%", "B"],
        ]),
      }),
    },
    {
      name: "floored or ceiled at the written precision",
      workbook: workbookOf({
        S: form([
          ["件数", "件", null, 7, "R3年度", 3, "42%", "D"],
          [null, null, null, null, "R4年度", 3, "43%", "D"],
        ]),
      }),
    },
    {
      name: "lower is better (以下): target / actual",
      workbook: workbookOf({ S: form([["待ち時間", "分", null, "15分以下", "R3年度", "20分", "75%", "C"]]) }),
    },
    {
      name: "▲ is a minus sign, 万 a unit",
      workbook: workbookOf({ S: form([["社会増減", "人", null, "0.5万人", "R3年度", "▲500", "-10%", "D"]]) }),
    },
    {
      name: "a letter inside a word grade (横ばいC) names the grade",
      workbook: workbookOf({ S: form([["件数", "件", null, 100, "R3年度", 60, "60%", "C評価"]]) }),
    },
  ],
  invalid: [
    {
      name: "a stated 達成率 that disagrees",
      workbook: workbookOf({ S: form([["件数", "件", null, "3,000", "R3年度", "1,000", "50%", "C"]]) }),
      findings: [
        { sheet: "S", cell: "G10", messageKey: "rule.kpi-arithmetic.achievement" },
        { sheet: "S", cell: "H10", messageKey: "rule.kpi-arithmetic.grade" },
      ],
    },
    {
      name: "A stated at 40% of target",
      workbook: workbookOf({ S: form([["件数", "件", null, 100, "R3年度", 40, "40%", "A"]]) }),
      findings: [{ sheet: "S", cell: "H10", messageKey: "rule.kpi-arithmetic.grade" }],
    },
  ],
});
