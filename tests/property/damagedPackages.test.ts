/**
 * Real writers' packages (Excel-style, LibreOffice, openpyxl, xlsxwriter, the sample) with one to three of their
 * XML parts damaged the way files get damaged: an attribute changed to nonsense or dropped, an element dropped or
 * doubled, text put where none belongs, an attribute added, an end tag lost or the part cut off. Every command
 * answers as the README promises: `check`, `fill` and `summary` either work or refuse the file with a catalogue
 * message (exit 2), never an internal error; a refused command writes nothing, and what a command writes can be
 * read again.
 */
import fc from "fast-check";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { XlsxPackage } from "../../src/xlsx/package";
import { zlibCodec } from "../../src/node/zlibCodec";
import { run } from "../support/runCli";
import { params } from "./runs";

const WRITERS = join(__dirname, "..", "fixtures", "writers");
const FILES = [
  join(WRITERS, "excel-style.xlsx"),
  join(WRITERS, "excel-style.xlsm"),
  join(WRITERS, "libreoffice.xlsx"),
  join(WRITERS, "openpyxl.xlsx"),
  join(WRITERS, "xlsxwriter.xlsx"),
  join(__dirname, "..", "..", "samples", "sodegaura-2016.xlsx"),
];
const BYTES = FILES.map((f) => readFileSync(f));
/** Values a damaged attribute or text takes: empty, out of range, another kind of reference, markup-like, astral. */
const NONSENSE = [
  "",
  "0",
  "-1",
  "99999999",
  "A0",
  "ZZZZ1",
  "1:1",
  "$A$1",
  "&amp;",
  "x",
  "1e309",
  "NaN",
  "A1:B",
  "Sheet1!A1",
  "#REF!",
  "😀",
];
const ADDED = [
  "r",
  "t",
  "s",
  "ref",
  "state",
  "sheetId",
  "r:id",
  "Target",
  "TargetMode",
  "sheet",
  "localSheetId",
  "hidden",
  "spans",
  "count",
];

interface Damage {
  part: number;
  kind: number;
  tag: number;
  pick: number;
  value: number;
}

const escape = (v: string) =>
  v
    .replace(/&(?!amp;)/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/"/g, "&quot;");

/** One damage to a part's text; indexes are taken modulo what the text holds, so every case damages something. */
function damage(xml: string, d: Damage): string {
  const tags = [...xml.matchAll(/<[A-Za-z][^>]*>/g)];
  if (tags.length === 0) return xml;
  const t = tags[d.tag % tags.length];
  const at = t.index;
  const tag = t[0];
  const value = NONSENSE[d.value % NONSENSE.length];
  const replaceTag = (next: string) => xml.slice(0, at) + next + xml.slice(at + tag.length);
  const attrs = [...tag.matchAll(/(\s[\w:]+=)(["'])[^"']*\2/g)];
  const attr = attrs.length > 0 ? attrs[d.pick % attrs.length] : null;
  switch (d.kind) {
    case 0: // an attribute's value changed
      return attr ? replaceTag(tag.slice(0, attr.index) + `${attr[1]}"${escape(value)}"` + tag.slice(attr.index + attr[0].length)) : xml;
    case 1: // an attribute dropped
      return attr ? replaceTag(tag.slice(0, attr.index) + tag.slice(attr.index + attr[0].length)) : xml;
    case 2: // an element dropped or doubled
    case 3: {
      const name = /^<([\w:]+)/.exec(tag)?.[1];
      if (!name) return xml;
      let end = at + tag.length;
      if (!tag.endsWith("/>")) {
        const close = xml.indexOf(`</${name}>`, at);
        if (close < 0) return xml;
        end = close + name.length + 3;
      }
      return d.kind === 2 ? xml.slice(0, at) + xml.slice(end) : xml.slice(0, end) + xml.slice(at, end) + xml.slice(end);
    }
    case 4: // text where none belongs
      return tag.endsWith("/>") ? xml : xml.slice(0, at + tag.length) + escape(value) + xml.slice(at + tag.length);
    case 5: // an attribute added
      return replaceTag(tag.replace(/^<([\w:]+)/, `<$1 ${ADDED[d.pick % ADDED.length]}="${escape(value)}"`));
    default: {
      // an end tag lost, or the part cut off after a tag
      if (d.pick % 3 === 0) return xml.slice(0, at + tag.length);
      const ends = [...xml.matchAll(/<\/[\w:]+>/g)];
      if (ends.length === 0) return xml;
      const e = ends[d.value % ends.length];
      return xml.slice(0, e.index) + xml.slice(e.index + e[0].length);
    }
  }
}

const damageArb = fc.record({
  part: fc.nat(),
  kind: fc.integer({ min: 0, max: 6 }),
  tag: fc.nat(),
  pick: fc.nat(),
  value: fc.nat(),
});

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "shinchoku-damaged-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("a damaged package is read or refused with a clear message, never half-written, and what is written reads again", async () => {
  let n = 0;
  await fc.assert(
    fc.asyncProperty(fc.nat({ max: FILES.length - 1 }), fc.array(damageArb, { minLength: 1, maxLength: 3 }), async (file, damages) => {
      const pkg = XlsxPackage.open(BYTES[file], zlibCodec);
      const parts = pkg.partNames().filter((p) => /\.(xml|rels|vml)$/i.test(p));
      for (const d of damages) {
        const part = parts[d.part % parts.length];
        pkg.setText(part, damage(pkg.text(part), d));
      }
      const ext = extname(FILES[file]);
      const input = join(dir, `in-${++n}${ext}`);
      writeFileSync(input, pkg.toBytes());
      const check = await run("check", input, "--json");
      expect(check.err).not.toMatch(/予期しない|unexpected/i);
      if (check.code === 2) return; // refused with its message: fill and summary refuse it the same way
      expect(check.code).toBeLessThan(2);
      for (const command of ["fill", "summary"]) {
        const out = join(dir, `${command}-${n}${ext}`);
        const r = await run(command, input, "-o", out);
        expect(r.err).not.toMatch(/予期しない|unexpected/i);
        if (r.code === 2) {
          expect(existsSync(out)).toBe(false);
          continue;
        }
        expect(r.code).toBe(0);
        const again = await run("check", out, "--json");
        expect(again.code).toBeLessThan(2);
      }
    }),
    params("damagedPackages"),
  );
});
