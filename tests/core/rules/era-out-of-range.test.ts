import { eraOutOfRange } from "../../../src/core/rules/eraOutOfRange";
import { M, measurePlan, ruleTester } from "../../support/ruleTester";

ruleTester(eraOutOfRange, {
  valid: [
    { name: "the clean plan (R1年度, R2年度)", workbook: measurePlan() },
    {
      name: "near miss: H31 and 平成31年4月 existed",
      workbook: measurePlan((m) => {
        m[M.count].years[3].labelRaw = "H31年度";
        m[M.count].years[3].summary = "平成31年4月に運用を開始しており、計画通り進捗している。";
      }),
    },
  ],
  invalid: [
    {
      name: "H32年度 as the last year's label",
      workbook: measurePlan((m) => {
        m[M.count].years[4].labelRaw = "H32年度";
      }),
      findings: [{ sheet: "②-01", cell: "A13", messageKey: "rule.era-out-of-range", params: { text: "H32年度", year: 2020, reiwa: 2 } }],
    },
    {
      name: "平成33年度 mentioned in a summary and in 活動目標",
      workbook: measurePlan((m) => {
        m[M.percent].years[2].summary = "平成33年度の運用開始に向けて、計画通り進捗している。";
        m[M.percent].activityTarget = "H32年度までに運用を開始します。";
      }),
      findings: [
        { sheet: "①-01", cell: "E11", messageKey: "rule.era-out-of-range", params: { year: 2021, reiwa: 3 } },
        { sheet: "①-01", cell: "B15", messageKey: "rule.era-out-of-range", params: { year: 2020 } },
      ],
    },
  ],
});
