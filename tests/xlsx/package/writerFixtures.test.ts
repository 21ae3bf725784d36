/**
 * Workbooks from the writers people use (tests/fixtures/writers: xlsxwriter, openpyxl, LibreOffice,
 * hand-built Excel-style packages, each with charts, notes, tables, names, protection…) through check,
 * fill, summary and fill-then-summary on the command line. Every part a command need not touch must
 * come back byte for byte; every sheet, defined name (with its scope) and protection stays; and no output
 * has anything Excel would repair that its input did not have.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { unlockedCopy } from "../../support/unlockStructure";
import { diffParts } from "../../support/packages";
import { newRepairs } from "../../support/excelIntegrity";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../support/runCli";
import { XlsxPackage } from "../../../src/xlsx/package";
import { ReportSchema } from "../../../src/core/model/schemas";
import { fflateCodec } from "../../../src/xlsx/package/fflateCodec";

const FIXTURES = join(__dirname, "..", "..", "fixtures", "writers");
/** Fixture → measures its check must find, and sheets (with their kinds) it holds. */
const CASES: { file: string; measures: number; sheets: number }[] = [
  { file: "xlsxwriter.xlsx", measures: 3, sheets: 5 },
  { file: "openpyxl.xlsx", measures: 3, sheets: 4 },
  { file: "libreoffice.xlsx", measures: 3, sheets: 4 },
  { file: "excel-style.xlsx", measures: 2, sheets: 3 },
  { file: "excel-style.xlsm", measures: 2, sheets: 3 },
];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "shinchoku-writers-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[]) => run(...args);

function open(path: string): XlsxPackage {
  return XlsxPackage.open(readFileSync(path), fflateCodec);
}

/** The `<definedName>` elements as written, markers and generated print titles aside. */
function userNames(p: XlsxPackage): string[] {
  const generated = new Set(p.markers().map((m) => m.name));
  return p.workbook.definedNames
    .filter((d) => !d.name.startsWith("Shinchoku_"))
    .filter((d) => !(d.localSheetId !== null && generated.has(p.sheets[d.localSheetId]?.name ?? "")))
    .map((d) => `${d.name}@${d.localSheetId === null ? "book" : p.sheets[d.localSheetId].name}=${d.formula}`);
}

const SUMMARY_ROLES = ["byDepartment", "byYear", "delayed", "findings", "overview"];
/** Parts a summary run rewrites in place; everything else it leaves alone or adds. */
const SUMMARY_TOUCHES = /^(\[Content_Types\]\.xml|docProps\/app\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml)$/;

describe.each(["excel-style.xlsx", "excel-style.xlsm"])("%s (its structure locked)", (file) => {
  test("summary and compare refuse, as Excel and the add-in do; nothing is written", async () => {
    const fixture = join(FIXTURES, file);
    expect(open(fixture).workbook.structureLocked).toBe(true);
    for (const args of [
      ["summary", fixture, "-o", join(dir, `locked-sum-${file}`)],
      ["compare", fixture, fixture, "-o", join(dir, `locked-cmp-${file}`)],
    ]) {
      const r = await cli(args);
      expect(r.code).toBe(2);
      expect(r.err).toContain("ブックの構成が保護されている");
      expect(existsSync(args[args.length - 1])).toBe(false);
    }
  });
});

