/**
 * Builds samples/sodegaura-2016.xlsx from samples/sodegaura-2016-sheets.json: one sheet per measure,
 * named by its number, in seed order, every cell exactly as the seed writes it.
 * Run: npm run sample
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildMeasureSheetSpec, type MeasureSheetInput } from "../src/core/produce/layout";
import { addSheetFromSpec, createWorkbook } from "../tests/support/exceljs";
import { writeXlsxFileAtomic } from "../tests/support/exceljs";

const SAMPLES = join(__dirname, "..", "samples");

export function buildSampleWorkbook(seed: MeasureSheetInput[]) {
  const wb = createWorkbook();
  // Fixed dates keep the document properties the same from one build to the next.
  wb.created = new Date("2021-06-30T00:00:00Z");
  wb.modified = new Date("2021-06-30T00:00:00Z");
  wb.title = "袖ケ浦市情報化推進計画2016 施策進行管理シート";
  for (const m of seed) {
    const spec = buildMeasureSheetSpec(m);
    addSheetFromSpec(wb, spec, spec.name);
  }
  return wb;
}

async function main() {
  const seed = JSON.parse(readFileSync(join(SAMPLES, "sodegaura-2016-sheets.json"), "utf8")) as MeasureSheetInput[];
  const out = join(SAMPLES, "sodegaura-2016.xlsx");
  await writeXlsxFileAtomic(buildSampleWorkbook(seed), out);
  process.stdout.write(`${seed.length} sheets → samples/sodegaura-2016.xlsx\n`);
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
