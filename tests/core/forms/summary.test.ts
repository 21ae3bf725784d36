/** Summary tabs for rated forms: the rating beside the status, counts by rating, and 指標一覧 (written by the .xlsx host too). */
import { analyze } from "../../../src/core/produce/report";
import { buildSummarySheets } from "../../../src/core/produce/summary";
import { SheetSpecSchema, type SheetSpec } from "../../../src/core/model/sheetSpec";
import { workbookToGrid, writeSheetsToWorkbook } from "../../support/exceljs";
import { akiruno, hamamatsu } from "../../fixtures/forms/offices";
import { seedWorkbook } from "../seedWorkbook";

const values = (spec: SheetSpec) => spec.rows.map((r) => r.map((c) => (c ? c.value : null)));

test("a workbook with indicators gets 指標一覧: every indicator by year, achievement as a 0–100% data bar", () => {
  const report = analyze(hamamatsu().fixture.grid, { source: "h", lang: "ja" });
  const tabs = buildSummarySheets(report, { lang: "ja" });
  expect(tabs.map((s) => s.name)).toEqual(["進捗一覧", "遅延施策", "担当課別", "年度別", "検証結果", "指標一覧"]);
  const ind = tabs[5];
  expect(() => SheetSpecSchema.parse(ind)).not.toThrow();
  expect(ind.role).toBe("indicators");
  expect(values(ind)[0]).toEqual([
    "施策番号",
    "施策名",
    "指標名",
    "単位",
    "方向",
    "基準値",
    "対象年度",
    "目標値",
    "実績値",
    "達成率",
    "評価（判定基準）",
    "記載の評価",
  ]);
  expect(
    values(ind)
      .slice(1)
      .map((r) => [r[2], r[6], r[7], r[8], r[9], r[10]]),
  ).toEqual([
    ["オンライン化した手続数", "R5年度", 300, 105, 0.35, "D"],
    ["オンライン化した手続数", "R6年度", 600, 420, 0.7, "C"],
    ["窓口の平均待ち時間", "R4年度", 15, 14, 1.071, "A"],
    ["窓口の平均待ち時間", "R5年度", 15, null, null, ""],
    ["窓口の平均待ち時間", "R6年度", 15, 15, 1, "A"],
  ]);
  expect(values(ind)[3][4]).toBe("低いほど良い");
  expect(ind.rows[1][0]?.link).toEqual({ sheet: "取組1", cell: "D10" });
  expect(ind.conditionalFormats).toEqual([{ type: "dataBar", ref: "J2:J6", color: "5B9BD5", max: 1 }]);
  expect(ind.tables[0]).toMatchObject({ name: "ShinchokuIndicators", rows: 5 });
});

test("the rating beside the status in 進捗一覧 and 遅延施策; 担当課別 counts each measure by its latest rating", () => {
  const report = analyze(akiruno().fixture.grid, { source: "a", lang: "ja" });
  const [overview, delayed, byDept] = buildSummarySheets(report, { lang: "ja" });
  const row = values(overview).find((r) => r[0] === "1-1-1")!;
  expect(row.slice(3, 6)).toEqual(["◎ 計画以上（S）", "○ 計画通り（A）", "○ 計画通り（A）"]);
  expect(values(delayed)[0]).toContain("評価");
  expect(
    values(delayed)
      .slice(1)
      .map((r) => [r[0], r[2], r[4]]),
  ).toEqual([
    ["1-1-2", "R2年度", "X"],
    ["1-2-1", "R3年度", "B"],
  ]);
  const head = values(byDept)[0];
  expect(head.slice(5)).toEqual(["評価 F", "評価 A", "評価 Z"]);
});

test("a form without ratings or indicators keeps its five tabs and their columns", () => {
  const tabs = buildSummarySheets(analyze(seedWorkbook(), { source: "s", lang: "ja" }), { lang: "ja" });
  expect(tabs.map((s) => s.role)).toEqual(["overview", "delayed", "byDepartment", "byYear", "findings"]);
  expect(values(tabs[1])[0]).toEqual(["施策番号", "施策名", "対象年度", "進捗区分", "判定の根拠", "進捗総括（全文）"]);
  expect(values(tabs[2])[0]).toHaveLength(5);
});

test("the .xlsx host writes 指標一覧 through its generic spec writer and reads it back", () => {
  const f = hamamatsu();
  const wb = f.fixture.workbook();
  const report = analyze(workbookToGrid(wb), { source: "h", lang: "en" });
  const result = writeSheetsToWorkbook(wb, buildSummarySheets(report, { lang: "en" }));
  expect(result.written).toContain("Indicators");
  const back = workbookToGrid(wb);
  const tab = back.sheets.find((s) => s.name === "Indicators")!;
  expect(tab.values[0]).toContain("Achievement");
  expect(back.generatedSheets.map((g) => g.role)).toContain("indicators");
  // Regenerating replaces Shinchoku's own tab and leaves the measure sheets alone.
  const again = writeSheetsToWorkbook(wb, buildSummarySheets(analyze(workbookToGrid(wb), { source: "h", lang: "en" }), { lang: "en" }));
  expect(again.replaced).toContain("Indicators");
  expect(workbookToGrid(wb).sheets.filter((s) => s.name === "取組1")).toHaveLength(1);
});
