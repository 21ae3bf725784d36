/** A workbook as Excel saves it in Strict OOXML ("Strict Open XML Spreadsheet"), made from a transitional one. */
import { XlsxPackage } from "../../src/xlsx/package";
import { fflateCodec } from "../../src/xlsx/package/fflateCodec";

/** ISO/IEC 29500-1 §A: each transitional namespace and its strict counterpart (written out here, not imported). */
const STRICT: [string, string][] = [
  ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"],
  ["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"],
  ["http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main"],
  ["http://schemas.openxmlformats.org/drawingml/2006/chart", "http://purl.oclc.org/ooxml/drawingml/chart"],
  ["http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing", "http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing"],
];

/** The workbook as Excel saves it in Strict: every part's namespaces and relationship types in their strict form. */
export function strictCopy(bytes: Uint8Array): Uint8Array {
  const pkg = XlsxPackage.open(bytes, fflateCodec);
  for (const name of pkg.partNames()) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    let text = pkg.text(name);
    for (const [t, s] of STRICT) text = text.split(t).join(s);
    if (name === "xl/workbook.xml") text = text.replace("<workbook ", '<workbook conformance="strict" ');
    pkg.setText(name, text);
  }
  return pkg.toBytes();
}
