import { noMeasureSheets } from "../../../src/core/rules/noMeasureSheets";
import { fixtureFromSpecs, plainSheet } from "../../fixtures/fixture";
import { measurePlan, ruleTester } from "../../support/ruleTester";

const memo = plainSheet("メモ", [["提出物一覧"], ["部署", "提出日"], ["情報政策課", "5月31日"]]);
const list = plainSheet("一覧", [
  ["No.", "件名", "備考"],
  [1, "電子申請の拡充", "-"],
]);

ruleTester(noMeasureSheets, {
  valid: [
    { name: "the clean plan", workbook: measurePlan() },
    {
      name: "near miss: one measure sheet behind two plain sheets",
      workbook: () => {
        const plan = measurePlan((m) => m.splice(1));
        return fixtureFromSpecs("one-form", [memo, list, ...plan.specs]);
      },
    },
  ],
  invalid: [
    {
      name: "two plain sheets",
      workbook: fixtureFromSpecs("plain", [memo, list]),
      findings: [{ sheet: "メモ", cell: "A1", messageKey: "rule.no-measure-sheets", params: { sheets: 2 } }],
    },
    {
      name: "a sheet with the 施策番号 label but no 施策名 or year table",
      workbook: fixtureFromSpecs("half-form", [plainSheet("表紙", [["施策進行管理"], [null, "施策番号", "①-01"]])]),
      findings: [{ sheet: "表紙", cell: "A1", messageKey: "rule.no-measure-sheets", params: { sheets: 1 } }],
    },
  ],
});
