/** The .xlsx package layer: read a workbook's parts straight to the engine's grid, write by patching. */
export { XlsxPackage, type PackageSheet } from "./xlsxPackage";
export type { Codec } from "./codec";
export { SheetsWriteRefused, writeSheetsToPackage } from "./writeSheets";
export { WorkbookLoadError, type WorkbookLoadErrorKind } from "./loadError";
export { readWebExtensionProperty } from "./webExtensions";