describe.each(CASES)("$file", ({ file, measures, sheets }) => {
  const fixture = join(FIXTURES, file);
  const ext = file.slice(file.lastIndexOf("."));
  let input = fixture;
  beforeAll(() => {
    // summary and compare refuse a locked structure (tested above): they run on a copy unlocked as a person would.
    input = unlockedCopy(fixture, dir);
  });

  test("check reads it", async () => {
    const r = await cli(["check", fixture, "--json"]);
    expect(r.err).toBe("");
    const report = ReportSchema.parse(JSON.parse(r.out));
    expect(report.measures).toHaveLength(measures);
    expect(open(fixture).sheets).toHaveLength(sheets);
  });

  test("fill changes only the cells it fills: other parts byte for byte, names, sheets and protection kept", async () => {
    const out = join(dir, `fill-${file}`);
    const r = await cli(["fill", fixture, "-o", out]);
    expect(r.code).toBe(0);
    const a = open(fixture);
    const b = open(out);
    const d = diffParts(a, b);
    expect(newRepairs(readFileSync(fixture), readFileSync(out))).toEqual([]);
    expect(d.gone).toEqual([]);
    expect(d.added).toEqual([]);
    const sheetParts = new Set(a.sheets.map((s) => s.part));
    for (const n of d.changed) expect(sheetParts.has(n)).toBe(true);
    expect(d.changed.length).toBeGreaterThan(0);
    // In a changed sheet, only <sheetData> differs (protection, merges, print setup, extLst are as they were).
    for (const n of d.changed) {
      const strip = (t: string) => t.replace(/<([\w]+:)?sheetData[\s\S]*<\/([\w]+:)?sheetData>/, "");
      expect(strip(b.text(n))).toBe(strip(a.text(n)));
    }
    expect(userNames(b)).toEqual(userNames(a));
    // What fill proposed is now in the cells; a second fill has nothing left to do.
    const again = await cli(["fill", out, "-o", join(dir, `fill2-${file}`)]);
    expect(again.out).toMatch(/^(変更はありません|.*0 件の変更)/m);
    const ga = a.grid();
    const gb = b.grid();
    expect(gb.sheets.map((s) => s.name)).toEqual(ga.sheets.map((s) => s.name));
    expect(gb.sheets.map((s) => s.protected)).toEqual(ga.sheets.map((s) => s.protected));
  });

  test("summary adds its tabs and rewrites only the workbook's registers; fill then summary, and summary again, too", async () => {
    const filled = join(dir, `fill-${file}`);
    expect((await cli(["fill", input, "-o", filled])).code).toBe(0);
    for (const [src, name] of [
      [input, `sum-${file}`],
      [filled, `fillsum-${file}`],
    ]) {
      const out = join(dir, name);
      expect((await cli(["summary", src, "-o", out])).code).toBe(0);
      const a = open(src);
      const b = open(out);
      const d = diffParts(a, b);
      expect(newRepairs(readFileSync(src), readFileSync(out))).toEqual([]);
      for (const n of d.changed) expect(n).toMatch(SUMMARY_TOUCHES);
      // A calculation chain may go (sheets were added); nothing else does.
      for (const n of d.gone) expect(n).toMatch(/calcChain\.xml$/);
      expect(
        b
          .markers()
          .map((m) => m.role)
          .sort(),
      ).toEqual(SUMMARY_ROLES);
      expect(b.sheets.slice(0, a.sheets.length).map((s) => [s.name, s.kind, s.state])).toEqual(
        a.sheets.map((s) => [s.name, s.kind, s.state]),
      );
      expect(userNames(b)).toEqual(userNames(a));
      expect(b.isMacroEnabled()).toBe(ext === ".xlsm");
      // Summary again: the tabs are replaced in place, the rest (the person's sheets and parts) as it was.
      const twice = join(dir, `again-${name}`);
      expect((await cli(["summary", out, "-o", twice])).code).toBe(0);
      const c = open(twice);
      expect(newRepairs(readFileSync(src), readFileSync(twice))).toEqual([]);
      expect(c.sheets.map((s) => s.name)).toEqual(b.sheets.map((s) => s.name));
      const d2 = diffParts(b, c);
      const generated = new Set(b.markers().map((m) => b.findSheet(m.name)!.part));
      for (const n of d2.changed) expect(n).toMatch(SUMMARY_TOUCHES);
      // Replacing tabs removes their parts and, since sheets went, the calculation chain.
      for (const n of d2.gone)
        expect([n, generated.has(n) || /^xl\/(worksheets\/_rels|tables|drawings|charts)\/|calcChain\.xml$/.test(n)]).toEqual([n, true]);
      for (const n of a.partNames()) if (!SUMMARY_TOUCHES.test(n) && !/calcChain/.test(n)) expect(c.partNames()).toContain(n);
      expect(userNames(c)).toEqual(userNames(a));
    }
  });
  test("compare -o adds 前年度比較 to a copy of THIS and keeps every other part", async () => {
    const out = join(dir, `cmp-${file}`);
    const r = await cli(["compare", input, input, "-o", out]);
    expect(r.err).toBe("");
    const a = open(input);
    const b = open(out);
    const d = diffParts(a, b);
    expect(newRepairs(readFileSync(input), readFileSync(out))).toEqual([]);
    for (const n of d.changed) expect(n).toMatch(SUMMARY_TOUCHES);
    for (const n of d.gone) expect(n).toMatch(/calcChain\.xml$/);
    expect(b.markers().map((m) => m.role)).toEqual(["comparison"]);
    expect(b.sheets.slice(0, a.sheets.length).map((s) => [s.name, s.kind, s.state])).toEqual(
      a.sheets.map((s) => [s.name, s.kind, s.state]),
    );
    expect(userNames(b)).toEqual(userNames(a));
    expect(b.isMacroEnabled()).toBe(ext === ".xlsm");
  });
});
