/**
 * docProps/core.xml: when the workbook was last saved, as its writer recorded it (`dcterms:modified`). The
 * coordinating office's 提出状況 says when each department's file was saved; a file copied or mailed keeps
 * this date, where the file system's date does not.
 */
import { decodeEntities } from "./xml";

const MODIFIED = /<(?:[A-Za-z_][\w.-]*:)?modified\b[^>]*>([^<]*)<\//;

/** ISO 8601, or null when the part or the date is missing or unreadable. */
export function modifiedDate(coreXml: string | null): string | null {
  if (coreXml === null) return null;
  const m = MODIFIED.exec(coreXml);
  if (!m) return null;
  const d = new Date(decodeEntities(m[1]).trim());
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
