/**
 * What a generated sheet is for, and the marker that tells Shinchoku's tabs from a person's. Plain
 * constants without zod, so the summary builder and the .xlsx layer load without it; settings.ts and
 * sheetSpec.ts build their schemas from these lists.
 */

/** The summary tabs, in the order they are written. */
export const SUMMARY_ROLE_NAMES = ["overview", "delayed", "byDepartment", "byYear", "findings", "indicators"] as const;
export type SummaryRole = (typeof SUMMARY_ROLE_NAMES)[number];
export const SUMMARY_ROLES: readonly SummaryRole[] = SUMMARY_ROLE_NAMES;

/** Every role a SheetSpec may have: a measure sheet, one of the summary tabs, or the export tab (a re-export replaces it). */
export const SHEET_ROLES = ["measure", ...SUMMARY_ROLE_NAMES, "export"] as const;
export type SheetRole = (typeof SHEET_ROLES)[number];
