import { ruleTester } from "../../support/ruleTester";
import { kpiMissingActual } from "../../../src/core/rules/kpiMissingActual";
import { measure, workbookOf } from "../../fixtures/forms/build";

const KPI = ["指標名", "単位", "目標値", "年度", "目安値", "実績値"];
const form = (
  rows: (string | number | null)[][],
  years: [string, string | null, string][] = [
    ["R3年度", null, "計画どおり進捗している。"],
    ["R4年度", null, ""],
  ],
) =>
  measure({
    title: "○○市 進捗管理シート",
    number: "1-1",
    name: "電子申請",
    department: "企画課",
    ratingHeader: "自己評価",
    years,
    after: [KPI, ...rows],
  });

ruleTester(kpiMissingActual, {
  valid: [
    {
      name: "every past year has its actual",
      workbook: workbookOf({
        S: form([
          ["件数", "件", 2000, "R3年度", 1000, 900],
          [null, null, null, "R4年度", 2000, null],
        ]),
      }),
    },
    { name: "the latest year may still be open", workbook: workbookOf({ S: form([["件数", "件", 2000, "R3年度", 1000, null]]) }) },
  ],
  invalid: [
    {
      name: "a past year with a target and no actual (a later year reported)",
      workbook: workbookOf({
        S: form([
          ["件数", "件", 2000, "R3年度", 1000, null],
          [null, null, null, "R4年度", 2000, 1500],
        ]),
      }),
      findings: [{ sheet: "S", cell: "F10", messageKey: "rule.kpi-missing-actual" }],
    },
    {
      name: "a dash is no actual; the measure's later year is reported",
      workbook: workbookOf({
        S: form(
          [["件数", "件", 2000, "R3年度", 1000, "－"]],
          [
            ["R3年度", null, "計画どおり進捗している。"],
            ["R4年度", null, "計画どおり進捗している。"],
          ],
        ),
      }),
      findings: [{ sheet: "S", cell: "F10", messageKey: "rule.kpi-missing-actual" }],
    },
  ],
});
