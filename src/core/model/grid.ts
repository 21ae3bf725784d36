/**
 * The engine's view of a workbook: plain values, no host objects. Every gateway (Office.js, ExcelJS,
 * the in-memory preview) turns what it reads into this shape, so the engine never sees a host type.
 */
import { z } from "zod";

/** Strings, numbers, booleans or empty. Error values arrive as their text (`#REF!`); dates as Excel serials. */
export const CellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type CellValue = z.infer<typeof CellValueSchema>;

export const SheetGridSchema = z.object({
  name: z.string(),
  /** Row-major values; values[0][0] is the cell at (top, left). Rows may be ragged. */
  values: z.array(z.array(CellValueSchema)),
  /** Number formats, same shape as values where known (`0%` tells a 0.33 cell is 33%). */
  numFmts: z.array(z.array(z.string().nullable())).optional(),
  /** 0-based row and column of values[0][0] (Excel's used range may start anywhere). */
  top: z.number().int().nonnegative().default(0),
  left: z.number().int().nonnegative().default(0),
  /** Merged areas as A1 ranges. */
  merges: z.array(z.string()).default([]),
  visibility: z.enum(["visible", "hidden", "veryHidden"]).default("visible"),
  protected: z.boolean().default(false),
});
export type SheetGrid = z.infer<typeof SheetGridSchema>;
export type SheetGridInput = z.input<typeof SheetGridSchema>;

export const WorkbookGridSchema = z.object({
  sheets: z.array(SheetGridSchema),
  /** Sheets Shinchoku generated, known by their marker (a defined name), never by their names. */
  generatedSheets: z.array(z.object({ name: z.string(), role: z.string() })).default([]),
});
export type WorkbookGrid = z.infer<typeof WorkbookGridSchema>;
export type WorkbookGridInput = z.input<typeof WorkbookGridSchema>;

export function makeSheet(input: SheetGridInput): SheetGrid {
  return SheetGridSchema.parse(input);
}

export function makeWorkbook(input: WorkbookGridInput): WorkbookGrid {
  return WorkbookGridSchema.parse(input);
}

// The cell readers live in cells.ts (no zod there); they are part of this module's API as before.
export { cellAt, numFmtAt, extent, cellText } from "./cells";

/** Whether two cell values are the same as a person sees them: an empty cell and "" are alike. */
export function sameValue(a: CellValue, b: CellValue): boolean {
  const x = a === "" ? null : a;
  const y = b === "" ? null : b;
  return Object.is(x, y) || x === y;
}
