/**
 * The engine's view of a workbook as zod schemas: for grids that cross a boundary (a worker, a test, a host)
 * and need checking. Types come from here; grid.ts re-exports them for code that only reads cells.
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
