/**
 * The browser preview's workbook: the .xlsx package held in memory, behind the same WorkbookGateway
 * the task pane uses in Excel. Reads and writes go through the package layer the command line uses
 * (src/xlsx/package, inflating with fflate: a browser has no node:zlib), so what the preview shows is
 * what a saved .xlsx would hold, and a download keeps every part of the dropped file. It also keeps what Excel would show
 * on screen — the active sheet, the selected cell, marked cells — as a snapshot a React view subscribes to.
 */
import type { ApplyResult, CellMark, SelectedCell, WorkbookGateway, WriteSheetsResult } from "../core/model/gateway";
import type { WorkbookGrid } from "../core/model/grid";
import { parseA1 } from "../core/model/address";
import { cellAt, cellText } from "../core/model/grid";
import type { Edit } from "../core/model/schemas";
import type { SheetSpec } from "../core/model/sheetSpec";
import { sameSheetName, uniqueSheetName } from "../core/model/sheetNames";
import { gridToSheetSpec } from "../core/produce/batch";
import { SheetsWriteRefused, WorkbookLoadError, writeSheetsToPackage, XlsxPackage } from "../xlsx/package";
import { fflateCodec } from "../xlsx/package/fflateCodec";

/** Thrown like an Office.js error: the task pane tells errors apart by `code`, and shows `messageKey` where one is given. */
export class PreviewGatewayError extends Error {
  constructor(
    readonly code: "NoWorkbook" | "UnreadableFile" | "ItemNotFound" | "InvalidArgument" | "AccessDenied",
    readonly messageKey?: string,
    readonly params?: Record<string, string>,
  ) {
    super(code);
    this.name = "PreviewGatewayError";
  }
}

/**
 * A change to the open package. A part it must rewrite that cannot be parsed (damaged past what the read
 * forgave) refuses the change, the package as it was, with a message that says so rather than "unexpected".
 */
function changePackage<T>(change: () => T): T {
  try {
    return change();
  } catch (e) {
    if (e instanceof WorkbookLoadError) throw new PreviewGatewayError("UnreadableFile", "taskpane.error.damagedPart");
    throw e;
  }
}

/** Tabs written into the package, refused as the add-in refuses them in Excel (the same messages). */
function writeTabs(pkg: XlsxPackage, specs: SheetSpec[]): WriteSheetsResult {
  try {
    return changePackage(() => writeSheetsToPackage(pkg, specs));
  } catch (e) {
    if (!(e instanceof SheetsWriteRefused)) throw e;
    if (e.kind === "workbook-protected") throw new PreviewGatewayError("AccessDenied", "excel.error.workbookProtected");
    throw new PreviewGatewayError("AccessDenied", "excel.error.replaceProtected", { sheet: e.sheet });
  }
}

export interface PreviewSnapshot {
  /** Bumped on every change, so views can tell two snapshots apart cheaply. */
  version: number;
  /** File name of the open workbook; null before one is opened. */
  name: string | null;
  grid: WorkbookGrid | null;
  activeSheet: string | null;
  selection: { sheet: string; cell: string } | null;
  marks: CellMark[];
}

const EMPTY: PreviewSnapshot = { version: 0, name: null, grid: null, activeSheet: null, selection: null, marks: [] };
const RANK = { error: 3, warning: 2, info: 1 } as const;
/** Sheets read between two pauses for the page. */
const READ_SLICE = 100;

export class MemoryGateway implements WorkbookGateway {
  private pkg: XlsxPackage | null = null;
  private snapshot: PreviewSnapshot = EMPTY;
  private readonly listeners = new Set<() => void>();

  /** Replaces the open workbook with the .xlsx in `data`. A file that is not a workbook changes nothing. */
  async load(data: ArrayBuffer | Uint8Array, name: string): Promise<void> {
    let pkg: XlsxPackage;
    let grid: WorkbookGrid;
    try {
      pkg = XlsxPackage.open(data instanceof Uint8Array ? data : new Uint8Array(data), fflateCodec);
      grid = pkg.grid();
    } catch {
      throw new PreviewGatewayError("UnreadableFile");
    }
    this.pkg = pkg;
    const first = grid.sheets.find((s) => s.visibility === "visible") ?? grid.sheets[0];
    this.publish({ name, grid, activeSheet: first?.name ?? null, selection: null, marks: [] });
  }

  async readWorkbook(): Promise<WorkbookGrid> {
    // A fresh read each time, as from Excel: callers may keep or change what they get. In slices with the
    // page let in between, as Excel's read is a request the page waits on: a city's 1,400 sheets read in
    // one go held the page for over 100 ms.
    const pkg = this.workbook();
    const sheets: WorkbookGrid["sheets"] = [];
    for (let i = 0; i < pkg.sheets.length; i++) {
      if (i > 0 && i % READ_SLICE === 0) await new Promise((resolve) => setTimeout(resolve, 0));
      sheets.push(pkg.sheetGrid(pkg.sheets[i]));
    }
    return { sheets, generatedSheets: pkg.markers() };
  }

