import { measure, workbookOf } from "../../fixtures/forms/build";
import { ruleTester } from "../../support/ruleTester";
import { ratingUnknown } from "../../../src/core/rules/ratingUnknown";
import { ProfileSchema } from "../../../src/core/model/profileSchema";

const form = (ratings: [string, string | null, string][], after: (string | null)[][] = []) =>
  measure({
    title: "○○市 進捗管理シート",
    number: "1-1",
    name: "電子申請",
    department: "企画課",
    ratingHeader: "自己評価",
    years: ratings,
    after,
  });
const LEGEND = [["A：計画どおり進んでいる　B：概ね計画どおり　C：遅れている"]];

ruleTester(ratingUnknown, {
  valid: [
    {
      name: "letters the legend on the sheet explains",
      workbook: workbookOf({
        S: form(
          [
            ["R3年度", "A", "計画どおり進捗している。"],
            ["R4年度", "C", "遅れている。"],
          ],
          LEGEND,
        ),
      }),
    },
    {
      name: "letters with their words (B：概ね順調), no legend",
      workbook: workbookOf({ S: form([["R3年度", "B：概ね順調", "計画どおり進捗している。"]]) }),
    },
    {
      name: "symbols and words need no legend",
      workbook: workbookOf({
        S: form([
          ["R3年度", "◎", "前倒しで進んでいる。"],
          ["R4年度", "やや遅れ", "遅れている。"],
          ["R5年度", "評価困難", ""],
        ]),
      }),
    },
    {
      name: "a dash is no rating yet",
      workbook: workbookOf({
        S: form(
          [
            ["R3年度", "A", "計画どおり進捗している。"],
            ["R4年度", "-", ""],
          ],
          LEGEND,
        ),
      }),
    },
    {
      name: "a letter the office's profile explains",
      workbook: workbookOf({ S: form([["R3年度", "Q", "計画どおり進捗している。"]]) }),
      profile: ProfileSchema.parse({ id: "office", ratingColumn: true, scale: [{ value: "Q", status: "on_track" }] }),
    },
  ],
  invalid: [
    {
      name: "a letter the legend does not explain",
      workbook: workbookOf({
        S: form(
          [
            ["R3年度", "A", "計画どおり進捗している。"],
            ["R4年度", "E", "計画どおり進捗している。"],
          ],
          LEGEND,
        ),
      }),
      findings: [{ sheet: "S", cell: "B6", messageKey: "rule.rating-unknown" }],
    },
    {
      name: "a bare letter with no legend at all",
      workbook: workbookOf({ S: form([["R3年度", "B", "計画どおり進捗している。"]]) }),
      findings: [{ sheet: "S", cell: "B5", messageKey: "rule.rating-unknown" }],
    },
    {
      name: "a note in the rating column",
      workbook: workbookOf({
        S: form(
          [
            ["R3年度", "A", "計画どおり進捗している。"],
            ["R4年度", "担当者確認中", "計画どおり進捗している。"],
          ],
          LEGEND,
        ),
      }),
      findings: [{ sheet: "S", cell: "B6", messageKey: "rule.rating-unknown" }],
    },
  ],
});
