/**
 * Applies fill edits to an ExcelJS workbook. Each edit is written only where its cell still holds what
 * the preview saw (`before`, compared as the engine reads cells); if any target cell is locked on a protected
 * sheet, nothing at all is written (an unlocked one is written, as a person could type there). Number formats and styles stay as they are: only values change.
 * Undo is the same call with before and after swapped.
 */
import type ExcelJS from "exceljs";
import { parseA1 } from "../../../src/core/model/address";
import type { ApplyResult, SkippedEdit } from "../../../src/core/model/gateway";
import type { Edit } from "../../../src/core/model/schemas";
import { sameSheetName } from "../../../src/core/model/sheetNames";
import { sameValue } from "../../../src/core/model/grid";
import { engineValue } from "./cellValue";
import { isProtected } from "./readGrid";

function findSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((ws) => ws.name === name) ?? wb.worksheets.find((ws) => sameSheetName(ws.name, name));
}

export function applyEditsToWorkbook(wb: ExcelJS.Workbook, edits: Edit[]): ApplyResult {
  const targets = edits.map((edit) => ({ edit, ws: findSheet(wb, edit.sheet) }));

  const lockedCell = (t: (typeof targets)[number]) => {
    if (!t.ws || !isProtected(t.ws)) return false;
    try {
      const { row, col } = parseA1(t.edit.cell);
      return t.ws.getCell(row + 1, col + 1).protection?.locked !== false;
    } catch {
      return false;
    }
  };
  const locked = new Set(targets.filter(lockedCell).map((t) => t.edit));
  if (locked.size > 0) {
    return {
      applied: [],
      skipped: targets.map((t) => ({ edit: t.edit, reason: !t.ws ? "missing" : locked.has(t.edit) ? "protected" : "blocked" })),
    };
  }

  const applied: Edit[] = [];
  const skipped: SkippedEdit[] = [];
  for (const { edit, ws } of targets) {
    if (!ws) {
      skipped.push({ edit, reason: "missing" });
      continue;
    }
    let address: { row: number; col: number };
    try {
      address = parseA1(edit.cell);
    } catch {
      skipped.push({ edit, reason: "missing" });
      continue;
    }
    const cell = ws.getCell(address.row + 1, address.col + 1);
    // A non-anchor cell of a merged area reads empty but writes into its anchor: never the intended cell.
    if (cell.isMerged && cell.master !== cell) {
      skipped.push({ edit, reason: "changed" });
      continue;
    }
    const v = cell.value;
    if (v !== null && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
      skipped.push({ edit, reason: "formula" });
      continue;
    }
    if (!sameValue(engineValue(cell), edit.before)) {
      skipped.push({ edit, reason: "changed" });
      continue;
    }
    cell.value = edit.after === "" ? null : edit.after;
    applied.push(edit);
  }
  return { applied, skipped };
}
