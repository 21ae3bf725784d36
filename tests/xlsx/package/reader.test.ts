/**
 * The package reader on the cases a reader must get right, on packages built by hand: where ExcelJS was
 * right (phonetic readings skipped, rich runs joined, `_x000D_` and entities, 和暦 and 1904 dates, shared
 * formulas, merges, hidden sheets, protection) and where it was wrong (inline rich text, `t="d"` cells,
 * cells and rows without `r`, a prefixed namespace, absolute relationship targets).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxPackage } from "../../../src/xlsx/package";
import { WorkbookLoadError } from "../../../src/xlsx/package/loadError";
import { makeZip } from "../support/zip";
import { parseXml, XmlError } from "../../../src/xlsx/package/xml";
import { fflateCodec } from "../../../src/xlsx/package/fflateCodec";
import { zip } from "../../../scripts/make-bad-corpus";
import { extent, forEachRow } from "../../../src/core/model/grid";
import { analyze } from "../../../src/core/produce/report";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A one-sheet package around `sheetData` (and optional shared strings, styles, workbookPr). */
function pkg(
  sheetData: string,
  opts: { sst?: string[]; styles?: string; workbookPr?: string; sheetTail?: string; prefix?: string } = {},
): Uint8Array {
  const p = opts.prefix ?? "";
  const xmlns = p ? `xmlns:${p.slice(0, -1)}` : "xmlns";
  const files: Record<string, string> = {
    "[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<${p}workbook ${xmlns}="${MAIN}" xmlns:r="${R}">${opts.workbookPr ?? ""}<${p}sheets><${p}sheet name="S" sheetId="1" r:id="rId1"/></${p}sheets></${p}workbook>`,
    "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    "xl/worksheets/sheet1.xml": `<${p}worksheet ${xmlns}="${MAIN}"><${p}sheetData>${sheetData}</${p}sheetData>${opts.sheetTail ?? ""}</${p}worksheet>`,
  };
  if (opts.sst) files["xl/sharedStrings.xml"] = `<sst xmlns="${MAIN}">${opts.sst.map((s) => `<si>${s}</si>`).join("")}</sst>`;
  if (opts.styles) files["xl/styles.xml"] = opts.styles;
  return makeZip(files);
}

function values(bytes: Uint8Array): unknown[][] {
  const g = XlsxPackage.open(bytes, fflateCodec).grid();
  return g.sheets[0].values;
}

test("inline rich text reads as its joined runs (ExcelJS read it as empty)", () => {
  expect(
    values(
      pkg(
        `<row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>施策</t></r><r><t xml:space="preserve">番号 </t></r></is></c></row>`,
      ),
    ),
  ).toEqual([["施策番号 "]]);
});

test("shared strings: rich runs joined, phonetic readings left out, _x000D_ and entities decoded", () => {
  const sst = [
    '<r><t>担当</t></r><r><t>部署</t></r><rPh sb="0" eb="2"><t>タントウ</t></rPh>',
    "<t>一_x000D_\n二 &amp; &lt;三&gt;</t>",
    "<t/>",
  ];
  expect(
    values(
      pkg(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1"><v>1</v></c></row>`, {
        sst,
      }),
    ),
  ).toEqual([["担当部署", "一\r\n二 & <三>", null, 1]]);
});

test('t="d" cells read as date serials; the 1904 date system counts as the 1900 one under a date format', () => {
  const styles = `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="176" formatCode="[$-411]ggge&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="176"/><xf numFmtId="9"/></cellXfs></styleSheet>`;
  const data = `<row r="1"><c r="A1" t="d"><v>2020-04-01T00:00:00</v></c><c r="B1" s="1"><v>42825</v></c><c r="C1" s="2"><v>0.25</v></c></row>`;
  expect(values(pkg(data, { styles }))).toEqual([[43922, 42825, 0.25]]);
  const g = XlsxPackage.open(pkg(data, { styles, workbookPr: `<workbookPr date1904="1"/>` }), fflateCodec).grid().sheets[0];
  // 1904-system 42825 is 2021-04-01, the 1900 system's 44287; a percentage is no date and stays.
  expect(g.values).toEqual([[43922, 44287, 0.25]]);
  expect(g.numFmts).toEqual([[null, '[$-411]ggge"年"m"月"d"日"', "0%"]]);
});

test("cells and rows without r follow the one before (the file was called damaged)", () => {
  expect(
    values(
      pkg(`<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="B2"><v>3</v></c><c><v>4</v></c></row><row r="5"><c><v>5</v></c></row>`),
    ),
  ).toEqual([[1, 2], [null, 3, 4], [], [], [5]]);
});

