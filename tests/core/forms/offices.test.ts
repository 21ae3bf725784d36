/**
 * Every office's form is read as published: measures, years, ratings and statuses, indicators and
 * achievements; every planted mistake is found on its cell, and clean measures raise no new-rule finding.
 * Each workbook is read both with the office's profile (where it has one) and through ExcelJS, as a file.
 */
import { analyzeWorkbook } from "../../../src/core/produce/report";
import { parseProfile, type Profile } from "../../../src/core/model/profileSchema";
import { workbookToGrid } from "../../support/exceljs";
import { officeForms } from "../../fixtures/forms/offices";
import { NEW_RULES, type FormFixture } from "../../fixtures/forms/build";

function profileOf(f: FormFixture): Profile | null {
  if (!f.profile) return null;
  const p = parseProfile(f.profile);
  if (!p.ok) throw new Error(p.issues.join("; "));
  return p.profile;
}

describe.each(officeForms().map((f) => [f.name, f] as const))("%s", (_name, f) => {
  const run = (grid = f.fixture.grid) => analyzeWorkbook(grid, { source: f.name, lang: "ja", profile: profileOf(f) });

  test("the form is told from its labels", () => {
    const detected = analyzeWorkbook(f.fixture.grid, { source: f.name, lang: "ja" });
    expect(detected.forms.profile.id).toBe(f.detectedAs);
    expect(detected.forms.detected).toBe(true);
    if (f.profile) expect(run().forms).toMatchObject({ detected: false, profile: { id: f.profile.id } });
  });

  test("years: rating, rating status, text status, status", () => {
    const { report } = run();
    expect(report.measures.map((m) => m.sheet).sort()).toEqual(Object.keys(f.years).sort());
    for (const m of report.measures)
      expect(
        m.years.map((y) => ({
          label: y.label,
          rating: y.rating,
          ratingStatus: y.ratingStatus,
          textStatus: y.textStatus,
          status: y.status,
        })),
      ).toEqual(f.years[m.sheet]);
  });

  test("indicators: target, actual, achievement and grade by year", () => {
    const { report } = run();
    for (const m of report.measures) {
      const expected = f.indicators[m.sheet] ?? [];
      expect(m.indicators.map((i) => i.name)).toEqual(expected.map((e) => e.name));
      m.indicators.forEach((ind, k) => {
        const e = expected[k];
        if (e.direction) expect(ind.direction).toBe(e.direction);
        const got = Object.fromEntries(ind.years.map((y) => [y.fiscalYear, [y.target, y.actual, y.achievement, y.grade]]));
        expect(got).toEqual(Object.fromEntries(Object.entries(e.years).map(([k2, v]) => [Number(k2), v])));
      });
    }
  });

  test("every planted mistake on its cell, nothing else of the new rules", () => {
    const { report } = run();
    const got = report.findings.filter((x) => NEW_RULES.includes(x.rule)).map((x) => [x.rule, x.sheet, x.cell]);
    expect(got.sort()).toEqual([...f.findings].sort());
    for (const s of f.clean) expect(got.filter(([, sheet]) => sheet === s)).toEqual([]);
    for (const x of report.findings.filter((x) => NEW_RULES.includes(x.rule))) {
      expect(x.messages.ja).not.toMatch(/\{\w+\}/);
      expect(x.messages.en).not.toMatch(/\{\w+\}/);
    }
  });

  test("the same through an .xlsx workbook (ExcelJS)", () => {
    const fromFile = run(workbookToGrid(f.fixture.workbook()));
    const fromGrid = run();
    expect(fromFile.report.findings.filter((x) => NEW_RULES.includes(x.rule))).toEqual(
      fromGrid.report.findings.filter((x) => NEW_RULES.includes(x.rule)),
    );
    expect(fromFile.report.measures.map((m) => m.indicators)).toEqual(fromGrid.report.measures.map((m) => m.indicators));
  });
});

test("at least six offices, and every new rule planted somewhere", () => {
  const forms = officeForms();
  expect(forms.length).toBeGreaterThanOrEqual(6);
  const planted = new Set(forms.flatMap((f) => f.findings.map(([rule]) => rule)));
  for (const r of NEW_RULES) expect(planted).toContain(r);
});
