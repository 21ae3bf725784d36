/**
 * A corpus of bad and awkward input files for the command line ("nothing lost, nothing crashes"): empty,
 * random, not a workbook, damaged, encrypted, huge, odd cells, odd sheet names. Every entry is built from
 * code, so no binary file is committed; each says what the CLI must answer for it (exit code + message key,
 * or a report), which tests/corpus checks and the README's Reliability table is printed from.
 *
 * Run: npx tsx scripts/make-bad-corpus.ts [DIR] [--table]   (DIR defaults to out/bad-corpus)
 */
import { execFileSync } from "node:child_process";
import { chmodSync, linkSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { buildMeasureSheetSpec, measureCells, type MeasureCells, type MeasureSheetInput } from "../src/core/produce/layout";
import { addSheetFromSpec, createWorkbook, workbookToBuffer } from "../tests/support/exceljs";
import type { CliKey } from "../src/node/messages";

const SAMPLES = join(__dirname, "..", "samples");

// ---------------------------------------------------------------------------------------------------
// What the CLI must answer

/**
 * `report`: the file is read; `check` exits `check` (0 or 1) with `measures` measures, fill/summary/export
 * exit 0 and write their output. `mentions`: texts the human `check` output must contain (quoted sheet
 * addresses).
 * `refused`: exit 2 on every command with the catalogue message `key` (its `{detail}` given by the catalogue
 * key `reason`, when there is one), and no output file.
 */
export type CorpusExpectation =
  { outcome: "report"; check: 0 | 1; measures: number; mentions?: string[] } | { outcome: "refused"; key: CliKey; reason?: CliKey };

export interface CorpusEntry {
  /** File (or folder) name inside the corpus folder. */
  name: string;
  /** What it is, for the table. */
  what: string;
  expect: CorpusExpectation;
  /** A folder in place of a file; a file without read permission. */
  kind?: "directory" | "no-read-permission";
  build?: () => Promise<Uint8Array> | Uint8Array;
}

/** Output paths that must be refused whatever the input (`-o`); `target` is relative to the corpus folder. */
export interface OutputCase {
  name: string;
  what: string;
  key: CliKey;
  reason?: CliKey;
  /** Only meaningful for a user without root's right to write anywhere. */
  unprivileged?: boolean;
  /** Makes what the case needs beside the input (a link, a folder). */
  prepare?: (dir: string, input: string) => void;
  /** The input is `good.xlsx` in the corpus folder; returns the `-o` argument. */
  target: (dir: string) => string;
}

// ---------------------------------------------------------------------------------------------------
// Bytes: a seeded generator, zip packages, a compound file (the OLE2 container of .xls)

/** mulberry32: the same "random" bytes on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomBytes(length: number, seed: number): Uint8Array {
  const next = prng(seed);
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = Math.floor(next() * 256);
  return out;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** A zip of deflated entries in order: by name, or as a list, which may name one entry twice (as a damaged package does). */
export function zip(entries: Record<string, string | Uint8Array> | [string, string | Uint8Array][]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Array.isArray(entries) ? entries : Object.entries(entries)) {
    const data = typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content);
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, ...centrals, end]));
}

/** The entries of a zip (stored or deflated), by name, read through its central directory. */
export function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = buf.length - 22;
  while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error("not a zip");
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  const out: Record<string, Uint8Array> = {};
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const localAt = buf.readUInt32LE(p + 42);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLength);
    const dataAt = localAt + 30 + buf.readUInt16LE(localAt + 26) + buf.readUInt16LE(localAt + 28);
    const raw = buf.subarray(dataAt, dataAt + size);
    out[name] = new Uint8Array(method === 8 ? inflateRawSync(raw) : raw);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

/**
 * A compound file (OLE2/CFB, the container of .xls and of encrypted .xlsx): a valid header, one directory
 * sector naming `streams`, then junk. Enough for anything that looks at the signature or the names.
 */
