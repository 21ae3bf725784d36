/** The seed's report is what it was, plus the new keys: rating null, ratingStatus null, textStatus = status, indicators []. */
import { analyzeWorkbook } from "../../../src/core/produce/report";
import { classifyStatus } from "../../../src/core/judge/status";
import { seedWorkbook } from "../seedWorkbook";
import { NEW_RULES } from "../../fixtures/forms/build";

const YEAR_KEYS = [
  "label",
  "fiscalYear",
  "cell",
  "status",
  "statusPhrase",
  "summary",
  "effect",
  "effectCell",
  "effectKind",
  "progress",
  "progressRaw",
  "statusOpposite",
  "statusReason",
  "plan",
  "build",
  "operation",
  "work",
];
const MEASURE_KEYS = [
  "sheet",
  "number",
  "name",
  "department",
  "departments",
  "activityTarget",
  "years",
  "latestProgress",
  "delayed",
  "delayedNow",
  "notEvaluated",
  // Where the measure's number stands (the coordinating office's cross-file duplicate finding points at it).
  "numberCell",
];

test("read with the seed's profile; every year's status is its text's, with the new keys empty", () => {
  const { report, forms } = analyzeWorkbook(seedWorkbook(), { source: "sodegaura-2016.xlsx", lang: "ja" });
  expect(forms.profile.id).toBe("seed");
  expect(forms.indicatorSheets).toEqual([]);
  for (const m of report.measures) {
    expect(Object.keys(m).sort()).toEqual([...MEASURE_KEYS, "indicators"].sort());
    expect(m.indicators).toEqual([]);
    let merged = false;
    for (const y of m.years) {
      expect(Object.keys(y).sort()).toEqual([...YEAR_KEYS, "rating", "ratingStatus", "textStatus"].sort());
      expect(y.rating).toBeNull();
      expect(y.ratingStatus).toBeNull();
      expect(y.textStatus).toBe(y.status);
      // The status as it was computed before ratings existed: the summary's, empty after a merge not evaluated.
      const { status, phrase } = classifyStatus(y.summary);
      const before = status === null && merged ? "not_evaluated" : status;
      if (before === "not_evaluated") merged = true;
      expect(y.status).toBe(before);
      expect(y.statusPhrase).toBe(phrase);
    }
  }
  expect(report.findings.filter((f) => NEW_RULES.includes(f.rule))).toEqual([]);
});
