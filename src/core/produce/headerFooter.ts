/**
 * A SheetSpec's page header or footer in Excel's codes (`&L` `&C` `&R` sections, `&P` page, `&N` pages,
 * `&D` date, `&A` tab name): what both hosts write, .xlsx parts and Office.js alike.
 */
import type { HeaderFooter } from "../model/sheetSpec";

function codes(s: string): string {
  return (
    s
      // `&` starts a code: a literal one is doubled.
      .replace(/&/g, "&&")
      .replace(/\{page\}/g, "&P")
      .replace(/\{pages\}/g, "&N")
      .replace(/\{date\}/g, "&D")
      .replace(/\{sheet\}/g, "&A")
  );
}

export function headerFooterCodes(hf: HeaderFooter | undefined): string {
  if (!hf) return "";
  return (hf.left ? `&L${codes(hf.left)}` : "") + (hf.center ? `&C${codes(hf.center)}` : "") + (hf.right ? `&R${codes(hf.right)}` : "");
}

/** The three sections apart, as Office.js sets them (leftHeader, centerHeader, rightHeader). */
export function headerFooterParts(hf: HeaderFooter | undefined): { left: string; center: string; right: string } {
  return { left: hf?.left ? codes(hf.left) : "", center: hf?.center ? codes(hf.center) : "", right: hf?.right ? codes(hf.right) : "" };
}
