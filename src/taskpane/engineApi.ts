/**
 * What the task pane needs from the engine, as an interface, so components take it from a context and
 * tests can hand in a small fake instead of the real rules.
 */
import type { z } from "zod";
import type { WorkbookGrid } from "../core/model/grid";
import type { Edit, Lang, Report } from "../core/model/schemas";
import type { SheetSpec } from "../core/model/sheetSpec";
import type { Rounding, SummaryRole } from "../core/model/settings";
import type { Profile } from "../core/model/profile";
import type { FormDescription } from "../core/produce/formDescription";

export interface EngineApi {
  analyze(wb: WorkbookGrid, options: { source: string; lang: Lang; rounding?: Rounding; profile?: Profile | null }): Report;
  proposeFill(wb: WorkbookGrid, options: { lang: Lang; rounding?: Rounding; profile?: Profile | null }): Edit[];
  /** The 様式 panel: the profile the workbook is read with and its rating values (optional: fakes may omit it). */
  describeForm?(wb: WorkbookGrid, profile: Profile | null): FormDescription;
  buildSummarySheets(report: Report, options: { lang: Lang; names?: Partial<Record<SummaryRole, string>> }): SheetSpec[];
  /** CSV headers and status values in `lang` when given; JSON always keeps the codes. */
  exportData(report: Report, format: "csv" | "json", options?: { lang?: Lang }): string;
  /** The same table as a sheet, for hosts where a file cannot be downloaded. */
  exportSheet(report: Report, lang: Lang): SheetSpec;
  /** The new-measure form is validated by this schema; its field errors are shown per field. */
  NewMeasureInputSchema: z.ZodType<unknown>;
  buildMeasureSheet(input: never, lang: Lang): SheetSpec;
}
