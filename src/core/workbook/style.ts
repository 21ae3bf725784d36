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
