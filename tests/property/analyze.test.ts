/** `analyze` on random workbooks: never throws, and every report keeps the invariants of invariants.ts. */
import fc from "fast-check";
import { analyze } from "../../src/core/engine";
import type { WorkbookGrid } from "../../src/core/model/grid";
import { anyWorkbook, mutatedSeedWorkbook, noiseSheet, randomFormSheet, soupSheet, workbookOf } from "./grids";
import { checkReport, snapshot } from "./invariants";
import { params, type PropertyName } from "./runs";

function analyzeProperty(name: PropertyName, workbooks: fc.Arbitrary<WorkbookGrid>) {
  fc.assert(
    fc.property(workbooks, fc.constantFrom("ja" as const, "en" as const), (wb, lang) => {
      const before = snapshot(wb);
      const report = analyze(wb, { source: "random.xlsx", lang });
      checkReport(wb, report);
      // The engine reads; it never writes into the grid it was given.
      expect(wb).toEqual(before);
    }),
    params(name),
  );
}

describe("analyze on random workbooks", () => {
  it("noise sheets: never throws, report keeps every invariant", () => analyzeProperty("analyzeNoise", workbookOf(noiseSheet)));
  it("label soup (the form's words in random places)", () => analyzeProperty("analyzeLabelSoup", workbookOf(soupSheet)));
  it("the seed form, mutated cell by cell", () => analyzeProperty("analyzeMutatedSeed", mutatedSeedWorkbook));
  it("forms drawn by the layout from random content", () => analyzeProperty("analyzeRandomForms", workbookOf(randomFormSheet, 3)));

  it('a workbook with no sheets gives one no-measure-sheets finding on sheet ""', () => {
    const report = analyze({ sheets: [], generatedSheets: [] }, { source: "", lang: "ja" });
    checkReport({ sheets: [], generatedSheets: [] }, report);
    expect(report.findings.map((f) => [f.rule, f.sheet, f.cell])).toEqual([["no-measure-sheets", "", "A1"]]);
  });

  // Once BUG-1 (found here): findings about missing labels were pinned past Excel's last row or column.
  it.each([
    ["last row", [["実施予定", null, null, null, "進捗総括"], ["H28年度"]], 1048574, 0],
    ["last columns", [["施策番号"], ["施策名"]], 0, 16382],
  ] as const)("a form at Excel's %s keeps every finding inside A1:XFD1048576", (_name, values, top, left) => {
    const wb: WorkbookGrid = {
      sheets: [{ name: "S", top, left, values: values.map((r) => [...r]), merges: [], visibility: "visible", protected: false }],
      generatedSheets: [],
    };
    const report = analyze(wb, { source: "", lang: "en" });
    expect(report.findings.length).toBeGreaterThan(0);
    checkReport(wb, report);
  });

  it("the generators reach the rules: most rules fire somewhere in a sample", () => {
    const rules = new Set<string>();
    for (const wb of fc.sample(anyWorkbook, { numRuns: 300, seed: 7 }))
      for (const f of analyze(wb, { source: "", lang: "en" }).findings) rules.add(f.rule);
    expect(rules.size).toBeGreaterThanOrEqual(15);
  });
});
