/**
 * Benchmark workbooks: the seed plan (samples/sodegaura-2016-sheets.json, 14 measures) replicated to any
 * number of measure sheets, each copy with its own number, name, department and texts, so no two sheets
 * are the same strings (string interning and cache effects would flatter the engine otherwise).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildMeasureSheetSpec, type MeasureSheetInput } from "../../src/core/produce/layout";
import type { WorkbookGrid } from "../../src/core/model/grid";
import type { SheetSpec } from "../../src/core/model/sheetSpec";
import { specsToWorkbookGrid } from "../../src/core/specGrid";
import { writeSheetsToPackage, XlsxPackage } from "../../src/xlsx/package";
import { zlibCodec } from "../../src/node/zlibCodec";

const SEED = join(__dirname, "..", "..", "samples", "sodegaura-2016-sheets.json");

const DISTRICTS = ["北部", "南部", "東部", "西部", "中央", "臨海", "丘陵", "駅前", "長浦", "平川", "昭和", "根形"];

export function seedPlan(): MeasureSheetInput[] {
  return JSON.parse(readFileSync(SEED, "utf8")) as MeasureSheetInput[];
}

/**
 * Copy `round` (0 = the seed itself) of one seed measure, its strings varied but its shape and kinds kept.
 * `edition` changes every varied string again (a workbook per timed run, so no run finds the texts of the
 * run before it in a cache).
 */
function vary(m: MeasureSheetInput, round: number, edition: number): MeasureSheetInput {
  if (round === 0) return m;
  const tag = `${DISTRICTS[round % DISTRICTS.length]}${Math.floor(round / DISTRICTS.length) + 1}${edition ? `-${edition}` : ""}`;
  const bump = (s: string) =>
    // Numbers in prose change (counts, dates, yen); percentages and fractions keep their arithmetic.
    s.replace(/(\d+)(人|名|件|団体|日)/g, (_, n: string, unit: string) => `${Number(n) + round}${unit}`);
  return {
    ...m,
    number: `${m.number}-${String(round + 1).padStart(3, "0")}`,
    name: `${m.name}（${tag}地区）`,
    department: m.department.replace(/課/, `${tag}課`),
    overview: `${tag}地区では、${bump(m.overview)}`,
    expectedEffect: bump(m.expectedEffect),
    activityTarget: bump(m.activityTarget),
    years: m.years.map((y, i) => ({
      ...y,
      // Every third copy keeps the seed's summaries, so boilerplate groups span many sheets as in real plans.
      summary: round % 3 === 0 || y.summary === "" ? y.summary : `${tag}地区：${bump(y.summary)}`,
      workRaw: y.workRaw === "" ? "" : `${bump(y.workRaw)} ・${tag}地区分（${i + 1}）`,
    })),
  };
}

/**
 * `count` measures: the seed's 14, then varied copies of them. Edition 0 starts with the seed itself; a
 * later edition varies every sheet, the seed's first 14 included (as round `edition`'s tag).
 */
export function benchMeasures(count: number, edition = 0): MeasureSheetInput[] {
  const seed = seedPlan();
  const out: MeasureSheetInput[] = [];
  for (let i = 0; i < count; i++) {
    const round = Math.floor(i / seed.length);
    out.push(vary(seed[i % seed.length], edition === 0 ? round : round + 1, edition));
  }
  return out;
}

export function benchSpecs(count: number, edition = 0): SheetSpec[] {
  return benchMeasures(count, edition).map((m) => buildMeasureSheetSpec(m));
}

/** The engine's view of the workbook, as a gateway would read it. */
export function benchGrid(count: number, edition = 0): WorkbookGrid {
  return specsToWorkbookGrid(benchSpecs(count, edition));
}

/** The same workbook as .xlsx bytes, styled as the sample is (written by the package layer: ExcelJS would take minutes at 14,000 sheets). */
export async function benchXlsx(count: number): Promise<Uint8Array> {
  const pkg = XlsxPackage.blank(zlibCodec);
  writeSheetsToPackage(pkg, benchSpecs(count));
  return pkg.toBytes();
}
