/**
 * The check of what Excel would repair (tests/support/excelIntegrity.ts), itself tested: the sample's summary
 * workbook is clean, and each way of breaking a package that Excel repairs is caught. Without this, a check
 * that never fires would let every test that relies on it pass.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { buildSummarySheets, analyze } from "../../../src/core/engine";
import { writeSheetsToPackage, XlsxPackage } from "../../../src/xlsx/package";
import { fflateCodec } from "../../../src/xlsx/package/fflateCodec";
import { excelRepairs, newRepairs } from "../../support/excelIntegrity";

const SAMPLE = join(__dirname, "..", "..", "..", "samples", "sodegaura-2016.xlsx");

let clean: Uint8Array;
beforeAll(() => {
  const pkg = XlsxPackage.open(readFileSync(SAMPLE), fflateCodec);
  const report = analyze(pkg.grid(), { source: "sample.xlsx", lang: "ja" });
  writeSheetsToPackage(pkg, buildSummarySheets(report, { lang: "ja" }));
  clean = pkg.toBytes();
});

/** The summary workbook with one part's text changed. */
function broken(part: string, change: (text: string) => string): Uint8Array {
  const parts = unzipSync(clean);
  const before = strFromU8(parts[part]);
  const after = change(before);
  if (after === before) throw new Error(`the change to ${part} changed nothing`);
  parts[part] = strToU8(after);
  return zipSync(parts);
}

/** The part of the summary tab named `name`, through the workbook and its relationships. */
function tabPart(name: string): string {
  const pkg = XlsxPackage.open(clean, fflateCodec);
  return pkg.findSheet(name)!.part;
}

test("the sample's summary workbook has nothing Excel would repair", () => {
  expect(excelRepairs(clean)).toEqual([]);
  expect(excelRepairs(readFileSync(SAMPLE))).toEqual([]);
});

test.each<[string, () => Uint8Array, RegExp]>([
  [
    "a part that is not well-formed XML (an end tag mistyped)",
    () => broken(tabPart("進捗一覧"), (t) => t.replace("</sheetData>", "</sheetDat>")),
    /xl\/worksheets\/sheet\d+\.xml: not well-formed XML/,
  ],
  ["stray text after a part's root", () => broken("xl/workbook.xml", (t) => t + "stray"), /xl\/workbook\.xml: not well-formed XML/],
  [
    "a part typed as plain XML",
    () => broken("[Content_Types].xml", (t) => t.replace(/<Override PartName="\/xl\/styles\.xml"[^>]*\/>/, "")),
    /xl\/styles\.xml: content type application\/xml, not one ending \.styles\+xml/,
  ],
  [
    "a part without a content type",
    () =>
      broken("[Content_Types].xml", (t) =>
        t.replace(/<Default Extension="xml"[^>]*\/>/, "").replace(/<Override PartName="\/xl\/styles\.xml"[^>]*\/>/, ""),
      ),
    /xl\/styles\.xml: no content type/,
  ],
  [
    "a content type for a missing part",
    () =>
      broken("[Content_Types].xml", (t) =>
        t.replace("</Types>", '<Override PartName="/xl/gone.xml" ContentType="application/xml"/></Types>'),
      ),
    /names xl\/gone\.xml/,
  ],
  [
    "a relationship id twice",
    () => broken("xl/_rels/workbook.xml.rels", (t) => t.replace(/Id="rId2"/, 'Id="rId1"')),
    /relationship id rId1 twice/,
  ],
  [
    "a relationship to a missing part",
    () => broken("xl/_rels/workbook.xml.rels", (t) => t.replace(/Target="styles\.xml"/, 'Target="nostyles.xml"')),
    /points to xl\/nostyles\.xml/,
  ],
  [
    "two sheets of one name (case aside)",
    () => broken("xl/workbook.xml", (t) => t.replace('name="進捗一覧"', 'name="①-01"')),
    /two sheets named ①-01/,
  ],
  [
    "a sheet name Excel refuses",
    () => broken("xl/workbook.xml", (t) => t.replace('name="年度別"', 'name="年度/別"')),
    /sheet name Excel refuses/,
  ],
  [
    "a defined name twice in its scope",
    () => broken("xl/workbook.xml", (t) => t.replace(/(<definedName [^>]*>[^<]*<\/definedName>)/, "$1$1")),
    /twice in one scope/,
  ],
  [
    "a cell format naming a missing font",
    () => broken("xl/styles.xml", (t) => t.replace(/(<cellXfs[^>]*>\s*<xf [^>]*?)fontId="\d+"/, '$1fontId="999"')),
    /names font 999/,
  ],
  [
    "a cell naming a missing format",
    () => broken(tabPart("進捗一覧"), (t) => t.replace(/<c r="A2"( s="\d+")?/, '<c r="A2" s="9999"')),
    /cell A2 names format 9999/,
  ],
  ["rows out of order", () => broken(tabPart("進捗一覧"), (t) => t.replace(/<row r="3"/, '<row r="1"')), /row 1 after row 2/],
  [
    "cells out of column order",
    () => broken(tabPart("進捗一覧"), (t) => t.replace(/<c r="B2"/, '<c r="A2"')),
    /cell A2 out of column order/,
  ],
  [
    "a shared string past the table",
    () => broken(tabPart("①-01"), (t) => t.replace(/(<c r="A1"[^>]*t="s"[^>]*><v>)\d+/, "$199999")),
    /shared string 99999/,
  ],
  [
    "overlapping merged areas",
    () => broken(tabPart("①-01"), (t) => t.replace(/<mergeCells count="(\d+)">/, '<mergeCells count="$1"><mergeCell ref="A1:Z99"/>')),
    /merged areas overlap/,
  ],
  [
    "a table header that is not its column name",
    () => broken("xl/tables/table1.xml", (t) => t.replace(/(<tableColumn id="1" name=")[^"]*/, "$1別の名前")),
    /header .* is not its column name "別の名前"/,
  ],
  [
    "two tables of one name",
    () => broken("xl/tables/table2.xml", (t) => t.replace(/displayName="[^"]*"/, 'displayName="ShinchokuOverview"')),
    /table name ShinchokuOverview also used/,
  ],
  [
    "a conditional format naming a missing differential format",
    () => broken(tabPart("進捗一覧"), (t) => t.replace(/dxfId="\d+"/, 'dxfId="999"')),
    /differential format 999/,
  ],
])("caught: %s", (_, make, expected) => {
  const found = excelRepairs(make());
  expect(found.join("\n")).toMatch(expected);
  expect(newRepairs(clean, make()).length).toBeGreaterThan(0);
});
