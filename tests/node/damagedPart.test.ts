/**
 * A part the read forgives but a change cannot parse (found by mutating real writers' packages): a styles part
 * cut down to its declaration, a sheet whose last row lost its end tag. `check` reads such a file; `fill` and
 * `summary` refuse it as damaged, in the user's language, writing nothing, and never as an internal error. The
 * package in memory (the preview keeps it open after the error) is left as it was, not half filled.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WorkbookLoadError, XlsxPackage } from "../../src/xlsx/package";
import { zlibCodec } from "../../src/node/zlibCodec";
import { MemoryGateway, PreviewGatewayError } from "../../src/preview/memoryGateway";
import { proposeFill } from "../../src/core/produce/fill";
import { analyze } from "../../src/core/produce/report";
import { buildSummarySheets } from "../../src/core/produce/summary";
import { run } from "../support/runCli";

const SAMPLE = readFileSync(join(__dirname, "..", "..", "samples", "sodegaura-2016.xlsx"));
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "shinchoku-damaged-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The sample with one part's text changed, as bytes. */
function damaged(change: (pkg: XlsxPackage) => void): Uint8Array {
  const pkg = XlsxPackage.open(SAMPLE, zlibCodec);
  change(pkg);
  return pkg.toBytes();
}

/** Fill writes five cells on ④-02 and on five other sheets before it: its last row loses `</row>`. */
const rowCutOff = (pkg: XlsxPackage) => {
  const part = pkg.findSheet("④-02")!.part;
  const text = pkg.text(part);
  const last = text.lastIndexOf("</row>");
  pkg.setText(part, text.slice(0, last) + text.slice(last + "</row>".length));
};
const stylesCutDown = (pkg: XlsxPackage) => {
  pkg.setText(pkg.stylesPartName()!, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n');
};

describe.each([
  ["a sheet's last row cut off", rowCutOff, "fill"],
  ["a styles part cut down to its declaration", stylesCutDown, "summary"],
] as const)("%s", (_, change, command) => {
  let file: string;
  beforeAll(() => {
    file = join(dir, `${command}.xlsx`);
    writeFileSync(file, damaged(change));
  });

  test("check reads it", async () => {
    const r = await run("check", file, "--json");
    expect(r.code).toBeLessThan(2);
    expect(JSON.parse(r.out).totals.measures).toBe(14);
  });

  test(`${command} refuses it as damaged, in Japanese and in English, and writes nothing`, async () => {
    for (const lang of ["ja", "en"]) {
      const out = join(dir, `${command}-${lang}-out.xlsx`);
      const r = await run(command, file, "-o", out, "--lang", lang);
      expect(r.code).toBe(2);
      expect(r.err).toContain(lang === "ja" ? "ファイルが壊れているか" : "damaged");
      expect(r.err).not.toMatch(/予期しない|unexpected/i);
      expect(existsSync(out)).toBe(false);
    }
  });
});

test("compare -o, which adds its tab to THIS, refuses a damaged THIS the same way", async () => {
  const last = join(dir, "last.xlsx");
  const current = join(dir, "this.xlsx");
  const out = join(dir, "compare-out.xlsx");
  writeFileSync(last, SAMPLE);
  writeFileSync(current, damaged(stylesCutDown));
  const r = await run("compare", last, current, "-o", out);
  expect(r.code).toBe(2);
  expect(r.err).toContain("ファイルが壊れているか");
  expect(existsSync(out)).toBe(false);
});

test("fill patches every sheet before it changes any: a damaged sheet leaves the others as they were", () => {
  const pkg = XlsxPackage.open(damaged(rowCutOff), zlibCodec);
  const edits = proposeFill(pkg.grid(), { lang: "ja" });
  const first = pkg.findSheet(edits[0].sheet)!;
  expect(first.name).not.toBe("④-02");
  const before = pkg.text(first.part);
  expect(() => pkg.applyEdits(edits)).toThrow(WorkbookLoadError);
  expect(pkg.text(first.part)).toBe(before);
});

test("the preview refuses the change with its own message and keeps the workbook as it was", async () => {
  const gateway = new MemoryGateway();
  await gateway.load(damaged(rowCutOff), "plan.xlsx");
  const before = await gateway.readWorkbook();
  const edits = proposeFill(before, { lang: "ja" });
  await expect(gateway.applyEdits(edits)).rejects.toMatchObject({ code: "UnreadableFile", messageKey: "taskpane.error.damagedPart" });
  expect(await gateway.readWorkbook()).toEqual(before);

  const styles = new MemoryGateway();
  await styles.load(damaged(stylesCutDown), "plan.xlsx");
  const report = analyze(await styles.readWorkbook(), { source: "plan.xlsx", lang: "ja" });
  const unchanged = await styles.readWorkbook();
  const refused = styles.writeSheets(buildSummarySheets(report, { lang: "ja" }));
  await expect(refused).rejects.toBeInstanceOf(PreviewGatewayError);
  await expect(refused).rejects.toMatchObject({ messageKey: "taskpane.error.damagedPart" });
  expect(await styles.readWorkbook()).toEqual(unchanged);
});
