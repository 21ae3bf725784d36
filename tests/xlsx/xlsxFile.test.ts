/** Files on disk: bad files give a typed error, outputs appear whole or not at all, the input is never overwritten. */
import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import {
  packageGrid,
  readXlsxPackage,
  writePackageAtomic,
  writeTextFileAtomic,
  XlsxFileError,
  type XlsxFileErrorCode,
} from "../../src/node/xlsxFile";
import { XlsxPackage } from "../../src/xlsx/package";
import { workbookToBuffer } from "../support/exceljs";
import { cleanFixture } from "../fixtures/generate";
import { makeZip } from "./support/zip";
import { fflateCodec } from "../../src/xlsx/package/fflateCodec";

const OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
const SAMPLE = join(__dirname, "..", "..", "samples", "sodegaura-2016.xlsx");
let dir: string;

/** A file read as the command line reads it: the package, then its grid. */
async function readXlsxFile(path: string) {
  const pkg = await readXlsxPackage(path);
  return packageGrid(pkg, path);
}

async function fixturePackage(): Promise<XlsxPackage> {
  return XlsxPackage.open(new Uint8Array(await workbookToBuffer(cleanFixture().workbook())), fflateCodec);
}
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "shinchoku-xlsx-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function failure(p: Promise<unknown>): Promise<XlsxFileError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof XlsxFileError) return e;
    throw e;
  }
  throw new Error("expected an XlsxFileError");
}

describe("readXlsxFile", () => {
  test("reads the sample", async () => {
    expect((await readXlsxFile(SAMPLE)).sheets).toHaveLength(14);
  });

  const bad: [string, () => Uint8Array | string, XlsxFileErrorCode][] = [
    ["an empty file", () => new Uint8Array(0), "not-xlsx"],
    ["random bytes", () => new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)), "not-xlsx"],
    ["a CSV renamed .xlsx", () => "施策番号,施策名\n①-01,Wi-Fi\n", "not-xlsx"],
    ["a legacy .xls", () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]), "not-xlsx"],
    ["a zip that is no workbook", () => makeZip({ "hello.txt": "こんにちは" }), "not-xlsx"],
    ["a Word document", () => makeZip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }), "not-xlsx"],
    [
      "a Word document with its package relationships",
      () =>
        makeZip({
          "[Content_Types].xml": "<Types/>",
          "_rels/.rels": `<Relationships><Relationship Id="rId1" Type="${OFFICE_DOCUMENT}" Target="word/document.xml"/></Relationships>`,
          "word/document.xml": '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
        }),
      "not-xlsx",
    ],
    [
      "a workbook with broken XML",
      () =>
        makeZip({
          "[Content_Types].xml": "<Types/>",
          "_rels/.rels": `<Relationships><Relationship Id="rId1" Type="${OFFICE_DOCUMENT}" Target="xl/workbook.xml"/></Relationships>`,
          "xl/workbook.xml": "<workbook><sheets><sheet name=",
        }),
      "unreadable",
    ],
    ["a truncated workbook", () => new Uint8Array(readFileSync(SAMPLE).subarray(0, 20_000)), "unreadable"],
  ];
  test.each(bad)("%s gives %s, never a crash", async (_, content, code) => {
    const path = join(dir, "book.xlsx");
    writeFileSync(path, content());
    const e = await failure(readXlsxFile(path));
    expect(e.code).toBe(code);
    expect(e.path).toBe(path);
    expect(e.messageKey).toBe(`file.${code}`);
    expect(e.localized("ja")).toContain(path);
    expect(e.localized("en")).toContain(path);
    expect(e.localized("ja")).not.toBe(e.localized("en"));
  });

  test("a spreadsheet in another format says how to save it as .xlsx, in its own program", async () => {
    const cases: [string, Uint8Array | string, RegExp, RegExp][] = [
      // As LibreOffice writes one: `mimetype` first, stored, then the content; no content types.
      [
        "plan.ods",
        makeZip({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<office:document-content/>" }),
        /LibreOffice Calc の「名前を付けて保存」で「Excel 2007-365 \(\.xlsx\)」/,
        /an OpenDocument spreadsheet \(\.ods\): in LibreOffice Calc, use Save As/,
      ],
      [
        "plan.xlsb",
        makeZip({
          "[Content_Types].xml": "<Types/>",
          "_rels/.rels": `<Relationships><Relationship Id="rId1" Type="${OFFICE_DOCUMENT}" Target="xl/workbook.bin"/></Relationships>`,
          "xl/workbook.bin": "\u0083\u0001\u0000",
        }),
        /Excel バイナリ ブック（\.xlsb）です。Excel の「名前を付けて保存」で「Excel ブック \(\*\.xlsx\)」/,
        /an Excel binary workbook \(\.xlsb\): in Excel, use Save As/,
      ],
      [
        "plan.csv",
        "施策番号,施策名\n①-01,Wi-Fi\n",
        /\.xls や CSV のファイルは Excel で \.xlsx 形式に保存し直してください/,
        /save \.xls or CSV files as \.xlsx/,
      ],
      // An OpenDocument text is no spreadsheet: the general advice.
      [
        "letter.odt",
        makeZip({ mimetype: "application/vnd.oasis.opendocument.text", "content.xml": "<x/>" }),
        /\.xls や CSV/,
        /\.xls or CSV/,
      ],
    ];
    for (const [name, content, ja, en] of cases) {
      const path = join(dir, name);
      writeFileSync(path, content);
      const e = await failure(readXlsxFile(path));
      expect(e.code).toBe("not-xlsx");
      expect(e.localized("ja")).toMatch(ja);
      expect(e.localized("en")).toMatch(en);
      // The package layer's English detail is for debugging, never in the user's message.
      expect(e.localized("ja")).not.toContain(e.detail);
    }
  });

  test("a missing file and a directory", async () => {
    expect((await failure(readXlsxFile(join(dir, "none.xlsx")))).code).toBe("not-found");
    expect((await failure(readXlsxFile(join(dir, "no-dir", "none.xlsx")))).code).toBe("not-found");
    const e = await failure(readXlsxFile(dir));
    expect(e.code).toBe("unreadable");
    expect(e.localized("en")).toMatch(/^Cannot read the file: .* \(it is a folder; name a workbook file\)$/);
  });

  // Named pipes and devices exist where mkfifo and /dev/zero do (not on Windows).
  const unix = process.platform !== "win32" && spawnSync("mkfifo", ["--version"]).status === 0;

  (unix ? test : test.skip)("a pipe is read to its end (`check <(…)`); a device is refused, never read forever", async () => {
    const fifo = join(dir, "pipe.xlsx");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const writer = spawn("sh", ["-c", 'cat "$1" > "$2"', "sh", SAMPLE, fifo]);
    const written = new Promise((done) => writer.on("close", done));
    expect((await readXlsxFile(fifo)).sheets).toHaveLength(14);
    await written;
    const e = await failure(readXlsxFile("/dev/zero"));
    expect(e.code).toBe("unreadable");
    expect(e.localized("en")).toContain("it is a device or a pipe, not an ordinary file");
  });
});