function compoundFile(streams: string[], seed: number): Uint8Array {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3 (512-byte sectors)
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // sector shift
  header.writeUInt16LE(6, 32); // mini sector shift
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(0x1000, 56); // mini stream cutoff
  header.writeUInt32LE(0xfffffffe, 60);
  header.writeUInt32LE(0xfffffffe, 68);
  for (let i = 76; i < 512; i += 4) header.writeUInt32LE(0xffffffff, i);
  header.writeUInt32LE(0, 76); // DIFAT[0]: the FAT is sector 0
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0);
  fat.writeUInt32LE(0xfffffffe, 4);
  const directory = Buffer.alloc(512);
  ["Root Entry", ...streams].slice(0, 4).forEach((name, i) => {
    const at = i * 128;
    const utf16 = Buffer.from(`${name}\u0000`, "utf16le");
    utf16.copy(directory, at);
    directory.writeUInt16LE(utf16.length, at + 64);
    directory.writeUInt8(i === 0 ? 5 : 2, at + 66); // root storage, then streams
    directory.writeUInt32LE(0xffffffff, at + 68);
    directory.writeUInt32LE(0xffffffff, at + 72);
    directory.writeUInt32LE(i === 0 && streams.length > 0 ? 1 : 0xffffffff, at + 76);
  });
  return new Uint8Array(Buffer.concat([header, fat, directory, Buffer.from(randomBytes(4096, seed))]));
}

// ---------------------------------------------------------------------------------------------------
// Hand-made .xlsx packages (for what ExcelJS will not write)

const CT = "http://schemas.openxmlformats.org/package/2006/content-types";
const REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const OD = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

function xmlText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A minimal package: the given sheets (name + sheetData XML), or `workbookXml` as is. */
function handmadeXlsx(options: { sheets?: { name: string; rows: string }[]; workbookXml?: string }): Uint8Array {
  const sheets = options.sheets ?? [];
  const parts: Record<string, string> = {
    "[Content_Types].xml":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="${CT}">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join("") +
      `</Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${REL}"><Relationship Id="rId1" Type="${OD}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml":
      options.workbookXml ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${MAIN}" xmlns:r="${OD}"><sheets>` +
        sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
        `</sheets></workbook>`,
    "xl/_rels/workbook.xml.rels":
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${REL}">` +
      sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${OD}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("") +
      `</Relationships>`,
  };
  sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}"><sheetData>${s.rows}</sheetData></worksheet>`;
  });
  return zip(parts);
}

/** Inline-string cells, row by row: enough for a sheet whose name is the point. */
function inlineRows(rows: string[][]): string {
  return rows
    .map(
      (cells, r) =>
        `<row r="${r + 1}">${cells.map((v, c) => `<c r="${String.fromCharCode(65 + c)}${r + 1}" t="inlineStr"><is><t>${xmlText(v)}</t></is></c>`).join("")}</row>`,
    )
    .join("");
}

// ---------------------------------------------------------------------------------------------------
// Measure forms drawn from the seed, then spoiled

let seedCache: MeasureSheetInput[] | null = null;
function seed(): MeasureSheetInput[] {
  seedCache ??= JSON.parse(readFileSync(join(SAMPLES, "sodegaura-2016-sheets.json"), "utf8")) as MeasureSheetInput[];
  return seedCache;
}

/** Adds seed measure `index` as a sheet called `name`; `change` may alter the input first. */
function addForm(
  wb: ExcelJS.Workbook,
  name: string,
  index: number,
  change?: (m: MeasureSheetInput) => void,
  spec?: (s: ReturnType<typeof buildMeasureSheetSpec>) => ReturnType<typeof buildMeasureSheetSpec>,
): { ws: ExcelJS.Worksheet; cells: MeasureCells } {
  const m = structuredClone(seed()[index]);
  change?.(m);
  let s = buildMeasureSheetSpec(m, { sheetName: name });
  if (spec) s = spec(s);
  return { ws: addSheetFromSpec(wb, s, name), cells: measureCells(m.years.length) };
}