test("a cell without r after an empty styled cell counts on from that cell", () => {
  // Empty cells are passed over without reading their reference, unless a cell without r needs it.
  expect(
    values(
      pkg(`<row r="2"><c r="C2" s="1"/><c t="inlineStr"><is><t>次</t></is></c><c r="F2" s="1"/></row><row r="3"><c><v>1</v></c></row>`),
    ),
  ).toEqual([[null, null, null, "次"], [1]]);
});

test("parts in UTF-16 (by byte-order mark, or without one) read as in UTF-8; a patched one is written as UTF-8", () => {
  const parts: Record<string, string> = {
    "[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
    "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-16"?><workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="施策" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    "xl/worksheets/sheet1.xml": `<?xml version="1.0" encoding="UTF-16" standalone="yes"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>進捗総括</t></is></c><c r="B1"><v>3</v></c></row></sheetData></worksheet>`,
  };
  const le = (s: string, bom: boolean) => new Uint8Array([...(bom ? [0xff, 0xfe] : []), ...Buffer.from(s, "utf16le")]);
  const be = (s: string) => {
    const b = Buffer.from(s, "utf16le");
    return new Uint8Array(b.swap16());
  };
  for (const encode of [(s: string) => le(s, true), (s: string) => le(s, false), be]) {
    const bytes = zip({
      ...parts,
      "xl/workbook.xml": encode(parts["xl/workbook.xml"]),
      "xl/worksheets/sheet1.xml": encode(parts["xl/worksheets/sheet1.xml"]),
    });
    const p = XlsxPackage.open(bytes, fflateCodec);
    expect(p.grid().sheets.map((s) => [s.name, s.values])).toEqual([["施策", [["進捗総括", 3]]]]);
    const r = p.applyEdits([{ sheet: "施策", cell: "B1", before: 3, after: "三", rule: "t", reason: { ja: "", en: "" } }]);
    expect(r.applied).toHaveLength(1);
    const q = XlsxPackage.open(p.toBytes(), fflateCodec);
    const written = Buffer.from(q.bytes("xl/worksheets/sheet1.xml")).toString("utf8");
    expect(written.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')).toBe(true);
    expect(q.grid().sheets[0].values).toEqual([["進捗総括", "三"]]);
  }
});

test("a prefixed main namespace (x:) reads like the default one", () => {
  expect(
    values(
      pkg(`<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>施策</x:t></x:is></x:c><x:c r="B1"><x:v>7</x:v></x:c></x:row>`, {
        prefix: "x:",
      }),
    ),
  ).toEqual([["施策", 7]]);
});

test("formulas read as their cached values (shared ones too), none when never calculated; errors and booleans", () => {
  const data = `<row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">B1*2</f><v>4</v></c><c r="B1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="C1"><f>1/0</f></c><c r="D1" t="e"><v>#DIV/0!</v></c><c r="E1" t="b"><v>0</v></c></row><row r="2"><c r="A2"><f t="shared" si="0"/><v>6</v></c></row>`;
  expect(values(pkg(data))).toEqual([[4, "ab", null, "#DIV/0!", false], [6]]);
});

test('merged areas, protection (sheet="1" or "true", not "0"), and the hidden cells of a merge read empty', () => {
  const data = `<row r="1"><c r="A1" t="inlineStr"><is><t>表題</t></is></c><c r="B1" t="inlineStr"><is><t>残り</t></is></c></row>`;
  const tail = `<sheetProtection sheet="true"/><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>`;
  const g = XlsxPackage.open(pkg(data, { sheetTail: tail }), fflateCodec).grid().sheets[0];
  expect(g.values).toEqual([["表題"]]);
  expect(g.merges).toEqual(["A1:C1"]);
  expect(g.protected).toBe(true);
  expect(
    XlsxPackage.open(pkg(data, { sheetTail: `<sheetProtection sheet="0" password="CF1A"/>` }), fflateCodec).grid().sheets[0].protected,
  ).toBe(false);
});

test("hidden cells of merged areas read empty whether the rows come in order or not, under areas of any size", () => {
  const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
  const row1 = `<row r="1">${cell("A1", "a")}${cell("B1", "b")}${cell("D1", "d")}</row>`;
  const row3 = `<row r="3">${cell("A3", "m")}${cell("B3", "n")}</row>`;
  const row9 = `<row r="9">${cell("A9", "x")}${cell("D9", "y")}${cell("E9", "e")}</row>`;
  // A whole column, a block over rows 2-4 whose top-left is empty, one that row 3 skips past.
  const tail = `<mergeCells count="3"><mergeCell ref="A1:B1"/><mergeCell ref="D1:D1048576"/><mergeCell ref="B2:C4"/></mergeCells>`;
  const expected = [["a", null, null, "d"], [], ["m"], ...Array.from({ length: 5 }, () => []), ["x", null, null, null, "e"]];
  for (const data of [row1 + row3 + row9, row9 + row1 + row3])
    expect(XlsxPackage.open(pkg(data, { sheetTail: tail }), fflateCodec).grid().sheets[0].values).toEqual(expected);
});

test("a value typed at the sheet's last cell: the million rows between share one empty row, and the form reads as without it", () => {
  const bytes = pkg(
    '<row r="2"><c r="B2" t="inlineStr" s="1"><is><t>施策番号</t></is></c><c r="C2"><v>7</v></c></row>' +
      '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>',
    {
      styles: `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>`,
    },
  );
  const sheet = XlsxPackage.open(bytes, fflateCodec).grid().sheets[0];
  expect(sheet.values).toHaveLength(1048575);
  // Two rows hold values; every other row is one and the same frozen empty row (90 MB a sheet as rows of their own).
  expect(new Set(sheet.values).size).toBe(3);
  expect(new Set(sheet.numFmts).size).toBe(3);
  expect(Object.isFrozen(sheet.values[1])).toBe(true);
  expect(sheet.values[0]).toEqual(["施策番号", 7]);
  expect(sheet.numFmts?.[0]).toEqual(["0.0%", null]);
  expect(sheet.values[1048574][16382]).toBe("x");
  expect(extent(sheet)).toEqual({ rows: 1048576, cols: 16384 });
  const visited: number[] = [];
  forEachRow(sheet, (_, i) => visited.push(i));
  expect(visited).toEqual([0, 1048574]);

  // The sample with such a value on every sheet: the same measures, statuses and fills as without it.
  const sample = readFileSync(join(__dirname, "..", "..", "..", "samples", "sodegaura-2016.xlsx"));
  const strayed = XlsxPackage.open(sample, fflateCodec);
  for (const s of strayed.sheets)
    strayed.setText(
      s.part,
      strayed
        .text(s.part)
        .replace("</sheetData>", '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'),
    );
  const report = (b: Uint8Array) => analyze(XlsxPackage.open(b, fflateCodec).grid(), { source: "", lang: "ja" });
  const [plain, stray] = [report(sample), report(strayed.toBytes())];
  expect(stray.measures).toEqual(plain.measures);
  expect(stray.findings).toEqual(plain.findings);
});

test("damaged parts are a load error, not a crash: a cut-off sheet, a shared string past the table", () => {
  const cut = pkg(`<row r="1"><c r="A1"><v>1</v></c></row>`);
  const broken = makeZip({
    ...Object.fromEntries(
      ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"].map((n) => [
        n,
        new TextDecoder().decode(XlsxPackage.open(cut, fflateCodec).bytes(n)),
      ]),
    ),
    "xl/worksheets/sheet1.xml": `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v>`,
  });
  expect(() => XlsxPackage.open(broken, fflateCodec).grid()).toThrow(WorkbookLoadError);
  expect(() => XlsxPackage.open(pkg(`<row r="1"><c r="A1" t="s"><v>5</v></c></row>`, { sst: ["<t>a</t>"] }), fflateCodec).grid()).toThrow(
    /out of range/,
  );
});

