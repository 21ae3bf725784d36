import { percentFractionMismatch } from "../../../src/core/rules/effectChecks";
import { M, measurePlan, ruleTester } from "../../support/ruleTester";

/** ①-02 H29 is 33% (3/9校): 3/9 = 33.3…%, so 34% is right only when the office rounds up. */
const ceiled = () =>
  measurePlan((m) => {
    m[M.fraction].years[1].effect = "34% (3/9校)";
  });

ruleTester(percentFractionMismatch, {
  valid: [
    { name: "the clean plan", workbook: measurePlan() },
    { name: "near miss: 34% for 3/9 is 33.3% rounded up (any rounding)", workbook: ceiled },
    { name: "near miss: 34% for 3/9 under ceil rounding", workbook: ceiled, rounding: "ceil" },
  ],
  invalid: [
    {
      name: "51% stated for 5/9",
      workbook: measurePlan((m) => {
        m[M.fraction].years[2].effect = "51% (5/9校)";
      }),
      findings: [
        { sheet: "①-02", cell: "G11", messageKey: "rule.percent-fraction-mismatch", params: { stated: "51%", computed: "55.56" } },
      ],
    },
    {
      name: "34% for 3/9 under half-up rounding",
      workbook: ceiled,
      rounding: "halfUp",
      findings: [{ sheet: "①-02", cell: "G10", messageKey: "rule.percent-fraction-mismatch" }],
    },
    {
      name: "a fraction written with full-width digits",
      workbook: measurePlan((m) => {
        m[M.fraction].years[3].effect = "70% (７/９校)";
      }),
      findings: [{ sheet: "①-02", cell: "G12", messageKey: "rule.percent-fraction-mismatch" }],
    },
  ],
});
