/**
 * A Strict OOXML workbook (Excel's "Strict Open XML Spreadsheet"): the sample saved in strict namespaces is read
 * like the transitional one, and the tabs summary adds to it are written in strict namespaces too (parts and
 * relationship types), so the package stays one conformance class. A transitional workbook gets none of them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../support/runCli";
import { XlsxPackage } from "../../../src/xlsx/package";
import { fflateCodec } from "../../../src/xlsx/package/fflateCodec";
import { ReportSchema } from "../../../src/core/model/schemas";
import { diffParts, strictCopy } from "../../support/packages";

const SAMPLE = join(__dirname, "..", "..", "..", "samples", "sodegaura-2016.xlsx");

const TRANSITIONAL = /schemas\.openxmlformats\.org\/(spreadsheetml\/2006|officeDocument\/2006\/relationships|drawingml\/2006)/;
const PURL = /purl\.oclc\.org\/ooxml/;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "shinchoku-strict-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The text of every XML part the summary added or rewrote. */
function writtenParts(before: XlsxPackage, after: XlsxPackage): Map<string, string> {
  const { changed, added } = diffParts(before, after);
  return new Map([...changed, ...added].filter((n) => /\.(xml|rels)$/.test(n)).map((n) => [n, after.text(n)]));
}

test("a strict workbook reads like the transitional one, and summary writes its tabs in strict namespaces", async () => {
  const input = join(dir, "strict.xlsx");
  writeFileSync(input, strictCopy(readFileSync(SAMPLE)));
  const checked = ReportSchema.parse(JSON.parse((await run("check", input, "--json")).out));
  const plain = ReportSchema.parse(JSON.parse((await run("check", SAMPLE, "--json")).out));
  expect(checked.measures).toHaveLength(14);
  expect(checked.findings.map((f) => f.rule)).toEqual(plain.findings.map((f) => f.rule));

  const output = join(dir, "strict-summary.xlsx");
  expect((await run("summary", input, "-o", output)).code).toBe(0);
  const before = XlsxPackage.open(readFileSync(input), fflateCodec);
  const after = XlsxPackage.open(readFileSync(output), fflateCodec);
  const written = writtenParts(before, after);
  // The tabs, their tables, the chart of 年度別 with its drawing, their relationships, and the registers.
  expect([...written.keys()].filter((n) => n.startsWith("xl/charts/"))).toHaveLength(1);
  expect([...written.keys()].filter((n) => n.startsWith("xl/tables/")).length).toBeGreaterThan(0);
  for (const [name, text] of written) {
    if (name === "[Content_Types].xml" || name === "docProps/app.xml") continue;
    expect({ name, transitional: TRANSITIONAL.test(text) }).toEqual({ name, transitional: false });
  }
  expect(written.get("xl/_rels/workbook.xml.rels")).toContain('Type="http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet"');
  expect(after.sheets.map((s) => s.name).slice(-5)).toEqual(["進捗一覧", "遅延施策", "担当課別", "年度別", "検証結果"]);
  expect(after.markers()).toHaveLength(5);
  // The output reads back: its measures and the tabs Shinchoku made.
  const again = ReportSchema.parse(JSON.parse((await run("check", output, "--json")).out));
  expect(again.measures).toHaveLength(14);
});

test("a transitional workbook's summary has no strict namespace in it", async () => {
  const output = join(dir, "summary.xlsx");
  expect((await run("summary", SAMPLE, "-o", output)).code).toBe(0);
  const written = writtenParts(XlsxPackage.open(readFileSync(SAMPLE), fflateCodec), XlsxPackage.open(readFileSync(output), fflateCodec));
  expect(written.size).toBeGreaterThan(10);
  for (const [name, text] of written) expect({ name, strict: PURL.test(text) }).toEqual({ name, strict: false });
});
