/** The command line on other offices' forms: `profile FILE`, `--profile FILE`, `template --form`. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../support/runCli";
import { ReportSchema } from "../../src/core/model/schemas";
import { ProfileSchema } from "../../src/core/model/profileSchema";
import { akiruno, nagayo } from "../fixtures/forms/offices";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "shinchoku-forms-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function save(name: string, wb: { xlsx: { writeBuffer(): Promise<ArrayBuffer> } }): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
  return path;
}

test("profile FILE prints the profile read with, its scale taken from the printed legend; it parses as a profile", async () => {
  const file = await save("akiruno.xlsx", akiruno().fixture.workbook());
  const r = await run("profile", file);
  expect(r.code).toBe(0);
  const p = ProfileSchema.parse(JSON.parse(r.out));
  expect(p.id).toBe("rating");
  expect(p.scale.map((v) => [v.value, v.status])).toEqual([
    ["F", "achieved"],
    ["S", "ahead"],
    ["A", "on_track"],
    ["B", "delayed"],
    ["C", "at_risk"],
    ["X", "delayed"],
    ["Y", "not_evaluated"],
    ["Z", "unknown"],
  ]);
});

test("--profile FILE: the office's own grading is used; a letter it explains is no longer unknown", async () => {
  const f = nagayo();
  const file = await save("nagayo.xlsx", f.fixture.workbook());
  const detected = JSON.parse((await run("check", file, "--json")).out);
  const profilePath = join(dir, "nagayo.json");
  writeFileSync(profilePath, JSON.stringify(f.profile));
  const given = JSON.parse((await run("check", file, "--json", "--profile", profilePath)).out);
  expect(() => ReportSchema.parse(given)).not.toThrow();
  // Default rule: 3100 of 5000 is 62% → C; the office's baseline band makes it A.
  expect(detected.measures[0].indicators[0].years[0].grade).toBe("C");
  expect(given.measures[0].indicators[0].years[0].grade).toBe("A");
});

test("a bad profile file is a clear error (ja and en), exit 2", async () => {
  const file = await save("akiruno2.xlsx", akiruno().fixture.workbook());
  const notJson = join(dir, "bad.json");
  writeFileSync(notJson, "{ not json");
  const a = await run("check", file, "--profile", notJson);
  expect(a.code).toBe(2);
  expect(a.err).toContain("JSON");
  const wrong = join(dir, "wrong.json");
  writeFileSync(wrong, JSON.stringify({ id: "x", scale: [{ value: "A", status: "great" }] }));
  const b = await run("check", file, "--profile", wrong, "--lang", "en");
  expect(b.code).toBe(2);
  expect(b.err).toMatch(/profile is not valid: scale\.0\.status/);
  expect(b.err).not.toMatch(/at .*\.ts:\d+/);
});

test.each([
  ["seed", "seed"],
  ["rating", "rating"],
  ["indicator", "indicator"],
] as const)("template --form %s makes a sheet read as the %s form", async (form, id) => {
  const out = join(dir, `template-${form}.xlsx`);
  const t = await run(
    "template",
    "-o",
    out,
    "--start-year",
    "2024",
    "--years",
    "3",
    "--form",
    form,
    "--number",
    "1-1",
    "--name",
    "n",
    "--department",
    "d",
  );
  expect(t.code).toBe(0);
  const p = JSON.parse((await run("profile", out)).out);
  const report = JSON.parse((await run("check", out, "--json")).out);
  expect(report.measures[0].years.map((y: { label: string }) => y.label)).toEqual(["R6年度", "R7年度", "R8年度"]);
  expect(p.id).toBe(id);
  if (form !== "seed") expect(p.scale.map((v: { value: string }) => v.value)).toEqual(["A", "B", "C", "D"]);
});
