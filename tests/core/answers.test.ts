/** 確認済み: marks kept on a hidden sheet Shinchoku owns, honoured while their cell is unchanged. */
import { analyze, buildSummarySheets } from "../../src/core/engine";
import {
  addAnswer,
  answerIssues,
  buildAnswersSheet,
  fingerprint,
  readAnswerMarks,
  removeAnswer,
  type AnswerMark,
} from "../../src/core/judge/answers";
import type { WorkbookGrid } from "../../src/core/model/grid";
import { ReportSchema } from "../../src/core/model/schemas";
import { t } from "../../src/core/messages";
import { specToGrid } from "../../src/core/specGrid";
import { plantMistake } from "../fixtures/generate";
import { cellAt } from "../../src/core/model/grid";
import { parseA1 } from "../../src/core/model/address";
import { applyEditsToGrid } from "../support/gridEdits";

function setCell(wb: WorkbookGrid, sheet: string, cell: string, after: string): WorkbookGrid {
  const s = wb.sheets.find((x) => x.name === sheet)!;
  const { row, col } = parseA1(cell);
  const edit = { sheet, cell, before: cellAt(s, row, col), after, rule: "test", reason: { ja: "", en: "" } };
  return applyEditsToGrid(wb, [edit]).workbook;
}

const AT = "2026-05-20T09:30:00.000Z";

function withMarks(wb: WorkbookGrid, marks: AnswerMark[]): WorkbookGrid {
  const spec = buildAnswersSheet(marks, "ja");
  const others = wb.sheets.filter((s) => !wb.generatedSheets.some((g) => g.role === "answers" && g.name === s.name));
  return {
    sheets: [...others, specToGrid(spec)],
    generatedSheets: [...wb.generatedSheets.filter((g) => g.role !== "answers"), { name: spec.name, role: "answers" }],
  };
}

describe("answered findings", () => {
  const planted = plantMistake("progress-regression");
  const wb = planted.fixture.grid;
  const report = analyze(wb, { lang: "ja", source: "x.xlsx" });
  const finding = report.findings.find((f) => f.rule === "progress-regression")!;

  test("the planted finding is there before anyone answers it", () => {
    expect(finding).toBeDefined();
    expect(finding.answer).toBeUndefined();
    expect(report.totals.warnings).toBeGreaterThan(0);
  });

  test("a mark with a reason is stored on a hidden sheet, read back, shown with who and why, and not counted", () => {
    const marks = addAnswer(wb, [], finding, { reason: "施設の廃止で分母が変わったため", by: "企画課 山田", at: AT });
    const spec = buildAnswersSheet(marks, "ja");
    expect(spec.hidden).toBe(true);
    expect(spec.role).toBe("answers");
    const marked = withMarks(wb, marks);
    expect(readAnswerMarks(marked)).toEqual(marks);
    const again = analyze(marked, { lang: "ja", source: "x.xlsx" });
    expect(() => ReportSchema.parse(again)).not.toThrow();
    const f = again.findings.find((x) => x.rule === "progress-regression" && x.cell === finding.cell)!;
    expect(f.answer).toEqual({ by: "企画課 山田", reason: "施設の廃止で分母が変わったため", at: AT });
    expect(again.totals.warnings).toBe(report.totals.warnings - 1);
    expect(again.totals.answered).toBe(1);
    // The store is Shinchoku's: no measure is read from it, no finding names it.
    expect(again.measures.length).toBe(report.measures.length);
    expect(again.findings.some((x) => x.sheet === spec.name)).toBe(false);
    // 検証結果 lists it, with who and why.
    const tab = buildSummarySheets(again, { lang: "ja" }).find((s) => s.role === "findings")!;
    const row = tab.rows.find((r) => r[3]?.value === finding.cell && r[1]?.value === t("ruleTitle.progress-regression", "ja"))!;
    expect(String(row[5]?.value)).toBe("確認済み（企画課 山田: 施設の廃止で分母が変わったため）");
  });

  test("a mark whose cell changed since is void: the finding returns", () => {
    const marks = addAnswer(wb, [], finding, { reason: "確認した", by: "山田", at: AT });
    const changed = setCell(withMarks(wb, marks), finding.sheet, finding.cell, "10%");
    const again = analyze(changed, { lang: "ja", source: "x.xlsx" });
    const f = again.findings.find((x) => x.rule === "progress-regression" && x.cell === finding.cell);
    expect(f).toBeDefined();
    expect(f!.answer).toBeUndefined();
    expect(again.totals.answered).toBeUndefined();
  });

  test("a mark names one rule on one cell: another rule on the same cell still counts", () => {
    const other = { ...finding, rule: "arithmetic" };
    const marks = addAnswer(wb, [], other, { reason: "r", by: "b", at: AT });
    const again = analyze(withMarks(wb, marks), { lang: "ja", source: "x.xlsx" });
    expect(again.findings.find((x) => x.rule === "progress-regression")!.answer).toBeUndefined();
  });

  test("answering again replaces the mark; removing it brings the finding back; void marks are dropped on the next answer", () => {
    const one = addAnswer(wb, [], finding, { reason: "first", by: "a", at: AT });
    const two = addAnswer(wb, one, finding, { reason: "second", by: "b", at: AT });
    expect(two).toHaveLength(1);
    expect(two[0].reason).toBe("second");
    expect(removeAnswer(two, finding)).toEqual([]);
    const voidMark: AnswerMark = { ...two[0], cell: "A1", rule: "x", fingerprint: fingerprint("something else") };
    expect(addAnswer(wb, [voidMark], finding, { reason: "r", by: "b", at: AT }).map((m) => m.rule)).toEqual(["progress-regression"]);
  });

  test("a reason and a name are required", () => {
    expect(answerIssues({ reason: " ", by: "", at: AT })).toEqual(["reason-empty", "by-empty"]);
    expect(answerIssues({ reason: "ok", by: "me", at: AT })).toEqual([]);
  });

  test("rows a person broke by hand in the store are ignored, not fatal", () => {
    const marks = addAnswer(wb, [], finding, { reason: "r", by: "b", at: AT });
    let marked = withMarks(wb, marks);
    const store = marked.generatedSheets.find((g) => g.role === "answers")!.name;
    marked = setCell(marked, store, "D2", "garbage");
    expect(readAnswerMarks(marked)).toEqual([]);
    expect(
      analyze(marked, { lang: "en", source: "x" }).findings.find((x) => x.cell === finding.cell && x.rule === finding.rule)!.answer,
    ).toBeUndefined();
  });

  test("fingerprints tell values apart, an empty string and an empty cell alike", () => {
    expect(fingerprint("")).toBe(fingerprint(null));
    expect(fingerprint(1)).not.toBe(fingerprint("1"));
    expect(fingerprint("50%")).not.toBe(fingerprint("60%"));
  });
});
