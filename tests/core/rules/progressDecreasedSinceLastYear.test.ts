import { tableTest } from "./compareCases";

tableTest(
  "progress-decreased-since-last-year",
  [
    { name: "progress went up (67% → 100%)", change: () => {}, findings: [] },
    {
      name: "progress the same as last year's latest",
      change: (c) => {
        c[0].years[3].effect = "67% (構築開始)";
      },
      findings: [],
    },
    {
      name: "no progress stated this year: nothing to compare",
      change: (c) => {
        for (const y of c[0].years) y.effect = "";
      },
      findings: [],
    },
  ],
  [
    {
      name: "R1 50% after last year's 67%",
      change: (c) => {
        c[0].years[3].effect = "50% (構築開始)";
      },
      findings: [{ measure: 0, cell: (x) => x.years[3].effect, ja: "H30年度: 67%" }],
    },
    {
      name: "history lowered: H30 now 40%, no R1 figure",
      change: (c) => {
        c[1].years[2].effect = "40% (仕様決定)";
        c[1].years[3].effect = "";
      },
      findings: [{ measure: 1, cell: (x) => x.years[2].effect, ja: "40%" }],
    },
  ],
);
