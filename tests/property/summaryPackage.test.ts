/**
 * Random workbooks written as packages, with their summary tabs, as `summary DIR` writes a workbook of many
 * cities' sheets: nothing in the package is what Excel would repair (a table header unlike its column name, a
 * sheet name it refuses, two tables of one name, a row or cell out of order, a style past its list …), and
 * the summary written again over it (its tabs replaced in place) is as clean.
 */
import fc from "fast-check";
import { analyze, buildSummarySheets, SUMMARY_ROLES } from "../../src/core/engine";
import { gridToSheetSpec } from "../../src/core/produce/batch";
import { writeSheetsToPackage, XlsxPackage } from "../../src/xlsx/package";
import { fflateCodec } from "../../src/xlsx/package/fflateCodec";
import { excelRepairs } from "../support/excelIntegrity";
import { anyWorkbook, sheetName } from "./grids";
import { params } from "./runs";

const tabNames = fc.option(fc.dictionary(fc.constantFrom(...SUMMARY_ROLES), sheetName, { maxKeys: 3 }), { nil: undefined });

test("a random workbook and its summary tabs, written as a package, hold nothing Excel would repair", () => {
  fc.assert(
    fc.property(anyWorkbook, fc.constantFrom("ja" as const, "en" as const), tabNames, (wb, lang, names) => {
      const pkg = XlsxPackage.blank(fflateCodec);
      writeSheetsToPackage(pkg, wb.sheets.map(gridToSheetSpec));
      const first = analyze(pkg.grid(), { source: "random.xlsx", lang });
      writeSheetsToPackage(pkg, buildSummarySheets(first, { lang, names }));
      const once = pkg.toBytes();
      expect(excelRepairs(once)).toEqual([]);
      // Summary again on the written workbook: its tabs are found by their markers and replaced.
      const again = XlsxPackage.open(once, fflateCodec);
      writeSheetsToPackage(again, buildSummarySheets(analyze(again.grid(), { source: "random.xlsx", lang }), { lang, names }));
      expect(excelRepairs(again.toBytes())).toEqual([]);
    }),
    params("summaryPackage"),
  );
});
