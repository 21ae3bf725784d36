/**
 * The sheet scanner (the fast path) against the text reader it stands in for: on every worksheet of the
 * workbooks real writers made, and on generated sheet XML with every cell form a writer may use, both give
 * the same cells, merges and protection, or the same error.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { XlsxPackage } from "../../../src/xlsx/package";
import { readSheet, type SheetReadContext } from "../../../src/xlsx/package/sheetReader";
import { scanSheet } from "../../../src/xlsx/package/sheetScanner";
import { fflateCodec } from "../../../src/xlsx/package/fflateCodec";

const ROOT = join(__dirname, "..", "..", "..");
const WORKBOOKS = [
  "samples/sodegaura-2016.xlsx",
  "tests/fixtures/writers/xlsxwriter.xlsx",
  "tests/fixtures/writers/openpyxl.xlsx",
  "tests/fixtures/writers/libreoffice.xlsx",
  "tests/fixtures/writers/excel-style.xlsx",
  "tests/fixtures/writers/excel-style.xlsm",
  "tests/fixtures/settings/nagayo-settings.xlsx",
];

function both(text: string, ctx: SheetReadContext): [unknown, unknown] {
  const run = (f: typeof readSheet) => {
    try {
      return f(text, ctx);
    } catch (e) {
      return { error: (e as Error).message };
    }
  };
  return [run(scanSheet), run(readSheet)];
}

test.each(WORKBOOKS)("%s: every worksheet reads the same through the scanner and the text reader", (file) => {
  const pkg = XlsxPackage.open(readFileSync(join(ROOT, file)), fflateCodec);
  const sheets = pkg.sheets.filter((s) => s.kind === "worksheet");
  expect(sheets.length).toBeGreaterThan(0);
  for (const s of sheets) {
    const [scanned, read] = both(pkg.text(s.part), pkg.readContext(s.part));
    expect(scanned).toEqual(read);
  }
});

const ctx: SheetReadContext = {
  part: "xl/worksheets/sheet1.xml",
  sharedStrings: () => ["施策", "", "担当 & 部署", "進捗"],
  cellNumFmts: [null, "0.0%", "yyyy/m/d", '[$-411]ggge"年"m"月"d"日"'],
  date1904: true,
};

const text = fc.oneof(
  fc.constantFrom("施策", "計画どおり進捗", "a &amp; b", "&lt;x&gt;", "一_x000D_二", " 空白 ", "", "\uFEFF先頭", "&#12354;"),
  fc.string({ maxLength: 6 }).map((s) => s.replace(/[<&]/g, "")),
);
const attrs = (r: string | null, s: string | null, t: string | null, sep: string) =>
  [r !== null ? `r="${r}"` : null, s !== null ? `s="${s}"` : null, t !== null ? `t="${t}"` : null]
    .filter((a) => a !== null)
    .map((a) => sep + a)
    .join("");
const cell = fc
  .record({
    ref: fc.option(fc.constantFrom("A1", "B2", "C3", "$D$4", "AA10", "b7", "Z", "A0"), { nil: null }),
    style: fc.option(fc.constantFrom("0", "1", "2", "3", "9", ""), { nil: null }),
    sep: fc.constantFrom(" ", "  ", "\n", "\t"),
    body: fc.oneof(
      fc.constant({ t: null, inner: "" }),
      fc.constantFrom("1", " 2.5 ", "-3e2", "x", "", "45000").map((v) => ({ t: null, inner: `<v>${v}</v>` })),
      fc.constantFrom("0", "1", "2", "3", "9", "x").map((v) => ({ t: "s", inner: `<v>${v}</v>` })),
      text.map((v) => ({ t: "inlineStr", inner: `<is><t>${v}</t></is>` })),
      text.map((v) => ({ t: "inlineStr", inner: `<is><t xml:space="preserve">${v}</t></is>` })),
      fc
        .tuple(text, text)
        .map(([a, b]) => ({ t: "inlineStr", inner: `<is><r><t>${a}</t></r><r><t>${b}</t></r><rPh sb="0" eb="1"><t>ヨミ</t></rPh></is>` })),
      text.map((v) => ({ t: "inlineStr", inner: `<v>${v}</v>` })),
      text.map((v) => ({ t: "str", inner: `<f>A1&amp;"x"</f><v>${v}</v>` })),
      fc.constantFrom("1", "0", "true").map((v) => ({ t: "b", inner: `<v>${v}</v>` })),
      fc.constantFrom("#N/A", "#DIV/0!").map((v) => ({ t: "e", inner: `<f>1/0</f><v>${v}</v>` })),
      fc.constantFrom("2024-04-01", "2024-04-01T12:30:00", "13:00").map((v) => ({ t: "d", inner: `<v>${v}</v>` })),
      fc.constant({ t: null, inner: `<f t="shared" si="0"/><v>7</v>` }),
      fc.constant({ t: null, inner: `<v/>` }),
      fc.constant({ t: "n", inner: `<vm>1</vm><v>8</v>` }),
      fc.constant({ t: "s", inner: "" }),
    ),
    selfClosing: fc.boolean(),
  })
  .map(({ ref, style, sep, body, selfClosing }) => {
    const a = attrs(ref, style, body.t, sep);
    return selfClosing ? `<c${a}/>` : `<c${a}>${body.inner}</c>`;
  });
const row = fc
  .record({
    r: fc.option(fc.constantFrom("1", "2", "5", "12"), { nil: null }),
    spans: fc.boolean(),
    cells: fc.array(cell, { maxLength: 6 }),
    selfClosing: fc.boolean(),
  })
  .map(({ r, spans, cells, selfClosing }) => {
    const a = `${spans ? ' spans="1:7"' : ""}${r !== null ? ` r="${r}"` : ""}`;
    return selfClosing && cells.length === 0 ? `<row${a}/>` : `<row${a}>${cells.join("")}</row>`;
  });
const tail = fc.constantFrom(
  "",
  '<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>',
  '<sheetProtection sheet="1" objects="1"/>',
  '<sheetProtection sheet="0"/><mergeCells><mergeCell ref="B2:B3"/><mergeCell ref="D4:E4"/></mergeCells>',
);

test("generated sheets: the scanner and the text reader agree on every cell form", () => {
  fc.assert(
    fc.property(fc.array(row, { maxLength: 6 }), tail, fc.constantFrom("", "<sheetData/>", "cut"), (rows, t, form) => {
      const data = form === "<sheetData/>" ? "<sheetData/>" : `<sheetData>${rows.join("")}</sheetData>`;
      const xml = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1"/>${data}${t}${form === "cut" ? "" : "</worksheet>"}`;
      const [scanned, read] = both(xml, ctx);
      expect(scanned).toEqual(read);
    }),
    { numRuns: 1500 },
  );
});

test("a prefixed namespace is read by the text reader", () => {
  const xml = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>施策</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`;
  expect(scanSheet(xml, ctx).cells).toEqual([{ row: 0, col: 0, value: "施策", numFmt: null }]);
});
