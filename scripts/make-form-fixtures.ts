/**
 * Writes the other offices' form fixtures as .xlsx under out/fixtures/forms/, each with its profile (where
 * the office has its own) and the findings its planted mistakes must give, to open them in Excel and try
 * `shinchoku check FILE --profile PROFILE.json`.
 * Run: npx tsx scripts/make-form-fixtures.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { officeForms } from "../tests/fixtures/forms/offices";
import { writeXlsxFileAtomic } from "../tests/support/exceljs";

async function main() {
  const dir = join(__dirname, "..", "out", "fixtures", "forms");
  mkdirSync(dir, { recursive: true });
  const expected: Record<string, unknown> = {};
  for (const f of officeForms()) {
    await writeXlsxFileAtomic(f.fixture.workbook(), join(dir, `${f.name}.xlsx`));
    if (f.profile) writeFileSync(join(dir, `${f.name}.profile.json`), JSON.stringify(f.profile, null, 2) + "\n");
    expected[`${f.name}.xlsx`] = { source: f.source, findings: f.findings.map(([rule, sheet, cell]) => ({ rule, sheet, cell })) };
  }
  writeFileSync(join(dir, "expected.json"), JSON.stringify(expected, null, 2) + "\n");
  process.stdout.write(`${officeForms().length} workbooks → out/fixtures/forms/\n`);
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
