/** The canonical measure sheet of the README's "The measure sheet", and the same form shifted, relabelled and extended. */
import { parseA1, parseRange } from "../../src/core/model/address";
import { cellAt, type SheetGrid } from "../../src/core/model/grid";
import { buildMeasureSheetSpec, CANONICAL_LABELS, LABEL_FILL, measureCells, type MeasureSheetInput } from "../../src/core/produce/layout";
import { specToGrid } from "../../src/core/specGrid";
import type { SheetSpec } from "../../src/core/model/sheetSpec";
import { seedMeasures } from "../fixtures/generate";

const SEED = seedMeasures();
const m0 = SEED[0];

const at = (g: SheetGrid, a1: string) => {
  const { row, col } = parseA1(a1);
  return cellAt(g, row, col);
};
const specAt = (s: SheetSpec, a1: string) => {
  const { row, col } = parseA1(a1);
  return s.rows[row]?.[col] ?? null;
};

describe("canonical layout", () => {
  const spec = buildMeasureSheetSpec(m0);
  const g = specToGrid(spec);

  test("every label at its address", () => {
    const expected: Record<string, string> = {
      A3: "施策番号",
      D3: "担当部署",
      A4: "施策名",
      A5: "情報化施策の概要",
      A6: "他計画への掲載",
      A7: "実施予定",
      B7: "計画・設計",
      C7: "開発・構築",
      D7: "運用",
      E7: "進捗総括",
      F7: "実施内容",
      F8: "作業内容",
      G8: "効果（額）",
      A14: "期待される効果",
      A15: "活動目標",
    };
    for (const [a1, text] of Object.entries(expected)) expect([a1, at(g, a1)]).toEqual([a1, text]);
  });

  test("values where the README's measure-sheet table puts them, exactly as given", () => {
    expect(at(g, "A1")).toBe(m0.titleRaw);
    expect(at(g, "B3")).toBe("①-01");
    expect(at(g, "C3")).toBeNull();
    expect(at(g, "E3")).toBe(m0.department);
    expect(at(g, "B4")).toBe(m0.name);
    expect(at(g, "B5")).toBe(m0.overview);
    expect(at(g, "B6")).toBe("—");
    m0.years.forEach((y, i) => {
      const r = 9 + i;
      expect([at(g, `A${r}`), at(g, `E${r}`), at(g, `F${r}`), at(g, `G${r}`)]).toEqual([y.labelRaw, y.summary, y.workRaw, y.effect]);
      for (const [col, v] of [
        ["B", y.plan],
        ["C", y.build],
        ["D", y.operation],
      ] as const)
        expect(at(g, `${col}${r}`)).toBe(v === "" ? null : v);
    });
    expect(at(g, "B14")).toBe(m0.expectedEffect);
    expect(at(g, "B15")).toBe(m0.activityTarget);
    expect(at(g, "A16")).toBe(m0.footnoteRaw);
    expect(g.top).toBe(0);
    expect(g.left).toBe(0);
  });

  test("measureCells names the same cells", () => {
    const c = measureCells(5);
    expect(c).toMatchObject({
      title: "A1",
      numberLabel: "A3",
      number: "B3",
      departmentLabel: "D3",
      department: "E3",
      nameLabel: "A4",
      name: "B4",
      overviewLabel: "A5",
      overview: "B5",
      otherPlansLabel: "A6",
      otherPlans: "B6",
      yearHeader: "A7",
      planHeader: "B7",
      buildHeader: "C7",
      operationHeader: "D7",
      progressHeader: "E7",
      workGroupHeader: "F7",
      workHeader: "F8",
      effectHeader: "G8",
      statusHeader: null,
      expectedEffectLabel: "A14",
      expectedEffect: "B14",
      activityTargetLabel: "A15",
      activityTarget: "B15",
      footnote: "A16",
    });
    expect(c.years[0]).toEqual({
      label: "A9",
      plan: "B9",
      build: "C9",
      operation: "D9",
      summary: "E9",
      work: "F9",
      effect: "G9",
      status: null,
    });
    expect(c.years[4].effect).toBe("G13");
  });

  test("merges of the printed form", () => {
    expect([...spec.merges].sort()).toEqual(
      [
        "A1:G1",
        "E3:G3",
        "B4:G4",
        "B5:G5",
        "B6:G6",
        "A7:A8",
        "B7:B8",
        "C7:C8",
        "D7:D8",
        "E7:E8",
        "F7:G7",
        "B14:G14",
        "B15:G15",
        "A16:G16",
      ].sort(),
    );
  });

  test("formatting: bold filled labels, borders, wrapped text, wide E and F, landscape print", () => {
    for (const a1 of ["A3", "D3", "A4", "A7", "F8", "G8", "A14", "A15"])
      expect(specAt(spec, a1)).toMatchObject({ bold: true, fill: LABEL_FILL, border: true });
    expect(specAt(spec, "E9")).toMatchObject({ wrap: true, border: true, vAlign: "top" });
    // Every cell of a merged area carries the border, so the printed outline is whole.
    for (const a1 of ["C4", "G4", "G3"]) expect(specAt(spec, a1)).toMatchObject({ value: null, border: true });
    expect(spec.columnWidths).toHaveLength(7);
    const [a, b, , , e, f, gw] = spec.columnWidths;
    expect(e).toBeGreaterThan(2 * b);
    expect(f).toBeGreaterThan(2 * b);
    expect(gw).toBeGreaterThan(a);
    expect(spec.print).toEqual({ landscape: true, fitToWidth: true });
    // Year rows are tall enough for their longest text; the row under the title is a thin spacer.
    expect(spec.rowHeights["12"]).toBeGreaterThan(spec.rowHeights["9"]);
    expect(spec.rowHeights["2"]).toBeLessThan(spec.rowHeights["3"]);
    for (const h of Object.values(spec.rowHeights)) expect(h).toBeLessThanOrEqual(409);
    expect(spec.role).toBe("measure");
    expect(spec.name).toBe("①-01");
  });

  test("a missing effect header (seed ②-05) is an empty cell, not a label", () => {
    const m = SEED.find((s) => s.number === "②-05")!;
    expect(m.effectHeaderRaw).toBeNull();
    const s = buildMeasureSheetSpec(m);
    expect(specAt(s, "G8")).toMatchObject({ value: null, bold: true });
    expect(at(specToGrid(s), "G8")).toBeNull();
  });

  test("the seed's odd texts are not tidied", () => {
    const m = SEED.find((s) => s.number === "④-01")!;
    const g2 = specToGrid(buildMeasureSheetSpec(m));
    expect(at(g2, "A9")).toBe("H 28年度");
    expect(at(g2, "G8")).toBe("効果 (額)");
    const ul = SEED.flatMap((s) => specToGrid(buildMeasureSheetSpec(s)).values.flat()).filter(
      (v) => typeof v === "string" && v.startsWith("<ul"),
    );
    expect(ul.length).toBeGreaterThan(0);
  });
});

