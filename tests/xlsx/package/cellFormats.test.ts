/** A cell's format key, built straight from the cell, is the key of the format request the styles part gets. */
import fc from "fast-check";
import { cellXfKey, xfRequest, xfRequests } from "../../../src/xlsx/package/sheetParts";
import { xfKey } from "../../../src/xlsx/package/styles";
import type { CellSpec, SheetSpec } from "../../../src/core/model/sheetSpec";

const cell: fc.Arbitrary<CellSpec> = fc.record(
  {
    value: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
    bold: fc.boolean(),
    link: fc.constantFrom(undefined, "#'検証結果'!A1", "①-01!B3"),
    fill: fc.constantFrom(undefined, "FFC7CE", "C6EFCE"),
    border: fc.boolean(),
    numFmt: fc.constantFrom(undefined, "0%", "yyyy/m/d"),
    align: fc.constantFrom(undefined, "center", "left"),
    vAlign: fc.constantFrom(undefined, "top"),
    wrap: fc.boolean(),
  },
  { requiredKeys: ["value"] },
) as fc.Arbitrary<CellSpec>;

test("cellXfKey(c) is xfKey(xfRequest(c)) for any cell", () => {
  fc.assert(
    fc.property(cell, (c) => expect(cellXfKey(c)).toBe(xfKey(xfRequest(c)))),
    { numRuns: 500 },
  );
});

test("a sheet's format requests come once each, whatever the number of cells", () => {
  const bold = { value: "見出し", bold: true, border: true };
  const plain = { value: 1, border: true };
  const spec = {
    rows: [
      [bold, bold, null],
      [plain, plain, plain],
    ],
  } as unknown as SheetSpec;
  expect(xfRequests(spec).map(xfKey)).toEqual([cellXfKey(bold), cellXfKey(plain)]);
});