function formWorkbook(): ExcelJS.Workbook {
  const wb = createWorkbook();
  // Fixed document dates, as the sample workbook has.
  wb.created = new Date("2021-06-30T00:00:00Z");
  wb.modified = new Date("2021-06-30T00:00:00Z");
  return wb;
}

/** A clean two-measure workbook: the input of the output-path cases, and the base of the damaged ones. */
async function goodWorkbook(): Promise<Uint8Array> {
  const wb = formWorkbook();
  addForm(wb, "①-01", 0);
  addForm(wb, "①-02", 1);
  return workbookToBuffer(wb);
}

/** 1 MiB of text (HTML tags, fractions, a Heisei year past 31 in it) in H29's 進捗総括, 200,000 characters in its 作業内容. */
async function megabyteCell(): Promise<Uint8Array> {
  const wb = formWorkbook();
  const sentence = "計画通り進捗している。<br>袖ケ浦バスターミナルの利用者数は 1/7施設、14% で、目標達成は困難ではない。H32年度に続ける。";
  const text = sentence.repeat(Math.ceil(1_048_576 / sentence.length)).slice(0, 1_048_576);
  addForm(wb, "①-01", 0, (m) => {
    m.years[1].summary = text;
    m.years[1].workRaw = text.slice(0, 200_000);
  });
  return workbookToBuffer(wb);
}

async function formulas(): Promise<Uint8Array> {
  const wb = formWorkbook();
  const { ws, cells } = addForm(wb, "①-01", 0);
  const y = cells.years;
  // 施策番号 as a HYPERLINK formula with its cached result; a link to the city's page as the name.
  ws.getCell(cells.number).value = { formula: `HYPERLINK("#'①-01'!A1","①-01")`, result: "①-01" } as ExcelJS.CellFormulaValue;
  ws.getCell(cells.name).value = {
    formula: `HYPERLINK("https://www.city.sodegaura.lg.jp/","Wi-Fi設備の導入")`,
    result: "Wi-Fi設備の導入",
  } as ExcelJS.CellFormulaValue;
  // A computed percentage with its cached result; the same without one (never calculated).
  ws.getCell(y[1].effect).value = { formula: "1/7", result: 1 / 7 } as ExcelJS.CellFormulaValue;
  ws.getCell(y[1].effect).numFmt = "0%";
  ws.getCell(y[2].effect).value = { formula: "3/7" } as ExcelJS.CellFormulaValue;
  ws.getCell(y[2].effect).numFmt = "0%";
  // A year label built by a formula, with and without a result.
  ws.getCell(y[3].label).value = { formula: `"R"&1&"年度"`, result: "R1年度" } as ExcelJS.CellFormulaValue;
  ws.getCell(y[4].label).value = { formula: `"R"&2&"年度"` } as ExcelJS.CellFormulaValue;
  // Summaries: a formula without a result, and one whose result is itself formula-like text.
  ws.getCell(y[3].summary).value = { formula: `CONCATENATE("計画通り","進捗している。")` } as ExcelJS.CellFormulaValue;
  ws.getCell(y[4].summary).value = {
    formula: `T("=HYPERLINK(""https://example.com/"",""詳細"")")`,
    result: `=HYPERLINK("https://example.com/","詳細")`,
  } as ExcelJS.CellFormulaValue;
  // Plain text that an export must not let a spreadsheet run: =, +, @ at the start.
  ws.getCell(y[0].work).value = `=HYPERLINK("https://example.com/?q="&A1,"詳細はこちら")`;
  ws.getCell(y[1].work).value = "+81-438-62-2111 に問い合わせ";
  ws.getCell(y[2].work).value = "@SUM(1+1)";
  return workbookToBuffer(wb);
}

