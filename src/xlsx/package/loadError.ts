/**
 * Why bytes are not a workbook: `not-xlsx` for anything that is not an .xlsx package (a legacy .xls, a
 * CSV, an empty or random file, a zip without a workbook in it), `encrypted` for a password-protected
 * workbook (an OLE2 container holding an EncryptedPackage), `no-sheets` for a workbook part that lists no
 * sheet (Excel never saves one), `bad-sheet-name` for a sheet name Excel's rules forbid (other tools write
 * them), `unreadable` for a package that is damaged (a truncated or corrupt zip, broken XML), `too-large`
 * for a package that would inflate past what any real workbook needs (a zip bomb).
 */
export type WorkbookLoadErrorKind = "not-xlsx" | "encrypted" | "no-sheets" | "bad-sheet-name" | "too-large" | "unreadable";

export class WorkbookLoadError extends Error {
  constructor(
    readonly kind: WorkbookLoadErrorKind,
    readonly detail: string,
  ) {
    super(`${kind}: ${detail}`);
    this.name = "WorkbookLoadError";
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
 * The sizes a zip's central directory declares for its entries, summed, without inflating anything; null
 * when there is no readable directory. ZIP64 markers count as too large.
 */
export function declaredInflatedBytes(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 bytes + up to 64 KB of comment.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) return null;
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) return null;
    const size = view.getUint32(p + 24, true);
    if (size === 0xffffffff) return Number.POSITIVE_INFINITY;
    total += size;
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return total;
}

/** The checks every loader makes before reading a package: not empty, not OLE2 (legacy or encrypted), a zip, no bomb. */
export function assertPackageBytes(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new WorkbookLoadError("not-xlsx", "empty file");
  if (startsWith(bytes, OLE_MAGIC)) {
    // Excel encrypts a password-protected .xlsx into an OLE2 container with these two streams.
    if (holds(bytes, "EncryptedPackage", true) || holds(bytes, "EncryptionInfo", true))
      throw new WorkbookLoadError("encrypted", "password-protected workbook");
    throw new WorkbookLoadError("not-xlsx", "legacy .xls or other OLE2 file");
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw new WorkbookLoadError("not-xlsx", "not a zip package");
  const inflated = declaredInflatedBytes(bytes);
  if (inflated !== null && inflated > MAX_INFLATED_BYTES)
    throw new WorkbookLoadError("too-large", `declares ${inflated} bytes once unpacked`);
}
