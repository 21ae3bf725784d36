/** Fill proposes a computable 達成率 or grade left empty; it never writes a rating. */
import { proposeFill } from "../../../src/core/produce/fill";
import { analyze } from "../../../src/core/produce/report";
import { ProfileSchema } from "../../../src/core/model/profileSchema";
import { applyEditsToGrid, inverseEdits } from "../../support/gridEdits";
import { akiruno, hamamatsu, ibaraki, nagayo } from "../../fixtures/forms/offices";
import { measure } from "../../fixtures/forms/build";
import { makeSheet, makeWorkbook } from "../../../src/core/model/gridSchema";

test("an empty 達成率 beside its actual and target is proposed; a second fill proposes nothing; undo restores it", () => {
  const wb = hamamatsu().fixture.grid;
  const edits = proposeFill(wb, { lang: "ja" });
  expect(edits.map((e) => [e.sheet, e.cell, e.before, e.after, e.rule])).toEqual([["取組1", "G10", null, "35%", "kpi-achievement"]]);
  expect(edits[0].reason.en).toContain("105 against 300");
  const { workbook, result } = applyEditsToGrid(wb, edits);
  expect(result.applied).toHaveLength(1);
  expect(proposeFill(workbook, { lang: "ja" })).toEqual([]);
  const after = analyze(workbook, { source: "h", lang: "ja" });
  expect(after.findings.filter((f) => f.rule === "kpi-arithmetic")).toEqual([]);
  expect(after.measures.find((m) => m.sheet === "取組1")!.indicators[0].years[0].statedAchievement).toBe(35);
  const undone = applyEditsToGrid(workbook, inverseEdits(edits)).workbook;
  expect(analyze(undone, { source: "h", lang: "ja" })).toEqual(analyze(wb, { source: "h", lang: "ja" }));
});

test("an empty grade is proposed by the office's rule", () => {
  const rows = measure({
    title: "t",
    number: "1",
    name: "n",
    department: "d",
    ratingHeader: "自己評価",
    years: [["R3年度", null, "計画どおり進捗している。"]],
    after: [
      ["指標名", "単位", "目標値", "年度", "実績値", "達成率", "評価"],
      ["件数", "件", 200, "R3年度", 170, "85%", null],
    ],
  });
  const wb = makeWorkbook({ sheets: [makeSheet({ name: "S", values: rows })] });
  expect(proposeFill(wb, { lang: "en" }).map((e) => [e.cell, e.after, e.rule])).toEqual([["G9", "B", "kpi-grade"]]);
  const strict = ProfileSchema.parse({
    id: "strict",
    indicator: {
      grades: {
        kind: "achievement",
        grades: [
          { grade: "A", min: 110 },
          { grade: "B", min: 90 },
          { grade: "C", min: 50 },
          { grade: "D", min: null },
        ],
      },
    },
  });
  expect(proposeFill(wb, { lang: "en", profile: strict }).map((e) => [e.cell, e.after])).toEqual([["G9", "C"]]);
});

test.each([akiruno(), ibaraki(), nagayo()].map((f) => [f.name, f] as const))("%s: no rating cell is ever written", (_n, f) => {
  const edits = proposeFill(f.fixture.grid, { lang: "ja" });
  for (const e of edits) expect(e.cell.startsWith("B")).toBe(false);
});

test("an empty 進捗区分 cell in a rating column stays empty (the department rates, not Fill)", () => {
  const rows = measure({
    title: "t",
    number: "1",
    name: "n",
    department: "d",
    ratingHeader: "進捗区分",
    years: [
      ["R3年度", "順調", "計画どおり進捗している。"],
      ["R4年度", null, "遅れが生じている。"],
    ],
  });
  const wb = makeWorkbook({ sheets: [makeSheet({ name: "S", values: rows })] });
  expect(proposeFill(wb, { lang: "ja" }).filter((e) => e.cell === "B6")).toEqual([]);
});
