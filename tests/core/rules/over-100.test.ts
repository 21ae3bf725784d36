import { over100 } from "../../../src/core/rules/effectChecks";
import { M, measurePlan, ruleTester } from "../../support/ruleTester";

ruleTester(over100, {
  valid: [
    { name: "the clean plan (100% for 9/9)", workbook: measurePlan() },
    {
      name: "near miss: 10/9 stated as it is, 111%",
      workbook: measurePlan((m) => {
        m[M.fraction].years[4].effect = "111% (10/9校)";
      }),
    },
  ],
  invalid: [
    {
      name: "10/9 stated as the cap, 100%",
      workbook: measurePlan((m) => {
        m[M.fraction].years[4].effect = "100% (10/9校)";
      }),
      findings: [{ sheet: "①-02", cell: "G13", messageKey: "rule.over-100", params: { computed: "111.11" } }],
    },
    {
      name: "two years past the cap",
      workbook: measurePlan((m) => {
        m[M.fraction].years[3].effect = "100% (12/9校)";
        m[M.fraction].years[4].effect = "100% (13/9校)";
      }),
      findings: [
        { sheet: "①-02", cell: "G12", messageKey: "rule.over-100" },
        { sheet: "①-02", cell: "G13", messageKey: "rule.over-100" },
      ],
    },
  ],
});
