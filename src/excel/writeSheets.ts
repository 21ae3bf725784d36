/**
 * Creates summary tabs and new measure sheets from SheetSpecs.
 *
 * Round trips: 1) the workbook index (sheets, marker names, table names, workbook protection); 2) every
 * write for every sheet in one batch, as long as it fits REQUEST_BUDGET_BYTES (Excel on the web refuses a
 * request over 5 MB); a larger batch is cut between row blocks into ⌈bytes / budget⌉ requests, in the same
 * order, the markers and activation last. A summary tab replaces only the tab its role's marker
 * (`Shinchoku_<role>`) points at; a tab a person made is never removed, whatever its name: the new tab then
 * takes a free name beside it (planSheetNames). The batch runs in this order, so no step can collide with another:
 * new tabs under temporary names → old generated tabs (and their markers) removed → new tabs renamed and put in
 * their predecessors' places → contents → markers.
 */
import type { WriteSheetsResult } from "../core/model/gateway";
import { finalNameLookup, planSheetNames, sameSheetName } from "../core/model/sheetNames";
import type { SheetSpec } from "../core/model/sheetSpec";
import { markerName } from "../core/workbook/markers";
import { GatewayError } from "./errors";
import type { Supports } from "./requirements";
import { findSheet, loadWorkbookIndex, type SheetEntry } from "./workbookIndex";
import { ACTION_REQUEST_BYTES, queueSheetSpec, type RequestBudget } from "./writeSpec";

/** Largest request one write sync aims at: under the web's 5 MB cap, with room for what the estimate misses. */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

/** Counts the estimated bytes queued on a context and syncs it when asked. */
function requestBudget(context: Excel.RequestContext, limit: number): RequestBudget {
  let used = 0;
  return {
    room: () => limit - used,
    empty: () => used === 0,
    take: (bytes) => void (used += bytes),
    flush: async () => {
      await context.sync();
      used = 0;
    },
  };
}

function temporaryName(i: number, taken: string[]): string {
  for (let n = i; ; n += 1000) {
    const name = `_shinchoku_new_${n}`;
    if (!taken.some((t) => sameSheetName(t, name))) return name;
  }
}

export async function writeSheetsInExcel(
  context: Excel.RequestContext,
  specs: SheetSpec[],
  supports: Supports,
  budgetBytes = REQUEST_BUDGET_BYTES,
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

  const budget = requestBudget(context, budgetBytes);
  const names = context.workbook.names;
  const worksheets = context.workbook.worksheets;

  // Markers of every role written now go first: a marker may not be added twice, and one left on a removed
  // tab would turn into #REF!.
  const rolesWritten = new Set(specs.filter((s) => s.role !== "measure").map((s) => markerName(s.role).toUpperCase()));
  for (const n of index.names) if (rolesWritten.has(n.name.toUpperCase())) names.getItem(n.name).delete();

  const taken = index.sheets.map((s) => s.name);
  const added = specs.map((_, i) => {
    const tmp = temporaryName(i, taken);
    taken.push(tmp);
    return worksheets.add(tmp);
  });
  for (const e of replaced) e.ws.delete();

  specs.forEach((_, i) => {
    added[i].name = plan.final[i];
  });
  const finalName = finalNameLookup(specs, plan.final);
  // Each new summary tab takes its predecessor's place; in ascending order, every earlier move is already final.
  const places = replaced
    .map((e) => ({ role: roleOf(e.name), position: e.position }))
    .sort((a, b) => a.position - b.position);
  for (const { role, position } of places) {
    const i = specs.findIndex((s) => s.role === role);
    if (i >= 0) added[i].position = position;
  }

  const removedSheets = new Set(replaced.map((e) => e.name.toUpperCase()));
  const takenNames = new Set<string>();
  for (const tb of index.tables) if (!removedSheets.has(tb.sheet.toUpperCase())) takenNames.add(tb.name.toUpperCase());
  for (const n of index.names) takenNames.add(n.name.toUpperCase());
  // The tab additions, removals, renames and moves above: a few actions per sheet and per name.
  budget.take((specs.length * 4 + replaced.length + index.names.length + places.length) * ACTION_REQUEST_BYTES);
  // In order: a sheet's contents may follow its structure in a later request, never precede it.
  for (const [i, spec] of specs.entries())
    await queueSheetSpec(added[i], spec, {
      supports,
      finalName,
      takenNames,
      budget,
    });

  specs.forEach((spec, i) => {
    if (spec.role !== "measure") names.add(markerName(spec.role), added[i].getRange("A1"));
  });
  // A hidden spec (the store of answered findings) is hidden, and never the tab brought to the front.
  specs.forEach((spec, i) => {
    if (spec.hidden) added[i].visibility = "Hidden";
  });
  const shown = specs.findIndex((s) => !s.hidden);
  if (shown >= 0) added[shown].activate();
  await context.sync();
  return { written: plan.final, replaced: replaced.map((e) => e.name) };
}
