/** The sample plan, read as a careful reader would (issue "Done when" for the engine). */
import { analyze } from "../../src/core/engine";
import { ReportSchema, type Report } from "../../src/core/model/schemas";
import { seedWorkbook, SEED } from "./seedWorkbook";

let report: Report;
beforeAll(() => {
  report = analyze(seedWorkbook(), { source: "sodegaura-2016.xlsx", lang: "ja" });
});

const measure = (n: string) => report.measures.find((m) => m.number === n)!;
const year = (n: string, label: string) => measure(n).years.find((y) => y.label.replace(/\s/g, "") === label)!;
const findings = (rule: string) => report.findings.filter((f) => f.rule === rule);

test("the report passes its schema", () => {
  expect(() => ReportSchema.parse(report)).not.toThrow();
  expect(report.schemaVersion).toBe(1);
  expect(report.source).toBe("sodegaura-2016.xlsx");
});

test("14 measures and 70 year rows, numbers taken from the original text", () => {
  expect(report.measures).toHaveLength(14);
  expect(report.measures.reduce((n, m) => n + m.years.length, 0)).toBe(70);
  expect(report.measures.map((m) => m.number)).toEqual(SEED.map((s) => s.number));
  expect(measure("①-01").years[0]).toMatchObject({ label: "H28年度", fiscalYear: 2016, cell: "A9" });
  expect(measure("④-01").years[0].label).toBe("H 28年度");
});

test("every year's fiscal year as the seed gives it", () => {
  for (const s of SEED)
    for (const [i, y] of s.years.entries()) expect(measure(s.number).years[i].fiscalYear).toBe((y as { fiscalYear: number }).fiscalYear);
});

test("statuses a careful reader gives", () => {
  expect(year("①-01", "R1年度").status).toBe("at_risk");
  expect(year("①-01", "R2年度").status).toBe("achieved");
  expect(year("①-03", "H29年度").status).toBe("delayed");
  expect(year("①-03", "H30年度").status).toBe("on_track");
  expect(year("④-01", "H29年度").status).toBe("delayed");
  expect(year("①-02", "H29年度").status).toBe("ahead");
  for (const l of ["H29年度", "H30年度", "R1年度", "R2年度"]) expect(year("②-07", l).status).toBe("not_evaluated");
  for (const m of report.measures) expect(m.years[0].status).toBe("on_track");
  expect(year("①-01", "R1年度").statusPhrase).toContain("困難");
});

test("no error findings on the sample", () => {
  expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
  expect(report.totals.errors).toBe(0);
});

test("the H28 boilerplate is flagged on all 14 sheets", () => {
  const b = findings("boilerplate-summary");
  expect(new Set(b.map((f) => f.sheet)).size).toBe(14);
  expect(b.every((f) => /^E9$/.test(f.cell))).toBe(true);
});

test("①-01 R2 over-100, ②-02 H30 dash-after-progress", () => {
  expect(findings("over-100")).toEqual([expect.objectContaining({ sheet: "①-01", cell: "G13", severity: "warning" })]);
  expect(findings("dash-after-progress")).toEqual([expect.objectContaining({ sheet: "②-02", cell: "G11" })]);
});

test("all 30 HTML cells and every H32", () => {
  expect(findings("html-markup")).toHaveLength(30);
  const era = findings("era-out-of-range").map((f) => `${f.sheet}!${f.cell}`);
  // ②-02 H29 summary, ②-03 overview and activity target, ④-01 H29 summary.
  expect(era.sort()).toEqual(["②-02!E10", "②-03!B5", "②-03!B15", "④-01!E10"].sort());
});

test("label variants: ②-05's missing effect header and ④-01's H 28年度", () => {
  const lv = findings("label-variant");
  expect(lv).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ sheet: "②-05", cell: "G8" }),
      expect.objectContaining({ sheet: "④-01", cell: "A9" }),
    ]),
  );
  expect(lv.every((f) => f.severity === "info")).toBe(true);
});

test("progress 14 / 43 / 43 / 100 for ①-01 H29–R2, the uncapped value kept", () => {
  expect(
    measure("①-01")
      .years.slice(1)
      .map((y) => y.progress),
  ).toEqual([14, 43, 43, 100]);
  const r2 = year("①-01", "R2年度");
  expect(r2.progressRaw).toBeCloseTo((15 / 7) * 100, 5);
  expect(measure("①-01").latestProgress).toBe(100);
});

test("delayed and delayed now", () => {
  const delayed = report.measures.filter((m) => m.delayed).map((m) => m.number);
  expect(delayed.sort()).toEqual(["①-01", "①-03", "④-01"]);
  expect(report.totals.delayed).toBe(3);
  expect(report.totals.delayedNow).toBe(0);
  expect(measure("②-07").notEvaluated).toBe(true);
});

test("every finding points inside its sheet, messages in both languages", () => {
  for (const f of report.findings) {
    expect(f.cell).toMatch(/^[A-Z]+[0-9]+$/);
    expect(f.messages.ja.length).toBeGreaterThan(0);
    expect(f.messages.en.length).toBeGreaterThan(0);
    expect(f.message).toBe(f.messages.ja);
    expect(f.messages.en).not.toMatch(/\{\w+\}/);
    expect(f.messages.ja).not.toMatch(/\{\w+\}/);
  }
});
