/**
 * The first, cheap round trip of every operation: which sheets exist (names, visibility, position,
 * protection) and which of them Shinchoku generated (marker defined names `Shinchoku_<role>` → A1).
 * No cell data travels here, so its size does not grow with the sheets' contents.
 */
import { findSheetByName } from "../core/model/sheetNames";
import { generatedFromNames } from "../core/workbook/markers";
import { sheetOfReference } from "../core/workbook/references";
import type { SheetGrid } from "../core/model/grid";

export interface SheetEntry {
  /** The proxy from this request context (valid only inside the same Excel.run). */
  ws: Excel.Worksheet;
  name: string;
  position: number;
  visibility: SheetGrid["visibility"];
  protected: boolean;
}

export interface NameEntry {
  name: string;
  /** The sheet a range name points at, or null (a constant, a formula, or #REF! after its sheet was deleted). */
  sheet: string | null;
}

export interface WorkbookIndex {
  sheets: SheetEntry[];
  names: NameEntry[];
  /** Sheets carrying a marker, with the role it names. */
  generated: { name: string; role: string }[];
  /** Only filled when asked for (writeSheets). */
  tables: { name: string; sheet: string }[];
  workbookProtected: boolean;
}

const VISIBILITY: Record<string, SheetGrid["visibility"]> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

/** Queues the index loads; the returned function reads them after the caller's sync. */
export function queueWorkbookIndex(
  context: Excel.RequestContext,
  options: { tables?: boolean; workbookProtection?: boolean } = {},
): () => WorkbookIndex {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility,items/position,items/protection/protected");
  const names = context.workbook.names;
  names.load("items/name,items/type,items/value");
  const tables = options.tables ? context.workbook.tables : null;
  tables?.load("items/name,items/worksheet/name");
  const protection = options.workbookProtection ? context.workbook.protection : null;
  protection?.load("protected");
  return () => {
    const sheets: SheetEntry[] = worksheets.items.map((ws) => ({
      ws,
      name: ws.name,
      position: ws.position,
      visibility: VISIBILITY[ws.visibility] ?? "visible",
      protected: ws.protection.protected,
    }));
    const nameEntries: NameEntry[] = names.items.map((n) => ({
      name: n.name,
      sheet: n.type === "Range" && typeof n.value === "string" ? sheetOfReference(n.value) : null,
    }));
    return {
      sheets,
      names: nameEntries,
      generated: generatedFromNames(
        nameEntries,
        sheets.map((s) => s.name),
      ),
      tables: tables ? tables.items.map((tb) => ({ name: tb.name, sheet: tb.worksheet.name })) : [],
      workbookProtected: protection ? protection.protected : false,
    };
  };
}

/** The index in a round trip of its own. */
export async function loadWorkbookIndex(
  context: Excel.RequestContext,
  options: { tables?: boolean; workbookProtection?: boolean } = {},
): Promise<WorkbookIndex> {
  const index = queueWorkbookIndex(context, options);
  await context.sync();
  return index();
}

export function findSheet(index: WorkbookIndex, name: string): SheetEntry | undefined {
  return findSheetByName(index.sheets, name);
}
