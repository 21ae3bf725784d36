/**
 * 他のブックから取り込む in Excel: Workbook.insertWorksheetsFromBase64 (ExcelApi 1.13) copies the chosen
 * sheets of another .xlsx whole (formats, merges, pictures and all) to the end of the open workbook. Two
 * syncs: the insert (Excel names a taken name `…(2)` itself), then the names after it.
 */
import { GatewayError } from "./errors";
import type { Supports } from "./requirements";

/* global Excel */

export async function insertSheetsInExcel(
  context: Excel.RequestContext,
  base64: string,
  sheets: string[],
  supports: Supports,
): Promise<string[]> {
  if (!supports("ExcelApi", "1.13")) throw new GatewayError("ApiNotFound");
  const ids = context.workbook.insertWorksheetsFromBase64(base64, { sheetNamesToInsert: sheets, positionType: "End" });
  await context.sync();
  const inserted = ids.value.map((id) => context.workbook.worksheets.getItem(id).load("name"));
  await context.sync();
  return inserted.map((ws) => ws.name);
}
