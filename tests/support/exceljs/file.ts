/** An ExcelJS workbook written to disk the way the command line writes its outputs: whole or not at all. */
import type ExcelJS from "exceljs";
import { writeFileAtomic } from "../../../src/node/xlsxFile";
import { workbookToBuffer } from "./load";

export async function writeXlsxFileAtomic(wb: ExcelJS.Workbook, outPath: string): Promise<void> {
  await writeFileAtomic(new Uint8Array(await workbookToBuffer(wb)), outPath);
}
