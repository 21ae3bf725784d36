/** The command line end to end on real .xlsx files (in-process, plus the installed bin once). */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { run } from "../support/runCli";
import { ReportSchema } from "../../src/core/model/schemas";
import { plantMistake } from "../fixtures/generate";
import { XlsxPackage } from "../../src/xlsx/package";
import { fflateCodec } from "../../src/xlsx/package/fflateCodec";

/** A copy of a workbook with its parts changed by `change`, written to `name` in the test folder. */
function variant(source: string, name: string, change: (pkg: XlsxPackage) => void): string {
  const pkg = XlsxPackage.open(readFileSync(source), fflateCodec);
  change(pkg);
  const path = join(dir, name);
  writeFileSync(path, pkg.toBytes());
  return path;
}

/** Protects sheet `name` (without a password), as Excel's Review → Protect Sheet writes it. */
function protectSheet(pkg: XlsxPackage, name: string): void {
  const part = pkg.findSheet(name)!.part;
  pkg.setText(part, pkg.text(part).replace("</sheetData>", '</sheetData><sheetProtection sheet="1" objects="1" scenarios="1"/>'));
}

/**
 * Unlocks cells of sheet `name` as Excel's Format Cells → Protection writes it: each cell's format copied
 * with `<protection locked="0"/>` added, the cell pointed at the copy.
 */
function unlockCells(pkg: XlsxPackage, name: string, refs: string[]): void {
  const stylesPart = pkg.stylesPartName()!;
  let styles = pkg.text(stylesPart);
  const list = /<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/.exec(styles)!;
  const xfs = list[2].match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)!;
  const copies = new Map<string, number>();
  const part = pkg.findSheet(name)!.part;
  let sheet = pkg.text(part);
  for (const ref of refs)
    sheet = sheet.replace(new RegExp(`<c r="${ref}"( s="(\\d+)")?`), (_m, _s, index: string | undefined) => {
      const from = index ?? "0";
      if (!copies.has(from)) {
        const xf = xfs[Number(from)];
        const unlocked = xf.endsWith("/>")
          ? xf.replace(/\/>$/, ' applyProtection="1"><protection locked="0"/></xf>')
          : xf.replace(/<\/xf>$/, '<protection locked="0"/></xf>').replace(/^<xf\b/, '<xf applyProtection="1"');
        copies.set(from, xfs.length);
        xfs.push(unlocked);
      }
      return `<c r="${ref}" s="${copies.get(from)}"`;
    });
  styles = styles.replace(list[0], `<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs>`);
  pkg.setText(stylesPart, styles);
  pkg.setText(part, sheet);
}

// Whole workbooks through the CLI: on a shared build machine a run can pass jest's default 5 s.
jest.setTimeout(30_000);

