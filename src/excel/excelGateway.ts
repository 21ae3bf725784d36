/**
 * The WorkbookGateway over Office.js: the only code in the product that calls Excel. Each method is one
 * Excel.run with a small, fixed number of round trips whatever the number of sheets (see each module), and
 * every failure leaves as a GatewayError with a code and a catalogue key.
 *
 *   prepare       1 small sync when the pane opens: the sheet names, no cell data
 *   readWorkbook  1 sync once the sheet names are known (2 for a workbook not seen yet: index, then data);
 *                 past the payload cap: index + sizing + ⌈bytes / 4 MB⌉ the first time, then ⌈bytes / 4 MB⌉
 *                 (the index rides with the first batch, planned from the last read's layout)
 *   applyEdits    2 syncs (read cells + protection, write); 1 when a target sheet is protected
 *   writeSheets   2 syncs (index, all writes); past 4 MB of request: index + ⌈bytes / 4 MB⌉
 *   markCells     3 syncs (+1 per 4 MB of marks), clearMarks 3, selectCell 2 (visibility, then select)
 */
import type { ApplyResult, CellMark, SelectedCell, WorkbookGateway, WriteSheetsResult } from "../core/model/gateway";
import type { WorkbookGrid } from "../core/model/grid";
import type { Edit } from "../core/model/schemas";
import type { SheetSpec } from "../core/model/sheetSpec";
import { applyEditsInExcel } from "./applyEdits";
import { GatewayError, toGatewayError } from "./errors";
import { clearMarksInExcel, markCellsInExcel } from "./marks";
import { readWorkbookGrid, type SheetLayout } from "./readWorkbook";
import { officeSupports, type Supports } from "./requirements";
import { writeSheetsInExcel } from "./writeSheets";
import { insertSheetsInExcel } from "./insertSheets";
import { loadWorkbookIndex } from "./workbookIndex";
import { officeDropsPrintFit } from "./host";

/* global Excel */

/** Excel.run's shape: tests hand in a recording fake. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelGatewayOptions {
  supports?: Supports;
  /** Response budget per read batch, in bytes (default 4 MB). */
  readBudget?: number;
  /** Request budget per write sync, in bytes (default 4 MB). */
  writeBudget?: number;
  /** Print summary tabs at a computed scale rather than fit to pages (default: on Windows, office-js #1860). */
  fitByScale?: boolean;
}

/**
 * Every batch waits while the user is typing in a cell instead of failing at once with
 * InvalidOperationInCellEditMode (Excel's default); the wait ends when the cell edit ends.
 */
export const EXCEL_RUN_OPTIONS = { delayForCellEdit: true } as const;

const defaultRun: ExcelRun = (batch) => Excel.run(EXCEL_RUN_OPTIONS, batch);

export class ExcelGateway implements WorkbookGateway {
  private readonly run: ExcelRun;
  private readonly supports: Supports;
  private readonly readBudget?: number;
  private readonly writeBudget?: number;
  private readonly fitByScale: boolean;
  /** Set once a read had to be split; the next read sizes first instead of trying all at once. */
  private largeWorkbook = false;
  /** Sheet names as of the last read or write: the next read asks for them by name, in one round trip. */
  private knownSheets: string[] | null = null;
  /** A large workbook's used ranges and bytes per cell as of the last read: the next read needs no sizing. */
  private knownLayout: SheetLayout[] | null = null;

  constructor(run: ExcelRun = defaultRun, options: ExcelGatewayOptions = {}) {
    this.run = run;
    this.supports = options.supports ?? officeSupports;
    this.readBudget = options.readBudget;
    this.writeBudget = options.writeBudget;
    this.fitByScale = options.fitByScale ?? officeDropsPrintFit();
  }

  /** Every Excel.run goes through here, so no Office error leaves without its code mapped. */
  private async call<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.run(batch);
    } catch (e) {
      throw toGatewayError(e);
    }
  }

  /** Learns the sheet names in one small round trip (no cell data), so the next read is one sync. */
  prepare(): Promise<void> {
    return this.call(async (context) => {
      const index = await loadWorkbookIndex(context);
      this.knownSheets = index.sheets.map((s) => s.name);
    });
  }

  readWorkbook(): Promise<WorkbookGrid> {
    return this.call(async (context) => {
      const outcome = await readWorkbookGrid(context, {
        supports: this.supports,
        assumeLarge: this.largeWorkbook,
        budget: this.readBudget,
        knownSheets: this.knownSheets ?? undefined,
        knownLayout: this.knownLayout ?? undefined,
      });
      this.largeWorkbook = outcome.large;
      this.knownLayout = outcome.layout ?? null;
      this.knownSheets = outcome.grid.sheets.map((s) => s.name);
      return outcome.grid;
    });
  }

  applyEdits(edits: Edit[]): Promise<ApplyResult> {
    if (edits.length === 0) return Promise.resolve({ applied: [], skipped: [] });
    return this.call((context) => applyEditsInExcel(context, edits, undefined, this.supports));
  }

  writeSheets(specs: SheetSpec[]): Promise<WriteSheetsResult> {
    if (specs.length === 0) return Promise.resolve({ written: [], replaced: [] });
    return this.call(async (context) => {
      const result = await writeSheetsInExcel(context, specs, this.supports, this.writeBudget, this.fitByScale);
      // Written sheets change the layout: the next read sizes again rather than guess and discard a batch.
      if (result.written.length > 0 || result.replaced.length > 0) this.knownLayout = null;
      if (this.knownSheets) {
        const gone = new Set(result.replaced);
        this.knownSheets = [...this.knownSheets.filter((n) => !gone.has(n)), ...result.written];
      }
      return result;
    });
  }

  /**
   * Selects a finding's cell. Excel cannot activate a hidden sheet (the call fails without a useful code), so
   * visibility is checked in the same round trip's first half and a hidden sheet gets a message that says how
   * to show it; nothing in the workbook is changed for the user (no sheet is unhidden behind their back).
   */
  selectCell(sheet: string, cell: string): Promise<void> {
    return this.call(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.load("name,visibility");
      await context.sync();
      if (ws.visibility !== "Visible") throw new GatewayError("SheetHidden", { params: { sheet: ws.name } });
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }

  /** The active cell, for the 様式 panel's "use the selected cell" (ExcelApi 1.7, the minimum supported). */
  selectedCell(): Promise<SelectedCell | null> {
    return this.call(async (context) => {
      const range = context.workbook.getActiveCell();
      range.load("address,text");
      range.worksheet.load("name");
      await context.sync();
      const cell = range.address.slice(range.address.lastIndexOf("!") + 1).replace(/\$/g, "");
      return { sheet: range.worksheet.name, cell, text: String(range.text?.[0]?.[0] ?? "") };
    });
  }

  markCells(marks: CellMark[]): Promise<void> {
    return this.call((context) => markCellsInExcel(context, marks, this.supports));
  }

  clearMarks(): Promise<void> {
    return this.call((context) => clearMarksInExcel(context));
  }

  insertSheetsFromFile(base64: string, sheets: string[]): Promise<string[]> {
    return this.call(async (context) => {
      const names = await insertSheetsInExcel(context, base64, sheets, this.supports);
      this.knownLayout = null;
      if (this.knownSheets) this.knownSheets = [...this.knownSheets, ...names];
      return names;
    });
  }
}
