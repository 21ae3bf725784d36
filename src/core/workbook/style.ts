/**
 * How Shinchoku's sheets look and print in every host: link colour, text on dark fills, data-bar bounds
 * and the print policy. A host turns these into its own calls; the decisions are made here once.
 */
import type { ConditionalFormat, SheetSpec } from "../model/sheetSpec";

/** Excel's own hyperlink blue. */
export const LINK_COLOUR = "0563C1";

/** `DDEBF7` / `#ddebf7` / `FFDDEBF7` → `DDEBF7` (RGB, upper case). */
export function rgbHex(hex: string): string {
  return hex.replace(/^#/, "").toUpperCase().slice(-6).padStart(6, "0");
}

/** White text on dark fills (a summary header), so the text stays readable; dark text otherwise. */
export function needsLightText(fill: string): boolean {
  const h = rgbHex(fill);
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.45;
}

/** A data bar runs from 0 to the spec's `max` (1 = 100% for progress), else to the column's largest value. */
export function dataBarBounds(cf: Extract<ConditionalFormat, { type: "dataBar" }>): { min: number; max: number | null } {
  return { min: 0, max: cf.max ?? null };
}

export interface PrintPolicy {
  paper: "A4";
  orientation: "landscape" | "portrait";
  /** Pages across and down; 0 down = as many as it needs. */
  fitToWidth: number | null;
  fitToHeight: number | null;
  centeredHorizontally: boolean;
  /** Inches, as Excel's page setup counts them. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
}

/** A measure sheet is a one-page form; a summary tab may run over as many pages as it needs, one page wide. */
export function printPolicy(spec: SheetSpec): PrintPolicy | null {
  if (!spec.print) return null;
  const fit = spec.print.fitToWidth;
  return {
    paper: "A4",
    orientation: spec.print.landscape ? "landscape" : "portrait",
    fitToWidth: fit ? 1 : null,
    fitToHeight: fit ? (spec.role === "measure" ? 1 : 0) : null,
    centeredHorizontally: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
}

/** A4 in inches, portrait. */
const A4 = { width: 8.27, height: 11.69 };
/** Excel's default column width (characters) and row height (points) where a spec gives none. */
const DEFAULT_COLUMN_CHARS = 8.43;
const DEFAULT_ROW_POINTS = 18.75;

/**
 * The print scale (10–100 %) that fits the spec's columns on one page's width (and, for a one-page form,
 * its rows on one page's height): what "fit to 1 page wide" would choose, for a host that drops the fit
 * setting (office-js #1860). Column widths count as Excel's: 7 px a character plus 5, at 0.75 pt a pixel.
 */
export function fitScale(spec: SheetSpec, print: PrintPolicy): number {
  const paper = print.orientation === "landscape" ? { width: A4.height, height: A4.width } : A4;
  const m = print.margins;
  const printableWidth = (paper.width - m.left - m.right) * 72;
  const printableHeight = (paper.height - m.top - m.bottom) * 72;
  const columns = Math.max(spec.columnWidths.length, ...spec.rows.map((r) => r.length), 1);
  let width = 0;
  for (let c = 0; c < columns; c++) width += ((spec.columnWidths[c] ?? DEFAULT_COLUMN_CHARS) * 7 + 5) * 0.75;
  let scale = printableWidth / width;
  if (print.fitToHeight === 1) {
    let height = 0;
    for (let r = 0; r < spec.rows.length; r++) height += spec.rowHeights[String(r + 1)] ?? DEFAULT_ROW_POINTS;
    scale = Math.min(scale, printableHeight / Math.max(height, 1));
  }
  return Math.max(10, Math.min(100, Math.floor(scale * 100)));
}
