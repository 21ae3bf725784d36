/** The fixture generator: deterministic, the same workbook as grid and as .xlsx, and each planted mistake found where it says. */
import { parseA1 } from "../../src/core/model/address";
import { analyze } from "../../src/core/engine";
import { cellAt, type SheetGrid } from "../../src/core/model/grid";
import { workbookToGrid } from "../support/exceljs";
import {
  allFixtures,
  cleanFixture,
  labelVariantFixture,
  makePlan,
  MISTAKE_KINDS,
  numbersFixture,
  otherCityFixture,
  plantMistake,
  seedMeasures,
  shiftedFixture,
  statusColumnFixture,
} from "../fixtures/generate";

const at = (g: SheetGrid, a1: string) => {
  const { row, col } = parseA1(a1);
  return cellAt(g, row, col);
};

test("every fixture reads the same from its ExcelJS workbook as its pure grid", () => {
  const fixtures = allFixtures();
  expect(new Set(fixtures.map((f) => f.name)).size).toBe(fixtures.length);
  for (const f of fixtures) {
    const fromWorkbook = workbookToGrid(f.workbook());
    expect({ name: f.name, grid: fromWorkbook }).toEqual({ name: f.name, grid: f.grid });
  }
});

test("plans are deterministic by seed, and vary with it", () => {
  expect(makePlan({ seed: 42 })).toEqual(makePlan({ seed: 42 }));
  const a = makePlan({ seed: 1 });
  const b = makePlan({ seed: 2 });
  expect(a.measures.map((m) => m.name)).not.toEqual(b.measures.map((m) => m.name));
  // Not the seed: other names, other departments.
  const seedNames = new Set(seedMeasures().map((m) => m.name));
  expect(a.measures.some((m) => seedNames.has(m.name))).toBe(false);
});

test("another city and plan period: R3–R7 as 令和, numbering 1-1 or A-01", () => {
  const f = otherCityFixture();
  expect(f.specs.map((s) => s.name)).toEqual(["1-1", "1-2", "1-3", "1-4", "2-1", "2-2"]);
  const s = f.grid.sheets[0];
  expect(f.cells["1-1"].years.map((y) => at(s, y.label))).toEqual(["令和3年度", "令和4年度", "令和5年度", "令和6年度", "令和7年度"]);
  expect(at(s, "A1")).toBe("桜台市情報化推進計画2021 施策進行管理シート（5年）");
  // Three years reported, two to come.
  expect(at(s, f.cells["1-1"].years[3].summary)).toBeNull();
  expect(
    otherCityFixture({ numbering: "alpha" })
      .specs.map((x) => x.name)
      .slice(0, 5),
  ).toEqual(["A-01", "A-02", "A-03", "A-04", "B-01"]);
  const report = analyze(f.grid, { source: "other.xlsx", lang: "ja" });
  expect(report.measures.map((m) => m.years.map((y) => y.fiscalYear))[0]).toEqual([2021, 2022, 2023, 2024, 2025]);
});

test("a shifted form: rows above with a note, columns inserted left", () => {
  const f = shiftedFixture({ top: 3, left: 2 });
  const s = f.grid.sheets[0];
  expect([s.top, s.left]).toEqual([0, 2]);
  expect(at(s, "C1")).toBe("提出日：令和3年5月31日");
  expect(f.cells[s.name].numberLabel).toBe("C6");
  expect(at(s, "C6")).toBe("施策番号");
  expect(at(s, f.cells[s.name].years[0].label)).toBe("H28年度");
  const report = analyze(f.grid, { source: "shifted.xlsx", lang: "ja" });
  expect(report.measures).toHaveLength(3);
  expect(report.measures[0].years[0].cell).toBe("C12");
});

test("numbers stored as numbers: 0.43 with 0%, year labels 2021 …", () => {
  const f = numbersFixture();
  const s = f.grid.sheets[0];
  const c = f.cells[s.name];
  expect(at(s, c.years[0].label)).toBe(2021);
  expect(at(s, c.years[2].effect)).toBe(0.43);
  const { row, col } = parseA1(c.years[2].effect);
  expect(s.numFmts?.[row - s.top]?.[col - s.left]).toBe("0%");
  const report = analyze(f.grid, { source: "numbers.xlsx", lang: "ja" });
  expect(report.measures[0].years[2].progress).toBe(43);
});

test("a status column headed 評価 or 進捗区分", () => {
  const f = statusColumnFixture();
  const s = f.grid.sheets[0];
  expect(at(s, "H7")).toBe("評価");
  expect(at(s, "H9")).toBe("○ 計画通り");
  expect(at(s, "H13")).toBe("● 達成");
  const empty = statusColumnFixture({ header: "進捗区分", filled: false });
  expect(at(empty.grid.sheets[0], "H7")).toBe("進捗区分");
  expect(at(empty.grid.sheets[0], "H9")).toBeNull();
});

test("every label variant of the README's measure-sheet table stands where the fixture says", () => {
  const { fixture, variants } = labelVariantFixture();
  expect(variants).toHaveLength(17);
  for (const v of variants) {
    const s = fixture.grid.sheets.find((x) => x.name === v.sheet)!;
    expect([v.field, v.text, at(s, v.cell)]).toEqual([v.field, v.text, v.text]);
  }
  const report = analyze(fixture.grid, { source: "variants.xlsx", lang: "ja" });
  expect(report.measures).toHaveLength(17);
});

describe("planted mistakes, checked by the engine", () => {
  test.each([1, 2, 3])("the clean plan (seed %i) has no findings", (seed) => {
    expect(analyze(cleanFixture({ seed }).grid, { source: "clean.xlsx", lang: "ja" }).findings).toEqual([]);
  });

  test.each([...MISTAKE_KINDS])("%s: exactly the expected findings", (kind) => {
    const planted = plantMistake(kind);
    const report = analyze(planted.fixture.grid, { source: `${kind}.xlsx`, lang: "ja" });
    const key = (f: { rule: string; sheet: string; cell: string }) => `${f.rule} ${f.sheet}!${f.cell}`;
    expect(report.findings.map(key).sort()).toEqual(planted.expected.map(key).sort());
    expect(planted.expected.every((e) => e.rule === planted.rule)).toBe(true);
  });
});
