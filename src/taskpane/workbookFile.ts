/**
 * Another .xlsx chosen by the user, read in the browser (never uploaded): its bytes as base64 (for Excel's
 * insertWorksheetsFromBase64) and its sheets as the engine's grid, read from the package as the command line
 * reads it. The package reader loads on first use, so the pane pays for it only when a file is picked.
 */
import type { WorkbookGrid } from "../core/model/grid";

export interface PickedWorkbook {
  name: string;
  base64: string;
  grid: WorkbookGrid;
}

/** Thrown for a file that is no readable workbook: the pane says so by this code. */
export class PickedFileError extends Error {
  readonly code = "UnreadableFile";
  constructor(readonly fileName: string) {
    super(`UnreadableFile: ${fileName}`);
  }
}

function toBase64(bytes: Uint8Array): string {
  let s = "";
  // In slices: String.fromCharCode(...bytes) overflows the call stack on a large file.
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export async function readPickedWorkbook(file: Blob & { name: string }): Promise<PickedWorkbook> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const [{ XlsxPackage }, { fflateCodec }] = await Promise.all([import("../xlsx/package"), import("../xlsx/package/fflateCodec")]);
  try {
    const grid = XlsxPackage.open(bytes, fflateCodec).grid();
    return { name: file.name, base64: toBase64(bytes), grid };
  } catch {
    throw new PickedFileError(file.name);
  }
}
