import { cellError } from "../../../src/core/rules/cellError";
import { placeCells } from "../../fixtures/fixture";
import { M, measurePlan, ruleTester } from "../../support/ruleTester";

ruleTester(cellError, {
  valid: [
    { name: "the clean plan", workbook: measurePlan() },
    {
      name: "near miss: text that starts with # or names an error",
      workbook: measurePlan((m) => {
        m[M.percent].overview = "#1 優先施策。#REF!の修正を含む。";
        m[M.percent].years[2].workRaw = "#N/A 表示の原因を調査";
      }),
    },
    {
      name: "near miss: an error value beside the form, not in it",
      workbook: measurePlan(
        undefined,
        {},
        { decorate: (spec, _, i) => (i === M.money ? placeCells(spec, [{ row: 2, col: 10, value: "#REF!" }]) : spec) },
      ),
    },
  ],
  invalid: [
    {
      name: "#REF! in an effect and #N/A in 担当部署",
      workbook: measurePlan((m) => {
        m[M.fraction].years[2].effect = "#REF!";
        m[M.ratio].department = "#N/A";
      }),
      findings: [
        { sheet: "①-02", cell: "G11", messageKey: "rule.cell-error", params: { value: "#REF!" } },
        { sheet: "①-04", cell: "E3", messageKey: "rule.cell-error", params: { value: "#N/A" } },
      ],
    },
    {
      name: "#NAME? after an ideographic space (white space beyond ASCII counts as padding too)",
      workbook: measurePlan((m) => {
        m[M.count].years[2].summary = "\u3000#NAME?";
      }),
      findings: [{ sheet: "②-01", cell: "E11", messageKey: "rule.cell-error", params: { value: "#NAME?" } }],
    },
    {
      name: "a padded #DIV/0! in a summary and #SPILL! in a work cell",
      workbook: measurePlan((m) => {
        m[M.count].years[1].summary = " #DIV/0! ";
        m[M.count].years[3].workRaw = "#SPILL!";
      }),
      findings: [
        { sheet: "②-01", cell: "E10", messageKey: "rule.cell-error", params: { value: "#DIV/0!" } },
        { sheet: "②-01", cell: "F12", messageKey: "rule.cell-error", params: { value: "#SPILL!" } },
      ],
    },
  ],
});
