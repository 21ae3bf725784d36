import { unrecognizedEffect } from "../../../src/core/rules/unrecognizedEffect";
import { M, measurePlan, ruleTester } from "../../support/ruleTester";

ruleTester(unrecognizedEffect, {
  valid: [
    { name: "the clean plan (percent, fraction, money, ratio, count, dash)", workbook: measurePlan() },
    {
      name: "near miss: a bare percentage and an empty effect",
      workbook: measurePlan((m) => {
        m[M.percent].years[1].effect = "25%";
        m[M.count].years[2].effect = "";
      }),
    },
  ],
  invalid: [
    {
      name: "調整中 as an effect",
      workbook: measurePlan((m) => {
        m[M.count].years[2].effect = "調整中";
      }),
      findings: [{ sheet: "②-01", cell: "G11", messageKey: "rule.unrecognized-effect", params: { text: "調整中", label: "H30年度" } }],
    },
    {
      name: "two sentences without a number on two sheets",
      workbook: measurePlan((m) => {
        m[M.percent].years[3].effect = "効果の測定方法を検討中";
        m[M.ratio].years[0].effect = "研修を実施した";
      }),
      findings: [
        { sheet: "①-01", cell: "G12", messageKey: "rule.unrecognized-effect" },
        { sheet: "①-04", cell: "G9", messageKey: "rule.unrecognized-effect" },
      ],
    },
  ],
});
