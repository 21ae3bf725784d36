/**
 * Creates summary tabs and new measure sheets from SheetSpecs.
 *
 * Round trips: 1) the workbook index (sheets, marker names, table names, workbook protection); 2) the new
 * tabs under temporary names with all their contents, cut into requests of at most the budget (Excel on the
 * web refuses a request over 5 MB), usually one; 3) the swap, one small request: the old generated tabs and
 * their markers go, the new tabs take their names, places and markers.
 *
 * Nothing of the workbook is removed before the new tabs are complete: a sync that fails while they are
 * written leaves the old summary as it was, and the half-written new tabs (temporary, unmarked) are removed
 * again. A swap that fails part-way is cleaned up the same way: what remains is either a marked tab or a
 * person's sheet, never an unmarked generated one. A summary tab replaces only the tab its role's marker
 * (`Shinchoku_<role>`) points at; a tab a person made is never removed, whatever its name: the new tab then
 * takes a free name beside it (planSheetNames).
 */
import type { WriteSheetsResult } from "../core/model/gateway";
import { finalNameLookup, planSheetNames, sameSheetName } from "../core/model/sheetNames";
import type { SheetSpec } from "../core/model/sheetSpec";
import { markedRole, markerName } from "../core/workbook/markers";
import { GatewayError, officeErrorCode } from "./errors";
import { ACTION_REQUEST_BYTES, PAYLOAD_BUDGET_BYTES, requestBudget } from "./payload";
import type { Supports } from "./requirements";
import { findSheet, loadWorkbookIndex, type SheetEntry } from "./workbookIndex";
import { freeTableName } from "../core/workbook/tableNames";
import { FREEZE_IN_BATCH_SET, queueFreeze, queueSheetSpec } from "./writeSpec";

/** Largest request one write sync aims at: under the web's 5 MB cap, with room for what the estimate misses. */
export const REQUEST_BUDGET_BYTES = PAYLOAD_BUDGET_BYTES;

/** New tabs are written under this prefix and renamed only in the swap. */
export const TEMPORARY_PREFIX = "_shinchoku_new_";

function temporaryName(i: number, taken: string[]): string {
  for (let n = i; ; n += 1000) {
    const name = `${TEMPORARY_PREFIX}${n}`;
    if (!taken.some((t) => sameSheetName(t, name))) return name;
  }
}

/**
 * After a failed write: removes every tab this write created that carries no marker (under its temporary or
 * its final name). Best effort: the write's own error is what the user is told.
 */
async function removeUnmarked(context: Excel.RequestContext, created: Set<string>): Promise<void> {
  try {
    const index = await loadWorkbookIndex(context);
    const marked = new Set(index.generated.map((g) => g.name.toUpperCase()));
    let n = 0;
    for (const s of index.sheets)
      if (created.has(s.name.toUpperCase()) && !marked.has(s.name.toUpperCase())) {
        s.ws.delete();
        n++;
      }
    if (n > 0) await context.sync();
  } catch {
    // The workbook may be unreachable now; the next summary run replaces or removes these tabs.
  }
}

/**
 * After a swap refused at a marker (office-js #2875: a tab the user copied holds sheet-scoped copies of our
 * markers): removes those copies (each points at the copy's own A1, so it marks nothing), then adds the
 * markers still missing and hides what is to be hidden. Idempotent, as the refused request had run up to
 * the refused call. Rethrows `cause` when the new tabs are not yet under their final names.
 */
async function finishMarkers(
  context: Excel.RequestContext,
  specs: SheetSpec[],
  added: Excel.Worksheet[],
  final: string[],
  cause: unknown,
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const names = context.workbook.names;
  names.load("items/name");
  for (const ws of added) ws.load("name");
  await context.sync();
  if (added.some((ws, i) => ws.name !== final[i])) throw cause;
  const scoped = worksheets.items.map((ws) => {
    const own = ws.names;
    own.load("items/name");
    return own;
  });
  await context.sync();
  for (const own of scoped) for (const n of own.items) if (markedRole(n.name) !== null) n.delete();
  const present = new Set(names.items.map((n) => n.name.toUpperCase()));
  specs.forEach((spec, i) => {
    if (spec.role !== "measure" && !present.has(markerName(spec.role).toUpperCase()))
      names.add(markerName(spec.role), added[i].getRange("A1"));
  });
  specs.forEach((spec, i) => {
    if (spec.hidden) added[i].visibility = "Hidden";
  });
  await context.sync();
}

export async function writeSheetsInExcel(
  context: Excel.RequestContext,
  specs: SheetSpec[],
  supports: Supports,
  budgetBytes = REQUEST_BUDGET_BYTES,
  fitByScale = false,
): Promise<WriteSheetsResult> {
  if (specs.length === 0) return { written: [], replaced: [] };
  const index = await loadWorkbookIndex(context, { tables: true, workbookProtection: true });
  if (index.workbookProtected) throw new GatewayError("AccessDenied", { messageKey: "excel.error.workbookProtected" });

  const roleOf = (name: string) => index.generated.find((g) => g.name === name)?.role ?? null;
  const existing = index.sheets.map((s) => ({ name: s.name, role: roleOf(s.name) }));
  const plan = planSheetNames(
    existing,
    specs.map((s) => ({ name: s.name, role: s.role })),
  );
  // Belt and braces: only a sheet carrying a marker is ever removed.
  const replaced: SheetEntry[] = plan.replace
    .map((n) => findSheet(index, n))
    .filter((e): e is SheetEntry => e !== undefined && roleOf(e.name) !== null);
  const locked = replaced.find((e) => e.protected);
  if (locked) throw new GatewayError("AccessDenied", { messageKey: "excel.error.replaceProtected", params: { sheet: locked.name } });

  // Names a tab of this write may carry: its temporary name, or a final one no person's sheet has.
  const persons = new Set(index.sheets.filter((e) => roleOf(e.name) === null).map((e) => e.name.toUpperCase()));
  const created = new Set(plan.final.map((n) => n.toUpperCase()).filter((n) => !persons.has(n)));
  try {
    return await writeThenSwap(context, specs, supports, budgetBytes, index, plan, replaced, roleOf, created, fitByScale);
  } catch (e) {
    await removeUnmarked(context, created);
    throw e;
  }
}

