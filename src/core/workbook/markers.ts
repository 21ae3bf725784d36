/**
 * Markers: how a tab Shinchoku made is told from a tab a person made, whatever either is called. Each
 * summary tab carries a defined name `Shinchoku_<role>` pointing at its A1; Excel keeps a defined name
 * pointing at its sheet when the sheet is renamed or moved, so the mark follows the tab. Every host reads
 * and writes markers through this module.
 */
import { sameSheetName } from "../model/sheetNames";
import { SHEET_ROLES, type SheetRole } from "../model/sheetRoles";
import { cellReference } from "./references";

/** Defined-name prefix of the markers. */
export const MARKER_PREFIX = "Shinchoku_";

/** Defined name that marks a sheet as Shinchoku's own, by role. */
export function markerName(role: SheetRole): string {
  return `${MARKER_PREFIX}${role}`;
}

/** Roles a marker may name: the summary tabs (measure sheets are never marked). */
export const MARKED_ROLES: ReadonlySet<string> = new Set(SHEET_ROLES.filter((r) => r !== "measure"));

/** The value of a marker: A1 of its sheet, absolute. */
export function markerReference(sheet: string): string {
  return cellReference(sheet, "A1", { absolute: true });
}

/** The role a defined name marks, or null when it is no marker. */
export function markedRole(definedName: string): string | null {
  if (!definedName.startsWith(MARKER_PREFIX)) return null;
  const role = definedName.slice(MARKER_PREFIX.length);
  return MARKED_ROLES.has(role) ? role : null;
}

/**
 * Generated sheets from a workbook's defined names (each with the sheet it points at, null when none):
 * a marker whose sheet is gone or that names an unknown role is ignored; names are matched as Excel does,
 * without regard to case, and reported as the workbook spells them.
 */
export function generatedFromNames(
  names: { name: string; sheet: string | null }[],
  sheetNames: string[],
): { name: string; role: string }[] {
  const out: { name: string; role: string }[] = [];
  for (const n of names) {
    const role = markedRole(n.name);
    if (role === null || n.sheet === null) continue;
    const sheet = sheetNames.find((s) => sameSheetName(s, n.sheet as string));
    if (sheet !== undefined && !out.some((o) => o.name === sheet && o.role === role)) out.push({ name: sheet, role });
  }
  return out;
}
