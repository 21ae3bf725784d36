/**
 * The summary tabs are finished for print in every host: rows tall enough for their wrapped text, the
 * header row repeated, page header and footer (plan, tab, date, page x / y), rule names in the report's
 * language.
 */
import { analyze, buildSummarySheets } from "../../src/core/engine";
import { fitRowHeights, textUnits, wrappedLines } from "../../src/core/produce/rowHeights";
import { headerFooterCodes } from "../../src/core/produce/headerFooter";
import type { SheetSpec } from "../../src/core/model/sheetSpec";
import { seedWorkbook } from "./seedWorkbook";
import { fitScale, printPolicy } from "../../src/core/workbook/style";

const report = analyze(seedWorkbook(), { source: "sodegaura-2016.xlsx", lang: "ja" });

test("wrapped text: full-width characters count double, line breaks count, a row gets the height of its tallest cell", () => {
  expect(textUnits("施策ab")).toBe(6);
  expect(wrappedLines("あ".repeat(40), 21)).toBe(4);
  expect(wrappedLines("一\n二\n三", 30)).toBe(3);
  const spec = {
    rows: [[{ value: "短い", wrap: true }], [{ value: "あ".repeat(100), wrap: true }, { value: "x" }]],
    columnWidths: [21],
    rowHeights: { "3": 30 },
  } as unknown as SheetSpec;
  fitRowHeights(spec);
  expect(spec.rowHeights).toEqual({ "2": 10 * 15 + 4, "3": 30 });
});

test("every tab: the header row repeats, the header names the plan and the tab, the footer the date and page x / y", () => {
  for (const lang of ["ja", "en"] as const) {
    for (const spec of buildSummarySheets(report, { lang })) {
      expect(spec.print?.titleRows).toBe(1);
      expect(headerFooterCodes(spec.print?.header)).toBe("&Lsodegaura-2016&R&A");
      expect(headerFooterCodes(spec.print?.footer)).toBe(lang === "ja" ? "&L&D 印刷&R&P / &N ページ" : "&LPrinted &D&RPage &P of &N");
    }
  }
  expect(headerFooterCodes(buildSummarySheets(report, { lang: "ja", title: "A&B計画" })[0].print?.header)).toBe("&LA&&B計画&R&A");
});

test("delayed measures: each 進捗総括 row is as tall as its text needs; findings name their rule in the report's language", () => {
  const [, delayed, , , findings] = buildSummarySheets(report, { lang: "ja" });
  const rows = delayed.rows.length - 1;
  expect(rows).toBeGreaterThan(0);
  for (let r = 2; r <= rows + 1; r++) {
    const summary = String(delayed.rows[r - 1][5]?.value ?? "");
    expect(delayed.rowHeights[String(r)] ?? 19).toBeGreaterThanOrEqual(wrappedLines(summary, delayed.columnWidths[5]) * 15);
  }
  expect(findings.rows[1][1]?.value).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  expect(findings.rows.slice(1).every((r) => !/^[a-z0-9-]+$/.test(String(r[1]?.value)))).toBe(true);
  const en = buildSummarySheets(report, { lang: "en" })[4];
  expect(en.rows[1][1]?.value).toMatch(/^[A-Z]/);
});

test("the print scale a host without fit-to-pages gets: the columns on one page's width, a one-page form on one page", () => {
  const tab = (columnWidths: number[], rows = 3, role: SheetSpec["role"] = "overview"): SheetSpec =>
    ({
      name: "t",
      role,
      rows: Array.from({ length: rows }, () => columnWidths.map(() => ({ value: "x" }))),
      merges: [],
      columnWidths,
      rowHeights: {},
      tables: [],
      conditionalFormats: [],
      charts: [],
      print: { landscape: true, fitToWidth: true },
    }) as SheetSpec;
  const scaleOf = (s: SheetSpec) => fitScale(s, printPolicy(s)!);
  // Narrow columns fit as they are; A4 landscape takes about 1,000 px of columns at 100 %.
  expect(scaleOf(tab([10, 10, 10]))).toBe(100);
  const wide = tab(Array.from({ length: 20 }, () => 20));
  const s = scaleOf(wide);
  expect(s).toBeLessThan(100);
  // At that scale the columns fit the printable width, and one step up they would not.
  const printable = (11.69 - 0.8) * 72;
  const width = 20 * (20 * 7 + 5) * 0.75;
  expect((width * s) / 100).toBeLessThanOrEqual(printable);
  expect((width * (s + 1)) / 100).toBeGreaterThan(printable);
  // A one-page form also fits its rows; never below Excel's 10 %.
  expect(scaleOf(tab([10], 200, "measure"))).toBeLessThan(scaleOf(tab([10], 200, "overview")));
  expect(scaleOf(tab(Array.from({ length: 500 }, () => 50)))).toBe(10);
  // The real summary tabs all get a scale in Excel's range.
  for (const spec of buildSummarySheets(report, { lang: "ja" }))
    if (printPolicy(spec)?.fitToWidth) expect(scaleOf(spec)).toBeGreaterThanOrEqual(10);
});
