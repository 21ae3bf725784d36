/**
 * Strict OOXML (ISO/IEC 29500 Strict, Excel's "Strict Open XML Spreadsheet") names the same elements and
 * relationship kinds under other namespaces. Parts written into a strict workbook use its namespaces, so the
 * package stays one conformance class rather than strict parts beside transitional ones.
 */
import type { XmlElement } from "./xml";

const STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";

/** Transitional namespace → its strict counterpart (relationship types are the relationships namespace + "/kind"). */
const TO_STRICT: readonly (readonly [string, string])[] = [
  ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", STRICT_MAIN],
  ["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"],
  ["http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main"],
  ["http://schemas.openxmlformats.org/drawingml/2006/chart", "http://purl.oclc.org/ooxml/drawingml/chart"],
  ["http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing", "http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing"],
];

/** Whether the workbook part's root is in the strict namespace (or says `conformance="strict"`). */
export function isStrictWorkbook(root: XmlElement): boolean {
  const colon = root.qname.indexOf(":");
  const ns = root.attrs[colon < 0 ? "xmlns" : `xmlns:${root.qname.slice(0, colon)}`];
  return ns === STRICT_MAIN || root.attrs.conformance === "strict";
}

/** A part's XML (or a relationship type) as written for the workbook: transitional names made strict where it is strict. */
export function conforming(xml: string, strict: boolean): string {
  if (!strict) return xml;
  let out = xml;
  for (const [transitional, s] of TO_STRICT) out = out.split(transitional).join(s);
  return out;
}
