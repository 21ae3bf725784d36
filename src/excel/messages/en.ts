/** The Excel gateway's messages (Office.js error codes, protection checks; GatewayError.messageKey), in English. */
import type { ExcelKey } from "./ja";

export const en: Record<ExcelKey, string> = {
  // Office.js error codes and protection checks.
  "excel.error.cellEditMode": "Excel is busy while a cell is being edited. Press Enter or Esc to finish editing, then try again.",
  "excel.error.accessDenied": "The sheet or workbook is protected, so nothing could be written. Remove the protection and try again.",
  "excel.error.itemNotFound": "The sheet or cell was not found. Check whether a sheet was renamed or deleted, then validate again.",
  "excel.error.invalidArgument": "Excel could not accept a value or range it was given.",
  "excel.error.payloadTooLarge":
    "The workbook is too large to read or write in one go. Remove sheets that are not needed, or use Excel on the desktop.",
  "excel.error.general": "Excel reported a temporary error. Wait a moment and try again.",
  "excel.error.apiNotSupported": "This version of Excel lacks a feature this action needs. Please update Excel.",
  "excel.error.itemAlreadyExists":
    "A sheet, table or name of that name already exists. If a copied sheet is active, select another sheet and try again.",
  "excel.error.invalidOperation":
    "Excel did not accept this operation. Close any open dialog, wait for filters or co-authors to finish, then try again.",
  "excel.error.rangeTooLarge": "More than Excel's 5,000,000 cells at once. Clear formatting from unused rows and columns, then try again.",
  "excel.error.farValue":
    'The used range of sheet "{sheet}" reaches {cell}, too far to read. Press Ctrl+End to go to that cell, delete the value if it is not needed, then try again.',
  "excel.error.mergedRangeConflict": "Merged cells are in the way. Unmerge the cells concerned, then try again.",
  "excel.error.inactiveWorkbook": "This workbook is not the active one. Click into its window, then try again.",
  "excel.error.sheetHidden":
    'Sheet "{sheet}" is hidden and cannot be selected. Unhide it (Home → Format → Hide & Unhide), then click again.',
  "excel.error.unknown": "An unexpected error occurred in Excel (code: {code}).",
  "excel.error.workbookProtected":
    "The workbook structure is protected, so sheets cannot be added or removed. Turn off Protect Workbook on the Review tab.",
  "excel.error.replaceProtected":
    'The summary sheet "{sheet}" made last time is protected and cannot be replaced. Remove its protection first.',
};
