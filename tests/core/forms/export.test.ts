/**
 * The export of other offices' forms: each year's rating, its status and the text's, and the indicator
 * years (one row per measure-year and indicator); the seed's export keeps its columns and values.
 */
import { analyze } from "../../../src/core/produce/report";
import { EXPORT_COLUMNS, exportData, exportRows, exportSheet } from "../../../src/core/produce/export";
import { seedWorkbook } from "../seedWorkbook";
import { aichi, akiruno, nagayo } from "../../fixtures/forms/offices";

const SEED_COLUMNS = EXPORT_COLUMNS.slice(0, EXPORT_COLUMNS.indexOf("delayedNow") + 1);
const NEW_COLUMNS = EXPORT_COLUMNS.slice(SEED_COLUMNS.length);

function csvLines(csv: string): string[][] {
  // The fixtures' texts hold no comma, quote or line break: a split is enough here.
  return csv
    .slice(1)
    .trimEnd()
    .split("\r\n")
    .map((l) => l.split(","));
}

test("rating form: the year's rating, the rating's status and the text's, a row per measure-year", () => {
  const f = akiruno();
  const report = analyze(f.fixture.grid, { source: "akiruno.xlsx", lang: "ja" });
  const rows = exportRows(report);
  expect(rows).toHaveLength(9);
  const r = rows.find((x) => x.sheet === "1-1-1" && x.label === "R4年度")!;
  expect(r).toMatchObject({ rating: "A", ratingStatus: "on_track", textStatus: "delayed", status: "on_track", indicatorNo: null });
  const unknown = rows.find((x) => x.sheet === "1-1-2" && x.label === "R3年度")!;
  expect(unknown).toMatchObject({ rating: "E", ratingStatus: null, textStatus: "on_track" });

  const csv = csvLines(exportData(report, "csv", { lang: "ja" }));
  const col = (name: string) => csv[0].indexOf(name);
  expect(col("評価")).toBeGreaterThan(0);
  const line = csv.find((l) => l[0] === "1-1-1" && l[5] === "R4年度")!;
  expect(line[col("評価")]).toBe("A");
  expect(line[col("評価の進捗区分")]).toBe("○ 計画通り");
  expect(line[col("進捗総括の進捗区分")]).toMatch(/遅延/);
  const en = csvLines(exportData(report, "csv", { lang: "en" }))[0];
  expect(en).toEqual(expect.arrayContaining(["Rating", "Rating's status", "Summary's status"]));
});

test("indicator form on the measure sheet: a row per measure-year and indicator, target, actual, achievement and grades", () => {
  const report = analyze(nagayo().fixture.grid, { source: "nagayo.xlsx", lang: "ja" });
  const rows = exportRows(report);
  expect(rows).toHaveLength(4);
  expect(rows.find((x) => x.sheet === "施策1" && x.fiscalYear === 2019)).toMatchObject({
    rating: "B",
    indicatorNo: 1,
    indicator: "LINE登録者数",
    indicatorUnit: "人",
    indicatorDirection: "higher",
    indicatorBaseline: 2000,
    indicatorTarget: 5000,
    indicatorActual: 3100,
    indicatorAchievement: 62,
    // The default rule (no office profile given): 62% is a C; the sheet states A.
    indicatorGrade: "C",
    indicatorStatedGrade: "A",
  });
  const json = JSON.parse(exportData(report, "json"));
  expect(json.columns).toEqual([...EXPORT_COLUMNS]);
  expect(json.rows[1]).toMatchObject({ sheet: "施策1", fiscalYear: 2020, indicatorActual: 1700, indicatorAchievement: 34 });

  const csv = csvLines(exportData(report, "csv", { lang: "ja" }));
  const col = (name: string) => csv[0].indexOf(name);
  expect(["指標名", "目標値", "実績値", "達成率（%）", "指標の評価", "記載の指標の評価"].every((h) => col(h) > 0)).toBe(true);
  expect(csv[1][col("指標の方向")]).toBe("高いほどよい");
  expect(csv[1][col("指標の評価")]).toBe("C");
  const sheet = exportSheet(report, "ja");
  expect(sheet.rows).toHaveLength(5);
  expect(sheet.rows[1][EXPORT_COLUMNS.indexOf("indicator")]?.value).toBe("LINE登録者数");
});

test("indicators on a sheet of their own join their measure by 施策番号; a year with no actual is empty, not dropped", () => {
  const report = analyze(aichi().fixture.grid, { source: "aichi.xlsx", lang: "ja" });
  const rows = exportRows(report).filter((r) => r.sheet === "施策01");
  expect(rows.map((r) => [r.fiscalYear, r.indicatorTarget, r.indicatorActual, r.indicatorAchievement, r.indicatorGrade])).toEqual([
    [2007, 40000, 30000, 75, "C"],
    [2008, 40000, null, null, null],
    [2009, 40000, 41000, 102.5, "A"],
  ]);
  expect(rows[0]).toMatchObject({ indicatorStatedAchievement: 85, indicatorStatedGrade: "B", label: "H19年度" });
});

test("an indicator year the measure sheet has no row for gets a row of its own", () => {
  const report = analyze(aichi().fixture.grid, { source: "aichi.xlsx", lang: "ja" });
  const m = report.measures.find((x) => x.sheet === "施策02")!;
  m.indicators[0].years.push({ ...m.indicators[0].years[2], fiscalYear: 2010, actual: 100 });
  const rows = exportRows(report).filter((r) => r.sheet === "施策02");
  expect(rows).toHaveLength(4);
  expect(rows[3]).toMatchObject({ fiscalYear: 2010, label: "", status: null, indicatorActual: 100, indicatorNo: 1 });
});

test("the seed's export: its columns first and as they were; the new ones empty but for the text's status", () => {
  const report = analyze(seedWorkbook(), { source: "sodegaura-2016.xlsx", lang: "ja" });
  const rows = exportRows(report);
  expect(rows).toHaveLength(report.measures.reduce((n, m) => n + m.years.length, 0));
  let i = 0;
  for (const m of report.measures)
    for (const y of m.years) {
      const r = rows[i++];
      expect(SEED_COLUMNS.map((c) => r[c])).toEqual([
        m.sheet,
        m.number,
        m.name,
        m.department,
        y.fiscalYear,
        y.label,
        y.plan,
        y.build,
        y.operation,
        y.status,
        y.statusPhrase,
        y.summary,
        y.work,
        y.progress,
        y.progressRaw,
        y.effect,
        y.effectKind,
        m.delayed,
        m.delayedNow,
      ]);
      for (const c of NEW_COLUMNS) expect(r[c]).toBe(c === "textStatus" ? y.status : null);
    }
});
