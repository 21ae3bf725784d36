import { measure } from "../../fixtures/forms/build";
import { ruleTable } from "./ruleTable";

const form = (ratings: [string, string | null, string][], after: (string | null)[][] = []) =>
  measure({ title: "○○市 進捗管理シート", number: "1-1", name: "電子申請", department: "企画課", ratingHeader: "自己評価", years: ratings, after });
const LEGEND = [["A：計画どおり進んでいる　B：概ね計画どおり　C：遅れている"]];

ruleTable("rating-unknown", {
  valid: [
    {
      name: "letters the legend on the sheet explains",
      sheets: {
        S: form(
          [
            ["R3年度", "A", "計画どおり進捗している。"],
            ["R4年度", "C", "遅れている。"],
          ],
          LEGEND,
        ),
      },
    },
    { name: "letters with their words (B：概ね順調), no legend", sheets: { S: form([["R3年度", "B：概ね順調", "計画どおり進捗している。"]]) } },
    {
      name: "symbols and words need no legend",
      sheets: {
        S: form([
          ["R3年度", "◎", "前倒しで進んでいる。"],
          ["R4年度", "やや遅れ", "遅れている。"],
          ["R5年度", "評価困難", ""],
        ]),
      },
    },
    {
      name: "a dash is no rating yet",
      sheets: {
        S: form(
          [
            ["R3年度", "A", "計画どおり進捗している。"],
            ["R4年度", "-", ""],
          ],
          LEGEND,
        ),
      },
    },
    {
      name: "a letter the office's profile explains",
      sheets: { S: form([["R3年度", "Q", "計画どおり進捗している。"]]) },
      profile: { id: "office", ratingColumn: true, scale: [{ value: "Q", status: "on_track" }] },
    },
  ],
  invalid: [
    {
      name: "a letter the legend does not explain",
      sheets: {
        S: form(
          [
            ["R3年度", "A", "計画どおり進捗している。"],
            ["R4年度", "E", "計画どおり進捗している。"],
          ],
          LEGEND,
        ),
      },
      findings: [{ sheet: "S", cell: "B6", severity: "warning", en: '"E" is no value of the rating scale' }],
    },
    {
      name: "a bare letter with no legend at all",
      sheets: { S: form([["R3年度", "B", "計画どおり進捗している。"]]) },
      findings: [{ sheet: "S", cell: "B5", en: "R3年度" }],
    },
    {
      name: "a note in the rating column",
      sheets: {
        S: form(
          [
            ["R3年度", "A", "計画どおり進捗している。"],
            ["R4年度", "担当者確認中", "計画どおり進捗している。"],
          ],
          LEGEND,
        ),
      },
      findings: [{ sheet: "S", cell: "B6" }],
    },
  ],
});
