import { progressDecreasedSinceLastYear } from "../../../src/core/rules/progressDecreasedSinceLastYear";
import { ruleTester } from "../../support/ruleTester";
import { CELLS, SHEET, pair } from "./compareCases";

const KEY = "rule.progress-decreased-since-last-year";

ruleTester(progressDecreasedSinceLastYear, {
  valid: [
    { name: "progress went up (67% → 100%)", ...pair() },
    { name: "progress the same as last year's latest", ...pair((c) => (c[0].years[3].effect = "67% (構築開始)")) },
    {
      name: "no progress stated this year: nothing to compare",
      ...pair((c) => {
        for (const y of c[0].years) y.effect = "";
      }),
    },
  ],
  invalid: [
    {
      name: "R1 50% after last year's 67%",
      ...pair((c) => (c[0].years[3].effect = "50% (構築開始)")),
      findings: [
        { sheet: SHEET[0], cell: CELLS.years[3].effect, messageKey: KEY, params: { progress: "50", before: "67", beforeLabel: "H30年度" } },
      ],
    },
    {
      name: "history lowered: H30 now 40%, no R1 figure",
      ...pair((c) => {
        c[1].years[2].effect = "40% (仕様決定)";
        c[1].years[3].effect = "";
      }),
      findings: [{ sheet: SHEET[1], cell: CELLS.years[2].effect, messageKey: KEY, params: { progress: "40" } }],
    },
  ],
});
