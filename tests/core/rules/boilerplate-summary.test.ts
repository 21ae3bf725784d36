import { boilerplateSummary } from "../../../src/core/rules/boilerplateSummary";
import { M, measurePlan, ruleTester } from "../../support/ruleTester";

const TEXT = "国のICTにおける災害対策等の調査を実施するとともに、計画策定の体制等を作成しており、計画通り進捗している。";

ruleTester(boilerplateSummary, {
  valid: [
    { name: "the clean plan", workbook: measurePlan() },
    {
      name: "near miss: the same text on two sheets only",
      workbook: measurePlan((m) => {
        for (const i of [M.percent, M.fraction]) m[i].years[0].summary = TEXT;
      }),
    },
    {
      name: "near miss: the same text on three sheets, in three different years",
      workbook: measurePlan((m) => {
        m[M.percent].years[0].summary = TEXT;
        m[M.fraction].years[1].summary = TEXT;
        m[M.money].years[2].summary = TEXT;
      }),
    },
  ],
  invalid: [
    {
      name: "the same H28 text on three sheets",
      workbook: measurePlan((m) => {
        for (const i of [M.percent, M.fraction, M.money]) m[i].years[0].summary = TEXT;
      }),
      findings: [
        { sheet: "①-01", cell: "E9", messageKey: "rule.boilerplate-summary", params: { count: 3, label: "H28年度" } },
        { sheet: "①-02", cell: "E9", messageKey: "rule.boilerplate-summary" },
        { sheet: "①-03", cell: "E9", messageKey: "rule.boilerplate-summary" },
      ],
    },
    {
      name: "four sheets in R1, differing only in width and spaces",
      workbook: measurePlan((m) => {
        m[M.percent].years[3].summary = TEXT;
        m[M.fraction].years[3].summary = TEXT.replace("ICT", "ＩＣＴ");
        m[M.ratio].years[3].summary = TEXT.replace("、", "、 ");
        m[M.count].years[3].summary = `${TEXT}\n`;
      }),
      findings: [
        { sheet: "①-01", cell: "E12", messageKey: "rule.boilerplate-summary", params: { count: 4 } },
        { sheet: "①-02", cell: "E12", messageKey: "rule.boilerplate-summary" },
        { sheet: "①-04", cell: "E12", messageKey: "rule.boilerplate-summary" },
        { sheet: "②-01", cell: "E12", messageKey: "rule.boilerplate-summary" },
      ],
    },
  ],
});
