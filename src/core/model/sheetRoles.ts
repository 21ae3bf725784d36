/**
 * What a generated sheet is for, and the marker that tells Shinchoku's tabs from a person's. Plain
 * constants without zod, so the summary builder and the .xlsx layer load without it; settings.ts and
 * sheetSpec.ts build their schemas from these lists.
 */

/** The summary tabs, in the order they are written. */
export const SUMMARY_ROLE_NAMES = ["overview", "delayed", "byDepartment", "byYear", "findings", "indicators"] as const;
export type SummaryRole = (typeof SUMMARY_ROLE_NAMES)[number];
export const SUMMARY_ROLES: readonly SummaryRole[] = SUMMARY_ROLE_NAMES;

/**
 * Tabs of the coordinating office's work: the comparison with last year (前年度比較), the submissions of a
 * combined workbook (提出状況, 取込一覧), and the hidden store of answered findings.
 */
export const COORDINATION_ROLE_NAMES = ["comparison", "submissions", "sources", "answers"] as const;
export type CoordinationRole = (typeof COORDINATION_ROLE_NAMES)[number];

/** Every role a SheetSpec may have: a measure sheet, a summary tab, a coordination tab, or the export tab (a re-export replaces it). */
export const SHEET_ROLES = ["measure", ...SUMMARY_ROLE_NAMES, ...COORDINATION_ROLE_NAMES, "export"] as const;
export type SheetRole = (typeof SHEET_ROLES)[number];
