/**
 * The styles part as a check reads it: each cell format's number format, scanned from the numFmts and cellXfs
 * lists alone (a workbook copied between for years carries tens of thousands of fonts), read as the whole part
 * parsed reads it, on the styles of every writer fixture and on the forms writers use that a scan could misread.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxPackage } from "../../../src/xlsx/package";
import { fflateCodec } from "../../../src/xlsx/package/fflateCodec";
import { readStyles, readStylesWhole } from "../../../src/xlsx/package/styles";
import { strictCopy } from "../../support/packages";

const ROOT = join(__dirname, "..", "..", "..");
const WRITERS = join(ROOT, "tests", "fixtures", "writers");
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

function same(text: string) {
  const scanned = readStyles(text, "xl/styles.xml");
  const whole = readStylesWhole(text, "xl/styles.xml");
  expect(scanned.cellNumFmts).toEqual(whole.cellNumFmts);
  expect([...scanned.customNumFmts]).toEqual([...whole.customNumFmts]);
  return scanned;
}

test("every writer fixture's, the sample's and its Strict copy's styles read the same scanned as parsed whole", () => {
  const files = readdirSync(WRITERS).filter((f) => /\.xls[xm]$/.test(f));
  expect(files.length).toBeGreaterThanOrEqual(5);
  const sample = readFileSync(join(ROOT, "samples", "sodegaura-2016.xlsx"));
  const packages = [...files.map((f) => readFileSync(join(WRITERS, f))), sample, strictCopy(sample)];
  for (const bytes of packages) {
    const pkg = XlsxPackage.open(bytes, fflateCodec);
    const part = pkg.stylesPartName();
    if (part) expect(same(pkg.text(part)).cellNumFmts.length).toBeGreaterThan(0);
  }
});

test("what a scan could misread: a prefix, attributes in any order and quoting, entities, number formats of dxfs, nested elements", () => {
  const text =
    `<?xml version="1.0"?><x:styleSheet xmlns:x="${MAIN}">` +
    `<x:numFmts count="2"><x:numFmt formatCode='[$-411]ggge&quot;年&quot;m&quot;月&quot;d&quot;日&quot;' numFmtId="176"/><x:numFmt numFmtId = "177" formatCode="0.0%"></x:numFmt></x:numFmts>` +
    `<x:fonts count="1"><x:font><x:sz val="11"/></x:font></x:fonts>` +
    `<x:cellStyleXfs count="1"><x:xf numFmtId="177"/></x:cellStyleXfs>` +
    `<x:cellXfs count="4"><x:xf numFmtId="0" fontId="0"/><x:xf fontId="0" numFmtId="176" applyNumberFormat="1"><x:alignment wrapText="1"/></x:xf>` +
    `<x:xf numFmtId='14'/><x:xf applyAlignment="1"><x:alignment horizontal="center"/><x:extLst><x:ext uri="{x}"><x:xf numFmtId="177"/></x:ext></x:extLst></x:xf></x:cellXfs>` +
    `<x:dxfs count="1"><x:dxf><x:numFmt numFmtId="178" formatCode="0.000"/></x:dxf></x:dxfs>` +
    `</x:styleSheet>`;
  const st = same(text);
  expect(st.cellNumFmts).toEqual([null, '[$-411]ggge"年"m"月"d"日"', "mm-dd-yy", null]);
  expect([...st.customNumFmts.keys()]).toEqual([176, 177]);
  // The part is parsed whole only when a summary appends to it.
  expect(st.root.name).toBe("styleSheet");
});

test("a styles part with a comment, CDATA or a DTD is parsed whole (a scan could read a tag inside one)", () => {
  const text = `<styleSheet xmlns="${MAIN}"><!-- <cellXfs><xf numFmtId="14"/></cellXfs> --><cellXfs count="1"><xf numFmtId="10"/></cellXfs></styleSheet>`;
  expect(readStyles(text, "xl/styles.xml").cellNumFmts).toEqual(["0.00%"]);
});
