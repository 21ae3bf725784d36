/**
 * Finding marks on the sheets, as conditional formats, so the user's own fills are never changed: clearing
 * the marks deletes our rules and Excel shows the cells exactly as before.
 *
 * How our rules are told from the user's: each is a custom rule whose formula carries a signature,
 * `=N("Shinchoku:mark:<severity>")=0` (N of a text is 0, so the rule is always true). clearMarks loads every
 * sheet's conditional formats (type and, through customOrNullObject, the custom formula) and deletes exactly
 * those whose formula holds the signature, and custom rules with no formula at all (what a failed request
 * leaves between adding a mark and giving it its formula; see isMarkRule). A user rule cannot carry it by accident, and the marks are found
 * again after the task pane was closed or the workbook reopened, with no list kept anywhere.
 *
 * Round trips: 1) the workbook index; 2) every sheet's conditional formats; 3) deletions (and new marks), cut
 * into requests of at most 4 MB (one rule per cell before ExcelApi 1.9: about 12,000 marks to a request).
 * A sheet whose conditional formats Excel cannot list (office-js #6835, #6827) is left as it is; the others are
 * still cleared and marked (the sheets are halved until the failing ones are found).
 */
import type { CellMark } from "../core/model/gateway";
import { loadWorkbookIndex, type SheetEntry } from "./workbookIndex";
import { isPayloadTooLarge } from "./errors";
import { ACTION_REQUEST_BYTES, jsonBytes, PAYLOAD_BUDGET_BYTES, reserve, requestBudget } from "./payload";
import type { Supports } from "./requirements";

export const MARK_SIGNATURE = "Shinchoku:mark";

/** Multi-area ranges (`getRanges("A1, C5")`) need ExcelApi 1.9; older hosts get one rule per cell. */
export const RANGE_AREAS_SET: [string, string] = ["ExcelApi", "1.9"];

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;
export const MARK_FILL: Record<CellMark["severity"], string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

export function markFormula(severity: CellMark["severity"]): string {
  return `=N("${MARK_SIGNATURE}:${severity}")=0`;
}

export function isMarkFormula(formula: unknown): boolean {
  return typeof formula === "string" && formula.includes(MARK_SIGNATURE);
}

/**
 * A custom rule to remove: one of our marks, or a rule without a formula. A request that fails between a
 * mark's `conditionalFormats.add` and its formula (Excel keeps what ran before the failing call) leaves
 * such a rule, which no signature could then find; Excel's own dialog cannot make one, so it is ours.
 */
export function isMarkRule(formula: unknown): boolean {
  return isMarkFormula(formula) || formula === "" || formula === null || formula === undefined;
}

/** Addresses joined for getRanges, in chunks well under Excel's limit on a reference's length. */
export function chunkAddresses(cells: string[], maxChars = 2000): string[] {
  const out: string[] = [];
  let cur = "";
  for (const c of cells) {
    if (cur !== "" && cur.length + c.length + 1 > maxChars) {
      out.push(cur);
      cur = "";
    }
    cur = cur === "" ? c : `${cur},${c}`;
  }
  if (cur !== "") out.push(cur);
  return out;
}

/** One severity per cell (the most severe), grouped by sheet and severity. */
export function groupMarks(marks: CellMark[]): Map<string, Map<CellMark["severity"], string[]>> {
  const best = new Map<string, CellMark>();
  for (const m of marks) {
    const key = `${m.sheet}\u0000${m.cell.toUpperCase()}`;
    const prev = best.get(key);
    if (!prev || SEVERITY_RANK[m.severity] < SEVERITY_RANK[prev.severity]) best.set(key, m);
  }
  const out = new Map<string, Map<CellMark["severity"], string[]>>();
  for (const m of best.values()) {
    let bySeverity = out.get(m.sheet);
    if (!bySeverity) out.set(m.sheet, (bySeverity = new Map()));
    const list = bySeverity.get(m.severity) ?? [];
    list.push(m.cell.toUpperCase());
    bySeverity.set(m.severity, list);
  }
  return out;
}

