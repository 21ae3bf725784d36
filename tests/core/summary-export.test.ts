import { analyze, buildSummarySheets, exportData } from "../../src/core/engine";
import { exportSheet, neutralizeCsvText } from "../../src/core/produce/export";
import { SheetSpecSchema } from "../../src/core/model/sheetSpec";
import { seedWorkbook } from "./seedWorkbook";

const report = analyze(seedWorkbook(), { source: "sodegaura-2016.xlsx", lang: "ja" });

describe("summary tabs as data", () => {
  const specs = buildSummarySheets(report, { lang: "ja" });
  const byRole = Object.fromEntries(specs.map((s) => [s.role, s]));

  test("five tabs with their Japanese names, valid specs", () => {
    expect(specs.map((s) => s.name)).toEqual(["進捗一覧", "遅延施策", "担当課別", "年度別", "検証結果"]);
    for (const s of specs) expect(() => SheetSpecSchema.parse(s)).not.toThrow();
    expect(buildSummarySheets(report, { lang: "en" }).map((s) => s.name)).toEqual([
      "Overview",
      "Delayed",
      "By department",
      "By year",
      "Findings",
    ]);
    expect(buildSummarySheets(report, { lang: "ja", names: { overview: "一覧2020" } })[0].name).toBe("一覧2020");
  });

  test("overview: a row per measure, linked, one column per fiscal year, a table, colours and a data bar", () => {
    const o = byRole.overview;
    expect(o.rows).toHaveLength(15);
    expect(o.rows[0].map((c) => c?.value)).toEqual([
      "施策番号",
      "施策名",
      "担当部署",
      "H28年度",
      "H29年度",
      "H30年度",
      "R1年度",
      "R2年度",
      "最新進捗率",
      "遅延あり",
      "現在遅延",
      "指摘数",
    ]);
    expect(o.rows[1][0]).toMatchObject({ value: "①-01", link: { sheet: "①-01", cell: "A1" } });
    expect(o.rows[1][6]?.value).toBe("× 困難");
    expect(o.rows[1][8]).toMatchObject({ value: 1, numFmt: "0%" });
    expect(o.tables[0]).toMatchObject({ ref: "A1", rows: 14 });
    expect(o.freeze).toEqual({ rows: 1, cols: 1 });
    expect(o.conditionalFormats.some((c) => c.type === "dataBar" && c.ref === "I2:I15")).toBe(true);
    expect(o.conditionalFormats.filter((c) => c.type === "textContains" && c.ref === "D2:H15")).toHaveLength(7);
  });

  test("delayed: a row per delayed or at-risk year, with the deciding phrase and the full summary", () => {
    const d = byRole.delayed;
    expect(d.rows.slice(1).map((r) => [r[0]?.value, r[2]?.value, r[3]?.value])).toEqual([
      ["①-01", "R1年度", "× 困難"],
      ["①-03", "H29年度", "△ 遅延"],
      ["④-01", "H 29年度", "△ 遅延"],
    ]);
    expect(String(d.rows[1][5]?.value)).toContain("目標達成が困難");
    expect(d.rows[2][0]?.link).toEqual({ sheet: "①-03", cell: "A10" });
  });

  test("by department: a cell naming several departments counts for each", () => {
    const rows = byRole.byDepartment.rows.slice(1).map((r) => [r[0]?.value, r[1]?.value]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ["企画課", 1],
        ["各施設所管課", 1],
        ["行政管理課", 10],
      ]),
    );
  });

  test("by year: counts per status add up to the measures reporting that year, with a chart", () => {
    const y = byRole.byYear;
    expect(y.rows).toHaveLength(6);
    for (const r of y.rows.slice(1)) expect(r[r.length - 1]?.value).toBe(14);
    expect(y.rows[1].slice(1, 3).map((c) => c?.value)).toEqual([0, 14]);
    expect(y.charts).toHaveLength(1);
  });

  test("findings: every finding with a link to its cell", () => {
    const f = byRole.findings;
    expect(f.rows.length - 1).toBe(report.findings.length);
    expect(f.rows[1][3]?.link).toEqual({ sheet: report.findings[0].sheet, cell: report.findings[0].cell });
  });
});

describe("export", () => {
  test("CSV: UTF-8 BOM, CRLF, a row per measure-year, quoting", () => {
    const csv = exportData(report, "csv");
    expect(csv.startsWith("\uFEFFsheet,number,name,")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines).toHaveLength(71);
    expect(
      lines[1].startsWith("①-01,①-01,市内公共施設等におけるWi-Fi設備の導入,企画課・各施設所管課,2016,H28年度,試験導入の検討,,,on_track,"),
    ).toBe(true);
  });

  test("every cell of the year row is exported: 計画・設計, 開発・構築, 運用 and 作業内容 too", () => {
    const j = JSON.parse(exportData(report, "json"));
    expect(j.columns).toEqual(expect.arrayContaining(["plan", "build", "operation", "work"]));
    expect(j.rows[0]).toMatchObject({ plan: "試験導入の検討", build: "", operation: "" });
    expect(j.rows[0].work).toContain("袖ケ浦バスターミナルへ試験導入する方針を決定");
  });

  test("CSV in Japanese: Japanese headers and status labels; JSON keeps its codes", () => {
    const csv = exportData(report, "csv", { lang: "ja" });
    expect(csv.startsWith("\uFEFFシート,施策番号,施策名,担当部署,年度（西暦）,年度,計画・設計,開発・構築,運用,進捗区分,")).toBe(true);
    const line = csv.slice(1).split("\r\n")[1];
    expect(line).toContain(",○ 計画通り,");
    expect(line).not.toContain("on_track");
    // The seed's columns end with the two flags; the rating and indicator columns after them are empty but for the text's status.
    expect(line).toContain(",はい,いいえ,,,○ 計画通り,");
    expect(JSON.parse(exportData(report, "json", { lang: "ja" })).rows[0].status).toBe("on_track");
    expect(exportData(report, "csv", { lang: "en" }).startsWith("\uFEFFSheet,Measure number,")).toBe(true);
  });

  test("the export as a sheet: Japanese headers, a row per measure-year, an export role (a re-export replaces it)", () => {
    const spec = exportSheet(report, "ja");
    expect(spec).toMatchObject({ name: "書き出し", role: "export", freeze: { rows: 1, cols: 0 } });
    expect(spec.rows).toHaveLength(71);
    expect(spec.rows[0].slice(0, 3).map((c) => c?.value)).toEqual(["シート", "施策番号", "施策名"]);
    expect(spec.rows[1][9]?.value).toBe("○ 計画通り");
  });

  test("JSON: the same rows", () => {
    const j = JSON.parse(exportData(report, "json"));
    expect(j.rows).toHaveLength(70);
    expect(j.rows[4]).toMatchObject({ number: "①-01", fiscalYear: 2020, progress: 100, status: "achieved" });
  });

  test("formula-looking text is neutralised; a lone dash stays", () => {
    expect(neutralizeCsvText('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    for (const s of ["+1", "-1+1", "@SUM(A1)", "\tx", "\rx"]) expect(neutralizeCsvText(s)).toBe("'" + s);
    expect(neutralizeCsvText("-")).toBe("-");
    expect(neutralizeCsvText("計画通り")).toBe("計画通り");
  });

  test("a measure-year whose effect is '=1+1' exports neutralised", () => {
    const r = structuredClone(report);
    r.measures[0].years[0].effect = "=1+1";
    expect(exportData(r, "csv")).toContain(",'=1+1,");
  });
});
