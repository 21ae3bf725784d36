/**
 * No hang: 50,000-row sheets and 1 MB cells go through the whole pipeline (analyze, fill, summary tabs,
 * export) and the report keeps its invariants. Completion is the assertion; there are no timings.
 * Inputs that used to hang are kept in knownBugs.test.ts as regressions.
 */
import { analyze, buildSummarySheets, exportData, proposeFill } from "../../src/core/engine";
import type { WorkbookGrid } from "../../src/core/model/grid";
import { SheetSpecSchema } from "../../src/core/model/sheetSpec";
import { BIG_ROWS, MB, labelRows, progressColumn, longYearTable, megaCell, megaText, noiseRows } from "./bigGrids";
import { checkReport } from "./invariants";

jest.setTimeout(120_000);

function pipeline(wb: WorkbookGrid, fill = true): void {
  const report = analyze(wb, { source: "big.xlsx", lang: "ja" });
  checkReport(wb, report);
  if (fill) expect(Array.isArray(proposeFill(wb, { lang: "en" }))).toBe(true);
  for (const spec of buildSummarySheets(report, { lang: "ja" })) SheetSpecSchema.parse(spec);
  expect(exportData(report, "csv").startsWith("\uFEFF")).toBe(true);
  expect(typeof exportData(report, "json")).toBe("string");
}

/**
 * 1 MB cells, each where its pattern stresses a parser: the status classifier (summary), the effect
 * parser (effect), HTML removal (work), fiscal-year labels and era mentions (label), the label matcher
 * (number, title). The delay phrases that hang the status classifier today are left out (BUG-4).
 */
const MEGA: [string, Parameters<typeof megaCell>[1]][] = [
  ["計画通り進捗している。", "summary"],
  ["H32年度", "summary"],
  ["1/", "effect"],
  ["約1万-", "effect"],
  ["に対し", "effect"],
  ["%", "effect"],
  ["<ul>", "work"],
  ["H32年度", "label"],
  [" ", "number"],
];

describe("no hang on big inputs", () => {
  it(`a ${BIG_ROWS}-row sheet of the form's words and values`, () => pipeline(noiseRows()));
  it(`a ${BIG_ROWS}-row sheet of labels in shifting columns`, () => pipeline(labelRows()));
  // Once BUG-3 (found here): every 進捗総括 without a year column was tried as the header, quadratically.
  it(`a ${BIG_ROWS}-row column of 進捗総括 cells and nothing else`, () => pipeline(progressColumn(), false));
  it(`a measure form whose year table runs ${BIG_ROWS} rows`, () => {
    const wb = longYearTable();
    const report = analyze(wb, { source: "big.xlsx", lang: "en" });
    checkReport(wb, report);
    expect(report.measures).toHaveLength(1);
    expect(report.measures[0].years).toHaveLength(BIG_ROWS);
  });

  it("a 1 MB text really is 1 MB", () => expect(megaText("あ")).toHaveLength(MB));

  // Fill only where it has work to do on the big cell (markup); elsewhere it would re-run the same parse.
  it.each(MEGA)("a 1 MB cell of %j as the %s", (pattern, where) => pipeline(megaCell(pattern, where), where === "work"));
});
