/** `summary DIR` copies each city's sheet with its merged areas; Excel repairs a workbook whose merges overlap. */
import { gridToSheetSpec, separateMerges } from "../../src/core/produce/batch";

test("a merge that repeats or overlaps one before it is left out; the first of each stays", () => {
  expect(separateMerges(["E2:G2", "E2:G2"])).toEqual(["E2:G2"]);
  expect(separateMerges(["A1:B2", "B2:C3", "C1:D1", "A3:A4"])).toEqual(["A1:B2", "C1:D1", "A3:A4"]);
  expect(separateMerges(["A1:A2", "B1:B2"])).toEqual(["A1:A2", "B1:B2"]);
  expect(separateMerges(["not a range", "A1:B1"])).toEqual(["A1:B1"]);
});

test("a copied sheet carries its merges separated", () => {
  const spec = gridToSheetSpec({
    name: "①-01",
    values: [["a", null, null]],
    top: 0,
    left: 0,
    merges: ["A1:C1", "B1:C1"],
    visibility: "visible",
    protected: false,
  });
  expect(spec.merges).toEqual(["A1:C1"]);
});