describe("shifted layout", () => {
  const spec = buildMeasureSheetSpec(m0, { top: 4, left: 3 });
  const g = specToGrid(spec);

  test("every label moves by the offset", () => {
    const c = measureCells(5, { top: 4, left: 3 });
    expect(c).toMatchObject({
      title: "D5",
      numberLabel: "D7",
      number: "E7",
      departmentLabel: "G7",
      department: "H7",
      nameLabel: "D8",
      yearHeader: "D11",
      workGroupHeader: "I11",
      workHeader: "I12",
      effectHeader: "J12",
      footnote: "D20",
    });
    expect(c.years[0].label).toBe("D13");
    expect(c.years[4].effect).toBe("J17");
    expect(at(g, "D7")).toBe(CANONICAL_LABELS.number);
    expect(at(g, "J12")).toBe("効果（額）");
    expect(at(g, "D13")).toBe("H28年度");
    expect(at(g, "D20")).toBe(m0.footnoteRaw);
  });

  test("the grid's used block starts at the form", () => {
    expect(g.top).toBe(4);
    expect(g.left).toBe(3);
  });

  test("merges, widths and heights move too", () => {
    expect(spec.merges).toContain("D5:J5");
    expect(spec.merges).toContain("H7:J7");
    expect(spec.merges).toContain("I11:J11");
    const canonical = buildMeasureSheetSpec(m0);
    expect(spec.columnWidths.slice(3)).toEqual(canonical.columnWidths);
    expect(spec.rowHeights["13"]).toBe(canonical.rowHeights["9"]);
    for (const m of spec.merges) {
      const r = parseRange(m);
      expect(r.top).toBeGreaterThanOrEqual(4);
      expect(r.left).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("label variants, status column, numbers", () => {
  test("each label variant replaces its canonical label", () => {
    const labels = {
      number: "施策No.",
      name: "事業名",
      department: "担当課",
      overview: "概要",
      otherPlans: "関連計画",
      progress: "進捗状況",
      expectedEffect: "期待効果",
      activityTarget: "目標",
      plan: "計画",
      yearHeader: "年度",
    };
    const g = specToGrid(buildMeasureSheetSpec(m0, { labels }));
    const c = measureCells(5, { labels });
    expect(
      [
        c.numberLabel,
        c.nameLabel,
        c.departmentLabel,
        c.overviewLabel,
        c.otherPlansLabel,
        c.progressHeader,
        c.expectedEffectLabel,
        c.activityTargetLabel,
        c.planHeader,
        c.yearHeader,
      ].map((a) => at(g, a)),
    ).toEqual(["施策No.", "事業名", "担当課", "概要", "関連計画", "進捗状況", "期待効果", "目標", "計画", "年度"]);
    expect(at(g, c.workHeader)).toBe("作業内容");
  });

  test("実施内容 standing alone over the work column: no 作業内容 under it", () => {
    const spec = buildMeasureSheetSpec(m0, { labels: { work: "実施内容" } });
    const g = specToGrid(spec);
    const c = measureCells(5, { labels: { work: "実施内容" } });
    expect(c.workHeader).toBe("F7");
    expect(c.effectHeader).toBe("G7");
    expect(at(g, "F7")).toBe("実施内容");
    expect(at(g, "G7")).toBe("効果（額）");
    expect(at(g, "F8")).toBeNull();
    expect(spec.merges).toEqual(expect.arrayContaining(["F7:F8", "G7:G8"]));
    expect(spec.merges).not.toContain("F7:G7");
    expect(g.values.flat()).not.toContain("作業内容");
  });

  test("a status column right of the effect column", () => {
    const input: MeasureSheetInput = { ...m0, years: m0.years.map((y, i) => ({ ...y, statusRaw: i < 2 ? "○ 計画通り" : null })) };
    const spec = buildMeasureSheetSpec(input, { statusColumn: "評価" });
    const g = specToGrid(spec);
    const c = measureCells(5, { statusColumn: "評価" });
    expect(c.statusHeader).toBe("H7");
    expect(c.years.map((y) => y.status)).toEqual(["H9", "H10", "H11", "H12", "H13"]);
    expect(at(g, "H7")).toBe("評価");
    expect([at(g, "H9"), at(g, "H10"), at(g, "H11")]).toEqual(["○ 計画通り", "○ 計画通り", null]);
    expect(spec.merges).toContain("H7:H8");
    expect(spec.columnWidths).toHaveLength(8);
    // The form's own merges keep their width.
    expect(spec.merges).toContain("A1:G1");
  });

  test("numbers stay numbers, with their format", () => {
    const input: MeasureSheetInput = {
      ...m0,
      years: m0.years.map((y, i) => ({
        ...y,
        labelRaw: 2021 + i,
        effect: i === 2 ? 0.43 : y.effect,
        effectNumFmt: i === 2 ? "0%" : undefined,
      })),
    };
    const spec = buildMeasureSheetSpec(input);
    const g = specToGrid(spec);
    expect(at(g, "A9")).toBe(2021);
    expect(at(g, "G11")).toBe(0.43);
    expect(g.numFmts?.[11 - 1 - g.top]?.[6 - g.left]).toBe("0%");
    expect(specAt(spec, "G11")).toMatchObject({ value: 0.43, numFmt: "0%" });
  });

  test("the sheet is named by its number, made legal, unless told otherwise", () => {
    expect(buildMeasureSheetSpec({ ...m0, number: "1/2:3" }).name).toBe("1_2_3");
    expect(buildMeasureSheetSpec(m0, { sheetName: "別名" }).name).toBe("別名");
  });

  test("any number of years", () => {
    const one = buildMeasureSheetSpec({ ...m0, years: m0.years.slice(0, 1) });
    expect(at(specToGrid(one), "A10")).toBe("期待される効果");
    const ten = buildMeasureSheetSpec({ ...m0, years: [...m0.years, ...m0.years] });
    expect(at(specToGrid(ten), "A18")).toBe(m0.years[4].labelRaw);
    expect(at(specToGrid(ten), "A21")).toBe(m0.footnoteRaw);
  });
});
