import { analyze, proposeFill } from "../../src/core/engine";
import { applyEditsToGrid, inverseEdits } from "../support/gridEdits";
import { htmlToLines } from "../../src/core/produce/fill";
import { seedWorkbook } from "./seedWorkbook";
import { makeSheet, makeWorkbook } from "../../src/core/model/gridSchema";

test("html markup becomes line breaks; the list's bullets become lines", () => {
  expect(htmlToLines('<ul style="list-style-type: none"> ・県共同利用GISに参加 ・予算計上 ')).toBe("・県共同利用GISに参加\n・予算計上");
  expect(htmlToLines("a<br>b<br/>c &amp; d")).toBe("a\nb\nc & d");
  expect(htmlToLines("<ul><li>one</li><li>two</li></ul>")).toBe("one\ntwo");
});

describe("fill on the sample", () => {
  const wb = seedWorkbook();
  const edits = proposeFill(wb, { lang: "ja" });

  test("proposes the HTML cells and ④-01's year labels, nothing else", () => {
    expect(edits.filter((e) => e.rule === "html-markup")).toHaveLength(30);
    const labels = edits.filter((e) => e.rule === "label-variant");
    expect(labels.map((e) => [e.sheet, e.cell, e.before, e.after])).toEqual([
      ["④-01", "A9", "H 28年度", "H28年度"],
      ["④-01", "A10", "H 29年度", "H29年度"],
      ["④-01", "A11", "H 30年度", "H30年度"],
    ]);
    expect(edits.every((e) => ["html-markup", "label-variant"].includes(e.rule))).toBe(true);
    for (const e of edits) expect(e.reason.ja.length * e.reason.en.length).toBeGreaterThan(0);
  });

  test("fill then check: the fills resolve what they claim; a second fill proposes nothing", () => {
    const { workbook: filled, result } = applyEditsToGrid(wb, edits);
    expect(result.skipped).toEqual([]);
    const after = analyze(filled, { source: "x", lang: "en" });
    expect(after.findings.filter((f) => f.rule === "html-markup")).toEqual([]);
    expect(after.findings.filter((f) => f.rule === "label-variant" && f.sheet === "④-01" && /^A\d+$/.test(f.cell))).toEqual([]);
    expect(after.totals.errors).toBe(0);
    expect(proposeFill(filled, { lang: "ja" })).toEqual([]);
  });

  test("undo gives back every cell exactly", () => {
    const { workbook: filled, result } = applyEditsToGrid(wb, edits);
    const { workbook: back } = applyEditsToGrid(filled, inverseEdits(result.applied));
    expect(back.sheets.map((s) => s.values)).toEqual(wb.sheets.map((s) => s.values));
  });
});