async function richText(): Promise<Uint8Array> {
  const wb = formWorkbook();
  const { ws, cells } = addForm(wb, "①-01", 0);
  const rich = (...runs: [string, boolean][]): ExcelJS.CellRichTextValue => ({
    richText: runs.map(([text, bold]) => ({ text, font: bold ? { bold: true, color: { argb: "FFC00000" } } : { size: 9 } })),
  });
  ws.getCell(cells.numberLabel).value = rich(["施策", true], ["番号", false]);
  ws.getCell(cells.departmentLabel).value = rich(["担当", false], ["部署", true]);
  ws.getCell(cells.progressHeader).value = rich(["進捗", true], ["総括", false]);
  ws.getCell(cells.years[0].label).value = rich(["H28", true], ["年度", false]);
  ws.getCell(cells.years[1].summary).value = rich(
    ["袖ケ浦バスターミナルへの試験導入を実施しており、", false],
    ["計画通り進捗している。", true],
  );
  ws.getCell(cells.years[2].summary).value = rich(["遅れが生じている", true], ["。", false]);
  ws.getCell(cells.years[1].effect).value = rich(["14%", true], [" (1/7施設)", false]);
  return workbookToBuffer(wb);
}

async function dates(): Promise<Uint8Array> {
  const wb = formWorkbook();
  const { ws, cells } = addForm(wb, "①-01", 0);
  cells.years.forEach((y, i) => {
    ws.getCell(y.label).value = new Date(Date.UTC(2016 + i, 3, 1));
    ws.getCell(y.label).numFmt = "ggge年度";
  });
  ws.getCell(cells.years[1].effect).value = new Date(Date.UTC(2017, 6, 31));
  ws.getCell(cells.years[2].effect).value = new Date(Date.UTC(2019, 2, 31));
  ws.getCell(cells.years[2].effect).numFmt = "yyyy/m/d";
  return workbookToBuffer(wb);
}

async function mergedForm(): Promise<Uint8Array> {
  const wb = formWorkbook();
  // The whole form under one merged area (its own merges dropped, which ExcelJS would refuse to overlap).
  const { ws } = addForm(wb, "①-01", 0, undefined, (s) => ({ ...s, merges: [] }));
  ws.mergeCells("A1:G20");
  // A second sheet: every year row merged from 計画・設計 to 進捗総括.
  const second = addForm(wb, "①-02", 1);
  for (const y of second.cells.years) second.ws.mergeCells(`${y.plan}:${y.summary}`);
  return workbookToBuffer(wb);
}

async function hiddenSheets(): Promise<Uint8Array> {
  const wb = formWorkbook();
  const cover = wb.addWorksheet("表紙");
  cover.getCell("A1").value = "施策進行管理シート 提出用";
  addForm(wb, "①-01", 0).ws.state = "hidden";
  addForm(wb, "①-02", 1).ws.state = "veryHidden";
  return workbookToBuffer(wb);
}

/** Names Excel allows that an address must quote; each sheet misses its 施策名 so it has an error to point at. */
export const ODD_SHEET_NAMES = [
  "Sheet 1",
  "it's",
  "x".repeat(31),
  "袖ケ浦市情報化推進計画２０１６施策進行管理シート①",
  "2021",
  "a!b",
  "(案) ①-03",
  "#REF! 集計",
] as const;

async function sheetNames(): Promise<Uint8Array> {
  const wb = formWorkbook();
  ODD_SHEET_NAMES.forEach((name, i) =>
    addForm(wb, name, i, (m) => {
      m.name = "";
    }),
  );
  return workbookToBuffer(wb);
}

/** Names ExcelJS will not write (other tools do): past 31 characters, Excel's forbidden characters, two equal but for case, a leading quote. */
function sheetNamesPastTheLimits(): Uint8Array {
  const rows = inlineRows([
    ["施策番号", "①-01"],
    ["施策名", ""],
  ]);
  return handmadeXlsx({
    sheets: [
      { name: "施".repeat(40), rows },
      { name: "a[1]:b*?/c\\", rows },
      { name: "Sheet", rows },
      { name: "SHEET", rows },
      { name: "'quoted'", rows },
    ],
  });
}

