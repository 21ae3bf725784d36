/**
 * Writes fill edits (and their undo, the same edits with before/after swapped) cell by cell.
 *
 * Round trips: 1) each target cell's value and each target sheet's protection, in one batch; 2) the writes.
 * A protected target sheet stops everything before a single write. Only when a target sheet no longer
 * exists (renamed since the preview) does the first batch fail with ItemNotFound; then one listing tells
 * which sheets are gone and the read is queued again for the rest (4 round trips on that rare path).
 */
import type { ApplyResult, SkippedEdit } from "../core/model/gateway";
import type { Edit } from "../core/model/schemas";
import { sameCellValue, toExcelInput } from "./cellInput";
import { officeErrorCode } from "./errors";
import { findSheet, loadWorkbookIndex } from "./workbookIndex";

interface Target {
  edit: Edit;
  range: Excel.Range;
}

interface Queued {
  targets: Target[];
  protections: Map<string, Excel.WorksheetProtection>;
}

function queueReads(context: Excel.RequestContext, edits: Edit[], sheetName: (e: Edit) => string): Queued {
  const sheets = new Map<string, Excel.Worksheet>();
  const protections = new Map<string, Excel.WorksheetProtection>();
  const targets: Target[] = [];
  for (const edit of edits) {
    const name = sheetName(edit);
    let ws = sheets.get(name);
    if (!ws) {
      ws = context.workbook.worksheets.getItem(name);
      sheets.set(name, ws);
      const protection = ws.protection;
      protection.load("protected");
      protections.set(name, protection);
    }
    const range = ws.getRange(edit.cell);
    range.load("values, formulas");
    targets.push({ edit, range });
  }
  return { targets, protections };
}

export async function applyEditsInExcel(context: Excel.RequestContext, edits: Edit[]): Promise<ApplyResult> {
  const skipped: SkippedEdit[] = [];
  if (edits.length === 0) return { applied: [], skipped };

  let live = edits;
  let sheetName = (e: Edit) => e.sheet;
  let queued = queueReads(context, live, sheetName);
  try {
    await context.sync();
  } catch (e) {
    if (officeErrorCode(e) !== "ItemNotFound") throw e;
    const index = await loadWorkbookIndex(context);
    const actual = new Map<Edit, string>();
    live = [];
    for (const edit of edits) {
      const entry = findSheet(index, edit.sheet);
      if (entry) {
        actual.set(edit, entry.name);
        live.push(edit);
      } else skipped.push({ edit, reason: "missing" });
    }
    if (live.length === 0) return { applied: [], skipped };
    sheetName = (edit: Edit) => actual.get(edit) ?? edit.sheet;
    queued = queueReads(context, live, sheetName);
    await context.sync();
  }

  // Protection first: a protected target sheet means no write at all, not a partial fill.
  const anyProtected = [...queued.protections.values()].some((p) => p.protected);
  if (anyProtected) {
    for (const edit of live) skipped.push({ edit, reason: "protected" });
    return { applied: [], skipped };
  }

  const applied: Edit[] = [];
  const written = new Set<string>();
  for (const { edit, range } of queued.targets) {
    const key = `${sheetName(edit).toUpperCase()}!${edit.cell.toUpperCase()}`;
    // A formula's shown value is derived: writing over it would lose the formula.
    const formula = range.formulas?.[0]?.[0];
    if (typeof formula === "string" && formula.startsWith("=")) {
      skipped.push({ edit, reason: "formula" });
      continue;
    }
    // Two edits of one cell: the first one that matches wins; the second sees a changed cell.
    if (written.has(key) || !sameCellValue(edit.before, range.values[0]?.[0])) {
      skipped.push({ edit, reason: "changed" });
      continue;
    }
    // One cell per write, never a block, so no neighbouring cell is ever touched.
    range.values = [[toExcelInput(edit.after)]];
    written.add(key);
    applied.push(edit);
  }
  if (applied.length > 0) await context.sync();
  return { applied, skipped };
}
