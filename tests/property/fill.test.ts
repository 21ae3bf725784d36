/**
 * `proposeFill` on random workbooks: never throws; every edit saw the cell as it is; applying the edits
 * and proposing again gives nothing (idempotence); applying then undoing restores every cell exactly.
 */
import fc from "fast-check";
import { proposeFill } from "../../src/core/engine";
import type { CellValue, WorkbookGrid } from "../../src/core/model/grid";
import { applyEditsToGrid } from "../support/gridEdits";
import type { Edit } from "../../src/core/model/schemas";
import { mutatedSeedWorkbook, noiseSheet, randomFormSheet, soupSheet, workbookOf } from "./grids";
import { checkFill } from "./fillInvariants";
import { params } from "./runs";

const lang = fc.constantFrom("ja" as const, "en" as const);

describe("proposeFill on random workbooks", () => {
  it("forms and the mutated seed: edits are exact, idempotent and undoable", () => {
    fc.assert(fc.property(fc.oneof(mutatedSeedWorkbook, workbookOf(randomFormSheet, 3)), lang, checkFill), params("fillForms"));
  });

  it("noise and label soup: edits are exact, idempotent and undoable", () => {
    fc.assert(fc.property(fc.oneof(workbookOf(noiseSheet), workbookOf(soupSheet)), lang, checkFill), params("fillNoise"));
  });

  it("the generators give fill something to do", () => {
    const wbs = fc.sample(fc.oneof(mutatedSeedWorkbook, workbookOf(randomFormSheet, 3)), { numRuns: 200, seed: 3 });
    const rules = new Set(wbs.flatMap((wb) => proposeFill(wb, { lang: "ja" }).map((e: Edit) => e.rule)));
    expect([...rules].sort()).toEqual(["era-out-of-range", "html-markup", "label-variant", "percent-from-fraction", "status-column"]);
  });
});

/** Once BUG-2 (found here): a cell that needed HTML removed needed a second fill. Kept as examples. */
describe("a second fill proposes nothing after HTML removal", () => {
  const HEADER: CellValue[] = ["実施予定", null, null, null, "進捗総括", "作業内容", "効果（額）", "評価"];
  const book = (rows: CellValue[][]): WorkbookGrid => ({
    sheets: [{ name: "S", top: 0, left: 0, values: [HEADER, ...rows], merges: [], visibility: "visible", protected: false }],
    generatedSheets: [],
  });
  const cases: [string, CellValue[][]][] = [
    ["a fraction in tags gets its percentage", [["H28年度", null, null, null, "計画通り進捗している", null, "<b>2/8施設</b>"]]],
    [
      "a year label in tags is written canonically",
      [
        ["H28年度", null, null, null, "計画通り進捗している"],
        ["<b>H 29年度</b>", null, null, null, "計画通り進捗している"],
      ],
    ],
    ["the status is read from the summary without its tags", [["H28年度", null, null, null, "計画<b>通り</b>進捗している"]]],
    ["escaped markup is never unescaped into tags", [["H28年度", null, null, null, "計画通り進捗している", "&lt;b&gt;太字&lt;/b&gt;<br>"]]],
    [
      "a markup-only summary after a merged year is not evaluated at once",
      [
        ["H28年度", null, null, null, "施策を統合した"],
        ["H29年度", null, null, null, "<br>"],
      ],
    ],
    ["a markup-only status cell gets its status at once", [["H28年度", null, null, null, "計画通り進捗している", null, null, "<br>"]]],
  ];
  it.each(cases)("%s", (_name, rows) => {
    for (const lang of ["ja", "en"] as const) {
      const wb = book(rows);
      const first = proposeFill(wb, { lang });
      expect(first.length).toBeGreaterThan(0);
      checkFill(wb, lang);
      expect(proposeFill(applyEditsToGrid(wb, first).workbook, { lang })).toEqual([]);
    }
  });
});
