/**
 * The engine's front door: what the task pane, the command line and the tests call.
 * Everything here is pure: a WorkbookGrid in, data out.
 */
export { analyze } from "./report";
export type { AnalyzeOptions } from "./report";
export { proposeFill } from "./fill";
export { buildSummarySheets, SUMMARY_ROLES } from "./summary";
export type { SummaryRole } from "./summary";
export { planSheetNames } from "./sheetNames";
export { exportData, exportSheet } from "./export";
export type { ExportOptions } from "./export";
export { buildMeasureSheet, NewMeasureInputSchema, parseNewMeasureInput, templateIssues } from "./template";
export type { NewMeasureInput } from "./template";
