/**
 * Fill written by patching single cells: the style is kept, a new cell goes in column order, a row or
 * cell without `r` is not shifted, a formula or a merged area's hidden cell is never written, and a
 * protected sheet gets nothing at all. Undo (before and after swapped) gives the part back.
 */
import { XlsxPackage } from "../../../src/xlsx/package";
import { makeZip } from "../support/zip";
import type { Edit } from "../../../src/core/model/schemas";
import { fflateCodec } from "../../../src/xlsx/package/fflateCodec";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

function pkg(sheetData: string, tail = ""): XlsxPackage {
  return XlsxPackage.open(
    makeZip({
      "[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
      "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      "xl/workbook.xml": `<workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      "xl/worksheets/sheet1.xml": `<worksheet xmlns="${MAIN}"><sheetData>${sheetData}</sheetData>${tail}</worksheet>`,
    }),
    fflateCodec,
  );
}

const edit = (cell: string, before: Edit["before"], after: Edit["after"]): Edit =>
  ({ sheet: "S", cell, before, after, reason: { ja: "", en: "" } }) as Edit;
const sheetData = (p: XlsxPackage) => /<sheetData>([\s\S]*)<\/sheetData>/.exec(p.text("xl/worksheets/sheet1.xml"))![1];

test("a cell is replaced in place with its style; a new cell goes in column order; a new row in row order", () => {
  const p = pkg(`<row r="2" spans="1:3"><c r="A2" s="3" t="inlineStr"><is><t>2/8施設</t></is></c><c r="C2"><v>1</v></c></row>`);
  const r = p.applyEdits([edit("A2", "2/8施設", "25% (2/8施設)"), edit("B2", null, "新"), edit("A1", null, 5), edit("D3", null, true)]);
  expect(r.applied).toHaveLength(4);
  expect(sheetData(p)).toBe(
    `<row r="1"><c r="A1"><v>5</v></c></row><row r="2" spans="1:3"><c r="A2" s="3" t="inlineStr"><is><t>25% (2/8施設)</t></is></c><c r="B2" t="inlineStr"><is><t>新</t></is></c><c r="C2"><v>1</v></c></row><row r="3"><c r="D3" t="b"><v>1</v></c></row>`,
  );
  expect(p.grid().sheets[0].values).toEqual([[5], ["25% (2/8施設)", "新", 1], [null, null, null, true]]);
});

test("a row's spans hint is kept while it covers the row's cells, widened when one range does not, dropped when a list does not", () => {
  const p = pkg(
    `<row r="1" spans="2:4" x14ac:dyDescent="0.25"><c r="B1"><v>1</v></c></row>` +
      `<row r="2" spans='2:3'><c r="B2"><v>1</v></c></row>` +
      `<row r="3" spans="1:2 5:6"><c r="A3"><v>1</v></c></row>`,
  );
  p.applyEdits([edit("D1", null, 4), edit("F2", null, 6), edit("A2", null, 0), edit("C3", null, 3)]);
  const rows = sheetData(p).match(/<row[^>]*>/g);
  expect(rows).toEqual([`<row r="1" spans="2:4" x14ac:dyDescent="0.25">`, `<row r="2" spans='1:6'>`, `<row r="3">`]);
});

test("cells without r keep their columns when a neighbour is written", () => {
  const p = pkg(`<row><c><v>1</v></c><c><v>2</v></c></row>`);
  p.applyEdits([edit("D1", null, 4)]);
  expect(p.grid().sheets[0].values).toEqual([[1, 2, null, 4]]);
});

test("a formula cell and a merged area's hidden cell are skipped; a changed cell too", () => {
  const p = pkg(
    `<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1"><v>3</v></c></row>`,
    `<mergeCells count="1"><mergeCell ref="B1:C1"/></mergeCells>`,
  );
  const r = p.applyEdits([edit("A1", 2, 5), edit("C1", null, "x"), edit("B1", 4, 5)]);
  expect(r.applied).toEqual([]);
  expect(r.skipped.map((s) => s.reason)).toEqual(["formula", "changed", "changed"]);
});

test("a protected sheet gets nothing at all", () => {
  const p = pkg(`<row r="1"><c r="A1"><v>1</v></c></row>`, `<sheetProtection sheet="1" password="CF1A"/>`);
  const r = p.applyEdits([edit("A1", 1, 2)]);
  expect(r.applied).toEqual([]);
  expect(r.skipped.map((s) => s.reason)).toEqual(["protected"]);
  expect(p.partNames().length).toBe(5);
  expect(sheetData(p)).toBe(`<row r="1"><c r="A1"><v>1</v></c></row>`);
});

test("text that needs escaping goes in and comes back exactly; undo restores the values", () => {
  const p = pkg(`<row r="1"><c r="A1" s="2"><v>1</v></c></row>`);
  const text = " <b>&\"'\n_x000D_ \u0001";
  p.applyEdits([edit("A1", 1, text)]);
  const q = XlsxPackage.open(p.toBytes(), fflateCodec);
  expect(q.grid().sheets[0].values).toEqual([[text]]);
  q.applyEdits([edit("A1", text, 1)]);
  expect(XlsxPackage.open(q.toBytes(), fflateCodec).grid().sheets[0].values).toEqual([[1]]);
});
