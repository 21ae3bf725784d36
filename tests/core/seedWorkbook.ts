/** The seed plan as a WorkbookGrid, drawn by the same layout as the sample .xlsx. */
import seed from "../../samples/sodegaura-2016-sheets.json";
import { buildMeasureSheetSpec, type MeasureSheetInput } from "../../src/core/produce/layout";
import { specsToWorkbookGrid } from "../../src/core/specGrid";
import type { WorkbookGrid } from "../../src/core/model/grid";

export const SEED = seed as unknown as MeasureSheetInput[];

export function seedWorkbook(): WorkbookGrid {
  return specsToWorkbookGrid(SEED.map((m) => buildMeasureSheetSpec(m)));
}
