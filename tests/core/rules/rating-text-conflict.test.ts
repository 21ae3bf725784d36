import { measure } from "../../fixtures/forms/build";
import { ruleTable } from "./ruleTable";

const form = (ratings: [string, string | null, string][]) =>
  measure({ title: "○○市 進捗管理シート", number: "1-1", name: "電子申請", department: "企画課", ratingHeader: "進捗区分", years: ratings });

ruleTable("rating-text-conflict", {
  valid: [
    {
      name: "rating and text agree",
      sheets: {
        S: form([
          ["R3年度", "順調", "計画どおり進捗している。"],
          ["R4年度", "やや遅れ", "調達に遅れが生じている。"],
        ]),
      },
    },
    { name: "a delay the text says was made good", sheets: { S: form([["R3年度", "概ね順調", "前年度の遅延を解消し、計画どおり進捗している。"]]) } },
    { name: "a text with no verdict", sheets: { S: form([["R3年度", "順調", "説明会を2回開いた。"]]) } },
    { name: "no text yet", sheets: { S: form([["R3年度", "順調", ""]]) } },
  ],
  invalid: [
    {
      name: "B 概ね順調 beside 大幅に遅れている (too kind)",
      sheets: { S: form([["R3年度", "B：概ね順調", "システム更新が大幅に遅れている。"]]) },
      findings: [{ sheet: "S", cell: "B5", severity: "warning", en: "too kind" }],
    },
    {
      name: "遅れ beside a text on plan (too harsh)",
      sheets: {
        S: form([
          ["R3年度", "順調", "計画どおり進捗している。"],
          ["R4年度", "遅れ", "計画どおり進捗している。"],
        ]),
      },
      findings: [{ sheet: "S", cell: "B6", en: "too harsh" }],
    },
  ],
});
