import { duplicateNumber } from "../../../src/core/rules/duplicateNumber";
import { M, measurePlan, ruleTester } from "../../support/ruleTester";

ruleTester(duplicateNumber, {
  valid: [
    { name: "the clean plan", workbook: measurePlan() },
    {
      name: "near miss: ①-02 and 1-02 (circled digits are not folded)",
      workbook: measurePlan((m) => {
        m[M.ratio].number = "1-02";
      }),
    },
    {
      name: "near miss: two sheets with no number at all",
      workbook: measurePlan(
        (m) => {
          m[M.money].number = "";
          m[M.ratio].number = "";
        },
        (_, i) => (i === M.money ? { sheetName: "A" } : i === M.ratio ? { sheetName: "B" } : {}),
      ),
    },
  ],
  invalid: [
    {
      name: "the same number on a later sheet",
      workbook: measurePlan(
        (m) => {
          m[M.ratio].number = m[M.fraction].number;
        },
        (_, i) => (i === M.ratio ? { sheetName: "①-02 (2)" } : {}),
      ),
      findings: [{ sheet: "①-02 (2)", cell: "B3", messageKey: "rule.duplicate-number", params: { number: "①-02", other: "①-02" } }],
    },
    {
      name: "full-width digits and dash, and a third copy",
      workbook: measurePlan(
        (m) => {
          m[M.money].number = "①－０１";
          m[M.count].number = " ①-01 ";
        },
        (_, i) => (i === M.money ? { sheetName: "X" } : i === M.count ? { sheetName: "Y" } : {}),
      ),
      findings: [
        { sheet: "X", cell: "B3", messageKey: "rule.duplicate-number", params: { number: "①－０１", other: "①-01" } },
        { sheet: "Y", cell: "B3", messageKey: "rule.duplicate-number", params: { number: "①-01", other: "①-01" } },
      ],
    },
  ],
});
