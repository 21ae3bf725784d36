/**
 * Writes every test fixture as .xlsx under out/fixtures/ (with expected.json: the findings each planted
 * mistake must give), to open them in Excel and see what the tests see.
 * Run: npx tsx scripts/make-fixtures.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { allFixtures, allMistakes } from "../tests/fixtures/generate";
import { writeXlsxFileAtomic } from "../tests/support/exceljs";
import { writeCoordinationFixtures } from "../tests/fixtures/coordination";

async function main() {
  const dir = join(__dirname, "..", "out", "fixtures");
  mkdirSync(dir, { recursive: true });
  for (const f of allFixtures()) await writeXlsxFileAtomic(f.workbook(), join(dir, `${f.name}.xlsx`));
  const expected = Object.fromEntries(allMistakes().map((m) => [`${m.fixture.name}.xlsx`, m.expected]));
  writeFileSync(join(dir, "expected.json"), JSON.stringify(expected, null, 2) + "\n");
  process.stdout.write(`${allFixtures().length} workbooks → out/fixtures/\n`);
  // Six departments, a roster, last year and this year: out/fixtures/coordination/.
  await writeCoordinationFixtures(join(dir, "coordination"));
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
