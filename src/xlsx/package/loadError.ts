/**
 * Why bytes are not a workbook: `not-xlsx` for anything that is not an .xlsx package (a legacy .xls, a
 * CSV, an empty or random file, a zip without a workbook in it), `encrypted` for a password-protected
 * workbook (an OLE2 container holding an EncryptedPackage), `no-sheets` for a workbook part that lists no
 * sheet (Excel never saves one), `bad-sheet-name` for a sheet name Excel's rules forbid (other tools write
 * them), `unreadable` for a package that is damaged (a truncated or corrupt zip, broken XML), `too-large`
 * for a package that would inflate past what any real workbook needs (a zip bomb).
 */
import { XmlError } from "./xml";
import { declaredSize, readZip, ZipError } from "./zip";

export type WorkbookLoadErrorKind = "not-xlsx" | "encrypted" | "no-sheets" | "bad-sheet-name" | "too-large" | "unreadable";

/** Spreadsheets that are not .xlsx but that a user can save as one, named so the message can say how. */
export type OtherSpreadsheetFormat = "ods" | "xlsb";

export class WorkbookLoadError extends Error {
  constructor(
    readonly kind: WorkbookLoadErrorKind,
    readonly detail: string,
    /** For `not-xlsx`: the spreadsheet format the file is in, where it is one a user can save as .xlsx. */
    readonly format?: OtherSpreadsheetFormat,
  ) {
    super(`${kind}: ${detail}`);
    this.name = "WorkbookLoadError";
  }
}

/**
 * `work()` on the package's parts, a part that cannot be read (a broken zip entry, XML that does not parse) told
 * as a damaged package: the one error every host already answers with "the file is damaged".
 */
export function asUnreadable<T>(work: () => T): T {
  try {
    return work();
  } catch (e) {
    if (e instanceof ZipError || e instanceof XmlError) throw new WorkbookLoadError("unreadable", e.message);
    throw e;
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** Whether `bytes` hold `text` as ASCII (a zip entry's name) or as UTF-16LE (an OLE2 directory entry's name). */
export function holds(bytes: Uint8Array, text: string, utf16 = false): boolean {
  const needle: number[] = [];
  for (const ch of text) needle.push(...(utf16 ? [ch.charCodeAt(0), 0] : [ch.charCodeAt(0)]));
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** What a package may inflate to: far above any real plan workbook, far below what exhausts memory. */
export const MAX_INFLATED_BYTES = 1024 * 1024 * 1024;

/**
 * The sizes a zip's central directory declares for its entries (ZIP64 ones included), summed, without inflating
 * anything; null when there is no readable directory.
 */
export function declaredInflatedBytes(bytes: Uint8Array): number | null {
  try {
    return declaredSize(readZip(bytes));
  } catch (e) {
    if (e instanceof ZipError) return null;
    throw e;
  }
}

/** Refuses a zip whose entries declare (`declaredSize`) more than a real workbook inflates to, before anything is inflated. */
export function assertInflatedSize(inflated: number): void {
  if (inflated > MAX_INFLATED_BYTES) throw new WorkbookLoadError("too-large", `declares ${inflated} bytes once unpacked`);
}

/** What every loader checks before it reads a zip: not empty, not OLE2 (legacy or encrypted), a zip at all. */
export function assertPackageKind(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new WorkbookLoadError("not-xlsx", "empty file");
  if (startsWith(bytes, OLE_MAGIC)) {
    // Excel encrypts a password-protected .xlsx into an OLE2 container with these two streams.
    if (holds(bytes, "EncryptedPackage", true) || holds(bytes, "EncryptionInfo", true))
      throw new WorkbookLoadError("encrypted", "password-protected workbook");
    throw new WorkbookLoadError("not-xlsx", "legacy .xls or other OLE2 file");
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw new WorkbookLoadError("not-xlsx", "not a zip package");
}

/** The checks every loader makes before reading a package: those of `assertPackageKind`, and no bomb. */
export function assertPackageBytes(bytes: Uint8Array): void {
  assertPackageKind(bytes);
  const inflated = declaredInflatedBytes(bytes);
  if (inflated !== null) assertInflatedSize(inflated);
}
