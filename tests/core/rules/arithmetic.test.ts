import { arithmetic } from "../../../src/core/rules/effectChecks";
import { M, measurePlan, ruleTester } from "../../support/ruleTester";

ruleTester(arithmetic, {
  valid: [
    { name: "the clean plan", workbook: measurePlan() },
    {
      name: "near miss: 70/60 = 1.1666… written 1.16 (floored)",
      workbook: measurePlan((m) => {
        m[M.ratio].years[0].effect = "研修受講者目標数 60名に対し1.16倍の 70名受講";
      }),
    },
    {
      name: "near miss: a percentage with a wrong fraction is not this rule's",
      workbook: measurePlan((m) => {
        m[M.fraction].years[2].effect = "51% (5/9校)";
      }),
    },
  ],
  invalid: [
    {
      name: "a ratio 0.3 too high",
      workbook: measurePlan((m) => {
        m[M.ratio].years[2].effect = "研修受講者目標数 60名に対し1.68倍の 83名受講";
      }),
      findings: [{ sheet: "①-04", cell: "G11", messageKey: "rule.arithmetic.ratio", params: { stated: "1.68倍" } }],
    },
    {
      name: "a money sum that does not add up",
      workbook: measurePlan((m) => {
        m[M.money].years[2].effect = "累計効果額 約600万円 (既存機器の更新費用推計額の約4600万-新基盤導入費用約4100万=削減効果額約600万)";
      }),
      findings: [{ sheet: "①-03", cell: "G11", messageKey: "rule.arithmetic.money", params: { computed: "500" } }],
    },
    {
      name: "both kinds on two sheets",
      workbook: measurePlan((m) => {
        m[M.ratio].years[4].effect = "研修受講者目標数 60名に対し2.50倍の 90名受講";
        m[M.money].years[1].effect = "約300万円 (既存機器の更新費用推計額の約4300万-新基盤導入費用約4100万=削減効果額約300万)";
      }),
      findings: [
        { sheet: "①-04", cell: "G13", messageKey: "rule.arithmetic.ratio" },
        { sheet: "①-03", cell: "G10", messageKey: "rule.arithmetic.money" },
      ],
    },
  ],
});