async function errorValues(): Promise<Uint8Array> {
  const wb = formWorkbook();
  const { ws, cells } = addForm(wb, "①-01", 0);
  const y = cells.years;
  ws.getCell(cells.number).value = { error: "#REF!" } as ExcelJS.CellErrorValue;
  ws.getCell(cells.departmentLabel).value = { error: "#NAME?" } as ExcelJS.CellErrorValue;
  ws.getCell(y[1].label).value = { error: "#N/A" } as ExcelJS.CellErrorValue;
  ws.getCell(y[1].summary).value = { error: "#VALUE!" } as ExcelJS.CellErrorValue;
  ws.getCell(y[2].effect).value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
  ws.getCell(y[3].effect).value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
  return workbookToBuffer(wb);
}

/** The good workbook with 300,000 unused strings (≈ 22 MB of XML) appended to its shared-strings table. */
async function hugeSharedStrings(): Promise<Uint8Array> {
  const parts = unzip(await goodWorkbook());
  const sst = Buffer.from(parts["xl/sharedStrings.xml"]).toString("utf8");
  const extra: string[] = [];
  for (let i = 0; i < 300_000; i++) extra.push(`<si><t>未使用の文字列 ${i} 計画通り進捗している</t></si>`);
  const count = (sst.match(/<si>/g) ?? []).length + extra.length;
  parts["xl/sharedStrings.xml"] = new Uint8Array(
    Buffer.from(
      sst
        .replace(/count="\d+"/, `count="${count}"`)
        .replace(/uniqueCount="\d+"/, `uniqueCount="${count}"`)
        .replace("</sst>", `${extra.join("")}</sst>`),
      "utf8",
    ),
  );
  return zip(parts);
}

/** A cell pointing past the end of the shared-strings table. */
async function sharedStringOutOfRange(): Promise<Uint8Array> {
  const parts = unzip(await goodWorkbook());
  const sheet = Buffer.from(parts["xl/worksheets/sheet1.xml"]).toString("utf8");
  // The first shared-string cell (the title) now names string 999999.
  parts["xl/worksheets/sheet1.xml"] = new Uint8Array(
    Buffer.from(sheet.replace(/(<c [^>]*t="s"[^>]*><v>)\d+(<\/v>)/, "$1999999$2"), "utf8"),
  );
  return zip(parts);
}

export const BIG_ROWS = 50_000;

/** Two measure sheets and a 明細 sheet of 50,000 rows (numbers, text, dates), written as XML directly: ExcelJS is slow at this size. */
async function fiftyThousandRows(): Promise<Uint8Array> {
  const wb = formWorkbook();
  addForm(wb, "①-01", 0);
  addForm(wb, "①-02", 1);
  wb.addWorksheet("明細").getCell("A1").value = "placeholder";
  const parts = unzip(await workbookToBuffer(wb));
  const rows: string[] = [
    `<row r="1"><c r="A1" t="inlineStr"><is><t>番号</t></is></c><c r="B1" t="inlineStr"><is><t>施設</t></is></c><c r="C1" t="inlineStr"><is><t>利用日</t></is></c><c r="D1" t="inlineStr"><is><t>接続数</t></is></c></row>`,
  ];
  for (let r = 2; r <= BIG_ROWS + 1; r++) {
    rows.push(
      `<row r="${r}"><c r="A${r}"><v>${r - 1}</v></c><c r="B${r}" t="inlineStr"><is><t>施設${r % 97}</t></is></c>` +
        `<c r="C${r}" s="0"><v>${43191 + (r % 365)}</v></c><c r="D${r}"><v>${(r * 7919) % 1000}</v></c></row>`,
    );
  }
  const name = Object.keys(parts).find((p) => /^xl\/worksheets\/sheet3\.xml$/.test(p));
  if (!name) throw new Error("the 明細 sheet part is missing");
  const xml = Buffer.from(parts[name]).toString("utf8");
  parts[name] = new Uint8Array(
    Buffer.from(
      xml
        .replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${rows.join("")}</sheetData>`)
        .replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:D${BIG_ROWS + 1}"/>`),
      "utf8",
    ),
  );
  return zip(parts);
}

// ---------------------------------------------------------------------------------------------------
// The corpus

const NOT_XLSX = { outcome: "refused", key: "file.not-xlsx", reason: "file.reason.not-xlsx" } as const;
const DAMAGED = { outcome: "refused", key: "file.unreadable", reason: "file.reason.damaged" } as const;

