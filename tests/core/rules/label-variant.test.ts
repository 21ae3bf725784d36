import { labelVariant } from "../../../src/core/rules/labelVariant";
import { M, measurePlan, ruleTester } from "../../support/ruleTester";
import { workbookOf } from "../../fixtures/forms/build";
import { placeCells } from "../../fixtures/fixture";

ruleTester(labelVariant, {
  valid: [
    { name: "the clean plan", workbook: measurePlan() },
    {
      name: "near miss: canonical labels padded with spaces",
      workbook: measurePlan(undefined, (_, i) => (i === M.fraction ? { labels: { name: " 施策名 ", activityTarget: "活動目標　" } } : {})),
    },
    {
      name: "another office's form (a rating column): its headers 担当課, 年度, 進捗状況 are its own, not variants",
      workbook: () =>
        workbookOf({
          "1-1": [
            ["○○市総合計画 進捗管理シート"],
            ["施策番号", "1-1", null, "担当課", "企画課"],
            ["施策名", "窓口の電子化"],
            ["年度", "評価", "進捗状況"],
            ["R2年度", "順調", "計画どおり進捗している。"],
            ["R3年度", "概ね順調", "おおむね計画どおり進捗している。"],
            ["活動目標", "電子申請を拡充する"],
          ],
        }),
    },
  ],
  invalid: [
    {
      name: "事業名 for 施策名 and 担当課 for 担当部署",
      workbook: measurePlan(undefined, (_, i) => (i === M.fraction ? { labels: { name: "事業名", department: "担当課" } } : {})),
      findings: [
        { sheet: "①-02", cell: "A4", messageKey: "rule.label-variant", params: { text: "事業名", canonical: "施策名" } },
        { sheet: "①-02", cell: "D3", messageKey: "rule.label-variant", params: { canonical: "担当部署" } },
      ],
    },
    {
      name: "a trailing colon is a variant spelling too",
      workbook: measurePlan(undefined, (_, i) => (i === M.ratio ? { labels: { number: "施策番号：" } } : {})),
      findings: [{ sheet: "①-04", cell: "A3", messageKey: "rule.label-variant", params: { text: "施策番号：" } }],
    },
    {
      name: "the effect header left out",
      workbook: measurePlan((m) => {
        m[M.percent].effectHeaderRaw = null;
      }),
      findings: [{ sheet: "①-01", cell: "G8", messageKey: "rule.label-variant.missing", params: { canonical: "効果（額）" } }],
    },
    {
      name: "year labels H 28年度 and 平成29年度",
      workbook: measurePlan((m) => {
        m[M.count].years[0].labelRaw = "H 28年度";
        m[M.count].years[1].labelRaw = "平成29年度";
      }),
      findings: [
        { sheet: "②-01", cell: "A9", messageKey: "rule.label-variant.year", params: { canonical: "H28年度" } },
        { sheet: "②-01", cell: "A10", messageKey: "rule.label-variant.year", params: { canonical: "H29年度" } },
      ],
    },
    {
      name: "a year label typed as a date (2016/4/1 shown as 平成28年度) is named by its day, not by its serial",
      workbook: measurePlan(
        undefined,
        {},
        {
          decorate: (spec, _, i) =>
            i === M.count ? placeCells(spec, [{ row: 8, col: 0, value: 42461, style: { numFmt: 'ggge"年度"' } }]) : spec,
        },
      ),
      findings: [{ sheet: "②-01", cell: "A9", messageKey: "rule.label-variant.year", params: { text: "2016/4/1", canonical: "H28年度" } }],
    },
  ],
});
