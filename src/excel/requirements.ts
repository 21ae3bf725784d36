/**
 * Requirement-set checks in one injectable function, so the gateway can use newer APIs where the host has
 * them (merged areas: ExcelApi 1.13, multi-area ranges and page layout: 1.9) and tests can pretend either way.
 */

/* global Office */

export type Supports = (set: string, version: string) => boolean;

export const officeSupports: Supports = (set, version) => {
  try {
    return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported(set, version) === true;
  } catch {
    return false;
  }
};
