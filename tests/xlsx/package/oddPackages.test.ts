/**
 * Packages other writers make that Excel opens, found by running every command over a thousand workbooks saved
 * by Excel and by other libraries: summary must leave each one as consistent as it found it, and no write may
 * change the bytes a package was read from.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../support/runCli";
import { XlsxPackage } from "../../../src/xlsx/package";
import { fflateCodec } from "../../../src/xlsx/package/fflateCodec";
import { contentTypeOf, CT, readContentTypes } from "../../../src/xlsx/package/contentTypes";
import { readRelationships } from "../../../src/xlsx/package/relationships";
import { readZip } from "../../../src/xlsx/package/zip";
import { zip } from "../../../scripts/make-bad-corpus";
import { child, parseXml } from "../../../src/xlsx/package/xml";
import { ReportSchema } from "../../../src/core/model/schemas";
import { backslashedCopy, diffParts, zip64Copy } from "../../support/packages";

const SAMPLE = readFileSync(join(__dirname, "..", "..", "..", "samples", "sodegaura-2016.xlsx"));
const RELS_TYPE = "application/vnd.openxmlformats-package.relationships+xml";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "shinchoku-odd-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function summary(bytes: Uint8Array, name: string): Promise<XlsxPackage> {
  const input = join(dir, name);
  const output = join(dir, `out-${name}`);
  writeFileSync(input, bytes);
  const r = await run("summary", input, "-o", output);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  return XlsxPackage.open(readFileSync(output), fflateCodec);
}

test("a package that types every part by an Override (no Default for .rels or .xml): the new .rels parts get theirs", async () => {
  const pkg = XlsxPackage.open(SAMPLE, fflateCodec);
  const ct = readContentTypes(pkg.text("[Content_Types].xml"));
  const overrides = pkg
    .partNames()
    .filter((n) => n !== "[Content_Types].xml")
    .map((n) => `<Override PartName="/${n}" ContentType="${contentTypeOf(ct, n)}"/>`)
    .join("");
  pkg.setText(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${overrides}</Types>`,
  );
  const out = await summary(pkg.toBytes(), "overrides-only.xlsx");
  const outCt = readContentTypes(out.text("[Content_Types].xml"));
  expect(outCt.defaults.size).toBe(0);
  const untyped = out.partNames().filter((n) => n !== "[Content_Types].xml" && contentTypeOf(outCt, n) === undefined);
  expect(untyped).toEqual([]);
  const newRels = out.partNames().filter((n) => n.endsWith(".rels") && !pkg.has(n));
  expect(newRels.length).toBeGreaterThan(0);
  for (const n of newRels) expect(contentTypeOf(outCt, n)).toBe(RELS_TYPE);
});

test("a workbook whose styles relationship points at a missing part: summary writes the part there, with no second relationship", async () => {
  const pkg = XlsxPackage.open(SAMPLE, fflateCodec);
  pkg.remove("xl/styles.xml");
  const out = await summary(pkg.toBytes(), "no-styles.xlsx");
  const rels = readRelationships("xl/_rels/workbook.xml.rels", out.text("xl/_rels/workbook.xml.rels"), "xl/workbook.xml");
  const styles = rels.list.filter((r) => r.type.endsWith("/styles"));
  expect(styles.map((r) => r.part)).toEqual(["xl/styles.xml"]);
  expect(out.has("xl/styles.xml")).toBe(true);
  expect(contentTypeOf(readContentTypes(out.text("[Content_Types].xml")), "xl/styles.xml")).toBe(STYLES_TYPE);
  expect(out.sheets.map((s) => s.name).slice(-5)).toEqual(["進捗一覧", "遅延施策", "担当課別", "年度別", "検証結果"]);
});

test.each([
  [
    "one empty element (<styleSheet/>, as Apache POI's test of bug 47889 has it)",
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xml:space="preserve"/>',
  ],
  [
    "empty lists",
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="0"/><fills count="0"/><borders count="0"/><cellXfs count="0"/></styleSheet>',
  ],
])("a styles part of %s: summary writes well-formed styles whose first entries are Excel's defaults, not a summary's", async (_, xml) => {
  const pkg = XlsxPackage.open(SAMPLE, fflateCodec);
  pkg.setText("xl/styles.xml", `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`);
  const out = await summary(pkg.toBytes(), "bare-styles.xlsx");
  const root = parseXml(out.text("xl/styles.xml"), "xl/styles.xml");
  const list = (name: string) => child(root, name)?.children ?? [];
  // Font, border and cell format 0 belong to every unstyled cell of the person's sheets; fills 0 and 1 are reserved.
  expect(list("fonts")[0].children.map((c) => c.name)).not.toContain("b");
  expect(
    list("fills")
      .slice(0, 2)
      .map((f) => child(f, "patternFill")?.attrs.patternType),
  ).toEqual(["none", "gray125"]);
  expect(list("borders")[0].children.every((side) => side.attrs.style === undefined)).toBe(true);
  expect(list("cellXfs")[0].attrs).toMatchObject({ numFmtId: "0", fontId: "0", fillId: "0", borderId: "0" });
  expect(list("cellStyleXfs")).toHaveLength(1);
  for (const name of ["fonts", "fills", "borders", "cellXfs"]) expect(Number(child(root, name)?.attrs.count)).toBe(list(name).length);
  // The summary's own cells use formats past the reserved ones.
  const tab = out.sheets.find((s) => s.name === "進捗一覧")!;
  const styles = [...out.text(tab.part).matchAll(/ s="(\d+)"/g)].map((m) => Number(m[1]));
  expect(Math.min(...styles)).toBeGreaterThan(0);
});

test.each([
  ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
  ["xl/worksheets/sheet1.xml", "xl/worksheets/Sheet1.xml"],
])(
  "two zip entries named %s and %s (Apache POI's duplicate-entry tests): refused as damaged, not read one way here and another in Excel",
  (a, b) => {
    const pkg = XlsxPackage.open(SAMPLE, fflateCodec);
    const entries = pkg.zip.entries.map((e) => e.name);
    const files: [string, string][] = entries.map((n) => [n, pkg.text(n)]);
    files.push([b, pkg.text(a).replace(/<sheetData>[\s\S]*<\/sheetData>/, "<sheetData/>")]);
    const bytes = zip(files);
    expect(() => readZip(bytes)).toThrow(/two entries named/);
    expect(() => XlsxPackage.open(bytes, fflateCodec)).toThrow(expect.objectContaining({ kind: "unreadable" }));
  },
);

test("a part whose bytes fail the zip's checksum (a damaged byte deflate cannot notice): every command refuses the file, in both languages", async () => {
  const bytes = Buffer.from(SAMPLE);
  // The central record's crc of one sheet, one bit off.
  const entry = readZip(bytes).byName.get("xl/worksheets/sheet3.xml")!;
  const at = entry.central.byteOffset - bytes.byteOffset;
  expect(bytes.readUInt32LE(at)).toBe(0x02014b50);
  bytes.writeUInt32LE(bytes.readUInt32LE(at + 16) ^ 1, at + 16);
  const input = join(dir, "bad-crc.xlsx");
  writeFileSync(input, bytes);
  for (const [command, ...rest] of [
    ["check"],
    ["fill", "-o", join(dir, "bad-crc-fill.xlsx")],
    ["summary", "-o", join(dir, "bad-crc-sum.xlsx")],
  ]) {
    for (const lang of ["ja", "en"]) {
      const r = await run(command, input, ...rest, "--lang", lang);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(lang === "ja" ? /ファイルが壊れているか/ : /the file is damaged/);
      expect(r.err).not.toMatch(/\s+at /);
    }
  }
  expect(existsSync(join(dir, "bad-crc-fill.xlsx")) || existsSync(join(dir, "bad-crc-sum.xlsx"))).toBe(false);
});

test.each([
  [
    "an .xltx",
    "sodegaura-2016.xlsx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
    ".xlsx",
    CT.workbook,
  ],
  ["an .xltm", "excel-style.xlsm", "application/vnd.ms-excel.template.macroEnabled.main+xml", ".xlsm", CT.macroWorkbook],
])(
  "a template (%s) written by fill or summary is a workbook, as Excel makes one from it: its main part's type says so",
  async (_, file, templateType, ext, workbookType) => {
    const source = file.startsWith("sodegaura") ? SAMPLE : readFileSync(join(__dirname, "..", "..", "fixtures", "writers", file));
    const pkg = XlsxPackage.open(source, fflateCodec);
    const main = pkg.workbookPartName;
    // Unlocked first where the structure is locked (summary refuses a locked one, as Excel does).
    pkg.setText(main, pkg.text(main).replace(/lockStructure="(1|true)"/, 'lockStructure="0"'));
    pkg.setText(
      "[Content_Types].xml",
      pkg.text("[Content_Types].xml").replace(/ContentType="[^"]*\.main\+xml"/, `ContentType="${templateType}"`),
    );
    const template = join(dir, `template${ext.replace("s", "t")}`);
    writeFileSync(template, pkg.toBytes());
    expect(contentTypeOf(readContentTypes(XlsxPackage.open(readFileSync(template), fflateCodec).text("[Content_Types].xml")), main)).toBe(
      templateType,
    );
    for (const command of ["fill", "summary"]) {
      const out = join(dir, `from-template-${command}${ext}`);
      const r = await run(command, template, "-o", out);
      expect(r.err).toBe("");
      const written = XlsxPackage.open(readFileSync(out), fflateCodec);
      expect(contentTypeOf(readContentTypes(written.text("[Content_Types].xml")), main)).toBe(workbookType);
      expect(written.isMacroEnabled()).toBe(ext === ".xlsm");
    }
    // The template itself is untouched.
    expect(contentTypeOf(readContentTypes(XlsxPackage.open(readFileSync(template), fflateCodec).text("[Content_Types].xml")), main)).toBe(
      templateType,
    );
  },
);

test("an Excel 2007 beta workbook (its own namespace, which no release of Excel reads) is no .xlsx, not a damaged one", () => {
  const pkg = XlsxPackage.open(SAMPLE, fflateCodec);
  pkg.setText(
    "xl/workbook.xml",
    pkg
      .text("xl/workbook.xml")
      .replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://schemas.microsoft.com/office/excel/2006/2"),
  );
  expect(() => XlsxPackage.open(pkg.toBytes(), fflateCodec)).toThrow(expect.objectContaining({ kind: "not-xlsx" }));
});

test("writing a package leaves the bytes it was read from untouched (a Node Buffer, as the command line reads a file)", () => {
  const bytes = Buffer.from(SAMPLE);
  const pkg = XlsxPackage.open(bytes, fflateCodec);
  // A part that grows moves every part after it: their offsets change in the copy, never in the source.
  pkg.setText("[Content_Types].xml", pkg.text("[Content_Types].xml").replace("</Types>", `${" ".repeat(4000)}</Types>`));
  expect(pkg.partNames()[0]).toBe("[Content_Types].xml");
  const first = pkg.toBytes();
  expect(Buffer.compare(bytes, SAMPLE)).toBe(0);
  // The same bytes open again, and a second write gives the same file.
  expect(XlsxPackage.open(bytes, fflateCodec).sheets).toHaveLength(14);
  expect(Buffer.compare(Buffer.from(pkg.toBytes()), Buffer.from(first))).toBe(0);
});

test("a package whose folders are separated by backslashes (some .NET writers; Excel opens it) is read, and written with slashes", async () => {
  const pkg = XlsxPackage.open(SAMPLE, fflateCodec);
  const bytes = backslashedCopy(SAMPLE);
  expect(readZip(bytes).entries.map((e) => e.name)).toContain("xl/workbook.xml");
  const input = join(dir, "backslashes.xlsx");
  writeFileSync(input, bytes);
  const checked = ReportSchema.parse(JSON.parse((await run("check", input, "--json")).out));
  expect(checked.measures).toHaveLength(14);
  const out = await summary(bytes, "backslashes.xlsx");
  expect(out.sheets.map((s) => s.name).slice(-5)).toEqual(["進捗一覧", "遅延施策", "担当課別", "年度別", "検証結果"]);
  // Untouched parts are copied as they were (their data byte for byte), named with slashes as the zip format asks;
  // each part is in the output once.
  const names = readZip(readFileSync(join(dir, "out-backslashes.xlsx"))).entries.map((e) => e.name);
  expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  expect(out.text("xl/worksheets/sheet1.xml")).toBe(pkg.text("xl/worksheets/sheet1.xml"));
  const raw = Buffer.from(readFileSync(join(dir, "out-backslashes.xlsx"))).toString("latin1");
  expect(raw).toContain("xl/worksheets/sheet1.xml");
  expect(raw).not.toMatch(/(xl|_rels|docProps)\\/);
  // fill rewrites the sheets it fills: each is in the output once, under one name, with its new cells.
  const filled = join(dir, "filled-backslashes.xlsx");
  const r = await run("fill", input, "-o", filled);
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/33 件の変更/);
  const fillNames = readZip(readFileSync(filled)).entries.map((e) => e.name.toLowerCase());
  expect(new Set(fillNames).size).toBe(fillNames.length);
  expect((await run("fill", filled, "-o", join(dir, "filled-again.xlsx"))).out).toMatch(/^(変更はありません|.*0 件の変更)/m);
});

describe("a package zipped with ZIP64 records (Apache POI's Zip64Mode.Always, libxlsxwriter's use_zip64; Excel opens it)", () => {
  test.each([
    ["sizes in the headers", false],
    ["sizes streamed after each part's data", true],
  ])(
    "%s: check reads what it reads from the classic package; summary and fill write the same parts, in classic records",
    async (_, streamed) => {
      const bytes = zip64Copy(SAMPLE, { streamed });
      expect(readZip(bytes).entries.every((e) => e.zip64)).toBe(true);
      // The same file name in two folders: the summary writes the file's name into its tabs.
      const folders = { zip64: join(dir, `zip64-${streamed}`), classic: join(dir, `classic-${streamed}`) };
      for (const [kind, folder] of Object.entries(folders)) {
        mkdirSync(folder);
        writeFileSync(join(folder, "plan.xlsx"), kind === "zip64" ? bytes : SAMPLE);
      }
      const report = async (folder: string) => JSON.parse((await run("check", join(folder, "plan.xlsx"), "--json")).out);
      expect(await report(folders.zip64)).toEqual(await report(folders.classic));

      for (const command of ["summary", "fill"]) {
        const written: Record<string, Buffer> = {};
        for (const [kind, folder] of Object.entries(folders)) {
          expect((await run(command, join(folder, "plan.xlsx"), "-o", join(folder, `${command}.xlsx`))).code).toBe(0);
          written[kind] = readFileSync(join(folder, `${command}.xlsx`));
        }
        const parts = diffParts(XlsxPackage.open(written.classic, fflateCodec), XlsxPackage.open(written.zip64, fflateCodec));
        expect(parts).toEqual({ changed: [], gone: [], added: [] });
        // No ZIP64 record is left: not in a header, not at the end (LibreOffice 7.4 and WPS cannot open one).
        expect(readZip(written.zip64).entries.some((e) => e.zip64)).toBe(false);
        expect(written.zip64.includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(false);
      }
    },
  );

  test("a ZIP64 size past the limit is refused as too large before anything is inflated", () => {
    const bytes = Buffer.from(zip64Copy(SAMPLE));
    // The first central record's ZIP64 extra field: its uncompressed size, 5 GB.
    const cd = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const extra = cd + 46 + bytes.readUInt16LE(cd + 28);
    expect(bytes.readUInt16LE(extra)).toBe(1);
    bytes.writeBigUInt64LE(5n * 1024n ** 3n, extra + 4);
    expect(() => XlsxPackage.open(bytes, fflateCodec)).toThrow(expect.objectContaining({ kind: "too-large" }));
  });

  test("a ZIP64 record without its extra field is damaged, not too large", () => {
    const bytes = Buffer.from(zip64Copy(SAMPLE));
    const cd = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const extra = cd + 46 + bytes.readUInt16LE(cd + 28);
    bytes.writeUInt16LE(0x9999, extra);
    expect(() => XlsxPackage.open(bytes, fflateCodec)).toThrow(expect.objectContaining({ kind: "unreadable" }));
  });
});