/**
 * The sheets' conditional formats in one sync, aligned with `sheets`; on a failure, halves until the sheets
 * Excel cannot list are found (null for those).
 */
async function loadConditionalFormats(
  context: Excel.RequestContext,
  sheets: SheetEntry[],
): Promise<(Excel.ConditionalFormatCollection | null)[]> {
  if (sheets.length === 0) return [];
  const collections = sheets.map((s) => {
    const cfs = s.ws.getRange().conditionalFormats;
    cfs.load("items/type,items/customOrNullObject/rule/formula");
    return cfs;
  });
  try {
    await context.sync();
    return collections;
  } catch (e) {
    if (sheets.length === 1 && !isPayloadTooLarge(e)) return [null];
    if (sheets.length === 1) throw e;
    const mid = Math.ceil(sheets.length / 2);
    return [
      ...(await loadConditionalFormats(context, sheets.slice(0, mid))),
      ...(await loadConditionalFormats(context, sheets.slice(mid))),
    ];
  }
}

/**
 * Queues deletion of our rules on the given (unprotected) sheets; needs one sync to load, the caller's to delete.
 * Returns how many were queued and the sheets whose rules could be listed (only those may be marked: a mark
 * Excel cannot list again could never be cleared).
 */
async function queueClear(context: Excel.RequestContext, sheets: SheetEntry[]): Promise<{ removed: number; listed: SheetEntry[] }> {
  const collections = await loadConditionalFormats(context, sheets);
  let removed = 0;
  const listed: SheetEntry[] = [];
  collections.forEach((cfs, i) => {
    if (!cfs) return;
    listed.push(sheets[i]);
    for (const cf of cfs.items) {
      if (cf.type !== "Custom" || cf.customOrNullObject.isNullObject) continue;
      if (isMarkRule(cf.customOrNullObject.rule.formula)) {
        cf.delete();
        removed++;
      }
    }
  });
  return { removed, listed };
}

/** Removes every mark (protected sheets are skipped: Excel refuses any change there). */
export async function clearMarksInExcel(context: Excel.RequestContext): Promise<void> {
  const index = await loadWorkbookIndex(context);
  const { removed } = await queueClear(
    context,
    index.sheets.filter((s) => !s.protected),
  );
  if (removed > 0) await context.sync();
}

/** Replaces all marks by these: the old ones go, the new ones come, in the same final batch. */
export async function markCellsInExcel(context: Excel.RequestContext, marks: CellMark[], supports: Supports): Promise<void> {
  const index = await loadWorkbookIndex(context);
  const { removed, listed: writable } = await queueClear(
    context,
    index.sheets.filter((s) => !s.protected),
  );
  const areas = supports(...RANGE_AREAS_SET);
  const budget = requestBudget(context, PAYLOAD_BUDGET_BYTES);
  budget.take(removed * ACTION_REQUEST_BYTES);
  let added = 0;
  for (const [sheet, bySeverity] of groupMarks(marks)) {
    const entry = writable.find((s) => s.name === sheet) ?? writable.find((s) => s.name.toUpperCase() === sheet.toUpperCase());
    if (!entry) continue;
    for (const [severity, cells] of bySeverity) {
      const targets = areas ? chunkAddresses(cells).map((a) => entry.ws.getRanges(a)) : cells.map((c) => entry.ws.getRange(c));
      for (const [k, target] of targets.entries()) {
        // The range, the rule, its formula and its fill: four calls with their paths, and the addresses.
        await reserve(budget, 5 * ACTION_REQUEST_BYTES + jsonBytes(areas ? "" : cells[k]) + (areas ? 2100 : 0));
        const cf = target.conditionalFormats.add("Custom");
        cf.custom.rule.formula = markFormula(severity);
        cf.custom.format.fill.color = MARK_FILL[severity];
        added++;
      }
    }
  }
  if (!budget.empty() || removed + added > 0) await context.sync();
}