  async applyEdits(edits: Edit[]): Promise<ApplyResult> {
    const pkg = this.workbook();
    const result = changePackage(() => pkg.applyEdits(edits));
    if (result.applied.length > 0) this.refresh();
    return result;
  }

  async writeSheets(specs: SheetSpec[]): Promise<WriteSheetsResult> {
    const result = writeTabs(this.workbook(), specs);
    const gone = new Set(result.replaced);
    this.refresh({
      // Marks and the selection on a replaced tab went with it.
      marks: this.snapshot.marks.filter((m) => !gone.has(m.sheet)),
      selection: this.snapshot.selection && gone.has(this.snapshot.selection.sheet) ? null : this.snapshot.selection,
    });
    return result;
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    const name = this.sheetName(sheet);
    try {
      parseA1(cell);
    } catch {
      throw new PreviewGatewayError("InvalidArgument");
    }
    this.publish({ activeSheet: name, selection: { sheet: name, cell: cell.replace(/\$/g, "").toUpperCase() } });
  }

  async selectedCell(): Promise<SelectedCell | null> {
    const sel = this.snapshot.selection;
    const sheet = sel ? this.snapshot.grid?.sheets.find((s) => s.name === sel.sheet) : undefined;
    if (!sel || !sheet) return null;
    const { row, col } = parseA1(sel.cell);
    return { sheet: sel.sheet, cell: sel.cell, text: cellText(cellAt(sheet, row, col)) };
  }

  async markCells(marks: CellMark[]): Promise<void> {
    this.workbook();
    // One mark per cell, the most severe wins, as a fill colour would in Excel.
    const byCell = new Map(this.snapshot.marks.map((m) => [`${m.sheet}!${m.cell}`, m]));
    for (const m of marks) {
      const key = `${m.sheet}!${m.cell}`;
      const old = byCell.get(key);
      if (!old || RANK[m.severity] > RANK[old.severity]) byCell.set(key, { ...m });
    }
    this.publish({ marks: [...byCell.values()] });
  }

  async clearMarks(): Promise<void> {
    if (this.snapshot.marks.length > 0) this.publish({ marks: [] });
  }

  /**
   * As Excel's insertWorksheetsFromBase64, as far as the in-memory workbook goes: the chosen sheets'
   * values, number formats and merges, at the end, a taken name made free.
   */
  async insertSheetsFromFile(base64: string, sheets: string[]): Promise<string[]> {
    const pkg = this.workbook();
    let other: XlsxPackage;
    let grid: WorkbookGrid;
    try {
      other = XlsxPackage.open(
        Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)),
        fflateCodec,
      );
      grid = other.grid();
    } catch {
      throw new PreviewGatewayError("UnreadableFile");
    }
    const wanted = new Set(sheets);
    const taken = pkg.sheets.map((s) => s.name);
    const specs: SheetSpec[] = [];
    for (const sheet of grid.sheets) {
      if (!wanted.has(sheet.name)) continue;
      const name = uniqueSheetName(sheet.name, taken);
      taken.push(name);
      specs.push({ ...gridToSheetSpec(sheet), name });
    }
    if (specs.length === 0) return [];
    const result = writeTabs(pkg, specs);
    this.refresh();
    return result.written;
  }

  // ---- for the preview page ----

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): PreviewSnapshot => this.snapshot;

  getGrid(): WorkbookGrid | null {
    return this.snapshot.grid;
  }

  getName(): string | null {
    return this.snapshot.name;
  }

  setActiveSheet(sheet: string): void {
    this.publish({ activeSheet: this.sheetName(sheet) });
  }

  /** The workbook as .xlsx bytes, for "download". */
  async toBuffer(): Promise<Uint8Array> {
    const pkg = this.workbook();
    pkg.asWorkbook();
    return pkg.toBytes();
  }

  private workbook(): XlsxPackage {
    if (!this.pkg) throw new PreviewGatewayError("NoWorkbook");
    return this.pkg;
  }

  private sheetName(sheet: string): string {
    const found = this.workbook().sheets.find((ws) => sameSheetName(ws.name, sheet));
    if (!found) throw new PreviewGatewayError("ItemNotFound");
    return found.name;
  }

  private refresh(patch: Partial<PreviewSnapshot> = {}): void {
    const grid = this.workbook().grid();
    const names = grid.sheets.map((s) => s.name);
    const active = this.snapshot.activeSheet && names.includes(this.snapshot.activeSheet) ? this.snapshot.activeSheet : (names[0] ?? null);
    this.publish({ grid, activeSheet: active, ...patch });
  }

  private publish(patch: Partial<PreviewSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch, version: this.snapshot.version + 1 };
    for (const l of [...this.listeners]) l();
  }
}
