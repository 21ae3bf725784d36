/**
 * Messages between the pane and the engine worker. A workbook goes over in chunks of sheets, each its
 * own short task on the pane's thread (one postMessage of 1,400 sheets would block it while cloning).
 */
import type { SheetGrid, WorkbookGrid } from "../../core/model/grid";
import type { Edit, Lang, Report } from "../../core/model/schemas";
import type { Rounding } from "../../core/model/settings";

export type ToWorker =
  | { id: number; type: "sheets"; sheets: SheetGrid[] }
  | {
      id: number;
      type: "run";
      job: "analyze" | "proposeFill";
      generatedSheets: WorkbookGrid["generatedSheets"];
      options: { source: string; lang: Lang; rounding?: Rounding };
    };

/**
 * Answers come back in parts too (a report of 1,400 measures and 7,000 findings is megabytes of text; one
 * message would be one long task to unpack): measures, findings and edits in slices, then the rest.
 */
export type FromWorker =
  | { id: number; type: "measures"; measures: Report["measures"] }
  | { id: number; type: "findings"; findings: Report["findings"] }
  | { id: number; type: "report"; report: Omit<Report, "measures" | "findings"> }
  | { id: number; type: "editsPart"; edits: Edit[] }
  | { id: number; type: "edits" }
  | { id: number; type: "failed"; code: string };

/** Sheets per message: about 0.35 MB of cell data for a measure sheet, a few ms to clone. */
export const SHEETS_PER_MESSAGE = 50;
/** Measures, findings or edits per message on the way back. */
export const ITEMS_PER_MESSAGE = 500;
