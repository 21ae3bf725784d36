/**
 * Writes fill edits (and their undo, the same edits with before/after swapped) cell by cell.
 *
 * Round trips: 1) each target cell's value and each target sheet's protection, in one batch; 2) the writes.
 * Where a target sheet is protected, one more before the writes reads each of its target cells' lock.
 * Past 4 MB of request or response (about 6,000 edits of Japanese text), each step is cut into batches under
 * the budget. A write batch Excel refuses after earlier ones went through ends the fill there: what was written
 * is returned as applied (so its undo exists), the rest as skipped ("failed"), never lost from view.
 * A locked target cell on a protected sheet stops everything before a single write (an unlocked one, where a
 * person could type, is written as on any sheet). Only when a target sheet no longer
 * exists (renamed since the preview) does the first batch fail with ItemNotFound; then one listing tells
 * which sheets are gone and the read is queued again for the rest (4 round trips on that rare path).
 *
 * A merged cell shows, and holds, the value of its area's top-left cell; Excel refuses a write to any other
 * cell of the area (MergedRangeConflict). From ExcelApi 1.13 each target's merged area is read with it, and an
 * edit of a cell inside an area is written to the area's top-left cell, checked against what that cell holds
 * (one more round trip, only when there is such an edit). Older hosts cannot ask: such a write is refused
 * there and ends the fill as any refused batch does.
 */
import type { ApplyResult, SkippedEdit } from "../core/model/gateway";
import type { Edit } from "../core/model/schemas";
import { sameCellValue, toExcelInput } from "./cellInput";
import { officeErrorCode } from "./errors";
import { ACTION_REQUEST_BYTES, jsonBytes, PAYLOAD_BUDGET_BYTES } from "./payload";
import { splitAreasAddress } from "./readPlan";
import { MERGES_SET } from "./readWorkbook";
import type { Supports } from "./requirements";
import { findSheet, loadWorkbookIndex } from "./workbookIndex";

interface Target {
  edit: Edit;
  /** The cell written: the edit's own, or the top-left cell of the merged area it lies in. */
  cell: string;
  range: Excel.Range;
  merged: Excel.RangeAreas | null;
}

interface Queued {
  targets: Target[];
  protections: Map<string, Excel.WorksheetProtection>;
}

/** Request bytes of reading one edit's cell (range path, load, kept reference; its merged area), and of writing it. */
export function editReadBytes(edit: Edit, withMerges = false): number {
  return (withMerges ? 4 : 2) * ACTION_REQUEST_BYTES + jsonBytes(edit.cell);
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
  withMerges: boolean,
): Promise<Queued> {
  const all: Queued = { targets: [], protections: new Map() };
  const cost = (e: Edit) => Math.max(editReadBytes(e, withMerges), editResponseBytes(e) + (withMerges ? 96 : 0));
  for (const part of chunkByBytes(edits, cost, budget)) {
    const q = queueReads(context, part, sheetName, withMerges);
    await context.sync();
    all.targets.push(...q.targets);
    for (const [k, v] of q.protections) if (!all.protections.has(k)) all.protections.set(k, v);
  }
  return all;
}

function queueReads(context: Excel.RequestContext, edits: Edit[], sheetName: (e: Edit) => string, withMerges: boolean): Queued {
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
    const merged = withMerges ? range.getMergedAreasOrNullObject() : null;
    merged?.load("address");
    targets.push({ edit, cell: edit.cell, range, merged });
  }
  return { targets, protections };
}

/**
 * Points each target inside a merged area (but not at its top-left cell) at that top-left cell, whose value
 * and formula are read in one more sync; the edit is then checked against what the area shows.
 */
async function retargetMerged(context: Excel.RequestContext, targets: Target[], sheetName: (e: Edit) => string): Promise<void> {
  const moved: Target[] = [];
  for (const t of targets) {
    if (!t.merged || t.merged.isNullObject) continue;
    const area = splitAreasAddress(t.merged.address)[0];
    const topLeft = area?.split(":")[0]?.toUpperCase();
    if (!topLeft || topLeft === t.edit.cell.toUpperCase()) continue;
    t.cell = topLeft;
    t.range = context.workbook.worksheets.getItem(sheetName(t.edit)).getRange(topLeft);
    t.range.load("values, formulas");
    moved.push(t);
  }
  if (moved.length > 0) await context.sync();
}

/** Request bytes of reading one target cell's lock (format, protection, load). */
const LOCK_READ_BYTES = 3 * ACTION_REQUEST_BYTES;

/**
 * The edits whose cell is locked, of targets on protected sheets: Excel takes a value there only into an
 * unlocked cell (Format Cells → Protection), as a person can type only there. One more round trip, only when a
 * target sheet is protected; a lock Excel cannot tell (null) counts as locked.
 */
async function lockedTargets(context: Excel.RequestContext, targets: Target[], budget: number): Promise<Set<Edit>> {
  const locked = new Set<Edit>();
  for (const part of chunkByBytes(targets, () => LOCK_READ_BYTES, budget)) {
    const reads = part.map((t) => {
      const protection = t.range.format.protection;
      protection.load("locked");
      return { edit: t.edit, protection };
    });
    await context.sync();
    for (const r of reads) if (r.protection.locked !== false) locked.add(r.edit);
  }
  return locked;
}

/** The edits of a refused batch whose cells now hold their new value; null when Excel cannot be asked. */
async function writtenAfterFailure(context: Excel.RequestContext, batch: Target[], sheetName: (e: Edit) => string): Promise<Edit[] | null> {
  try {
    const reads = batch.map(({ edit, cell }) => {
      const range = context.workbook.worksheets.getItem(sheetName(edit)).getRange(cell);
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

export async function applyEditsInExcel(
  context: Excel.RequestContext,
  edits: Edit[],
  budget = PAYLOAD_BUDGET_BYTES,
  supports: Supports = () => false,
): Promise<ApplyResult> {
  const skipped: SkippedEdit[] = [];
  if (edits.length === 0) return { applied: [], skipped };
  const withMerges = supports(...MERGES_SET);

  let live = edits;
  let sheetName = (e: Edit) => e.sheet;
  let queued: Queued;
  try {
    queued = await readInBatches(context, live, sheetName, budget, withMerges);
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
    queued = await readInBatches(context, live, sheetName, budget, withMerges);
  }

  await retargetMerged(context, queued.targets, sheetName);

  // Protection before any write: a locked target cell on a protected sheet means no write at all, not a partial fill.
  const onProtected = queued.targets.filter((t) => queued.protections.get(sheetName(t.edit))?.protected);
  const locked = await lockedTargets(context, onProtected, budget);
  if (locked.size > 0) {
    for (const edit of live) skipped.push({ edit, reason: locked.has(edit) ? "protected" : "blocked" });
    return { applied: [], skipped };
  }

  const toWrite: Target[] = [];
  const written = new Set<string>();
  for (const target of queued.targets) {
    const { edit, range } = target;
    const key = `${sheetName(edit).toUpperCase()}!${target.cell.toUpperCase()}`;
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
