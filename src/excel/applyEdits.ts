/**
 * Writes fill edits (and their undo, the same edits with before/after swapped) cell by cell.
 *
 * Round trips: 1) each target cell's value and each target sheet's protection, in one batch; 2) the writes.
 * Past 4 MB of request or response (about 6,000 edits of Japanese text), each step is cut into batches under
 * the budget. A write batch Excel refuses after earlier ones went through ends the fill there: what was written
 * is returned as applied (so its undo exists), the rest as skipped ("failed"), never lost from view.
 * A protected target sheet stops everything before a single write. Only when a target sheet no longer
 * exists (renamed since the preview) does the first batch fail with ItemNotFound; then one listing tells
 * which sheets are gone and the read is queued again for the rest (4 round trips on that rare path).
 */
import type { ApplyResult, SkippedEdit } from "../core/model/gateway";
import type { Edit } from "../core/model/schemas";
import { sameCellValue, toExcelInput } from "./cellInput";
import { officeErrorCode } from "./errors";
import { ACTION_REQUEST_BYTES, jsonBytes, PAYLOAD_BUDGET_BYTES } from "./payload";
import { findSheet, loadWorkbookIndex } from "./workbookIndex";

interface Target {
  edit: Edit;
  range: Excel.Range;
}

interface Queued {
  targets: Target[];
  protections: Map<string, Excel.WorksheetProtection>;
}

/** Request bytes of reading one edit's cell (range path, load, kept reference), and of writing it. */
export function editReadBytes(edit: Edit): number {
  return 2 * ACTION_REQUEST_BYTES + jsonBytes(edit.cell);
}
/** The response carries the cell's value and formula (the value twice, for text). */
export function editResponseBytes(edit: Edit): number {
  return 2 * jsonBytes(edit.before) + 64;
}
export function editWriteBytes(edit: Edit): number {
  return 2 * ACTION_REQUEST_BYTES + jsonBytes(edit.cell) + jsonBytes(edit.after);
}

/** Consecutive groups whose summed cost stays under the budget (a lone item over it goes alone). */
export function chunkByBytes<T>(items: T[], cost: (item: T) => number, budget: number): T[][] {
  const out: T[][] = [];
  let cur: T[] = [];
  let used = 0;
  for (const it of items) {
    const c = cost(it);
    if (cur.length > 0 && used + c > budget) {
      out.push(cur);
      cur = [];
      used = 0;
    }
    cur.push(it);
    used += c;
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

/** Queues and syncs the reads in batches under the budget; every batch's proxies stay valid in this Excel.run. */
async function readInBatches(
  context: Excel.RequestContext,
  edits: Edit[],
  sheetName: (e: Edit) => string,
  budget: number,
): Promise<Queued> {
  const all: Queued = { targets: [], protections: new Map() };
  const cost = (e: Edit) => Math.max(editReadBytes(e), editResponseBytes(e));
  for (const part of chunkByBytes(edits, cost, budget)) {
    const q = queueReads(context, part, sheetName);
    await context.sync();
    all.targets.push(...q.targets);
    for (const [k, v] of q.protections) if (!all.protections.has(k)) all.protections.set(k, v);
  }
  return all;
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

/** The edits of a refused batch whose cells now hold their new value; null when Excel cannot be asked. */
async function writtenAfterFailure(context: Excel.RequestContext, batch: Target[], sheetName: (e: Edit) => string): Promise<Edit[] | null> {
  try {
    const reads = batch.map(({ edit }) => {
      const range = context.workbook.worksheets.getItem(sheetName(edit)).getRange(edit.cell);
      range.load("values");
      return { edit, range };
    });
    await context.sync();
    return reads
      .filter(({ edit, range }) => sameCellValue(edit.after, range.values[0]?.[0]) && !sameCellValue(edit.before, range.values[0]?.[0]))
      .map((r) => r.edit);
  } catch {
    return null;
  }
}

export async function applyEditsInExcel(context: Excel.RequestContext, edits: Edit[], budget = PAYLOAD_BUDGET_BYTES): Promise<ApplyResult> {
  const skipped: SkippedEdit[] = [];
  if (edits.length === 0) return { applied: [], skipped };

  let live = edits;
  let sheetName = (e: Edit) => e.sheet;
  let queued: Queued;
  try {
    queued = await readInBatches(context, live, sheetName, budget);
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
    queued = await readInBatches(context, live, sheetName, budget);
  }

  // Protection first: a protected target sheet means no write at all, not a partial fill.
  const anyProtected = [...queued.protections.values()].some((p) => p.protected);
  if (anyProtected) {
    for (const edit of live) skipped.push({ edit, reason: "protected" });
    return { applied: [], skipped };
  }

  const toWrite: Target[] = [];
  const written = new Set<string>();
  for (const target of queued.targets) {
    const { edit, range } = target;
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
    written.add(key);
    toWrite.push(target);
  }
  const applied: Edit[] = [];
  const batches = chunkByBytes(toWrite, (t) => editWriteBytes(t.edit), budget);
  for (const [b, batch] of batches.entries()) {
    // One cell per write, never a block, so no neighbouring cell is ever touched.
    for (const { edit, range } of batch) range.values = [[toExcelInput(edit.after)]];
    try {
      await context.sync();
    } catch (e) {
      // Excel applies a refused request up to the failing call: which cells of this batch were written is read
      // back, so each written cell keeps its undo. When even that read fails, the error is the answer.
      const landed = await writtenAfterFailure(context, batch, sheetName);
      if (landed === null || (b === 0 && landed.length === 0)) throw e;
      applied.push(...landed);
      const done = new Set(landed);
      for (const rest of batches.slice(b)) for (const { edit } of rest) if (!done.has(edit)) skipped.push({ edit, reason: "failed" });
      return { applied, skipped };
    }
    applied.push(...batch.map((t) => t.edit));
  }
  return { applied, skipped };
}
