/**
 * Requirement-set checks in one injectable function, so the gateway can use newer APIs where the host has
 * them (merged areas: ExcelApi 1.13, multi-area ranges and page layout: 1.9) and tests can pretend either way.
 */

/* global Office */

export type Supports = (set: string, version: string) => boolean;

/**
 * The ExcelApi set the manifest asks for, chosen deliberately: 1.7 is Office 2019 (and every Microsoft 365,
 * web and Mac build), and the first set with everything the gateway cannot do without (hyperlinks, workbook
 * protection, getRangeByIndexes, freezePanes). Excel 2016 bought outright stops at 1.1–1.2 and is not offered
 * the add-in. Newer APIs are used behind isSetSupported: merged areas (1.13), multi-area marks and page layout
 * and frozen panes in the same batch (1.9); tests/excel/strictFake.test.ts runs everything at 1.7, 1.14 and the
 * newest set.
 */
export const MINIMUM_EXCEL_API = "1.7";

export const officeSupports: Supports = (set, version) => {
  try {
    return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported(set, version) === true;
  } catch {
    return false;
  }
};