describe("writePackageAtomic", () => {
  test("writes a workbook that reads back, and leaves no temporary file", async () => {
    const out = join(dir, "out.xlsx");
    const fixture = cleanFixture();
    await writePackageAtomic(await fixturePackage(), out);
    expect((await readXlsxFile(out)).sheets).toEqual(fixture.grid.sheets);
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  test("replaces an existing output whole", async () => {
    const out = join(dir, "out.xlsx");
    writeFileSync(out, "old");
    await writePackageAtomic(await fixturePackage(), out);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  test("refuses to write over the input, however the path is spelled", async () => {
    const input = join(dir, "in.xlsx");
    writeFileSync(input, readFileSync(SAMPLE));
    const wb = await readXlsxPackage(input);
    mkdirSync(join(dir, "sub"));
    symlinkSync(input, join(dir, "link.xlsx"));
    linkSync(input, join(dir, "hard.xlsx"));
    const spellings = [
      input,
      join(dir, "sub", "..", "in.xlsx"),
      relative(process.cwd(), input),
      join(dir, "link.xlsx"),
      join(dir, "hard.xlsx"),
    ];
    for (const out of spellings) {
      const e = await failure(writePackageAtomic(wb, out, input));
      expect([out, e.code]).toEqual([out, "same-as-input"]);
      expect(e.localized("ja")).toContain("上書きしません");
    }
    // The symlink as input, the real file as output: the same file too.
    expect((await failure(writePackageAtomic(wb, input, join(dir, "link.xlsx")))).code).toBe("same-as-input");
    expect(readFileSync(input).equals(readFileSync(SAMPLE))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["hard.xlsx", "in.xlsx", "link.xlsx", "sub"]);
  });

  test("a failure while building the file leaves the old output as it was and nothing else", async () => {
    const out = join(dir, "out.xlsx");
    writeFileSync(out, "previous");
    const wb = await fixturePackage();
    wb.toBytes = () => {
      throw new Error("boom");
    };
    const e = await failure(writePackageAtomic(wb, out));
    expect(e.code).toBe("write-failed");
    expect(readFileSync(out, "utf8")).toBe("previous");
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  test("an output that cannot be written: a missing folder, a folder in the way", async () => {
    const wb = await fixturePackage();
    const missing = await failure(writePackageAtomic(wb, join(dir, "no", "out.xlsx")));
    expect(missing.code).toBe("write-failed");
    expect(missing.localized("en")).toContain("Cannot write the file");
    mkdirSync(join(dir, "taken.xlsx"));
    expect((await failure(writePackageAtomic(wb, join(dir, "taken.xlsx")))).code).toBe("write-failed");
    expect(readdirSync(dir)).toEqual(["taken.xlsx"]);
  });
});

describe("what an output may be", () => {
  test("the name's extension follows the package: .xlsx, or .xlsm for a macro workbook; nothing written otherwise", async () => {
    const plain = await fixturePackage();
    const macro = XlsxPackage.open(readFileSync(join(__dirname, "..", "fixtures", "writers", "excel-style.xlsm")), fflateCodec);
    expect(macro.isMacroEnabled()).toBe(true);
    for (const [pkg, name, code] of [
      [plain, "out.csv", "needs-xlsx"],
      [plain, "out", "needs-xlsx"],
      [plain, "out.xlsm", "needs-xlsx"],
      [macro, "out.xlsx", "needs-xlsm"],
    ] as const) {
      const e = await failure(writePackageAtomic(pkg, join(dir, name)));
      expect([name, e.code]).toEqual([name, code]);
      expect(e.localized("ja")).toContain(code === "needs-xlsm" ? ".xlsm で終えて" : ".xlsx で終えて");
    }
    expect(readdirSync(dir)).toEqual([]);
    await writePackageAtomic(plain, join(dir, "OUT.XLSX"));
    await writePackageAtomic(macro, join(dir, "out.xlsm"));
    expect(readdirSync(dir).sort()).toEqual(["OUT.XLSX", "out.xlsm"]);
  });

  test("through a symbolic link: the file it names is replaced with its permissions, the link stays", async () => {
    const real = join(dir, "real.xlsx");
    writeFileSync(real, "old");
    chmodSync(real, 0o640);
    const link = join(dir, "link.xlsx");
    symlinkSync(real, link);
    await writePackageAtomic(await fixturePackage(), link);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real).subarray(0, 2).toString()).toBe("PK");
    if (process.platform !== "win32") expect(statSync(real).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).sort()).toEqual(["link.xlsx", "real.xlsx"]);
    // A link to nothing is refused, not followed into a new file.
    symlinkSync(join(dir, "gone.xlsx"), join(dir, "broken.xlsx"));
    const e = await failure(writePackageAtomic(await fixturePackage(), join(dir, "broken.xlsx")));
    expect(e.localized("en")).toContain("the link points to a file that does not exist");
    expect(existsSync(join(dir, "gone.xlsx"))).toBe(false);
  });

  (process.platform !== "win32" && spawnSync("mkfifo", ["--version"]).status === 0 ? test : test.skip)(
    "a pipe is never replaced by a file",
    async () => {
      const fifo = join(dir, "out.xlsx");
      expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
      const e = await failure(writePackageAtomic(await fixturePackage(), fifo));
      expect(e.code).toBe("write-failed");
      expect(e.localized("ja")).toContain("通常のファイルではありません");
      expect(statSync(fifo).isFIFO()).toBe(true);
      expect(readdirSync(dir)).toEqual(["out.xlsx"]);
    },
  );
});

describe("writeTextFileAtomic", () => {
  test("writes UTF-8 as given, with the same guard for the input", async () => {
    const out = join(dir, "out.csv");
    await writeTextFileAtomic("\uFEFF施策番号,施策名\r\n", out, SAMPLE);
    expect([...readFileSync(out).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(readFileSync(out, "utf8")).toBe("\uFEFF施策番号,施策名\r\n");
    const input = join(dir, "in.csv");
    writeFileSync(input, "keep");
    expect((await failure(writeTextFileAtomic("x", input, input))).code).toBe("same-as-input");
    expect(readFileSync(input, "utf8")).toBe("keep");
  });
});

describe("a zip bomb", () => {
  test("a package declaring more than 1 GB once unpacked is refused before anything is inflated", async () => {
    const { declaredInflatedBytes, WorkbookLoadError } = await import("../../src/xlsx/package/loadError");
    const load = async (b: Uint8Array) => XlsxPackage.open(b, fflateCodec);
    const bytes = new Uint8Array(makeZip({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>" }));
    expect(declaredInflatedBytes(bytes)).toBe("<Types/>".length + "<workbook/>".length);
    // Claim 4 GB for the first entry in the central directory, as a bomb's directory does.
    const view = new DataView(bytes.buffer);
    let p = bytes.length - 22;
    while (view.getUint32(p, true) !== 0x06054b50) p--;
    const cd = view.getUint32(p + 16, true);
    view.setUint32(cd + 24, 0xfffffffe, true);
    expect(declaredInflatedBytes(bytes)).toBeGreaterThan(1024 ** 3);
    await expect(load(bytes)).rejects.toBeInstanceOf(WorkbookLoadError);
    await expect(load(bytes)).rejects.toMatchObject({ kind: "too-large" });
  });
});
