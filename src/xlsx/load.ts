/** .xlsx bytes ⇄ ExcelJS workbook, in Node and in the browser alike. */
import ExcelJS from "exceljs";

/**
 * Why bytes are not a workbook: `not-xlsx` for anything that is not an .xlsx package (a legacy .xls, a
 * CSV, an empty or random file, a zip without a workbook in it), `unreadable` for a package that is
 * damaged (a truncated or corrupt zip, broken XML).
 */
export class WorkbookLoadError extends Error {
  constructor(
    readonly kind: "not-xlsx" | "unreadable",
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

function asBytes(buf: ArrayBuffer | Uint8Array): Uint8Array {
  return buf instanceof Uint8Array ? buf : new Uint8Array(buf);
}

export async function loadWorkbookFromBuffer(buf: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const bytes = asBytes(buf);
  if (bytes.length === 0) throw new WorkbookLoadError("not-xlsx", "empty file");
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new WorkbookLoadError("not-xlsx", "legacy .xls or password-protected workbook");
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw new WorkbookLoadError("not-xlsx", "not a zip package");
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings ask for a Node Buffer; its zip reader takes any Uint8Array.
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookLoadError("unreadable", e instanceof Error ? e.message : String(e));
  }
  // A zip with no workbook part loads as a workbook without sheets; a real workbook has at least one.
  if (wb.worksheets.length === 0) throw new WorkbookLoadError("not-xlsx", "no workbook in the package");
  return wb;
}

export async function workbookToBuffer(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const out = (await wb.xlsx.writeBuffer()) as unknown;
  if (out instanceof Uint8Array) return out;
  return new Uint8Array(out as ArrayBuffer);
}

/** An empty workbook as Shinchoku writes new files (template, sample). */
export function createWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Shinchoku";
  wb.lastModifiedBy = "Shinchoku";
  return wb;
}
