/**
 * Marker defined names (`Shinchoku_<role>` → A1 of the tab): how a tab Shinchoku made is told from a
 * tab a person made, whatever either is called. Excel keeps a defined name pointing at its sheet when
 * the sheet is renamed or moved, so the mark follows the tab.
 */
import type ExcelJS from "exceljs";
import { sameSheetName } from "../../../src/core/model/sheetNames";
import type { SheetSpec } from "../../../src/core/model/sheetSpec";
import { generatedFromNames, MARKER_PREFIX, markerName, markerReference } from "../../../src/core/workbook/markers";
import { sheetOfReference } from "../../../src/core/workbook/references";

/** ExcelJS keeps defined names as cell matrices keyed by sheet; reached only through these helpers. */
interface NameMatrix {
  sheets: Record<string, unknown>;
}
interface DefinedNamesInternals {
  matrixMap?: Record<string, NameMatrix>;
}

function internals(wb: ExcelJS.Workbook): DefinedNamesInternals {
  return wb.definedNames as unknown as DefinedNamesInternals;
}

/** Every defined name, without expanding the ranges of the ones we do not need. */
export function definedNameList(wb: ExcelJS.Workbook): string[] {
  const map = internals(wb).matrixMap;
  return map ? Object.keys(map) : wb.definedNames.model.map((n) => n.name);
}

/** Generated tabs, by their markers; a marker whose sheet no longer exists is ignored. */
export function readMarkers(wb: ExcelJS.Workbook): { name: string; role: string }[] {
  const names: { name: string; sheet: string | null }[] = [];
  for (const name of definedNameList(wb)) {
    if (!name.startsWith(MARKER_PREFIX)) continue;
    for (const ref of wb.definedNames.getRanges(name).ranges) names.push({ name, sheet: sheetOfReference(ref) });
  }
  return generatedFromNames(
    names,
    wb.worksheets.map((w) => w.name),
  );
}

/** Removes every defined-name cell on a sheet, so no name is left pointing at a removed tab. */
export function dropNamesOnSheet(wb: ExcelJS.Workbook, sheetName: string): void {
  const map = internals(wb).matrixMap;
  if (map) {
    const keys = [sheetName, sheetName.replace(/'/g, "''")];
    for (const matrix of Object.values(map)) {
      for (const k of Object.keys(matrix.sheets)) if (keys.some((s) => sameSheetName(s, k))) delete matrix.sheets[k];
    }
    return;
  }
  wb.definedNames.model = wb.definedNames.model
    .map((n) => ({ name: n.name, ranges: n.ranges.filter((r) => !sameSheetName(sheetOfReference(r) ?? "", sheetName)) }))
    .filter((n) => n.ranges.length > 0);
}

/** Points the role's marker at A1 of the sheet, and only there. */
export function setMarker(wb: ExcelJS.Workbook, sheetName: string, role: SheetSpec["role"]): void {
  const name = markerName(role);
  const map = internals(wb).matrixMap;
  if (map && map[name]) delete map[name];
  else if (!map) wb.definedNames.model = wb.definedNames.model.filter((n) => n.name !== name);
  wb.definedNames.add(markerReference(sheetName), name);
}