describe("fill on other workbooks", () => {
  const sheet = (rows: (string | number | null)[][], name = "S1") => makeSheet({ name, values: rows });
  const form = (effects: (string | number | null)[], labels: (string | number)[], status?: (string | null)[]) => {
    const rows: (string | number | null)[][] = [
      ["○○市情報化推進計画 施策進行管理シート"],
      ["施策番号", "A-1", null, "担当部署", "情報政策課"],
      ["施策名", "電子申請の拡充"],
      ["実施予定", "計画・設計", "開発・構築", "運用", "進捗総括", "実施内容", null, ...(status ? ["評価"] : [])],
      [null, null, null, null, null, "作業内容", "効果（額）"],
    ];
    labels.forEach((l, i) =>
      rows.push([l, null, null, null, "計画通り進捗している。", "作業", effects[i], ...(status ? [status[i]] : [])]),
    );
    rows.push(["期待される効果", "便利になる"], ["活動目標", "10手続を電子化"]);
    return makeWorkbook({ sheets: [sheet(rows)] });
  };

  test("adds a percentage to a fraction-only effect", () => {
    const wb = form(["2/8手続", "3／7か所", "25% (2/8手続)"], ["令和3年度", "R4年度", "R5年度"]);
    const edits = proposeFill(wb, { lang: "ja" }).filter((e) => e.rule === "percent-from-fraction");
    expect(edits.map((e) => [e.cell, e.after])).toEqual([
      ["G6", "25% (2/8手続)"],
      ["G7", "43% (3／7か所)"],
    ]);
  });

  test("normalises era labels, rewrites H32 as R2, leaves Western years alone", () => {
    const wb = form(["-", "-", "-", "-"], ["H30年度", "平成31年度", "H32年度", "2021年度"]);
    const edits = proposeFill(wb, { lang: "ja" }).filter((e) => e.cell.startsWith("A"));
    expect(edits.map((e) => [e.cell, e.after, e.rule])).toEqual([
      ["A7", "R1年度", "label-variant"],
      ["A8", "R2年度", "era-out-of-range"],
    ]);
  });

  test("writes the status into an empty or stale 評価 column, never over a person's words", () => {
    const wb = form(["-", "-", "-"], ["R3年度", "R4年度", "R5年度"], [null, "△ 遅延", "要確認（担当者メモ）"]);
    const edits = proposeFill(wb, { lang: "ja" }).filter((e) => e.rule === "status-column");
    expect(edits.map((e) => [e.cell, e.before, e.after])).toEqual([
      ["H6", null, "○ 計画通り"],
      ["H7", "△ 遅延", "○ 計画通り"],
    ]);
    const { workbook } = applyEditsToGrid(wb, edits);
    expect(proposeFill(workbook, { lang: "ja" }).filter((e) => e.rule === "status-column")).toEqual([]);
  });

  test("an edit whose cell changed since the preview is skipped; a protected sheet gets nothing", () => {
    const wb = form(["2/8手続"], ["R3年度"]);
    const edits = proposeFill(wb, { lang: "ja" });
    const changed = {
      ...wb,
      sheets: wb.sheets.map((s) => ({ ...s, values: s.values.map((r) => r.map((v) => (v === "2/8手続" ? "3/8手続" : v))) })),
    };
    expect(applyEditsToGrid(changed, edits).result.skipped.map((s) => s.reason)).toEqual(["changed"]);
    const locked = { ...wb, sheets: wb.sheets.map((s) => ({ ...s, protected: true })) };
    const r = applyEditsToGrid(locked, edits);
    expect(r.result.applied).toEqual([]);
    expect(r.workbook.sheets[0].values).toEqual(wb.sheets[0].values);
  });
});

describe("one edit per cell, transforms composed (a second fill proposes nothing)", () => {
  const wbOf = (label: string, summary: string, effect: string, status: string | null) =>
    makeWorkbook({
      sheets: [
        makeSheet({
          name: "S",
          values: [
            ["施策番号", "A-1", null, "担当部署", "情報政策課"],
            ["施策名", "電子申請"],
            ["実施予定", "計画・設計", "開発・構築", "運用", "進捗総括", "実施内容", null, "評価"],
            [null, null, null, null, null, "作業内容", "効果（額）"],
            [label, null, null, null, summary, "作業", effect, status],
            ["活動目標", "10手続"],
          ],
        }),
      ],
    });

  test("tags around a fraction, a year label and in the summary", () => {
    const wb = wbOf("<b>H 29年度</b>", "計画<b>通り</b>進捗している。", "<b>2/8施設</b>", null);
    const edits = proposeFill(wb, { lang: "ja" });
    expect(edits.map((e) => [e.cell, e.after])).toEqual([
      ["A5", "H29年度"],
      ["E5", "計画通り進捗している。"],
      ["G5", "25% (2/8施設)"],
      ["H5", "○ 計画通り"],
    ]);
    const { workbook } = applyEditsToGrid(wb, edits);
    expect(proposeFill(workbook, { lang: "ja" })).toEqual([]);
  });

  test("escaped markup is text and stays text", () => {
    const wb = wbOf("R3年度", "計画通り進捗している。<br>&lt;b&gt;太字&lt;/b&gt; &amp; 続き", "-", null);
    const edits = proposeFill(wb, { lang: "ja" }).filter((e) => e.cell === "E5");
    expect(edits[0].after).toBe("計画通り進捗している。\n&lt;b&gt;太字&lt;/b&gt; & 続き");
    const { workbook } = applyEditsToGrid(wb, proposeFill(wb, { lang: "ja" }));
    expect(proposeFill(workbook, { lang: "ja" })).toEqual([]);
  });
});
