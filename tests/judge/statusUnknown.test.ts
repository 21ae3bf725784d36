/** The status-unknown finding says what the text lacked, in both languages, and the report keeps why. */
import { analyze } from "../../src/core/engine";
import { buildMeasureSheetSpec, type MeasureSheetInput } from "../../src/core/produce/layout";
import { specsToWorkbookGrid } from "../../src/core/specGrid";
import { ReportSchema } from "../../src/core/model/schemas";
import { SEED } from "../core/seedWorkbook";

/** The seed's first measure with the summaries of its first three years replaced. */
function reportWith(summaries: string[]) {
  const measure: MeasureSheetInput = structuredClone(SEED[0]);
  summaries.forEach((s, i) => (measure.years[i].summary = s));
  const wb = specsToWorkbookGrid([buildMeasureSheetSpec(measure)]);
  return analyze(wb, { source: "t.xlsx", lang: "ja" });
}

describe("status-unknown says what the text lacked", () => {
  const report = reportWith([
    "関係各課と打合せを行い、資料を取りまとめた。",
    "目標以上の成果が見込まれる一方、一部に課題あり。",
    "順調に推移しているか。",
  ]);
  const findings = report.findings.filter((f) => f.rule === "status-unknown");

  it("one finding per unknown year, each with its reason", () => {
    expect(findings).toHaveLength(3);
    expect(findings[0].messages.ja).toContain("進捗区分を示す表現がありません");
    expect(findings[0].messages.en).toContain("no verdict phrase");
    expect(findings[1].messages.ja).toContain("「目標以上」と「課題あり」");
    expect(findings[1].messages.en).toContain('"目標以上" and "課題あり"');
    expect(findings[2].messages.ja).toContain("疑問・依頼・仮定");
    expect(findings[2].messages.en).toContain("question, a request or a hypothesis");
  });

  it("the report carries the reason and, for a decided status, the opposite phrase", () => {
    const years = report.measures[0].years;
    expect(years.slice(0, 3).map((y) => y.statusReason)).toEqual(["no-verdict", "opposite", "not-asserted"]);
    const mixed = reportWith(["計画通り進捗している。一方で、研修の開催に遅れが生じている。"]).measures[0].years[0];
    expect(mixed).toMatchObject({
      status: "delayed",
      statusPhrase: "遅れが生じている",
      statusOpposite: "計画通り進捗している",
      statusReason: null,
    });
    expect(() => ReportSchema.parse(report)).not.toThrow();
  });

  it("a report written before these keys still parses", () => {
    const old = structuredClone(report);
    for (const m of old.measures)
      for (const y of m.years) {
        delete y.statusOpposite;
        delete y.statusReason;
      }
    expect(() => ReportSchema.parse(old)).not.toThrow();
  });
});
