import { measure, workbookOf } from "../../fixtures/forms/build";
import { ruleTester } from "../../support/ruleTester";
import { ratingTextConflict } from "../../../src/core/rules/ratingTextConflict";

const form = (ratings: [string, string | null, string][]) =>
  measure({
    title: "○○市 進捗管理シート",
    number: "1-1",
    name: "電子申請",
    department: "企画課",
    ratingHeader: "進捗区分",
    years: ratings,
  });

ruleTester(ratingTextConflict, {
  valid: [
    {
      name: "rating and text agree",
      workbook: workbookOf({
        S: form([
          ["R3年度", "順調", "計画どおり進捗している。"],
          ["R4年度", "やや遅れ", "調達に遅れが生じている。"],
        ]),
      }),
    },
    {
      name: "a delay the text says was made good",
      workbook: workbookOf({ S: form([["R3年度", "概ね順調", "前年度の遅延を解消し、計画どおり進捗している。"]]) }),
    },
    { name: "a text with no verdict", workbook: workbookOf({ S: form([["R3年度", "順調", "説明会を2回開いた。"]]) }) },
    { name: "no text yet", workbook: workbookOf({ S: form([["R3年度", "順調", ""]]) }) },
  ],
  invalid: [
    {
      name: "B 概ね順調 beside 大幅に遅れている (too kind)",
      workbook: workbookOf({ S: form([["R3年度", "B：概ね順調", "システム更新が大幅に遅れている。"]]) }),
      findings: [{ sheet: "S", cell: "B5", messageKey: "rule.rating-text-conflict.lenient" }],
    },
    {
      name: "遅れ beside a text on plan (too harsh)",
      workbook: workbookOf({
        S: form([
          ["R3年度", "順調", "計画どおり進捗している。"],
          ["R4年度", "遅れ", "計画どおり進捗している。"],
        ]),
      }),
      findings: [{ sheet: "S", cell: "B6", messageKey: "rule.rating-text-conflict.harsh" }],
    },
  ],
});
