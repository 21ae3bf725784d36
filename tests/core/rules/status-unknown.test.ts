import { statusUnknown } from "../../../src/core/rules/statusUnknown";
import { M, measurePlan, ruleTester } from "../../support/ruleTester";

ruleTester(statusUnknown, {
  valid: [
    { name: "the clean plan", workbook: measurePlan() },
    {
      name: "near miss: a delay and a negated plan are statuses too",
      workbook: measurePlan((m) => {
        m[M.count].years[2].summary = "事業者との調整に時間を要し、遅延が生じている。";
        m[M.count].years[3].summary = "計画通り進捗できておらず、目標達成が困難である。";
      }),
    },
    {
      name: "near miss: an empty summary in a future year",
      workbook: measurePlan((m) => {
        Object.assign(m[M.ratio].years[4], { plan: "", build: "", operation: "", summary: "", workRaw: "", effect: "" });
      }),
    },
  ],
  invalid: [
    {
      name: "a summary with no verdict",
      workbook: measurePlan((m) => {
        m[M.count].years[2].summary = "関係各課と打合せを行い、資料を取りまとめた。";
      }),
      findings: [{ sheet: "②-01", cell: "E11", messageKey: "rule.status-unknown", params: { label: "H30年度" } }],
    },
    {
      name: "two sheets, one of them with a summary of work only",
      workbook: measurePlan((m) => {
        m[M.percent].years[0].summary = "検討中。";
        m[M.money].years[3].summary = "仕様書を作成した。";
      }),
      findings: [
        { sheet: "①-01", cell: "E9", messageKey: "rule.status-unknown" },
        { sheet: "①-03", cell: "E12", messageKey: "rule.status-unknown", params: { label: "R1年度" } },
      ],
    },
    {
      name: "weak verdicts pointing both ways: both phrases are quoted",
      workbook: measurePlan((m) => {
        m[M.count].years[2].summary = "目標以上の成果が見込まれる一方、一部に課題あり。";
      }),
      findings: [
        {
          sheet: "②-01",
          cell: "E11",
          messageKey: "rule.status-unknown.opposite",
          params: { label: "H30年度", positive: "目標以上", negative: "課題あり" },
        },
      ],
    },
    {
      name: "a verdict only inside a question",
      workbook: measurePlan((m) => {
        m[M.count].years[2].summary = "計画どおり進んでいるのか、伺います。";
      }),
      findings: [{ sheet: "②-01", cell: "E11", messageKey: "rule.status-unknown.not-asserted", params: { label: "H30年度" } }],
    },
  ],
});
