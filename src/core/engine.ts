/**
 * The engine's front door: what the task pane, the command line and the tests call.
 * Everything here is pure: a WorkbookGrid in, data out.
 */
export { analyze } from "./produce/report";
export type { AnalyzeOptions } from "./produce/report";
export { proposeFill } from "./produce/fill";
export { buildSummarySheets, SUMMARY_ROLES } from "./produce/summary";
export type { SummaryRole } from "./produce/summary";
export { planSheetNames } from "./model/sheetNames";
export { exportData, exportSheet } from "./produce/export";
export type { ExportOptions } from "./produce/export";
export { buildMeasureSheet, NewMeasureInputSchema, parseNewMeasureInput, templateIssues } from "./produce/template";
export type { NewMeasureInput } from "./produce/template";
