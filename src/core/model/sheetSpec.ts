/**
 * A sheet to write, as data: values plus formatting intent. The engine builds these (summary tabs,
 * new measure sheets, the sample workbook); each gateway turns them into its host's own features.
 */
import { z } from "zod";
import { CellValueSchema } from "./gridSchema";
import { SHEET_ROLES } from "./sheetRoles";

export const LinkSchema = z.union([z.object({ sheet: z.string(), cell: z.string() }), z.object({ url: z.string() })]);

export const CellSpecSchema = z.object({
  value: CellValueSchema,
  numFmt: z.string().optional(),
  bold: z.boolean().optional(),
  wrap: z.boolean().optional(),
  /** Background as RGB hex without '#', e.g. "DDEBF7". */
  fill: z.string().optional(),
  border: z.boolean().optional(),
  align: z.enum(["left", "center", "right"]).optional(),
  vAlign: z.enum(["top", "middle", "bottom"]).optional(),
  link: LinkSchema.optional(),
});
export type CellSpec = z.infer<typeof CellSpecSchema>;

export const ConditionalFormatSchema = z.union([
  /** Cells whose text contains `text` get the fill (status colours). */
  z.object({ type: z.literal("textContains"), ref: z.string(), text: z.string(), fill: z.string(), font: z.string().optional() }),
  /** A bar from 0 to `max` (1 for a 0–100% progress column); without `max`, to the column's largest value. */
  z.object({ type: z.literal("dataBar"), ref: z.string(), color: z.string(), max: z.number().optional() }),
]);
export type ConditionalFormat = z.infer<typeof ConditionalFormatSchema>;

export const TableSpecSchema = z.object({
  name: z.string(),
  /** Top-left cell of the header row; the table spans the header and `rows` data rows. */
  ref: z.string(),
  columns: z.array(z.string()),
  rows: z.number().int().nonnegative(),
  style: z.string().default("TableStyleMedium2"),
});

export const ChartSpecSchema = z.object({
  type: z.enum(["columnStacked", "columnClustered"]),
  /** Data range including the header row and the category column. */
  dataRef: z.string(),
  title: z.string(),
  /** Top-left cell where the chart is placed. */
  anchor: z.string(),
});

/** One line of a page header or footer, in three parts. */
export const HeaderFooterSchema = z.object({ left: z.string().optional(), center: z.string().optional(), right: z.string().optional() });
export type HeaderFooter = z.infer<typeof HeaderFooterSchema>;

export const SheetSpecSchema = z.object({
  name: z.string(),
  role: z.enum(SHEET_ROLES),
  /** Cells by row, starting at A1; null leaves a cell empty. */
  rows: z.array(z.array(CellSpecSchema.nullable())),
  merges: z.array(z.string()).default([]),
  /** Widths in Excel character units, by column from A. */
  columnWidths: z.array(z.number()).default([]),
  rowHeights: z.record(z.string(), z.number()).default({}),
  freeze: z.object({ rows: z.number().int(), cols: z.number().int() }).optional(),
  tables: z.array(TableSpecSchema).default([]),
  conditionalFormats: z.array(ConditionalFormatSchema).default([]),
  charts: z.array(ChartSpecSchema).default([]),
  /**
   * A4 print setup. `titleRows` repeat on every page; header and footer texts may hold `{page}`,
   * `{pages}`, `{date}` and `{sheet}`, which each host turns into its own page fields.
   */
  print: z
    .object({
      landscape: z.boolean(),
      fitToWidth: z.boolean(),
      titleRows: z.number().int().nonnegative().optional(),
      header: HeaderFooterSchema.optional(),
      footer: HeaderFooterSchema.optional(),
    })
    .optional(),
  /** Written hidden (the store of answered findings: Shinchoku's data, not a tab to read). */
  hidden: z.boolean().optional(),
});
export type SheetSpec = z.infer<typeof SheetSpecSchema>;
export type SheetSpecInput = z.input<typeof SheetSpecSchema>;