export const CORPUS: readonly CorpusEntry[] = [
  {
    name: "good.xlsx",
    what: "a clean workbook of two measures (the control)",
    expect: { outcome: "report", check: 0, measures: 2 },
    build: goodWorkbook,
  },
  { name: "empty.xlsx", what: "an empty file (0 bytes)", expect: NOT_XLSX, build: () => new Uint8Array(0) },
  { name: "random-bytes.xlsx", what: "64 KB of random bytes", expect: NOT_XLSX, build: () => randomBytes(65_536, 1) },
  {
    name: "zip-header-junk.xlsx",
    what: "a zip signature followed by random bytes",
    expect: DAMAGED,
    build: () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...randomBytes(8192, 2)]),
  },
  {
    name: "zip-no-workbook.xlsx",
    what: "a zip that is no workbook (a text file inside)",
    expect: NOT_XLSX,
    build: () => zip({ "readme.txt": "施策進行管理シート" }),
  },
  {
    name: "broken-workbook-xml.xlsx",
    what: "a package whose xl/workbook.xml is cut off mid-tag",
    expect: DAMAGED,
    build: () => handmadeXlsx({ workbookXml: `<?xml version="1.0"?><workbook xmlns="${MAIN}"><sheets><sheet name="①-01" sheetId=` }),
  },
  {
    name: "no-sheets.xlsx",
    what: "a well-formed workbook with no sheets at all",
    expect: { outcome: "refused", key: "file.no-sheets" },
    build: () => handmadeXlsx({ sheets: [] }),
  },
  {
    name: "xlsb-renamed.xlsx",
    what: "a binary workbook (.xlsb) renamed .xlsx",
    expect: { ...NOT_XLSX, reason: "file.reason.xlsb" },
    build: () =>
      zip({
        "[Content_Types].xml": `<Types xmlns="${CT}"/>`,
        "xl/workbook.bin": randomBytes(512, 5),
        "xl/worksheets/sheet1.bin": randomBytes(2048, 6),
      }),
  },
  {
    name: "ods-renamed.xlsx",
    what: "an OpenDocument spreadsheet (.ods) renamed .xlsx",
    expect: { ...NOT_XLSX, reason: "file.reason.ods" },
    build: () =>
      zip({
        mimetype: "application/vnd.oasis.opendocument.spreadsheet",
        "content.xml": `<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>`,
      }),
  },
  {
    name: "csv-renamed.xlsx",
    what: "a CSV file renamed .xlsx",
    expect: NOT_XLSX,
    build: () => new Uint8Array(Buffer.from("\uFEFF施策番号,施策名,担当部署\r\n①-01,Wi-Fi設備の導入,企画課\r\n", "utf8")),
  },
  {
    name: "legacy.xls.xlsx",
    what: "a legacy .xls (OLE2 compound file) renamed .xlsx",
    expect: NOT_XLSX,
    build: () => compoundFile(["Workbook", "\u0005SummaryInformation"], 3),
  },
  {
    name: "encrypted.xlsx",
    what: "a password-protected workbook (compound file with EncryptionInfo / EncryptedPackage)",
    expect: { outcome: "refused", key: "file.encrypted" },
    build: () => compoundFile(["EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"], 4),
  },
  {
    name: "truncated.xlsx",
    what: "the first half of the sample workbook",
    expect: DAMAGED,
    build: () => {
      const real = readFileSync(join(SAMPLES, "sodegaura-2016.xlsx"));
      return new Uint8Array(real.subarray(0, Math.floor(real.length / 2)));
    },
  },
  {
    name: "rows-50000.xlsx",
    what: `two measures and a sheet of ${BIG_ROWS.toLocaleString("en")} rows`,
    expect: { outcome: "report", check: 0, measures: 2 },
    build: fiftyThousandRows,
  },
  {
    name: "cell-1mb.xlsx",
    what: "a 1 MB 進捗総括 cell in a measure form",
    expect: { outcome: "report", check: 0, measures: 1 },
    build: megabyteCell,
  },
  {
    name: "formulas.xlsx",
    what: "formulas with and without cached results, =HYPERLINK(…), text starting with = + @",
    expect: { outcome: "report", check: 1, measures: 1 },
    build: formulas,
  },
  {
    name: "rich-text.xlsx",
    what: "rich text in labels, a year label and summaries",
    expect: { outcome: "report", check: 0, measures: 1 },
    build: richText,
  },
  {
    name: "dates.xlsx",
    what: "dates in the year-label cells (read as their fiscal year) and effect cells",
    expect: { outcome: "report", check: 0, measures: 1 },
    build: dates,
  },
  {
    name: "merged-form.xlsx",
    what: "a form under one merged area A1:G20; year rows merged across",
    expect: { outcome: "report", check: 1, measures: 1 },
    build: mergedForm,
  },
  {
    name: "hidden-sheets.xlsx",
    what: "measure sheets hidden and very hidden behind a cover sheet",
    expect: { outcome: "report", check: 0, measures: 2 },
    build: hiddenSheets,
  },
  {
    name: "sheet-names.xlsx",
    what: "sheet names with a space, a quote, 31 characters, Japanese, digits only, ! and (",
    expect: {
      outcome: "report",
      check: 1,
      measures: ODD_SHEET_NAMES.length,
      mentions: [
        "'Sheet 1'!",
        "'it''s'!",
        `${"x".repeat(31)}!`,
        "袖ケ浦市情報化推進計画２０１６施策進行管理シート①!",
        "'2021'!",
        "'a!b'!",
        "'(案) ①-03'!",
        "'#REF! 集計'!",
      ],
    },
    build: sheetNames,
  },
  {
    name: "sheet-names-past-limits.xlsx",
    what: "sheet names ExcelJS will not write: 40 characters, [ ] : * ? / \\, two equal but for case, a leading quote",
    expect: { outcome: "refused", key: "file.unreadable", reason: "file.reason.sheet-name" },
    build: sheetNamesPastTheLimits,
  },
  {
    name: "error-values.xlsx",
    what: "#REF!, #N/A, #VALUE!, #DIV/0! in form cells",
    expect: { outcome: "report", check: 1, measures: 1 },
    build: errorValues,
  },
  {
    name: "huge-shared-strings.xlsx",
    what: "a shared-strings table of 300,000 strings (22 MB of XML, 0.8 MB zipped)",
    expect: { outcome: "report", check: 0, measures: 2 },
    build: hugeSharedStrings,
  },
  {
    name: "shared-string-out-of-range.xlsx",
    what: "a cell naming a shared string past the end of the table",
    expect: DAMAGED,
    build: sharedStringOutOfRange,
  },
  { name: "folder.xlsx", what: "a folder passed as FILE", expect: { outcome: "refused", key: "file.unreadable" }, kind: "directory" },
  {
    name: "no-permission.xlsx",
    what: "a file without read permission",
    expect: { outcome: "refused", key: "file.unreadable", reason: "file.reason.no-permission" },
    kind: "no-read-permission",
    build: goodWorkbook,
  },
];