const SAMPLE = join(__dirname, "..", "..", "samples", "sodegaura-2016.xlsx");
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "shinchoku-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("check", () => {
  test("--json follows the report contract; exit 0 on the sample", async () => {
    const r = await run("check", SAMPLE, "--json");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(() => ReportSchema.parse(report)).not.toThrow();
    expect(Object.keys(report)).toEqual(expect.arrayContaining(["schemaVersion", "source", "measures", "findings", "totals"]));
    expect(report.source).toBe("sodegaura-2016.xlsx");
    expect(report.totals).toMatchObject({ measures: 14, errors: 0, delayed: 3, delayedNow: 0 });
    const y = report.measures[0].years[0];
    expect(Object.keys(y)).toEqual(
      expect.arrayContaining(["label", "fiscalYear", "cell", "status", "statusPhrase", "effect", "progress", "progressRaw"]),
    );
    expect(Object.keys(report.findings[0])).toEqual(expect.arrayContaining(["rule", "severity", "sheet", "cell", "message"]));
  });

  test("exit 1 when there are errors; messages in the chosen language", async () => {
    const planted = plantMistake("percent-fraction-mismatch");
    const file = join(dir, "mistake.xlsx");
    await planted.fixture.workbook().xlsx.writeFile(file);
    const ja = await run("check", file);
    expect(ja.code).toBe(1);
    expect(ja.out).toContain("エラー");
    const en = await run("check", file, "--lang", "en");
    expect(en.code).toBe(1);
    expect(en.out).toMatch(/Error .*percent-fraction-mismatch/);
  });

  test("exit 2 with a clear sentence for an unreadable file or a wrong call, never a stack trace", async () => {
    const junk = join(dir, "junk.xlsx");
    writeFileSync(junk, Buffer.from("this is not a zip"));
    for (const args of [
      ["check", junk],
      ["check", join(dir, "missing.xlsx")],
      ["check"],
      ["nope"],
      ["check", SAMPLE, "--bogus"],
      ["summary", SAMPLE, "-o"],
      ["check", SAMPLE, "--lang", "fr"],
      [],
    ]) {
      const r = await run(...args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^(エラー|Error): /);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
    expect((await run("check", junk, "--lang", "en")).err).toMatch(/^Error: /);
  });

  test("a wrong option is told in the user's language, not in node's English", async () => {
    expect((await run("summary", SAMPLE, "-o")).err).toContain("--output の後に値を指定してください");
    expect((await run("check", SAMPLE, "--bogus", "--lang", "en")).err).toContain("There is no option --bogus.");
    expect((await run("check", SAMPLE, "--json=yes")).err).toContain("--json には値を付けません");
    for (const args of [
      ["summary", SAMPLE, "-o"],
      ["check", SAMPLE, "--bogus"],
    ])
      expect((await run(...args)).err).not.toMatch(/[Aa]rgument missing|Unknown option/);
  });

  test("--help and --version", async () => {
    expect((await run("--help")).out).toContain("shinchoku check FILE");
    expect((await run("--help", "--lang", "en")).out).toContain("Usage:");
    expect((await run("--version")).out).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe("fill", () => {
  test("writes a copy with the fills, prints each change; a second fill changes nothing", async () => {
    const out1 = join(dir, "filled.xlsx");
    const r1 = await run("fill", SAMPLE, "-o", out1);
    expect(r1.code).toBe(0);
    expect(r1.out).toContain("'④-01'!A9: 「H 28年度」→「H28年度」");
    expect(r1.out).toContain("33 件の変更");
    const checked = JSON.parse((await run("check", out1, "--json")).out);
    expect(checked.findings.filter((f: { rule: string }) => f.rule === "html-markup")).toEqual([]);
    const r2 = await run("fill", out1, "-o", join(dir, "filled2.xlsx"));
    expect(r2.out).toContain("自動入力する箇所はありません");
  });

  test("one protected sheet: nothing is written, and each cell says which sheet is protected and why the rest waited", async () => {
    const input = variant(SAMPLE, "one-protected.xlsx", (pkg) => protectSheet(pkg, "④-01"));
    const out = join(dir, "one-protected-filled.xlsx");
    const r = await run("fill", input, "-o", out, "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toContain("'④-01'!F9 was not written (the sheet is protected and this cell is locked).");
    expect(r.out).toContain(
      "'②-04'!F9 was not written (another cell of this fill is locked on a protected sheet and a fill is all or nothing; unprotect that sheet (or unlock the cell) to write).",
    );
    // Only ④-01's cells say their sheet is protected.
    expect(r.out).not.toMatch(/'[^④][^']*'![A-Z]+\d+ was not written \(the sheet is protected and this cell is locked\)/);
    expect(r.out).toContain("Wrote 0 changes");
  });

  test("a protected template whose input cells are unlocked: fill writes them, as a person could, and the sheet stays protected", async () => {
    // ④-01's fills: F9:F13 (an input column, unlocked) and A9:A11 (year labels, locked unless unlocked too).
    const inputs = ["F9", "F10", "F11", "F12", "F13"];
    const half = variant(SAMPLE, "template-inputs.xlsx", (pkg) => {
      protectSheet(pkg, "④-01");
      unlockCells(pkg, "④-01", inputs);
    });
    const r1 = await run("fill", half, "-o", join(dir, "template-inputs-filled.xlsx"), "--lang", "en");
    expect(r1.out).toContain("'④-01'!A9 was not written (the sheet is protected and this cell is locked).");
    expect(r1.out).toContain("'④-01'!F9 was not written (another cell of this fill is locked on a protected sheet");
    expect(r1.out).toContain("Wrote 0 changes");

    const open = variant(SAMPLE, "template-open.xlsx", (pkg) => {
      protectSheet(pkg, "④-01");
      unlockCells(pkg, "④-01", [...inputs, "A9", "A10", "A11"]);
    });
    const out = join(dir, "template-open-filled.xlsx");
    const r2 = await run("fill", open, "-o", out, "--lang", "en");
    expect(r2.out).not.toContain("was not written");
    expect(r2.out).toContain(`'④-01'!A9: "H 28年度" → "H28年度"`);
    expect(r2.out).toContain("Wrote 33 changes");
    const written = XlsxPackage.open(readFileSync(out), fflateCodec);
    const sheet = written.findSheet("④-01")!;
    expect(written.sheetFlags(sheet).protected).toBe(true);
    expect(written.grid().sheets.find((s) => s.name === "④-01")!.values[8][0]).toBe("H28年度");
  });

  test("refuses to write over its input, and leaves it as it was", async () => {
    const before = readFileSync(SAMPLE);
    const r = await run("fill", SAMPLE, "-o", SAMPLE);
    expect(r.code).toBe(2);
    expect(readFileSync(SAMPLE).equals(before)).toBe(true);
  });
});

describe("summary", () => {
  test("adds the five tabs; the copy re-reads with ExcelJS; a person's 進捗一覧 survives", async () => {
    const src = new ExcelJS.Workbook();
    await src.xlsx.readFile(SAMPLE);
    const mine = src.addWorksheet("進捗一覧");
    mine.getCell("A1").value = "私のメモ";
    mine.getCell("B2").value = 42;
    const input = join(dir, "with-person-sheet.xlsx");
    await src.xlsx.writeFile(input);

    const out = join(dir, "summary.xlsx");
    const r = await run("summary", input, "-o", out);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["進捗一覧", "進捗一覧 (2)", "遅延施策", "担当課別", "年度別", "検証結果"]));
    expect(wb.getWorksheet("進捗一覧")!.getCell("A1").value).toBe("私のメモ");
    expect(wb.getWorksheet("進捗一覧")!.getCell("B2").value).toBe(42);
    expect(wb.getWorksheet("進捗一覧 (2)")!.getCell("A2").text).toBe("①-01");

    // Regenerating replaces the generated tabs only.
    const out2 = join(dir, "summary2.xlsx");
    expect((await run("summary", out, "-o", out2)).code).toBe(0);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.readFile(out2);
    expect(wb2.worksheets.map((w) => w.name).sort()).toEqual(names.sort());
    expect(wb2.getWorksheet("進捗一覧")!.getCell("A1").value).toBe("私のメモ");
  });
});

describe("summary refuses what Excel refuses, and writes nothing", () => {
  test("a workbook whose structure is locked (Review → Protect Workbook)", async () => {
    const input = variant(SAMPLE, "locked.xlsx", (pkg) => {
      const part = "xl/workbook.xml";
      const text = pkg.text(part);
      const at = text.indexOf("<bookViews") >= 0 ? text.indexOf("<bookViews") : text.indexOf("<sheets");
      pkg.setText(part, text.slice(0, at) + '<workbookProtection lockStructure="1"/>' + text.slice(at));
    });
    const out = join(dir, "locked-summary.xlsx");
    const r = await run("summary", input, "-o", out);
    expect(r.code).toBe(2);
    expect(r.err).toContain("ブックの構成が保護されているため");
    expect(existsSync(out)).toBe(false);
  });

  test("a tab it made last time that was protected since", async () => {
    const first = join(dir, "first-summary.xlsx");
    expect((await run("summary", SAMPLE, "-o", first)).code).toBe(0);
    const input = variant(first, "protected-tab.xlsx", (pkg) => protectSheet(pkg, "遅延施策"));
    const out = join(dir, "second-summary.xlsx");
    const r = await run("summary", input, "-o", out, "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err).toContain("The tab 遅延施策 made last time is protected");
    expect(existsSync(out)).toBe(false);
  });
});

describe("export and template", () => {
  test("export csv and json", async () => {
    const csv = join(dir, "out.csv");
    expect((await run("export", SAMPLE, "--format", "csv", "-o", csv)).code).toBe(0);
    const text = readFileSync(csv, "utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.trimEnd().split("\r\n")).toHaveLength(71);
    const json = join(dir, "out.json");
    expect((await run("export", SAMPLE, "--format", "json", "-o", json)).code).toBe(0);
    expect(JSON.parse(readFileSync(json, "utf8")).rows).toHaveLength(70);
    expect((await run("export", SAMPLE, "--format", "xml", "-o", json)).code).toBe(2);
  });

  test("template: a new workbook with one blank measure sheet for the plan period", async () => {
    const out = join(dir, "new.xlsx");
    const r = await run(
      "template",
      "-o",
      out,
      "--start-year",
      "2021",
      "--years",
      "5",
      "--number",
      "A-01",
      "--name",
      "テスト施策",
      "--department",
      "情報政策課",
    );
    expect(r.code).toBe(0);
    const report = JSON.parse((await run("check", out, "--json")).out);
    expect(report.measures).toHaveLength(1);
    expect(report.measures[0].years.map((y: { label: string }) => y.label)).toEqual(["R3年度", "R4年度", "R5年度", "R6年度", "R7年度"]);
    const bad = await run("template", "-o", join(dir, "bad.xlsx"), "--start-year", "abc");
    expect(bad.code).toBe(2);
    expect(existsSync(join(dir, "bad.xlsx"))).toBe(false);
  });

  test("no temporary file is left beside the outputs", () => {
    expect(readdirSync(dir).filter((f) => /\.tmp|~$/.test(f))).toEqual([]);
  });
});

describe("the installed bin", () => {
  const bin = join(__dirname, "..", "..", "bin", "shinchoku.js");
  const built = existsSync(join(__dirname, "..", "..", "dist", "node", "cli.js"));
  (built ? test : test.skip)("npx shinchoku runs the built CLI with its exit codes", () => {
    expect(execFileSync(process.execPath, [bin, "--version"]).toString().trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const ok = spawnSync(process.execPath, [bin, "check", SAMPLE, "--json"]);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout.toString()).totals.measures).toBe(14);
    const bad = spawnSync(process.execPath, [bin, "check", join(dir, "missing.xlsx")]);
    expect(bad.status).toBe(2);
    expect(bad.stderr.toString()).toMatch(/^エラー: /);
    expect(statSync(SAMPLE).isFile()).toBe(true);
  });
});

describe("--rounding", () => {
  test("the office's rounding rule: 43% for 3/7 passes half-up but not floor; a wrong value is exit 2", async () => {
    expect((await run("check", SAMPLE, "--rounding", "halfUp", "--json")).code).toBe(0);
    const floor = JSON.parse((await run("check", SAMPLE, "--rounding", "floor", "--json")).out);
    expect(
      floor.findings
        .filter((f: { rule: string }) => f.rule === "percent-fraction-mismatch")
        .map((f: { sheet: string; cell: string }) => `${f.sheet}!${f.cell}`),
    ).toEqual(["①-01!G11", "①-01!G12"]);
    const bad = await run("check", SAMPLE, "--rounding", "up");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--rounding");
  });
});
