import { formNotRead } from "../../../src/core/rules/formNotRead";
import { plainSheet } from "../../fixtures/fixture";
import { measurePlan, ruleTester } from "../../support/ruleTester";

const TITLE = "若葉市情報化推進計画2016 施策進行管理シート（5年）";

ruleTester(formNotRead, {
  valid: [
    { name: "the clean plan", workbook: measurePlan() },
    {
      name: "near miss: a plain sheet that names measures without the form's labels",
      workbook: measurePlan(
        undefined,
        {},
        { extra: [plainSheet("メモ", [["施策一覧"], ["①-01", "窓口キャッシュレス決済の導入", "進捗状況は別紙"]])] },
      ),
    },
    {
      name: "near miss: a generated summary tab carrying the form's title",
      workbook: measurePlan(undefined, {}, { extra: [{ ...plainSheet("進捗一覧", [[TITLE], ["施策番号", "施策名"]]), role: "overview" }] }),
    },
  ],
  invalid: [
    {
      name: "a sheet with the form's title only",
      workbook: measurePlan(undefined, {}, { extra: [plainSheet("様式", [[null], [null, TITLE]])] }),
      findings: [{ sheet: "様式", cell: "B2", messageKey: "rule.form-not-read", params: { text: TITLE } }],
    },
    {
      name: "a sheet with 施策番号 and 進捗総括 but no 施策名 or year rows",
      workbook: measurePlan(
        undefined,
        {},
        {
          extra: [plainSheet("下書き", [["メモ"], [null, null, "施策番号", "①-09"], [null, null, "進捗総括"]])],
        },
      ),
      findings: [{ sheet: "下書き", cell: "C2", messageKey: "rule.form-not-read", params: { text: "施策番号" } }],
    },
  ],
});
