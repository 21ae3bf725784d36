/** A year label the reader cannot read never ends the year table: the years after it are read and it is reported. */
import { readMeasureSheet } from "../../src/core/read/reader";
import { makeSheet, makeWorkbook } from "../../src/core/model/gridSchema";
import type { CellValue } from "../../src/core/model/grid";
import { analyze } from "../../src/core/produce/report";

function form(label: CellValue, withData: boolean): CellValue[][] {
  return [
    ["○○市情報化推進計画 施策進行管理シート（5年）"],
    ["施策番号", "1-1", null, "担当部署", "企画課"],
    ["施策名", "電子申請の拡充"],
    ["実施予定", "計画・設計", "開発・構築", "運用", "進捗総括", "実施内容"],
    [null, null, null, null, null, "作業内容", "効果（額）"],
    ["H28年度", "設計", null, null, "計画通り進捗している。", "設計", "-"],
    [label, withData ? "見直し" : null, null, null, withData ? "遅れが生じている。" : null, null, null],
    ["R2年度", null, "構築", null, "計画通り進捗している。", "構築", "50%"],
    ["R3年度", null, null, "運用", "計画通り進捗している。", "運用", "100%"],
    ["期待される効果", "手続が早くなる"],
    ["活動目標", "全手続の電子化"],
  ];
}

const LONG = "H29年度（令和元年度に見直しのため再掲）";
const HTML = '<img src=x onerror="alert(1)">年度の見直しについての注記';

test.each([
  [LONG, true],
  [LONG, false],
  [HTML, true],
  [HTML, false],
])("%s (data in the row: %s): later years read, the label reported on its cell", (label, withData) => {
  const sheet = makeSheet({ name: "S", values: form(label, withData) });
  const m = readMeasureSheet(sheet)!;
  expect(m.years.map((y) => y.label.cell)).toEqual(["A6", "A7", "A8", "A9"]);
  expect(m.years.map((y) => y.year?.fiscalYear ?? null)).toEqual([2016, null, 2020, 2021]);
  const report = analyze(makeWorkbook({ sheets: [sheet] }), { source: "t", lang: "ja" });
  const hits = report.findings.filter((f) => f.rule === "year-sequence");
  expect(hits.map((f) => [f.cell, f.severity])).toContainEqual(["A7", "error"]);
  expect(hits.find((f) => f.cell === "A7")!.messages.en).toContain("Cannot read the fiscal year");
});

test("a long note under the table with no year after it still ends the table", () => {
  const rows = form("R1年度", true);
  rows.splice(9, 0, ["※ 令和元年度の見直しにより一部の事業を統合した（注記）"]);
  const m = readMeasureSheet(makeSheet({ name: "S", values: rows }))!;
  expect(m.years.map((y) => y.label.cell)).toEqual(["A6", "A7", "A8", "A9"]);
});