export const OUTPUT_CASES: readonly OutputCase[] = [
  {
    name: "missing-folder",
    what: "-o into a folder that does not exist",
    key: "file.write-failed",
    reason: "file.reason.no-folder",
    target: (dir) => join(dir, "no-such-folder", "out.xlsx"),
  },
  {
    name: "existing-folder",
    what: "-o naming an existing folder",
    key: "file.write-failed",
    reason: "file.reason.is-folder",
    target: (dir) => join(dir, "folder.xlsx"),
  },
  {
    name: "read-only-folder",
    what: "-o into a folder without write permission",
    key: "file.write-failed",
    reason: "file.reason.no-permission",
    unprivileged: true,
    prepare: (dir) => {
      mkdirSync(join(dir, "read-only"), { recursive: true });
      chmodSync(join(dir, "read-only"), 0o555);
    },
    target: (dir) => join(dir, "read-only", "out.xlsx"),
  },
  {
    name: "named-pipe",
    what: "-o naming a named pipe (a FIFO): never replaced by a file",
    key: "file.write-failed",
    reason: "file.reason.not-regular",
    prepare: (dir) => execFileSync("mkfifo", [fresh(join(dir, "pipe.xlsx"))]),
    target: (dir) => join(dir, "pipe.xlsx"),
  },
  { name: "same-path", what: "-o equal to the input", key: "file.same-as-input", target: (dir) => join(dir, "good.xlsx") },
  {
    name: "dot-dot",
    what: "-o the input spelt ./x/../x/good.xlsx, relative to the working folder",
    key: "file.same-as-input",
    // Put together by hand: path.join would normalise the detour away.
    target: (dir) => `./${relative(process.cwd(), dir).split(sep).join("/")}/../${basename(dir)}/good.xlsx`,
  },
  {
    name: "symlink",
    what: "-o a symbolic link to the input",
    key: "file.same-as-input",
    prepare: (dir, input) => symlinkSync(input, fresh(join(dir, "link-to-good.xlsx"))),
    target: (dir) => join(dir, "link-to-good.xlsx"),
  },
  {
    name: "hard-link",
    what: "-o a hard link to the input",
    key: "file.same-as-input",
    prepare: (dir, input) => linkSync(input, fresh(join(dir, "hard-link-to-good.xlsx"))),
    target: (dir) => join(dir, "hard-link-to-good.xlsx"),
  },
];

