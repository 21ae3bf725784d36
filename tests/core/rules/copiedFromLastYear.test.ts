import { tableTest } from "./compareCases";

const LONG_H30 = "平成30年度は、窓口での電子申請の利用案内を全支所で開始し、利用者アンケートの結果を踏まえて入力画面の改善を行った。計画通り進捗している。";
const LONG_R1 = "令和元年度は、窓口での電子申請の利用案内を全支所で開始し、利用者アンケートの結果を踏まえて入力画面の改善を行った。計画通り進捗している。";

tableTest(
  "copied-from-last-year",
  [
    { name: "the plan as written: each year says what it did", change: () => {}, findings: [] },
    {
      name: "a bare verdict repeated (too short to tell a copy)",
      change: (c, l) => {
        for (const m of [c, l]) for (const y of m[0].years.slice(0, 4)) if (y.summary) y.summary = "計画通り進捗している。";
      },
      findings: [],
    },
    {
      name: "a year last year already reported may repeat an earlier one (that is history, not this year's copy)",
      change: (c, l) => {
        c[0].years[2].summary = c[0].years[1].summary;
        l[0].years[2].summary = l[0].years[1].summary;
      },
      findings: [],
    },
    {
      name: "a new year that says something else at the same length",
      change: (c, l) => {
        c[0].years[2].summary = l[0].years[2].summary = LONG_H30;
        c[0].years[3].summary = "令和元年度は、庁内の申請様式の棚卸しを終え、電子化の優先順位を関係課と合意した。次年度の構築に向けて計画通り進捗している。";
      },
      findings: [],
    },
  ],
  [
    {
      name: "R1 進捗総括 identical to H30's",
      change: (c) => {
        c[0].years[3].summary = c[0].years[2].summary;
      },
      findings: [{ measure: 0, cell: (x) => x.years[3].summary, ja: "記載と同じです" }],
    },
    {
      name: "R1 進捗総括 with only the year changed (≥ 0.9 alike)",
      change: (c, l) => {
        c[1].years[2].summary = l[1].years[2].summary = LONG_H30;
        c[1].years[3].summary = LONG_R1;
      },
      findings: [{ measure: 1, cell: (x) => x.years[3].summary, ja: "ほぼ同じです（類似度" }],
    },
    {
      name: "R1 作業内容 the same as H28's, spaces and width aside",
      change: (c) => {
        c[0].years[0].workRaw = "・電子申請システムの導入方針を検討し、庁内説明会を２回開催した（７月・１０月）";
        c[0].years[3].workRaw = "・電子申請システムの導入方針を検討し、庁内説明会を2回開催した（7月・10月） ";
      },
      findings: [{ measure: 0, cell: (x) => x.years[3].work, ja: "作業内容" }],
    },
    {
      name: "copied from a text only last year's workbook had (rewritten since)",
      change: (c, l) => {
        l[0].years[2].summary = LONG_H30;
        c[0].years[3].summary = LONG_H30.replace("平成30年度", "令和元年度");
      },
      findings: [{ measure: 0, cell: (x) => x.years[3].summary }],
    },
  ],
);
