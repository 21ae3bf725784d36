/**
 * The command line reads the settings the add-in saved in the workbook (a web-extension property, as
 * Excel stores document settings): the office's profile, rounding and tab names; `--profile` overrides
 * the saved profile; a damaged value is read leniently with a warning, never a crash.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../support/runCli";
import { XlsxPackage, readWebExtensionProperty } from "../../src/xlsx/package";
import { WORKBOOK_SETTINGS_KEY } from "../../src/core/model/settings";
import { SETTINGS_KEY } from "../../src/excel/settings";
import { readSavedSettings } from "../../src/node/workbookSettings";
import { FIXTURE, plainBytes, savedSettings, withSavedSettings } from "../fixtures/settings/make-settings-fixture";
import { fflateCodec } from "../../src/xlsx/package/fflateCodec";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "shinchoku-settings-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function variant(name: string, value: string): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, withSavedSettings(await plainBytes(), value));
  return path;
}

const firstGrade = (out: string) => JSON.parse(out).measures[0].indicators[0].years[0].grade;

test("the fixture holds what its script writes, under the key the add-in saves with", () => {
  expect(WORKBOOK_SETTINGS_KEY).toBe(SETTINGS_KEY);
  const pkg = XlsxPackage.open(new Uint8Array(readFileSync(FIXTURE)), fflateCodec);
  expect(JSON.parse(readWebExtensionProperty(pkg, WORKBOOK_SETTINGS_KEY)!)).toEqual(savedSettings());
});

test("check reads with the profile saved in the workbook; without settings the form is detected", async () => {
  const saved = await run("check", FIXTURE, "--json");
  expect(saved.err).toBe("");
  // The office's baseline band: 3100 against a baseline of 2000 and a target of 5000 is an A (the default rule gives C).
  expect(firstGrade(saved.out)).toBe("A");
  const plain = join(dir, "plain.xlsx");
  writeFileSync(plain, await plainBytes());
  expect(firstGrade((await run("check", plain, "--json")).out)).toBe("C");
});

test("profile FILE prints the saved profile; --profile FILE overrides it", async () => {
  const p = JSON.parse((await run("profile", FIXTURE)).out);
  expect(p.id).toBe("nagayo");
  expect(p.indicator.grades.kind).toBe("baselineBand");
  const other = join(dir, "plain-profile.json");
  writeFileSync(other, JSON.stringify({ id: "plain", ratingColumn: true }));
  expect(firstGrade((await run("check", FIXTURE, "--json", "--profile", other)).out)).toBe("C");
  expect(JSON.parse((await run("profile", FIXTURE, "--profile", other)).out).id).toBe("plain");
});

test("summary names its tabs as saved; export reads with the saved profile", async () => {
  const out = join(dir, "summary.xlsx");
  const r = await run("summary", FIXTURE, "-o", out);
  expect(r.code).toBe(0);
  const names = XlsxPackage.open(new Uint8Array(readFileSync(out)), fflateCodec).sheets.map((s) => s.name);
  expect(names).toContain("施策一覧");
  expect(names).not.toContain("進捗一覧");
  const csv = join(dir, "export.json");
  expect((await run("export", FIXTURE, "--format", "json", "-o", csv)).code).toBe(0);
  expect(JSON.parse(readFileSync(csv, "utf8")).rows[0].indicatorGrade).toBe("A");
});

test("the saved rounding is used unless --rounding is given", async () => {
  const saved = await readSavedSettings(XlsxPackage.open(new Uint8Array(readFileSync(FIXTURE)), fflateCodec));
  expect(saved).toMatchObject({ settings: { rounding: "floor" }, warning: null });
});

test("a value that is not JSON: a warning (ja and en), read as if nothing were saved", async () => {
  const file = await variant("not-json.xlsx", "{ profile: nagayo");
  const ja = await run("check", file, "--json");
  expect(ja.err).toMatch(/^警告: ブックに保存された設定.*読めない/);
  expect(firstGrade(ja.out)).toBe("C");
  const en = await run("check", file, "--lang", "en");
  expect(en.err).toMatch(/^Warning: the settings saved in the workbook .* cannot be read/);
  expect(en.err).not.toMatch(/at .*\.ts:\d+/);
  expect(en.code).toBe(ja.code);
});

test("a damaged profile: the warning names its field, the other settings are still used", async () => {
  const value = JSON.stringify({ tabNames: { overview: "施策一覧" }, profile: { id: "x", scale: [{ value: "A", status: "great" }] } });
  const file = await variant("bad-profile.xlsx", value);
  const out = join(dir, "bad-profile-summary.xlsx");
  const r = await run("summary", file, "-o", out, "--lang", "en");
  expect(r.code).toBe(0);
  expect(r.err).toContain("profile.scale.0.status");
  expect(XlsxPackage.open(new Uint8Array(readFileSync(out)), fflateCodec).sheets.map((s) => s.name)).toContain("施策一覧");
});

test("a damaged web-extension part: a warning, never a crash", async () => {
  const bytes = withSavedSettings(await plainBytes(), "{}");
  const pkg = XlsxPackage.open(bytes, fflateCodec);
  pkg.setText("xl/webextensions/webextension1.xml", '<we:webextension xmlns:we="x"><we:properties><we:property name="shinchoku.settings"');
  const file = join(dir, "broken-part.xlsx");
  writeFileSync(file, pkg.toBytes());
  const r = await run("check", file, "--json");
  expect(r.code).toBeLessThan(2);
  expect(r.err).toMatch(/^警告:/);
  expect(firstGrade(r.out)).toBe("C");
});

test("many files and compare: each file is read with the settings saved in it; --profile overrides them all", async () => {
  const plain = join(dir, "plain-many.xlsx");
  writeFileSync(plain, await plainBytes());
  const gradeOf = (json: string, source: string) =>
    JSON.parse(json).files.find((f: { source: string }) => f.source === source).report.measures[0].indicators[0].years[0].grade;
  const many = await run("check", FIXTURE, plain, "--json");
  expect(many.err).toBe("");
  expect(gradeOf(many.out, "nagayo-settings.xlsx")).toBe("A");
  expect(gradeOf(many.out, "plain-many.xlsx")).toBe("C");
  const other = join(dir, "plain-profile-many.json");
  writeFileSync(other, JSON.stringify({ id: "plain", ratingColumn: true }));
  expect(gradeOf((await run("check", FIXTURE, plain, "--json", "--profile", other)).out, "nagayo-settings.xlsx")).toBe("C");
  // compare reads this year's file with its saved profile too: the same file twice compares clean.
  const cmp = await run("compare", FIXTURE, FIXTURE, "--json");
  expect(cmp.err).toBe("");
  expect(JSON.parse(cmp.out).findings).toEqual([]);
  // A damaged value in one of many files is a warning naming that file.
  const broken = await variant("not-json-many.xlsx", "{ profile");
  const r = await run("check", broken, plain, "--json");
  expect(r.err).toMatch(/^not-json-many\.xlsx: 警告:/);
  expect(r.code).toBeLessThan(2);
});
