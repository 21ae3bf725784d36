import { tableTest } from "./compareCases";

tableTest(
  "status-changed",
  [
    { name: "history as last year left it", change: () => {}, findings: [] },
    {
      name: "white space and width changes are not rewrites",
      change: (c) => {
        c[0].years[1].summary = c[0].years[1].summary.replace("。", "。 ").normalize("NFKC");
      },
      findings: [],
    },
    {
      name: "a new year is not history",
      change: (c) => {
        c[0].years[3].summary = "仕様の確定に時間を要し、遅延が生じている。";
      },
      findings: [],
    },
  ],
  [
    {
      name: "H29 delayed last year, on plan now",
      change: (_, l) => {
        l[0].years[1].summary = "仕様の確定に時間を要し、遅延が生じている。";
      },
      findings: [{ measure: 0, cell: (x) => x.years[1].summary, ja: "（△ → ○）" }],
    },
    {
      name: "H28 summary reworded, same status",
      change: (c) => {
        c[1].years[0].summary = "関係課との協議を重ね、計画通り進捗している。";
      },
      findings: [{ measure: 1, cell: (x) => x.years[0].summary, ja: "進捗総括が前年度のブックの記載と異なります" }],
    },
    {
      name: "H30 effect changed",
      change: (c) => {
        c[0].years[2].effect = "80% (構築開始)";
      },
      findings: [{ measure: 0, cell: (x) => x.years[2].effect, ja: "効果（額）" }],
    },
    {
      name: "a long text rewritten: last year's words quoted in part",
      change: (c, l) => {
        l[0].years[1].workRaw = "・" + "庁内の全課を対象に業務の棚卸しを行い、".repeat(10);
      },
      findings: [{ measure: 0, cell: (x) => x.years[1].work, ja: "行い、庁内…」）。" }],
    },
    {
      name: "two years rewritten: one finding each",
      change: (c) => {
        c[0].years[0].workRaw = "・書き換えた作業内容";
        c[0].years[2].workRaw = "・これも書き換えた作業内容";
      },
      findings: [
        { measure: 0, cell: (x) => x.years[0].work },
        { measure: 0, cell: (x) => x.years[2].work },
      ],
    },
  ],
);
