/**
 * The .xlsx layer over ExcelJS, shared by the command line (Node) and the browser preview: no file
 * system here, only workbooks and bytes (file I/O lives in src/node/xlsxFile.ts).
 */
export { createWorkbook, loadWorkbookFromBuffer, workbookToBuffer, WorkbookLoadError } from "./load";
export { workbookToGrid, worksheetToGrid, sheetMerges, isProtected } from "./readGrid";
export { addSheetFromSpec, internalLink } from "./writeSpec";
export { writeSheetsToWorkbook } from "./writeSheets";
export { applyEditsToWorkbook } from "./applyEdits";
export { engineValue, toEngineValue, dateToSerial } from "./cellValue";
export { readMarkers } from "./markers";
export { writeXlsxFileAtomic } from "./file";
