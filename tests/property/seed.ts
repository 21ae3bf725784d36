/** The seed plan (samples/) as measure inputs and drawn sheets: the real form the mutations start from. */
import seed from "../../samples/sodegaura-2016-sheets.json";
import { buildMeasureSheetSpec, type LayoutOptions, type MeasureSheetInput } from "../../src/core/produce/layout";
import { specToGrid } from "../../src/core/specGrid";
import type { SheetGrid, WorkbookGrid } from "../../src/core/model/grid";

export const SEED: readonly MeasureSheetInput[] = seed as unknown as MeasureSheetInput[];

export function seedSheet(index: number, options: LayoutOptions = {}): SheetGrid {
  return specToGrid(buildMeasureSheetSpec(SEED[index], options));
}

/** The whole seed workbook as the sample draws it (14 sheets, no summary tabs). */
export function seedWorkbook(): WorkbookGrid {
  return { sheets: SEED.map((_, i) => seedSheet(i)), generatedSheets: [] };
}
