/**
 * Workbook packages for the package layer's tests: a transitional workbook as other writers would have saved it
 * (in Strict OOXML, zipped with backslashes), and what differs between two packages, part by part.
 */
import { XlsxPackage } from "../../src/xlsx/package";
import { fflateCodec } from "../../src/xlsx/package/fflateCodec";
import { makeZip } from "../xlsx/support/zip";

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

/** The workbook zipped with backslashes between folders, as some .NET writers do (Excel opens it; LibreOffice cannot). */
export function backslashedCopy(bytes: Uint8Array): Uint8Array {
  const pkg = XlsxPackage.open(bytes, fflateCodec);
  const files: Record<string, string> = {};
  for (const n of pkg.partNames()) files[n.replace(/\//g, "\\")] = pkg.text(n);
  return makeZip(files);
}

/** Parts whose bytes differ, and parts present on one side only. */
export function diffParts(a: XlsxPackage, b: XlsxPackage): { changed: string[]; gone: string[]; added: string[] } {
  const an = new Set(a.partNames());
  const bn = new Set(b.partNames());
  const changed: string[] = [];
  for (const n of an) if (bn.has(n) && Buffer.compare(Buffer.from(a.bytes(n)), Buffer.from(b.bytes(n))) !== 0) changed.push(n);
  return { changed, gone: [...an].filter((n) => !bn.has(n)), added: [...bn].filter((n) => !an.has(n)) };
}
