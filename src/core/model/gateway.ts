/**
 * What the engine needs from a host. One implementation per host does all the I/O: Office.js
 * (src/excel), .xlsx files via ExcelJS (src/node), and an in-memory workbook for the browser preview.
 */
import type { WorkbookGrid } from "./grid";
import type { Edit } from "./schemas";
import type { SheetSpec } from "./sheetSpec";

export interface SkippedEdit {
  edit: Edit;
  /**
   * `changed`: the cell no longer holds `before`; `protected`: its sheet is protected; `missing`: no such
   * sheet; `formula`: the cell holds a formula (its shown value is derived: a fill never replaces it);
   * `blocked`: its sheet is not protected, but another target sheet is, and a fill is all or nothing;
   * `failed`: Excel refused a later write request, after earlier ones were applied (they are in `applied`).
   */
  reason: "changed" | "protected" | "blocked" | "missing" | "formula" | "failed";
}

export interface ApplyResult {
  applied: Edit[];
  skipped: SkippedEdit[];
}

export interface WriteSheetsResult {
  /** Final names, in the order of the specs (a person's sheet with the wanted name is never replaced). */
  written: string[];
  /** Generated sheets removed because a new one of the same role replaced them. */
  replaced: string[];
}

export interface WorkbookGateway {
  /**
   * Optional warm-up when the pane opens (Excel: learn the sheet names), so that the click the user
   * waits on — validate — is a single round trip.
   */
  prepare?(): Promise<void>;
  /** Every sheet's used range, values and number formats, in as few round trips as the host allows. */
  readWorkbook(): Promise<WorkbookGrid>;
  /**
   * Writes each edit whose cell still holds `before`. Undo is the same call with before/after swapped.
   * Nothing at all is written when a target sheet is protected.
   */
  applyEdits(edits: Edit[]): Promise<ApplyResult>;
  /** Creates sheets (summary tabs replace the previous generated tab of the same role). */
  writeSheets(specs: SheetSpec[]): Promise<WriteSheetsResult>;
  /** Brings a cell into view and selects it, where the host has a selection. */
  selectCell?(sheet: string, cell: string): Promise<void>;
  /** The cell the person has selected (the active cell) and its text as shown; null when there is none. */
  selectedCell?(): Promise<SelectedCell | null>;
  /** Marks finding cells on the sheets in a way that clearMarks removes without touching the user's own formats. */
  markCells?(marks: CellMark[]): Promise<void>;
  clearMarks?(): Promise<void>;
  /**
   * Inserts sheets of another workbook (an .xlsx as base64, read in the browser: never uploaded) at the
   * end, as Excel's insertWorksheetsFromBase64 does; a name already taken gets a free one. Returns the
   * inserted sheets' names.
   */
  insertSheetsFromFile?(base64: string, sheets: string[]): Promise<string[]>;
}

export interface SelectedCell {
  sheet: string;
  cell: string;
  text: string;
}

export interface CellMark {
  sheet: string;
  cell: string;
  severity: "error" | "warning" | "info";
}
