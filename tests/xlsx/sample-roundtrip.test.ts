/** The shipped sample keeps every seed cell exactly, and is what the layout draws today. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cellAt, type SheetGrid, type WorkbookGrid } from "../../src/core/model/grid";
import { parseA1 } from "../../src/core/model/address";
import { buildMeasureSheetSpec, measureCells, type MeasureSheetInput } from "../../src/core/produce/layout";
import { specToGrid } from "../../src/core/specGrid";
import { loadWorkbookFromBuffer, workbookToBuffer, workbookToGrid } from "../support/exceljs";
import { buildSampleWorkbook } from "../../scripts/build-sample";

const ROOT = join(__dirname, "..", "..");
const SEED = JSON.parse(readFileSync(join(ROOT, "samples", "sodegaura-2016-sheets.json"), "utf8")) as MeasureSheetInput[];

let fromFile: WorkbookGrid;
beforeAll(async () => {
  fromFile = workbookToGrid(await loadWorkbookFromBuffer(readFileSync(join(ROOT, "samples", "sodegaura-2016.xlsx"))));
});

const at = (sheet: SheetGrid, a1: string) => {
  const { row, col } = parseA1(a1);
  return cellAt(sheet, row, col);
};
/** What the seed says a cell holds: "" is an empty cell. */
const expected = (v: string | number | null) => (v === "" ? null : v);

test("one sheet per measure, named by its number, in seed order", () => {
  expect(fromFile.sheets.map((s) => s.name)).toEqual(SEED.map((m) => m.number));
  expect(fromFile.generatedSheets).toEqual([]);
});

test("every seed cell comes back exactly as written", () => {
  let checked = 0;
  for (const m of SEED) {
    const sheet = fromFile.sheets.find((s) => s.name === m.number)!;
    const c = measureCells(m.years.length);
    const pairs: [string, string | number | null][] = [
      [c.title, m.titleRaw],
      [c.number, m.number],
      [c.department, m.department],
      [c.name, m.name],
      [c.overview, m.overview],
      [c.otherPlans, m.otherPlans],
      [c.effectHeader, m.effectHeaderRaw],
      [c.expectedEffect, m.expectedEffect],
      [c.activityTarget, m.activityTarget],
      [c.footnote, m.footnoteRaw],
    ];
    m.years.forEach((y, i) => {
      const cy = c.years[i];
      pairs.push([cy.label, y.labelRaw], [cy.plan, y.plan], [cy.build, y.build], [cy.operation, y.operation]);
      pairs.push([cy.summary, y.summary], [cy.work, y.workRaw], [cy.effect, y.effect]);
    });
    for (const [a1, v] of pairs) {
      expect({ sheet: m.number, cell: a1, value: at(sheet, a1) }).toEqual({ sheet: m.number, cell: a1, value: expected(v) });
      checked++;
    }
  }
  expect(checked).toBe(14 * 10 + 70 * 7);
});

test("the seed's oddities survive: H 28年度, <ul …>, 効果(額), ②-05's missing header, typos", () => {
  const sheet = (n: string) => fromFile.sheets.find((s) => s.name === n)!;
  expect(at(sheet("④-01"), "A9")).toBe("H 28年度");
  expect(at(sheet("②-04"), "G8")).toBe("効果(額)");
  expect(at(sheet("②-06"), "G8")).toBe("効果 (額)");
  expect(at(sheet("②-05"), "G8")).toBeNull();
  expect(at(sheet("①-01"), "B5")).toContain("方針を定めたくうで行っていきます");
  expect(at(sheet("①-01"), "G13")).toBe("100% (15/7施設)");
  const ul = fromFile.sheets.flatMap((s) => s.values.flat()).filter((v) => typeof v === "string" && v.includes("<ul"));
  expect(ul).toHaveLength(30);
  expect(ul.every((v) => (v as string).includes('<ul style="list-style-type: none">'))).toBe(true);
});

test("the labels stand where the README's measure-sheet table puts them", () => {
  const s = fromFile.sheets[0];
  expect([at(s, "A3"), at(s, "D3"), at(s, "A4"), at(s, "A5"), at(s, "A6")]).toEqual([
    "施策番号",
    "担当部署",
    "施策名",
    "情報化施策の概要",
    "他計画への掲載",
  ]);
  expect([at(s, "A7"), at(s, "B7"), at(s, "C7"), at(s, "D7"), at(s, "E7"), at(s, "F7"), at(s, "F8"), at(s, "G8")]).toEqual([
    "実施予定",
    "計画・設計",
    "開発・構築",
    "運用",
    "進捗総括",
    "実施内容",
    "作業内容",
    "効果（額）",
  ]);
  expect([at(s, "A14"), at(s, "A15")]).toEqual(["期待される効果", "活動目標"]);
  expect(s.merges).toEqual(expect.arrayContaining(["A1:G1", "E3:G3", "B4:G4", "A7:A8", "F7:G7", "B14:G14", "A16:G16"]));
});

test("the file is what the layout draws now, and rebuilding it gives the same values", async () => {
  const norm = (g: SheetGrid) => ({ ...g, merges: [...g.merges].sort() });
  const drawn = SEED.map((m) => norm(specToGrid(buildMeasureSheetSpec(m))));
  expect(fromFile.sheets.map(norm)).toEqual(drawn);
  const rebuilt = workbookToGrid(await loadWorkbookFromBuffer(await workbookToBuffer(buildSampleWorkbook(SEED))));
  expect(rebuilt.sheets.map(norm)).toEqual(drawn);
});
