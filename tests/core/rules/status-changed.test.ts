import { statusChanged } from "../../../src/core/rules/statusChanged";
import { ruleTester } from "../../support/ruleTester";
import { CELLS, SHEET, pair } from "./compareCases";

const KEY = "rule.status-changed";

ruleTester(statusChanged, {
  valid: [
    { name: "history as last year left it", ...pair() },
    {
      name: "white space and width changes are not rewrites",
      ...pair((c) => (c[0].years[1].summary = c[0].years[1].summary.replace("。", "。 ").normalize("NFKC"))),
    },
    { name: "a new year is not history", ...pair((c) => (c[0].years[3].summary = "仕様の確定に時間を要し、遅延が生じている。")) },
  ],
  invalid: [
    {
      name: "H29 delayed last year, on plan now",
      ...pair((_, l) => (l[0].years[1].summary = "仕様の確定に時間を要し、遅延が生じている。")),
      findings: [
        {
          sheet: SHEET[0],
          cell: CELLS.years[1].summary,
          messageKey: `${KEY}.status`,
          params: { label: "H29年度", before: "△", after: "○" },
        },
      ],
    },
    {
      name: "H28 summary reworded, same status",
      ...pair((c) => (c[1].years[0].summary = "関係課との協議を重ね、計画通り進捗している。")),
      findings: [{ sheet: SHEET[1], cell: CELLS.years[0].summary, messageKey: `${KEY}.summary` }],
    },
    {
      name: "H30 effect changed",
      ...pair((c) => (c[0].years[2].effect = "80% (構築開始)")),
      findings: [{ sheet: SHEET[0], cell: CELLS.years[2].effect, messageKey: `${KEY}.effect` }],
    },
    {
      name: "two years' work rewritten: one finding each",
      ...pair((c) => {
        c[0].years[0].workRaw = "・書き換えた作業内容";
        c[0].years[2].workRaw = "・これも書き換えた作業内容";
      }),
      findings: [
        { sheet: SHEET[0], cell: CELLS.years[0].work, messageKey: `${KEY}.work` },
        { sheet: SHEET[0], cell: CELLS.years[2].work, messageKey: `${KEY}.work` },
      ],
    },
    {
      name: "a long text rewritten: last year's words quoted, cut at 60 characters",
      ...pair((_, l) => (l[0].years[1].workRaw = "・" + "庁内の全課を対象に業務の棚卸しを行い、".repeat(10))),
      findings: [
        {
          sheet: SHEET[0],
          cell: CELLS.years[1].work,
          messageKey: `${KEY}.work`,
          params: { before: "・" + "庁内の全課を対象に業務の棚卸しを行い、".repeat(4).slice(0, 59) + "…" },
        },
      ],
    },
  ],
});
