/**
 * Writes generated sheets into a workbook. A summary tab replaces the tab carrying the same role's
 * marker (in its place among the tabs); a tab a person made is never touched, even when it has the
 * wanted name: the new tab then takes a free name (`進捗一覧 (2)`).
 */
import type ExcelJS from "exceljs";
import type { WriteSheetsResult } from "../../../src/core/model/gateway";
import { finalNameLookup, planSheetNames } from "../../../src/core/model/sheetNames";
import type { SheetSpec } from "../../../src/core/model/sheetSpec";
import { dropNamesOnSheet, readMarkers } from "./markers";
import { addSheetFromSpec } from "./writeSpec";

type Ordered = ExcelJS.Worksheet & { orderNo: number };

export function writeSheetsToWorkbook(wb: ExcelJS.Workbook, specs: SheetSpec[]): WriteSheetsResult {
  const markers = readMarkers(wb);
  const roleOf = (name: string) => markers.find((m) => m.name === name)?.role ?? null;
  const existing = wb.worksheets.map((ws) => ({ name: ws.name, role: roleOf(ws.name) }));
  const plan = planSheetNames(
    existing,
    specs.map((s) => ({ name: s.name, role: s.role })),
  );

  // Where each replaced role's tab stood, so its successor takes the same place.
  const places = new Map<string, number>();
  for (const name of plan.replace) {
    const ws = wb.getWorksheet(name) as Ordered | undefined;
    if (!ws) continue;
    const role = roleOf(name);
    if (role !== null && !places.has(role)) places.set(role, ws.orderNo);
    dropNamesOnSheet(wb, ws.name);
    wb.removeWorksheet(ws.id);
  }

  const finalName = finalNameLookup(specs, plan.final);
  specs.forEach((spec, i) => {
    const ws = addSheetFromSpec(wb, spec, plan.final[i], finalName) as Ordered;
    const place = places.get(spec.role);
    if (place !== undefined) {
      ws.orderNo = place;
      places.delete(spec.role);
    }
  });

  return { written: plan.final, replaced: plan.replace };
}