test("hidden and very hidden sheets keep their visibility; the sample reads as ExcelJS read it", () => {
  const p = XlsxPackage.open(readFileSync(join(__dirname, "..", "..", "fixtures", "writers", "excel-style.xlsx")), fflateCodec);
  expect(p.sheets.map((s) => s.state)).toEqual(["visible", "visible", "hidden"]);
});

test("the small parts' parser refuses what a damaged part looks like: cut off, misnested, two roots; keeps offsets", () => {
  expect(() => parseXml(`<a><b x="1"></a>`)).toThrow(/unexpected <\/a>/);
  expect(() => parseXml(`<a><b x="1`)).toThrow(XmlError);
  expect(() => parseXml(`<a/><a/>`)).toThrow(/second root/);
  const text = `<?xml version="1.0"?>\n<x:a xmlns:x="u" k='v>w'><x:b>1 &amp; 2</x:b><!-- c --><x:c/></x:a>`;
  const root = parseXml(text);
  expect(root.name).toBe("a");
  expect(root.attrs.k).toBe("v>w");
  expect(root.children.map((c) => [c.name, c.text, text.slice(c.start, c.end)])).toEqual([
    ["b", "1 & 2", "<x:b>1 &amp; 2</x:b>"],
    ["c", "", "<x:c/>"],
  ]);
});
