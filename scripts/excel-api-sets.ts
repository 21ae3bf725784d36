/**
 * Generates tests/excel/wire/excelApiSets.json: for every class of the `Excel` namespace, the requirement set
 * each member needs, from the `[Api set: ExcelApi x.y]` tags of @types/office-js. The strict fake refuses a
 * member above the set a test runs at (ApiNotFound), as Excel does. Run: `npx tsx scripts/excel-api-sets.ts`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const source = readFileSync(require.resolve("@types/office-js/index.d.ts"), "utf8").split("\n");
const start = source.findIndex((l) => l.startsWith("declare namespace Excel {"));
const end = source.findIndex((l, i) => i > start && l.startsWith("}"));

/** "1.13" < "1.9" must not hold: compare numerically. */
function lower(a: string, b: string): string {
  const [x, y] = [a, b].map((v) => v.split(".").map(Number));
  return x[0] !== y[0] ? (x[0] < y[0] ? a : b) : x[1] <= y[1] ? a : b;
}

const table: Record<string, Record<string, string>> = {};
let cls: string | null = null;
let tag: string | null = null;
for (let i = start + 1; i < end; i++) {
  const line = source[i];
  const classMatch = /^ {4}(?:class|interface) (\w+)/.exec(line);
  if (classMatch) {
    cls = classMatch[1];
    tag = null;
    continue;
  }
  if (/^ {4}\}/.test(line)) {
    cls = null;
    continue;
  }
  const set = /\[Api set: (ExcelApi\w*) ([\d.]+)/.exec(line);
  if (set) {
    // Members only online or only on the desktop are in no numbered set: the fake treats them as the newest.
    tag = set[1] === "ExcelApi" ? set[2] : "99.0";
    continue;
  }
  const member = /^ {8}(?:readonly )?(\w+)\??(\(|:)/.exec(line);
  if (cls && member && tag) {
    const row = (table[cls] ??= {});
    row[member[1]] = row[member[1]] ? lower(row[member[1]], tag) : tag;
    tag = null;
  }
}

const out = join(__dirname, "..", "tests", "excel", "wire", "excelApiSets.json");
writeFileSync(out, `${JSON.stringify(table, null, 1)}\n`);
console.log(
  `${Object.keys(table).length} classes, ${Object.values(table).reduce((n, r) => n + Object.keys(r).length, 0)} members → ${out}`,
);
