import { copiedFromLastYear } from "../../../src/core/rules/copiedFromLastYear";
import { ruleTester } from "../../support/ruleTester";
import { CELLS, SHEET, pair } from "./compareCases";

const LONG_H30 =
  "平成30年度は、窓口での電子申請の利用案内を全支所で開始し、利用者アンケートの結果を踏まえて入力画面の改善を行った。計画通り進捗している。";
const LONG_R1 =
  "令和元年度は、窓口での電子申請の利用案内を全支所で開始し、利用者アンケートの結果を踏まえて入力画面の改善を行った。計画通り進捗している。";
const KEY = "rule.copied-from-last-year";

ruleTester(copiedFromLastYear, {
  valid: [
    { name: "the plan as written: each year says what it did", ...pair() },
    {
      name: "no last year's workbook: the rule does not run",
      workbook: pair((c) => (c[0].years[3].summary = c[0].years[2].summary)).workbook,
    },
    {
      name: "a bare verdict repeated (too short to tell a copy)",
      ...pair((c, l) => {
        for (const m of [c, l]) for (const y of m[0].years.slice(0, 4)) if (y.summary) y.summary = "計画通り進捗している。";
      }),
    },
    {
      name: "a year last year already reported may repeat an earlier one (history, not this year's copy)",
      ...pair((c, l) => {
        c[0].years[2].summary = c[0].years[1].summary;
        l[0].years[2].summary = l[0].years[1].summary;
      }),
    },
    {
      name: "a new year that says something else at the same length",
      ...pair((c, l) => {
        c[0].years[2].summary = l[0].years[2].summary = LONG_H30;
        c[0].years[3].summary =
          "令和元年度は、庁内の申請様式の棚卸しを終え、電子化の優先順位を関係課と合意した。次年度の構築に向けて計画通り進捗している。";
      }),
    },
  ],
  invalid: [
    {
      name: "R1 進捗総括 identical to H30's",
      ...pair((c) => (c[0].years[3].summary = c[0].years[2].summary)),
      findings: [
        { sheet: SHEET[0], cell: CELLS.years[3].summary, messageKey: `${KEY}.identical`, params: { label: "R1年度", earlier: "H30年度" } },
      ],
    },
    {
      name: "R1 進捗総括 with only the year changed (≥ 0.9 alike)",
      ...pair((c, l) => {
        c[1].years[2].summary = l[1].years[2].summary = LONG_H30;
        c[1].years[3].summary = LONG_R1;
      }),
      findings: [{ sheet: SHEET[1], cell: CELLS.years[3].summary, messageKey: KEY, params: { similarity: 94 } }],
    },
    {
      name: "R1 作業内容 the same as H28's, spaces and width aside",
      ...pair((c) => {
        c[0].years[0].workRaw = "・電子申請システムの導入方針を検討し、庁内説明会を２回開催した（７月・１０月）";
        c[0].years[3].workRaw = "・電子申請システムの導入方針を検討し、庁内説明会を2回開催した（7月・10月） ";
      }),
      findings: [
        { sheet: SHEET[0], cell: CELLS.years[3].work, messageKey: `${KEY}.identical`, params: { field: "作業内容", earlier: "H28年度" } },
      ],
    },
    {
      name: "copied from a text only last year's workbook had (rewritten since)",
      ...pair((c, l) => {
        l[0].years[2].summary = LONG_H30;
        c[0].years[3].summary = LONG_H30.replace("平成30年度", "令和元年度");
      }),
      findings: [{ sheet: SHEET[0], cell: CELLS.years[3].summary, messageKey: KEY }],
    },
  ],
});
