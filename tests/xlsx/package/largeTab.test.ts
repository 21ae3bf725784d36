/**
 * A generated tab of many rows (the 検証結果 of a prefecture's plan has tens of thousands) is written in pieces of
 * rows, each encoded as it comes: the part is still one well-formed worksheet, its rows in order, every value
 * read back as written, in a transitional package and in a strict one alike.
 */
import { writeSheetsToPackage, XlsxPackage } from "../../../src/xlsx/package";
import { fflateCodec } from "../../../src/xlsx/package/fflateCodec";
import type { SheetSpec } from "../../../src/core/model/sheetSpec";
import { sheetXml } from "../../../src/xlsx/package/sheetParts";
import { strictCopy } from "../../support/packages";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const SAMPLE = join(__dirname, "..", "..", "..", "samples", "sodegaura-2016.xlsx");

const ROWS = 1_000;

function bigTab(): SheetSpec {
  return {
    name: "検証結果",
    role: "findings",
    rows: Array.from({ length: ROWS }, (_, i) => [
      { value: `施策${i + 1}：進捗総括が未記入です「${"あ".repeat(i % 40)}」` },
      { value: i },
      i % 7 === 0 ? null : { value: `F${i + 1}`, wrap: true },
    ]),
    merges: [],
    columnWidths: [40, 8, 8],
    rowHeights: { "1": 30 },
    tables: [],
    conditionalFormats: [],
    charts: [],
  };
}

test.each([
  ["transitional", () => XlsxPackage.blank(fflateCodec)],
  ["strict", () => XlsxPackage.open(strictCopy(readFileSync(SAMPLE)), fflateCodec)],
])("a tab of 1,000 rows, written in pieces, reads back whole and in order (%s)", (strictness, make) => {
  const pkg = make();
  writeSheetsToPackage(pkg, [bigTab()]);
  const reopened = XlsxPackage.open(pkg.toBytes(), fflateCodec);
  const sheet = reopened.findSheet("検証結果")!;
  const text = reopened.text(sheet.part);
  expect(text.includes("purl.oclc.org/ooxml/spreadsheetml/main")).toBe(strictness === "strict");
  expect(text.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')).toBe(true);
  expect(text.match(/<sheetData>/g)).toHaveLength(1);
  expect(text.match(/<row /g)).toHaveLength(ROWS);
  const rows = [...text.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
  expect(rows).toEqual(Array.from({ length: ROWS }, (_, i) => i + 1));
  const values = reopened.sheetGrid(sheet).values;
  const expected = bigTab().rows.map((line) => {
    const out = line.map((c) => (c ? c.value : null));
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  });
  expect(values).toEqual(expected);
});

test("the pieces are made as they are asked for: a row's text is made only when its group is, not all rows first", () => {
  const spec = bigTab();
  // Rows past the first group give their values only when read: reading one before its group is asked for fails.
  let asked = 1;
  spec.rows = spec.rows.map((line, r) =>
    line.map((c) => {
      if (!c) return c;
      const value = c.value;
      return {
        ...c,
        get value() {
          if (Math.floor(r / 256) + 1 > asked) throw new Error(`row ${r + 1} read before its piece was asked for`);
          return value;
        },
      };
    }),
  );
  const pieces = sheetXml({
    spec,
    name: spec.name,
    xf: new Map(),
    dxf: new Map(),
    tables: [],
    drawingRelId: null,
    urlRelIds: new Map(),
    linkTarget: (s) => s,
    header: "",
    footer: "",
  });
  const head = pieces.next().value ?? "";
  // The head names the whole block, A1 to the last column and row, though no row has been made yet.
  expect(head).toContain('<dimension ref="A1:C1000"/>');
  expect(head.endsWith("<sheetData>")).toBe(true);
  const groups: string[] = [];
  for (let next = pieces.next(); !next.done; next = pieces.next()) {
    groups.push(next.value);
    asked++;
  }
  // Four groups of at most 256 rows, then the tail.
  expect(groups).toHaveLength(5);
  expect(groups.slice(0, 4).map((g) => g.match(/<row /g)?.length)).toEqual([256, 256, 256, 232]);
  expect(groups[4].startsWith("</sheetData>")).toBe(true);
});
