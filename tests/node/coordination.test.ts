/** The coordinating office's command line on real .xlsx files: check DIR, summary FILE… --roster, compare, 確認済み. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { run } from "../support/runCli";
import { ReportSchema } from "../../src/core/model/schemas";
import { addAnswer, buildAnswersSheet } from "../../src/core/judge/answers";
import { loadWorkbookFromBuffer, workbookToBuffer, workbookToGrid, writeSheetsToWorkbook, applyEditsToWorkbook } from "../support/exceljs";
import { analyze } from "../../src/core/engine";
import {
  DEPARTMENT_FILES,
  MISSING_DEPARTMENT,
  RATING_FORM_DEPARTMENT,
  departmentFixtures,
  writeCoordinationFixtures,
  yearPair,
} from "../fixtures/coordination";

// Eight workbooks are written before the tests and each test reads several: a busy machine needs more than 5 s.
jest.setTimeout(60_000);

let dir: string;
let paths: Awaited<ReturnType<typeof writeCoordinationFixtures>>;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "shinchoku-coord-"));
  paths = await writeCoordinationFixtures(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("check DIR", () => {
  test("a report per file and in total; the duplicate 施策番号 is an error on its cell in the later file, nothing elsewhere", async () => {
    const r = await run("check", paths.departments, "--json");
    expect(r.err).toBe("");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.files.map((f: { source: string }) => f.source)).toEqual(DEPARTMENT_FILES.map((d) => d.file));
    const expected = departmentFixtures().expected;
    for (const f of json.files) {
      expect(() => ReportSchema.parse(f.report)).not.toThrow();
      expect(f.departments).toEqual([DEPARTMENT_FILES.find((d) => d.file === f.source)!.department]);
      expect(f.savedAt).toBe("2026-05-20T09:30:00.000Z");
      // Each file is read with its own form: 教育総務課 keeps a 評価 column.
      expect(f.profile.id).toBe(f.source === DEPARTMENT_FILES[RATING_FORM_DEPARTMENT].file ? "rating" : "seed");
      const got = f.report.findings.map((x: { rule: string; sheet: string; cell: string }) => ({
        rule: x.rule,
        sheet: x.sheet,
        cell: x.cell,
      }));
      expect(got).toEqual(expected[f.source].map(({ rule, sheet, cell }) => ({ rule, sheet, cell })));
    }
    const dup = json.files[3].report.findings[0];
    expect(dup.messages.ja).toContain("02_総務課.xlsx");
    expect(json.totals).toEqual({ files: 6, unreadable: 0, measures: 18, errors: 1, warnings: 0, infos: 0, answered: 0 });
  });

  test("text output: each file's line and the total; FILE… works as DIR does", async () => {
    const files = readdirSync(paths.departments)
      .filter((n) => n.endsWith(".xlsx"))
      .map((n) => join(paths.departments, n));
    const r = await run("check", ...files.slice(0, 2), "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toContain("01_情報政策課.xlsx: departments 情報政策課, 3 measures, 0 errors");
    expect(r.out).toContain("0 notes, form progress-summary form");
    const rated = await run("check", files[0], join(paths.departments, DEPARTMENT_FILES[RATING_FORM_DEPARTMENT].file));
    expect(rated.out).toContain("06_教育総務課.xlsx: 部署 教育総務課、施策 3 件、エラー 0、警告 0、情報 0、様式 評価欄つきの様式");
    expect(r.out).toContain("Total: 2 files (0 unreadable), 6 measures, 0 errors");
  });

  test("a file that cannot be read is reported and the others still checked: exit 2", async () => {
    const bad = join(dir, "with-bad");
    mkdirSync(bad);
    writeFileSync(join(bad, "a.xlsx"), readFileSync(join(paths.departments, DEPARTMENT_FILES[0].file)));
    writeFileSync(join(bad, "b.xlsx"), "not a workbook");
    const r = await run("check", bad);
    expect(r.code).toBe(2);
    expect(r.err).toContain("b.xlsx: 読み込めません");
    expect(r.out).toContain("合計: ファイル 2（読込不可 1）、施策 3 件");
  });

  test("a folder without workbooks is a clear error", async () => {
    const empty = join(dir, "empty");
    mkdirSync(empty);
    const r = await run("check", empty, "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err).toContain("holds no .xlsx / .xlsm file");
    expect(r.err).not.toMatch(/\bat \w+ \(/);
  });
});

describe("summary FILE… -o OUT --roster", () => {
  test("one workbook: every measure sheet, the summary tabs, 取込一覧 and 提出状況 with the missing department", async () => {
    const out = join(dir, "combined.xlsx");
    const r = await run("summary", paths.departments, "-o", out, "--roster", paths.roster);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain(`未提出: ${MISSING_DEPARTMENT}`);
    const wb = await loadWorkbookFromBuffer(readFileSync(out));
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(0, 7)).toEqual(["提出状況", "進捗一覧", "遅延施策", "担当課別", "年度別", "検証結果", "取込一覧"]);
    // 18 measure sheets; 防災安全課's ②-02 took a unique name.
    expect(names.slice(7)).toHaveLength(18);
    expect(names).toContain("②-02 (2)");
    const grid = workbookToGrid(wb);
    const report = analyze(grid, { lang: "ja", source: "combined.xlsx" });
    expect(report.totals.measures).toBe(18);
    const dup = report.findings.filter((f) => f.rule === "duplicate-number");
    expect(dup.map((f) => f.sheet)).toEqual(["②-02 (2)"]);
    const sub = grid.sheets.find((s) => s.name === "提出状況")!;
    const rows = sub.values.map((r) => r.map((v) => (v === null ? "" : String(v))));
    expect(rows.find((x) => x[0] === MISSING_DEPARTMENT)![1]).toBe("未提出");
    expect(rows.find((x) => x[0] === "総務課")!.slice(1, 5)).toEqual(["提出済み", "02_総務課.xlsx", "総務課", "2026-05-20 09:30 UTC"]);
    const sources = grid.sheets.find((s) => s.name === "取込一覧")!;
    const src = sources.values.find((x) => x[0] === "②-02 (2)")!;
    expect(src[4]).toBe("04_防災安全課.xlsx");
    expect(src[5]).toBe("②-02");
    // The copied sheet reads as its source did: same cells, same report but for the sheet name.
    const original = analyze(departmentFixtures().files[3].fixture.grid, { lang: "ja", source: "x" }).measures[2];
    const copied = report.measures.find((m) => m.sheet === "②-02 (2)")!;
    expect({ ...copied, sheet: original.sheet }).toEqual(original);
  });

  test("a department's 確認済み mark travels into the combined workbook, on its renamed sheet", async () => {
    const dept = departmentFixtures().files[3];
    const wb = dept.fixture.workbook();
    const grid = workbookToGrid(wb);
    const dupFinding = {
      rule: "duplicate-number",
      severity: "error" as const,
      sheet: "②-02",
      cell: "B3",
      message: "",
      messages: { ja: "", en: "" },
    };
    writeSheetsToWorkbook(wb, [
      buildAnswersSheet(
        addAnswer(grid, [], dupFinding, {
          reason: "総務課と調整済み（来年度に番号変更）",
          by: "防災安全課 佐藤",
          at: "2026-05-19T00:00:00.000Z",
        }),
        "ja",
      ),
    ]);
    const folder = join(dir, "with-answer");
    mkdirSync(folder);
    writeFileSync(join(folder, DEPARTMENT_FILES[1].file), readFileSync(join(paths.departments, DEPARTMENT_FILES[1].file)));
    writeFileSync(join(folder, dept.file), await workbookToBuffer(wb));
    const out = join(dir, "combined-answered.xlsx");
    const r = await run("summary", folder, "-o", out);
    expect(r.code).toBe(0);
    const report = analyze(workbookToGrid(await loadWorkbookFromBuffer(readFileSync(out))), { lang: "ja", source: "c" });
    const dup = report.findings.find((f) => f.rule === "duplicate-number")!;
    expect(dup.sheet).toBe("②-02 (2)");
    expect(dup.answer?.by).toBe("防災安全課 佐藤");
    expect(report.totals.errors).toBe(0);
    // check DIR honours it as well: the duplicate across files is answered in the later file.
    const checked = JSON.parse((await run("check", folder, "--json", "--include-answered")).out);
    const later = checked.files.find((f: { source: string }) => f.source === dept.file).report;
    expect(later.findings.map((f: { rule: string; answer?: { by: string } }) => [f.rule, f.answer?.by])).toEqual([
      ["duplicate-number", "防災安全課 佐藤"],
    ]);
    expect(checked.totals.errors).toBe(0);
    expect(checked.totals.answered).toBe(1);
  });

  test("an empty roster and an output equal to an input are refused; nothing is written", async () => {
    const emptyRoster = join(dir, "empty-roster.csv");
    writeFileSync(emptyRoster, "担当部署\n");
    const out = join(dir, "never.xlsx");
    const r = await run("summary", paths.departments, "-o", out, "--roster", emptyRoster);
    expect(r.code).toBe(2);
    expect(r.err).toContain("名簿");
    expect(existsSync(out)).toBe(false);
    const input = join(paths.departments, DEPARTMENT_FILES[0].file);
    const before = readFileSync(input);
    const same = await run("summary", paths.departments, "-o", input);
    expect(same.code).toBe(2);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  test("a roster sheet in a workbook, by measure numbers", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("名簿");
    ws.addRows([["施策番号"], ["①-01"], ["⑨-01"]]);
    const roster = join(dir, "roster.xlsx");
    writeFileSync(roster, Buffer.from(await wb.xlsx.writeBuffer()));
    const out = join(dir, "combined2.xlsx");
    const r = await run("summary", paths.departments, "-o", out, "--roster", roster, "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Missing: ⑨-01");
  });
});

describe("compare LAST THIS", () => {
  test("each expected finding on its cell; nothing on the clean measure; -o adds 前年度比較", async () => {
    const out = join(dir, "compared.xlsx");
    const r = await run("compare", paths.last, paths.current, "--json", "-o", out);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const pair = yearPair();
    const cmpRules = new Set(["copied-from-last-year", "status-changed", "progress-decreased-since-last-year"]);
    expect(
      json.findings.map((f: { rule: string; sheet: string; cell: string }) => ({ rule: f.rule, sheet: f.sheet, cell: f.cell })),
    ).toEqual(pair.expected.filter((e) => cmpRules.has(e.rule)).map(({ rule, sheet, cell }) => ({ rule, sheet, cell })));
    expect(json.rows).toHaveLength(6);
    expect(json.rows.every((row: { match: string }) => row.match === "number")).toBe(true);
    for (const clean of pair.cleanSheets) expect(json.rows.find((row: { sheet: string }) => row.sheet === clean).findings).toEqual([]);
    const wb = await loadWorkbookFromBuffer(readFileSync(out));
    const tab = workbookToGrid(wb).sheets.find((s) => s.name === "前年度比較")!;
    expect(tab.values[0].slice(0, 4)).toEqual(["施策番号", "施策名", "担当部署", "照合"]);
    const fell = tab.values.find((row) => row[0] === "②-01")!;
    expect(fell.slice(5, 9)).toEqual([0.67, "○ 計画通り（R1年度）", 0.5, -0.17]);
  });

  test("text output in English; a measure renumbered is matched by its name", async () => {
    const pair = yearPair();
    const wb = pair.current.workbook();
    const renum = join(dir, "renumbered.xlsx");
    const grid = workbookToGrid(wb);
    const first = analyze(grid, { lang: "ja", source: "x" }).measures[5];
    applyEditsToWorkbook(wb, [
      { sheet: first.sheet, cell: first.numberCell!, before: first.number, after: "⑨-09", rule: "t", reason: { ja: "", en: "" } },
    ]);
    writeFileSync(renum, await workbookToBuffer(wb));
    const r = await run("compare", paths.last, renum, "--json");
    const json = JSON.parse(r.out);
    expect(json.rows.find((row: { number: string }) => row.number === "⑨-09").match).toBe("name");
    const text = await run("compare", paths.last, paths.current, "--lang", "en");
    expect(text.out).toContain("Year on year: 6 measures (0 new, 0 gone), 2 copied, 2 rewritten, 1 progress fell");
  });

  test("compare needs two files", async () => {
    const r = await run("compare", paths.last);
    expect(r.code).toBe(2);
    expect(r.err).toContain("2つのファイル");
  });
});

describe("確認済み on the command line", () => {
  test("an answered finding is not counted nor listed; --include-answered lists it with who and why; a changed cell voids it", async () => {
    const pair = yearPair();
    const wb = pair.current.workbook();
    const grid = workbookToGrid(wb);
    const finding = analyze(grid, { lang: "ja", source: "x" }).findings.find((f) => f.rule === "progress-regression")!;
    const marks = addAnswer(grid, [], finding, { reason: "分母の施設数が減ったため", by: "企画課 山田", at: "2026-05-21T00:00:00.000Z" });
    writeSheetsToWorkbook(wb, [buildAnswersSheet(marks, "ja")]);
    const file = join(dir, "answered.xlsx");
    writeFileSync(file, await workbookToBuffer(wb));
    // The store is hidden in the saved file.
    const reread = await loadWorkbookFromBuffer(readFileSync(file));
    expect(reread.worksheets.find((w) => w.name === "Shinchoku確認済み")!.state).toBe("hidden");

    const plain = await run("check", file, "--json");
    const report = JSON.parse(plain.out);
    expect(report.findings.some((f: { rule: string }) => f.rule === "progress-regression")).toBe(false);
    expect(report.totals.answered).toBe(1);
    expect(report.totals.warnings).toBe(0);
    const text = await run("check", file);
    expect(text.out).toContain("確認済みの指摘 1 件は表示していません");
    const all = await run("check", file, "--include-answered");
    expect(all.out).toContain("確認済み（企画課 山田、2026-05-21T00:00:00.000Z）: 分母の施設数が減ったため");

    applyEditsToWorkbook(reread, [
      {
        sheet: finding.sheet,
        cell: finding.cell,
        before: "50% (構築開始)",
        after: "40% (構築開始)",
        rule: "t",
        reason: { ja: "", en: "" },
      },
    ]);
    const changed = join(dir, "answered-changed.xlsx");
    writeFileSync(changed, await workbookToBuffer(reread));
    const back = JSON.parse((await run("check", changed, "--json")).out);
    expect(back.findings.some((f: { rule: string; answer?: unknown }) => f.rule === "progress-regression" && !f.answer)).toBe(true);
    expect(back.totals.answered).toBeUndefined();
  });
});
