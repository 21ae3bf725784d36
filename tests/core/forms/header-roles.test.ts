/**
 * A header the reader does not know, given a role by a person (the 様式 panel): listed with its cell, then
 * saved as a spelling in the office's profile, after which the reader places that column.
 */
import { analyzeWorkbook } from "../../../src/core/produce/report";
import { describeForm, withLabels, withMeanings } from "../../../src/core/produce/formDescription";
import { parseProfile } from "../../../src/core/model/profileSchema";
import { workbookOf } from "../../fixtures/forms/build";
import { unknownHeaderRows } from "../../fixtures/forms/unknownHeaders";
import { officeForms } from "../../fixtures/forms/offices";
import { seedWorkbook } from "../seedWorkbook";

/** The rating form with its rating column headed 所管評価, a spelling no built-in list has. */
function unknownHeaderWorkbook() {
  const rows = unknownHeaderRows([
    ["指標名", "目標値", "年度", "実績数値", "評価"],
    ["キャッシュレス決済率", "50%", "R4年度", "20%", "A"],
  ]);
  return workbookOf({ "2-1": rows });
}

test("an unknown rating header and an unknown indicator header are listed with their cells", () => {
  const form = describeForm(unknownHeaderWorkbook(), null);
  expect(form.headers).toEqual([
    { sheet: "2-1", cell: "B4", text: "所管評価", table: "years" },
    { sheet: "2-1", cell: "D9", text: "実績数値", table: "indicators" },
  ]);
  expect(form.values).toEqual([]);
});

test("a missing label is listed with the cell where it was expected", () => {
  const wb = unknownHeaderWorkbook();
  wb.sheets[0].values[1][3] = "所管部署";
  const form = describeForm(wb, null);
  expect(form.missing).toContainEqual({ sheet: "2-1", cell: expect.any(String), field: "department" });
  const profile = withLabels(form.profile, { 所管部署: "department" });
  const { report } = analyzeWorkbook(wb, { source: "", lang: "ja", profile });
  expect(report.measures[0].department).toBe("市民課");
  expect(report.findings.filter((f) => f.message.includes("担当部署"))).toEqual([]);
  expect(describeForm(wb, profile).missing.map((x) => x.field)).not.toContain("department");
});

test("given their roles, the column is read: ratings, the conflict with the text, the indicator's actual", () => {
  const wb = unknownHeaderWorkbook();
  const before = analyzeWorkbook(wb, { source: "", lang: "ja" });
  expect(before.report.measures[0].years.map((y) => y.rating)).toEqual([null, null]);
  expect(before.report.findings.some((f) => f.rule === "rating-text-conflict")).toBe(false);

  const profile = withLabels(describeForm(wb, null).profile, { 所管評価: "rating", 実績数値: "actual" });
  expect(profile.id).toBe("office");
  expect(profile.labels).toEqual({ rating: ["所管評価"], actual: ["実績数値"] });
  // What is saved in the workbook reads back as the same profile.
  expect(parseProfile(JSON.parse(JSON.stringify(profile)))).toEqual({ ok: true, profile });

  const after = analyzeWorkbook(wb, { source: "", lang: "ja", profile });
  const m = after.report.measures[0];
  expect(m.years.map((y) => [y.rating, y.ratingStatus])).toEqual([
    ["順調", "on_track"],
    ["順調", "on_track"],
  ]);
  expect(after.report.findings.filter((f) => f.rule === "rating-text-conflict").map((f) => f.cell)).toEqual(["B6"]);
  // The office's own spelling is no variant to report.
  expect(after.report.findings.some((f) => f.rule === "label-variant" && f.cell === "B4")).toBe(false);
  expect(m.indicators[0].years[0]).toMatchObject({ actual: 20, achievement: 40 });
  expect(describeForm(wb, profile).headers).toEqual([]);
});

test("roles and meanings together; a text given a new role moves; indicator 指標名 is 'indicator', not the measure's name", () => {
  const base = withMeanings(describeForm(unknownHeaderWorkbook(), null).profile, { E: "at_risk" });
  const once = withLabels(base, { 所管評価: "status" });
  const twice = withLabels(once, { 所管評価: "rating", 取組名: "indicator" });
  expect(twice.labels).toEqual({ rating: ["所管評価"], indicator: ["取組名"] });
  expect(twice.scale).toEqual([{ value: "E", status: "at_risk" }]);
});

test("the seed's form and the offices' forms list no header but a remarks column", () => {
  expect(describeForm(seedWorkbook(), null).headers).toEqual([]);
  for (const f of officeForms())
    expect(
      describeForm(f.fixture.grid, null)
        .headers.filter((h) => h.text !== "備考")
        .map((h) => `${f.name} ${h.text}`),
    ).toEqual([]);
});
