/** .xlsx bytes ⇄ ExcelJS workbook, in Node and in the browser alike. */
import ExcelJS from "exceljs";

import { assertPackageBytes, holds, WorkbookLoadError } from "../../../src/xlsx/package/loadError";

export {
  WorkbookLoadError,
  declaredInflatedBytes,
  MAX_INFLATED_BYTES,
  type WorkbookLoadErrorKind,
} from "../../../src/xlsx/package/loadError";

function asBytes(buf: ArrayBuffer | Uint8Array): Uint8Array {
  return buf instanceof Uint8Array ? buf : new Uint8Array(buf);
}

/** ExcelJS's own complaints about a sheet name it was given (too long, forbidden characters, a duplicate, "History"). */
const SHEET_NAME_ERROR = /worksheet name|^The name /i;

export async function loadWorkbookFromBuffer(buf: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const bytes = asBytes(buf);
  assertPackageBytes(bytes);
  const wb = new ExcelJS.Workbook();
  // ExcelJS prints a warning for a sheet name past 31 characters, then fails on it below: keep the
  // console (a CLI's stderr) to the one message the caller gives.
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!SHEET_NAME_ERROR.test(String(args[0]))) warn.apply(console, args);
  };
  try {
    // ExcelJS's typings ask for a Node Buffer; its zip reader takes any Uint8Array.
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new WorkbookLoadError(SHEET_NAME_ERROR.test(message) ? "bad-sheet-name" : "unreadable", message);
  } finally {
    console.warn = warn;
  }
  if (wb.worksheets.length === 0) {
    // A zip with no workbook part (a .docx, an .xlsb, an .ods) loads as a workbook without sheets too.
    if (holds(bytes, "xl/workbook.xml")) throw new WorkbookLoadError("no-sheets", "the workbook lists no sheet");
    throw new WorkbookLoadError("not-xlsx", "no workbook in the package");
  }
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