async function writeThenSwap(
  context: Excel.RequestContext,
  specs: SheetSpec[],
  supports: Supports,
  budgetBytes: number,
  index: Awaited<ReturnType<typeof loadWorkbookIndex>>,
  plan: ReturnType<typeof planSheetNames>,
  replaced: SheetEntry[],
  roleOf: (name: string) => string | null,
  created: Set<string>,
  fitByScale: boolean,
): Promise<WriteSheetsResult> {
  const budget = requestBudget(context, budgetBytes);
  const names = context.workbook.names;
  const worksheets = context.workbook.worksheets;

  // 1. The new tabs, complete, under temporary names; nothing else in the workbook changes yet.
  const taken = index.sheets.map((s) => s.name);
  const added = specs.map((_, i) => {
    const tmp = temporaryName(i, taken);
    taken.push(tmp);
    created.add(tmp.toUpperCase());
    return worksheets.add(tmp);
  });
  budget.take(specs.length * 2 * ACTION_REQUEST_BYTES);
  const finalName = finalNameLookup(specs, plan.final);
  // Table names are unique in the workbook and the old tabs still hold theirs: those step aside first (the
  // old tabs are removed in the swap anyway), so regenerated tables keep their names.
  const removedSheets = new Set(replaced.map((e) => e.name.toUpperCase()));
  const takenNames = new Set<string>();
  for (const n of index.names) takenNames.add(n.name.toUpperCase());
  for (const tb of index.tables) takenNames.add(tb.name.toUpperCase());
  for (const tb of index.tables) {
    if (!removedSheets.has(tb.sheet.toUpperCase())) continue;
    context.workbook.tables.getItem(tb.name).name = freeTableName("_shinchoku_old", takenNames);
    takenNames.delete(tb.name.toUpperCase());
  }
  budget.take(index.tables.length * ACTION_REQUEST_BYTES);
  // In order: a sheet's contents may follow its structure in a later request, never precede it.
  for (const [i, spec] of specs.entries())
    await queueSheetSpec(added[i], spec, {
      supports,
      finalName,
      takenNames,
      budget,
      fitByScale,
    });

  // 2. The swap, in a request of its own size: markers of every role written go first (a marker may not be
  // added twice, and one left on a removed tab would turn into #REF!), then the old tabs, then the new tabs
  // take their names and places, and their markers last.
  const places = replaced.map((e) => ({ role: roleOf(e.name), position: e.position })).sort((a, b) => a.position - b.position);
  const swapBytes = (specs.length * 3 + replaced.length + index.names.length + places.length + 1) * ACTION_REQUEST_BYTES;
  if (!budget.empty() && budget.room() < swapBytes) await budget.flush();
  const rolesWritten = new Set(specs.filter((s) => s.role !== "measure").map((s) => markerName(s.role).toUpperCase()));
  for (const n of index.names) if (rolesWritten.has(n.name.toUpperCase())) names.getItem(n.name).delete();
  for (const e of replaced) e.ws.delete();
  specs.forEach((_, i) => {
    added[i].name = plan.final[i];
  });
  // Each new summary tab takes its predecessor's place; in ascending order, every earlier move is already final.
  for (const { role, position } of places) {
    const i = specs.findIndex((s) => s.role === role);
    if (i >= 0) added[i].position = position;
  }
  // Activated before the markers are added: while a copied tab is active, Excel refuses a workbook name that
  // tab holds as a sheet-scoped copy (ItemAlreadyExists, office-js #2875); a new tab holds none.
  // A hidden spec (the store of answered findings) is never the tab brought to the front.
  const shown = specs.findIndex((s) => !s.hidden);
  added[shown >= 0 ? shown : 0].activate();
  specs.forEach((spec, i) => {
    if (spec.role !== "measure") names.add(markerName(spec.role), added[i].getRange("A1"));
  });
  specs.forEach((spec, i) => {
    if (spec.hidden) added[i].visibility = "Hidden";
  });
  try {
    await context.sync();
  } catch (e) {
    // Activating a new tab is not known to be enough on every host: a marker still refused as already
    // existing is taken from the copies in the way, and the swap is finished from where it stopped.
    if (officeErrorCode(e) !== "ItemAlreadyExists") throw e;
    await finishMarkers(context, specs, added, plan.final, e);
  }
  // Hosts before ExcelApi 1.9 (Office 2019) may fail freezePanes with GeneralException (office-js #2196): there the
  // panes are frozen after the swap, on their own, and a refusal costs only the frozen header.
  if (!supports(...FREEZE_IN_BATCH_SET) && specs.some((s) => s.freeze)) {
    specs.forEach((spec, i) => queueFreeze(added[i], spec));
    await context.sync().catch(() => undefined);
  }
  return { written: plan.final, replaced: replaced.map((e) => e.name) };
}
