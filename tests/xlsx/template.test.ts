/** A new blank measure sheet for any plan period, and its input checks in both languages. */
import { PLAN_START_YEAR_MAX, PLAN_YEARS_MAX, SettingsSchema } from "../../src/core/model/settings";
import { parseA1 } from "../../src/core/model/address";
import { analyze } from "../../src/core/engine";
import { cellAt, type SheetGrid } from "../../src/core/model/grid";
import { CANONICAL_FOOTNOTE, measureCells } from "../../src/core/produce/layout";
import { specsToWorkbookGrid, specToGrid } from "../../src/core/specGrid";
import { buildMeasureSheet, NewMeasureInputSchema, parseNewMeasureInput, templateIssues } from "../../src/core/produce/template";

const at = (g: SheetGrid, a1: string) => {
  const { row, col } = parseA1(a1);
  return cellAt(g, row, col);
};
const input = (over: Record<string, unknown> = {}) => ({
  number: "1-01",
  name: "電子申請の拡充",
  department: "情報政策課",
  startYear: 2021,
  years: 5,
  ...over,
});

describe("buildMeasureSheet", () => {
  test("R3–R7: canonical year labels, empty year cells, the seed's footnote", () => {
    const spec = buildMeasureSheet(NewMeasureInputSchema.parse(input()), "ja");
    const g = specToGrid(spec);
    const c = measureCells(5);
    expect(spec.name).toBe("1-01");
    expect(spec.role).toBe("measure");
    expect(c.years.map((y) => at(g, y.label))).toEqual(["R3年度", "R4年度", "R5年度", "R6年度", "R7年度"]);
    for (const y of c.years) for (const a1 of [y.plan, y.build, y.operation, y.summary, y.work, y.effect]) expect(at(g, a1)).toBeNull();
    expect(at(g, c.number)).toBe("1-01");
    expect(at(g, c.name)).toBe("電子申請の拡充");
    expect(at(g, c.department)).toBe("情報政策課");
    expect(at(g, c.effectHeader)).toBe("効果（額）");
    expect(at(g, c.footnote)).toBe(CANONICAL_FOOTNOTE);
    expect(at(g, c.activityTarget)).toBeNull();
    expect(at(g, c.title)).toBe("情報化推進計画 施策進行管理シート（5年）");
  });

  test("a plan across the change of era: H29, H30, R1 …", () => {
    const g = specToGrid(buildMeasureSheet(NewMeasureInputSchema.parse(input({ startYear: 2017, years: 4 })), "ja"));
    expect(measureCells(4).years.map((y) => at(g, y.label))).toEqual(["H29年度", "H30年度", "R1年度", "R2年度"]);
    const first = specToGrid(buildMeasureSheet(NewMeasureInputSchema.parse(input({ startYear: 1989, years: 1 })), "ja"));
    expect(at(first, "A9")).toBe("H1年度");
  });

  test("title and activity target when given; the default title in the user's language", () => {
    const g = specToGrid(
      buildMeasureSheet(
        NewMeasureInputSchema.parse(input({ planTitle: "若葉市DX推進計画 施策進行管理シート", activityTarget: "5施設に導入します。" })),
        "ja",
      ),
    );
    expect(at(g, "A1")).toBe("若葉市DX推進計画 施策進行管理シート");
    expect(at(g, "B15")).toBe("5施設に導入します。");
    const en = specToGrid(buildMeasureSheet(NewMeasureInputSchema.parse(input({ years: 3 })), "en"));
    expect(at(en, "A1")).toBe("IT Promotion Plan: Measure Progress Sheet (3 years)");
    // The form itself stays the Japanese form the reader knows.
    expect(at(en, "A3")).toBe("施策番号");
  });

  test("the engine reads the new sheet as a measure with its years and nothing reported yet", () => {
    const spec = buildMeasureSheet(NewMeasureInputSchema.parse(input({ activityTarget: "目標を書く" })), "ja");
    const report = analyze(specsToWorkbookGrid([spec]), { source: "new.xlsx", lang: "ja" });
    expect(report.measures).toHaveLength(1);
    expect(report.measures[0].years.map((y) => y.fiscalYear)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(report.measures[0].years.every((y) => y.status === null)).toBe(true);
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("NewMeasureInputSchema", () => {
  test("accepts text fields as given and numbers written as text (also full width)", () => {
    const v = NewMeasureInputSchema.parse({ number: "A-01", startYear: "２０２１", years: " 5 " });
    expect(v).toEqual({ number: "A-01", name: "", department: "", startYear: 2021, years: 5 });
  });

  const cases: [string, Record<string, unknown>, string, string, string][] = [
    ["number", { number: "  " }, "number", "施策番号を入力してください。", "Enter the measure number."],
    ["number missing", { number: undefined }, "number", "施策番号を入力してください。", "Enter the measure number."],
    [
      "startYear low",
      { startYear: 1988 },
      "startYear",
      "開始年度は 1989〜2100 の整数（西暦）で入力してください。",
      "The first fiscal year must be a whole year from 1989 to 2100.",
    ],
    [
      "startYear high",
      { startYear: 2101 },
      "startYear",
      "開始年度は 1989〜2100 の整数（西暦）で入力してください。",
      "The first fiscal year must be a whole year from 1989 to 2100.",
    ],
    [
      "startYear text",
      { startYear: "令和3" },
      "startYear",
      "開始年度は 1989〜2100 の整数（西暦）で入力してください。",
      "The first fiscal year must be a whole year from 1989 to 2100.",
    ],
    [
      "startYear fraction",
      { startYear: 2021.5 },
      "startYear",
      "開始年度は 1989〜2100 の整数（西暦）で入力してください。",
      "The first fiscal year must be a whole year from 1989 to 2100.",
    ],
    [
      "years 0",
      { years: 0 },
      "years",
      "年数は 1〜20 の整数で入力してください。",
      "The number of years must be a whole number from 1 to 20.",
    ],
    [
      "years 21",
      { years: 21 },
      "years",
      "年数は 1〜20 の整数で入力してください。",
      "The number of years must be a whole number from 1 to 20.",
    ],
    [
      "years missing",
      { years: undefined },
      "years",
      "年数は 1〜20 の整数で入力してください。",
      "The number of years must be a whole number from 1 to 20.",
    ],
    ["name not text", { name: 5 }, "name", "文字列で入力してください。", "Enter text."],
  ];
  test.each(cases)("%s: a message in Japanese and in English", (_, over, field, ja, en) => {
    const raw = input(over);
    const r = NewMeasureInputSchema.safeParse(raw);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(templateIssues(r.error, "ja")).toEqual([{ field, message: ja }]);
    expect(templateIssues(r.error, "en")).toEqual([{ field, message: en }]);
    expect(parseNewMeasureInput(raw, "en")).toEqual({ ok: false, issues: [{ field, message: en }] });
  });

  test("any plan period the settings accept is a valid form: a 12-year plan, the longest, the latest start", () => {
    for (const v of [12, PLAN_YEARS_MAX]) expect(SettingsSchema.parse({ planYears: v }).planYears).toBe(v);
    for (const years of [12, PLAN_YEARS_MAX]) expect(parseNewMeasureInput(input({ years }), "ja").ok).toBe(true);
    expect(SettingsSchema.parse({ planStartYear: PLAN_START_YEAR_MAX }).planStartYear).toBe(PLAN_START_YEAR_MAX);
    expect(parseNewMeasureInput(input({ startYear: PLAN_START_YEAR_MAX }), "ja").ok).toBe(true);
    expect(SettingsSchema.safeParse({ planYears: PLAN_YEARS_MAX + 1 }).success).toBe(false);
  });

  test("every problem at once, and a whole input of the wrong kind", () => {
    const r = parseNewMeasureInput({ number: "", startYear: 1900, years: 21 }, "ja");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.field)).toEqual(["number", "startYear", "years"]);
    const whole = parseNewMeasureInput("2021", "en");
    expect(whole).toEqual({ ok: false, issues: [{ field: "", message: "The input is not valid." }] });
  });

  test("buildMeasureSheet refuses what the schema refuses", () => {
    expect(() => buildMeasureSheet({ ...input(), years: 0 } as never, "ja")).toThrow();
  });
});
