import { htmlMarkup } from "../../../src/core/rules/htmlMarkup";
import { M, measurePlan, ruleTester } from "../../support/ruleTester";

ruleTester(htmlMarkup, {
  valid: [
    { name: "the clean plan", workbook: measurePlan() },
    {
      name: "near miss: a < b, 〈〉 and <目標> are no tags",
      workbook: measurePlan((m) => {
        m[M.money].years[1].workRaw = "・費用 < 効果 を確認 ・〈説明会〉の開催";
        m[M.money].expectedEffect = "<目標> 経費の削減が期待できます。";
      }),
    },
  ],
  invalid: [
    {
      name: "a <ul> pasted into a work cell",
      workbook: measurePlan((m) => {
        m[M.money].years[1].workRaw = `<ul style="list-style-type: none"> ${m[M.money].years[1].workRaw}`;
      }),
      findings: [{ sheet: "①-03", cell: "F10", messageKey: "rule.html-markup", params: { tag: '<ul style="list-style-type: none">' } }],
    },
    {
      name: "<br/> in a summary and </li> in 概要",
      workbook: measurePlan((m) => {
        m[M.ratio].years[2].summary = "研修を実施した。<br/>計画通り進捗している。";
        m[M.ratio].overview = "研修の充実</li>";
      }),
      findings: [
        { sheet: "①-04", cell: "E11", messageKey: "rule.html-markup", params: { tag: "<br/>" } },
        { sheet: "①-04", cell: "B5", messageKey: "rule.html-markup", params: { tag: "</li>" } },
      ],
    },
  ],
});
