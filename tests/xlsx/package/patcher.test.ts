/**
 * Fill written by patching single cells: the style is kept, a new cell goes in column order, a row or
 * cell without `r` is not shifted, a formula or a merged area's hidden cell is never written, and a
 * protected sheet gets nothing unless every target cell is unlocked. Undo (before and after swapped) gives the part back.
 */
import { XlsxPackage } from "../../../src/xlsx/package";
import { makeZip } from "../support/zip";
import type { Edit } from "../../../src/core/model/schemas";
import { fflateCodec } from "../../../src/xlsx/package/fflateCodec";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** One sheet S: `head` before its sheetData (cols), `tail` after it; with `styles`, a styles part. */
function pkg(sheetData: string, tail = "", head = "", styles?: string): XlsxPackage {
  const stylesRel = styles
    ? `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`
    : "";
  return XlsxPackage.open(
    makeZip({
      "[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
      "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      "xl/workbook.xml": `<workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>${stylesRel}</Relationships>`,
      ...(styles ? { "xl/styles.xml": styles } : {}),
      "xl/worksheets/sheet1.xml": `<worksheet xmlns="${MAIN}">${head}<sheetData>${sheetData}</sheetData>${tail}</worksheet>`,
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

test("a protected sheet whose cells are locked (the default) gets nothing at all", () => {
  const p = pkg(`<row r="1"><c r="A1"><v>1</v></c></row>`, `<sheetProtection sheet="1" password="CF1A"/>`);
  const r = p.applyEdits([edit("A1", 1, 2)]);
  expect(r.applied).toEqual([]);
  expect(r.skipped.map((s) => s.reason)).toEqual(["protected"]);
  expect(p.partNames().length).toBe(5);
  expect(sheetData(p)).toBe(`<row r="1"><c r="A1"><v>1</v></c></row>`);
});

/**
 * Cell formats: 0 locked (the default), 1 unlocked as Excel writes it, 2 as LibreOffice writes it, 3 unlocked
 * through its named style (no protection of its own), 4 locked by LibreOffice's "true", 5 naming the unlocked
 * style but locked itself.
 */
const STYLES =
  `<styleSheet xmlns="${MAIN}"><cellStyleXfs count="2"><xf numFmtId="0"/><xf numFmtId="0" applyProtection="1"><protection locked="0"/></xf></cellStyleXfs>` +
  `<cellXfs count="6"><xf numFmtId="0" xfId="0"/><xf numFmtId="0" xfId="0" applyProtection="1"><protection locked="0"/></xf>` +
  `<xf numFmtId="0" xfId="0" applyProtection="true"><protection locked="false" hidden="false"/></xf><xf numFmtId="0" xfId="1"/>` +
  `<xf numFmtId="0" xfId="0" applyProtection="true"><protection locked="true" hidden="false"/></xf>` +
  `<xf numFmtId="0" xfId="1" applyProtection="1"><protection locked="1"/></xf></cellXfs></styleSheet>`;

/** A protected sheet S with the styles above (and `cols` before its sheetData). */
function protectedPkg(sheetData: string, cols = "", styles = STYLES): XlsxPackage {
  return pkg(sheetData, `<sheetProtection sheet="1" objects="1" scenarios="1"/>`, cols, styles);
}

describe("a protected sheet: a fill writes the cells a person could type into there, and only those", () => {
  test.each([
    ["scanned", STYLES],
    ["parsed whole", STYLES.replace("<cellXfs", "<!-- formats --><cellXfs")],
  ])(
    "unlocked cells (as Excel, LibreOffice or a named style unlocks them) are written; the sheet stays protected (styles %s)",
    (_how, styles) => {
      const p = protectedPkg(
        `<row r="1"><c r="A1" s="1"><v>1</v></c><c r="B1" s="2"><v>2</v></c><c r="C1" s="3"><v>3</v></c></row>`,
        "",
        styles,
      );
      const r = p.applyEdits([edit("A1", 1, 10), edit("B1", 2, 20), edit("C1", 3, 30)]);
      expect(r.skipped).toEqual([]);
      expect(r.applied).toHaveLength(3);
      expect(p.grid().sheets[0].values).toEqual([[10, 20, 30]]);
      expect(p.grid().sheets[0].protected).toBe(true);
      expect(p.text("xl/worksheets/sheet1.xml")).toContain(`<sheetProtection sheet="1" objects="1" scenarios="1"/>`);
    },
  );

  test("one locked target cell and nothing is written: it is protected, the others wait for it", () => {
    // The styles scanned, and (with a comment in them) parsed whole: the same locks.
    const commented = STYLES.replace("<cellXfs", "<!-- formats --><cellXfs");
    for (const [locked, styles] of [..."045"].flatMap((l) => [[l, STYLES] as const, [l, commented] as const])) {
      const p = protectedPkg(`<row r="1"><c r="A1" s="1"><v>1</v></c><c r="B1" s="${locked}"><v>2</v></c></row>`, "", styles);
      const before = p.text("xl/worksheets/sheet1.xml");
      const r = p.applyEdits([edit("A1", 1, 10), edit("B1", 2, 20)]);
      expect(r.applied).toEqual([]);
      expect(r.skipped.map((s) => s.reason)).toEqual(["blocked", "protected"]);
      expect(p.text("xl/worksheets/sheet1.xml")).toBe(before);
    }
  });

  test("a cell not written yet is as locked as its row's format, else its column's, else locked", () => {
    const cols = `<cols><col min="2" max="3" width="9" style="1" customWidth="1"/></cols>`;
    const rows = `<row r="1" s="2" customFormat="1"><c r="A1" s="1"><v>1</v></c></row><row r="2" s="2"><c r="A2" s="1"><v>1</v></c></row>`;
    // Row 1 is formatted unlocked; B2 and C3 take their column's unlocked format; D2 and A3 have no format.
    const open = protectedPkg(rows, cols);
    expect(open.applyEdits([edit("D1", null, "x"), edit("B2", null, "y"), edit("C3", null, "z")]).applied).toHaveLength(3);
    // Each new cell is written with the format it was read with, so it stays unlocked.
    const written = sheetData(open);
    expect(written).toContain(`<c r="D1" s="2" t="inlineStr">`);
    expect(written).toContain(`<c r="B2" s="1" t="inlineStr">`);
    expect(written).toContain(`<c r="C3" s="1" t="inlineStr">`);
    for (const cell of ["D2", "A3"]) {
      const r = protectedPkg(rows, cols).applyEdits([edit("B2", null, "y"), edit(cell, null, "x")]);
      expect(r.skipped.map((s) => s.reason)).toEqual(["blocked", "protected"]);
    }
  });
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
