/**
 * Round trips and payload bytes of the Office.js gateway at one workbook size, over the recording fake of
 * the Excel API (tests/excel/fakeExcel.ts). Exact counts, not timings: the fake counts every
 * `context.sync()` and the JSON bytes each one would carry.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { analyze, buildSummarySheets, proposeFill } from "../../src/core/engine";
import type { WorkbookGrid } from "../../src/core/model/grid";

/** Where the gateway's readWorkbook aims to keep one response (src/excel/readPlan.ts). */
export const READ_BUDGET = 4 * 1024 * 1024;

export interface OpStats {
  syncs: number;
  requestBytes: number;
  responseBytes: number;
  largestRequest: number;
  largestResponse: number;
}

export interface GatewayResult {
  sheets: number;
  /** First read of a workbook the gateway has not seen: index, then the data. */
  validateCold: OpStats & { dataSyncs: number; dataBytes: number; refused: number };
  /** Validate again (the sheet names are known): the everyday case. */
  validateWarm: OpStats;
  fill: OpStats & { edits: number };
  summary: OpStats & { tabs: number };
}

interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  cellsRead: number;
  failed?: string;
}
interface FakeLike {
  run: unknown;
  supports: unknown;
  stats: { syncs: number; requestBytes: number; responseBytes: number; perSync: SyncRecord[] };
  resetStats(): void;
}
type FakeModule = { createFakeExcel(grid: WorkbookGrid): FakeLike };
type GatewayModule = { ExcelGateway: new (run: unknown, options: { supports: unknown }) => GatewayLike };
interface GatewayLike {
  readWorkbook(): Promise<WorkbookGrid>;
  applyEdits(edits: ReturnType<typeof proposeFill>): Promise<unknown>;
  writeSheets(specs: ReturnType<typeof buildSummarySheets>): Promise<unknown>;
}

const ROOT = join(__dirname, "..", "..");
const FAKE = join(ROOT, "tests", "excel", "fakeExcel.ts");
const GATEWAY = join(ROOT, "src", "excel", "excelGateway.ts");

/** The fake and the gateway, when both exist (they are written alongside this benchmark). */
export function gatewayAvailable(): boolean {
  return existsSync(FAKE) && existsSync(GATEWAY);
}

function load(): { fake: FakeModule; gateway: GatewayModule } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return { fake: require(FAKE) as FakeModule, gateway: require(GATEWAY) as GatewayModule };
}

function opStats(fake: FakeLike): OpStats {
  const s = fake.stats;
  return {
    syncs: s.syncs,
    requestBytes: s.requestBytes,
    responseBytes: s.responseBytes,
    largestRequest: Math.max(0, ...s.perSync.map((p) => p.requestBytes)),
    largestResponse: Math.max(0, ...s.perSync.map((p) => p.responseBytes)),
  };
}

export async function measureGateway(grid: WorkbookGrid): Promise<GatewayResult> {
  const { fake: F, gateway: G } = load();
  const make = () => {
    const fake = F.createFakeExcel(grid);
    return { fake, gw: new G.ExcelGateway(fake.run, { supports: fake.supports }) };
  };

  // Validate: a fresh gateway (cold), then the same gateway again (warm).
  const v = make();
  await v.gw.readWorkbook();
  const data = v.fake.stats.perSync.filter((p) => p.cellsRead > 0 && !p.failed);
  const validateCold = {
    ...opStats(v.fake),
    dataSyncs: data.length,
    dataBytes: data.reduce((n, p) => n + p.responseBytes, 0),
    refused: v.fake.stats.perSync.filter((p) => p.failed).length,
  };
  v.fake.resetStats();
  await v.gw.readWorkbook();
  const validateWarm = opStats(v.fake);

  // Fill: the engine's edits, written by a gateway that has not read first (the pane reuses its read grid).
  const edits = proposeFill(grid, { lang: "ja" });
  const f = make();
  await f.gw.applyEdits(edits);
  const fill = { ...opStats(f.fake), edits: edits.length };

  // Summary: the five tabs of the workbook's report.
  const specs = buildSummarySheets(analyze(grid, { source: "bench.xlsx", lang: "ja" }), { lang: "ja" });
  const s = make();
  await s.gw.writeSheets(specs);
  const summary = { ...opStats(s.fake), tabs: specs.length };

  return { sheets: grid.sheets.length, validateCold, validateWarm, fill, summary };
}
