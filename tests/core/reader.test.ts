import { readMeasureSheet, yearName } from "../../src/core/read/reader";
import { type CellValue } from "../../src/core/model/grid";
import { makeSheet, makeWorkbook } from "../../src/core/model/gridSchema";
import { analyze } from "../../src/core/engine";

type Row = CellValue[];

/** A form as people type it: a few label variants, no 実施予定 header, numbers as numbers. */
function form(
  opts: { pad?: number; rowsAbove?: number; numberLabel?: string; progressLabel?: string; withEffectHeader?: boolean } = {},
): Row[] {
  const pad: Row = Array(opts.pad ?? 0).fill(null);
  const rows: Row[] = [
    ["××町情報化計画 施策進行管理シート（5年）"],
    [opts.numberLabel ?? "施策番号", "1-1", null, "担当課", "総務課"],
    ["事業名", "庁内LANの更新"],
    ["概要", "更新する"],
    ["関連計画", "－"],
    ["実施予定", "計画・設計", "開発・構築", "運用", opts.progressLabel ?? "進捗総括", "実施内容"],
    [null, null, null, null, null, "作業内容", opts.withEffectHeader === false ? null : "効果"],
    [2021, "設計", null, null, "計画どおり進捗している。", "設計", 0.5],
    ["R4年度", null, "構築", null, "遅れが生じている。", "構築", "1/2台"],
    ["R5年度", null, null, "運用", "", "", ""],
    ["期待効果", "速くなる"],
    ["目標", "全庁LANを更新する"],
  ];
  return [...Array(opts.rowsAbove ?? 0).fill([]), ...rows.map((r) => [...pad, ...r])];
}

test("finds the form by its labels, values with their addresses", () => {
  const m = readMeasureSheet(makeSheet({ name: "S", values: form(), numFmts: [] }))!;
  expect(m).not.toBeNull();
  expect(m.number).toMatchObject({ text: "1-1", cell: "B2" });
  expect(m.name).toMatchObject({ text: "庁内LANの更新", cell: "B3" });
  expect(m.department).toMatchObject({ text: "総務課", cell: "E2" });
  expect(m.activityTarget).toMatchObject({ text: "全庁LANを更新する", cell: "B12" });
  expect(m.years.map((y) => [y.label.cell, y.year?.fiscalYear])).toEqual([
    ["A8", 2021],
    ["A9", 2022],
    ["A10", 2023],
  ]);
  expect(m.years[1].summary).toMatchObject({ cell: "E9", text: "遅れが生じている。" });
  expect(m.years[1].effect).toMatchObject({ cell: "G9", text: "1/2台" });
  expect(
    m.labels
      .filter((l) => l.variant)
      .map((l) => l.text)
      .sort(),
  ).toEqual(["事業名", "担当課", "期待効果", "概要", "効果", "目標", "関連計画"].sort());
});

test("the form shifted down and right reads the same, addresses move with it", () => {
  const m = readMeasureSheet(makeSheet({ name: "S", values: form({ pad: 3, rowsAbove: 5 }) }))!;
  expect(m.number?.cell).toBe("E7");
  expect(m.years.map((y) => y.label.cell)).toEqual(["D13", "D14", "D15"]);
  expect(m.years[0].effect?.cell).toBe("J13");
});

test("a stored block that starts far from A1 (top/left) keeps absolute addresses", () => {
  const m = readMeasureSheet(makeSheet({ name: "S", values: form(), top: 100, left: 2 }))!;
  expect(m.number?.cell).toBe("D102");
  expect(m.years[0].label.cell).toBe("C108");
});

test("variants of the number and progress labels; no effect header uses the column right of 作業内容", () => {
  const m = readMeasureSheet(
    makeSheet({ name: "S", values: form({ numberLabel: "施策No.", progressLabel: "進捗状況", withEffectHeader: false }) }),
  )!;
  expect(m.number?.text).toBe("1-1");
  expect(m.years[0].summary?.text).toContain("計画どおり");
  expect(m.columns.effect).toBe(6);
  expect(m.missingLabels.map((l) => [l.field, l.cell])).toEqual([["effect", "G7"]]);
});

test("a sheet with no form is not a measure sheet", () => {
  expect(readMeasureSheet(makeSheet({ name: "memo", values: [["メモ"], ["施策番号の一覧は別紙"]] }))).toBeNull();
  expect(readMeasureSheet(makeSheet({ name: "empty", values: [] }))).toBeNull();
  // A summary-like table with labels in a header row is not the form either.
  expect(
    readMeasureSheet(
      makeSheet({
        name: "list",
        values: [
          ["施策番号", "施策名", "担当部署"],
          ["1", "x", "y"],
        ],
      }),
    ),
  ).toBeNull();
});

test("a year typed as a date reads as its fiscal year (April to March); an empty label is named by its cell", () => {
  const rows = form();
  rows[8][0] = 44287; // 2021-04-01
  rows[9][0] = null;
  const numFmts = rows.map((r, i) => r.map((_, j) => (i === 8 && j === 0 ? 'ggge"年度"' : null)));
  const m = readMeasureSheet(makeSheet({ name: "S", values: rows, numFmts }))!;
  expect(m.years[1].year).toMatchObject({ fiscalYear: 2021, canonical: "R3年度", variant: true });
  expect(yearName(m.years[2])).toBe("A10");
  // Named as the cell shows the day, not by its serial.
  expect(yearName(m.years[1])).toBe("2021/4/1");
});

test("form-not-read: a sheet with the form's labels that cannot be read is said, not passed over", () => {
  const wb = makeWorkbook({
    sheets: [
      { name: "S", values: form() },
      { name: "broken", values: [["○○市 施策進行管理シート"], ["施策番号", "1-2"]] },
      { name: "memo", values: [["メモ"], ["施策番号の一覧は別紙"]] },
    ],
  });
  const f = analyze(wb, { source: "", lang: "ja" }).findings.filter((x) => x.rule === "form-not-read");
  expect(f.map((x) => [x.sheet, x.cell, x.severity])).toEqual([["broken", "A1", "warning"]]);
});

test("the title above the form is found (シート survives the dash fold)", () => {
  const m = readMeasureSheet(makeSheet({ name: "S", values: form() }))!;
  expect(m.title).toMatchObject({ cell: "A1", text: "××町情報化計画 施策進行管理シート（5年）" });
});
