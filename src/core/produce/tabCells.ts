/** The cells every generated tab is made of: a header cell and a bordered body cell, alike on every tab. */
import type { CellSpec } from "../model/sheetSpec";

// Light enough for the default dark text in every host (a dark fill would need a font colour too).
export const HEADER_FILL = "BDD7EE";

export const header = (value: string): CellSpec => ({ value, bold: true, fill: HEADER_FILL, wrap: true, border: true, vAlign: "middle" });

export const cell = (value: string | number | null, extra: Partial<CellSpec> = {}): CellSpec => ({
  value: value ?? "",
  border: true,
  vAlign: "top",
  ...extra,
});