/** Removes whatever is at `path` (from an earlier run), so the corpus can be rebuilt in place. */
function fresh(path: string): string {
  rmSync(path, { recursive: true, force: true });
  return path;
}

/**
 * Builds the corpus into `dir` (which must exist), and with good.xlsx what the output cases need; `only`
 * limits it to some names. Returns the paths written, by name.
 */
export async function writeCorpus(dir: string, only?: readonly string[]): Promise<Record<string, string>> {
  const written: Record<string, string> = {};
  for (const entry of CORPUS) {
    if (only && !only.includes(entry.name)) continue;
    const path = fresh(join(dir, entry.name));
    if (entry.kind === "directory") mkdirSync(path, { recursive: true });
    else {
      if (!entry.build) throw new Error(`${entry.name}: nothing to build`);
      writeFileSync(path, await entry.build());
      if (entry.kind === "no-read-permission") chmodSync(path, 0o000);
    }
    written[entry.name] = path;
  }
  const good = written["good.xlsx"];
  if (good) for (const c of OUTPUT_CASES) c.prepare?.(dir, good);
  return written;
}

/** The Markdown table of what the CLI gives for each file (README, Reliability). */
export function corpusTable(): string {
  const lines = ["| input | what it is | the CLI gives |", "|---|---|---|"];
  for (const e of CORPUS) {
    const x = e.expect;
    const gives =
      x.outcome === "refused"
        ? `exit 2, \`${x.key}\`${x.reason ? ` (\`${x.reason}\`)` : ""}, no output file`
        : `report: \`check\` exit ${x.check}, ${x.measures} measure${x.measures === 1 ? "" : "s"}; fill/summary/export exit 0`;
    lines.push(`| \`${e.name}\` | ${e.what.replace(/\|/g, "\\|")} | ${gives} |`);
  }
  for (const c of OUTPUT_CASES)
    lines.push(`| \`good.xlsx -o …\` | ${c.what} | exit 2, \`${c.key}\`${c.reason ? ` (\`${c.reason}\`)` : ""}, no output file |`);
  return lines.join("\n");
}

async function main() {
  const args = process.argv.slice(2);
  if (args.includes("--table")) {
    process.stdout.write(corpusTable() + "\n");
    return;
  }
  const dir = args.find((a) => !a.startsWith("--")) ?? join(__dirname, "..", "out", "bad-corpus");
  mkdirSync(dir, { recursive: true });
  const written = await writeCorpus(dir);
  process.stdout.write(`${Object.keys(written).length} inputs → ${dir}\n`);
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  });
}
