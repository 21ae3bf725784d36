/**
 * `npm run bench`: how Shinchoku scales from one plan (14 measure sheets) to a city's 総合計画 (hundreds)
 * and a prefecture's (thousands). Prints markdown tables with each target checked (PASS/FAIL):
 *
 *   engine        read + analyze + summary from a WorkbookGrid, medians of timed runs after a warm-up,
 *                 each size in its own process (clean peak RSS); ≤ 1 ms per sheet, linear in sheets
 *   command line  whole processes side by side, interleaved, medians (wall, CPU, peak RSS): the floor (a
 *                 script that only inflates the parts a check needs and scans their XML), the floor keeping
 *                 every value's text (what holding the values alone costs), the package reader alone,
 *                 `shinchoku check --json`, `fill` and `summary`, at 14, 1,400 and 14,000 sheets; read ≤ 1.5×
 *                 the floor, check ≤ 3×, fill and summary ≤ 1.5× check, check's peak memory at 14,000 sheets
 *                 < 600 MB, each linear in sheets
 *   Excel gateway round trips and payload bytes over the recording fake of the Excel API (exact counts)
 *   classifier    the status classifier and effect parser on the development set of real text
 *                 (tests/judge/devset): acceptable statuses ≥ 95%, direction flips < 1%, effects ≥ 90%
 *
 * Options: `npm run bench -- --help` (USAGE below).
 * Timings depend on the machine and what else runs on it: read the medians, not single runs.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { EngineResult } from "./bench/engine";
import { gatewayAvailable, measureGateway, READ_BUDGET, type GatewayResult } from "./bench/gateway";
import { measureGatewayWire, type WireOp } from "./bench/gatewayWire";
import { kb, mb, median, ms, table, verdict } from "./bench/stats";
import { benchGrid, benchXlsx } from "./bench/workbooks";
import { classifierSection } from "./bench/classifier";

const ROOT = join(__dirname, "..");
const BIN = join(ROOT, "bin", "shinchoku.js");
const CLI_JS = join(ROOT, "dist", "node", "cli.js");

const TARGET = {
  msPerSheet: 1,
  largestUnderMs: 1500,
  linearFactor: 12,
  readOverFloor: 1.5,
  checkOverFloor: 3,
  writeOverCheck: 1.5,
  checkPeakMb: 600,
  fillSyncs: 3,
  summarySyncs: 3,
};

/** The options: printed for --help and for an option it does not know. */
const USAGE = `npm run bench -- [options]
  --sizes 14,140,1400     engine: sheet counts          --runs 5        engine: timed runs
  --cli-sizes 14,1400,14000  command line: sheet counts  --cli-runs 3    command line: runs of each process
  --gateway-sizes LIST    Excel gateway: sheet counts   --wire-sizes 14,1400,3000  gateway wire: sheet counts
  --skip-engine --skip-cli --skip-gateway --skip-classifier   leave a part out
  --keep                  leave the generated .xlsx files (their folder is printed)`;

function parseOptions() {
  try {
    return parseArgs({ options: OPTIONS });
  } catch (e) {
    // A mistyped option: what went wrong and the options, not a stack trace.
    console.error(`${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`);
    process.exit(2);
  }
}

const OPTIONS = {
  sizes: { type: "string", default: "14,140,1400" },
  runs: { type: "string", default: "5" },
  "cli-sizes": { type: "string", default: "14,1400,14000" },
  "cli-runs": { type: "string", default: "3" },
  "gateway-sizes": { type: "string" },
  "wire-sizes": { type: "string" },
  "skip-engine": { type: "boolean", default: false },
  "skip-cli": { type: "boolean", default: false },
  "skip-gateway": { type: "boolean", default: false },
  "skip-classifier": { type: "boolean", default: false },
  keep: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

const { values: args } = parseOptions();
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const sizes = args.sizes
  .split(",")
  .map(Number)
  .filter((n) => n > 0);
const runs = Math.max(1, Number(args.runs));
const cliRuns = Math.max(1, Number(args["cli-runs"]));
const cliSizes = args["cli-sizes"]
  .split(",")
  .map(Number)
  .filter((n) => n > 0);
const wireSizes = (args["wire-sizes"] ?? "14,1400,3000")
  .split(",")
  .map(Number)
  .filter((n) => n > 0);
const gatewaySizes = (args["gateway-sizes"] ?? [...sizes, Math.max(...sizes) * 2].join(","))
  .split(",")
  .map(Number)
  .filter((n) => n > 0);

const log = (line: string) => process.stderr.write(`${line}\n`);
const out = (line = "") => process.stdout.write(`${line}\n`);
const targets: { what: string; value: string; ok: boolean | null }[] = [];
const check = (what: string, value: string, ok: boolean | null) => {
  targets.push({ what, value, ok });
  return verdict(ok);
};

// ---------------------------------------------------------------------------------------------------
// Engine

function engineAt(n: number): EngineResult {
  const r = spawnSync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", join(__dirname, "bench", "engine.ts"), String(n), String(runs)],
    {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 1 << 24,
    },
  );
  if (r.status !== 0) throw new Error(`engine benchmark at ${n} sheets failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as EngineResult;
}

function engineSection(): void {
  const results = sizes.map((n) => {
    log(`engine: ${n} sheets …`);
    return engineAt(n);
  });
  out("### Engine (WorkbookGrid → report → summary tabs)");
  out();
  out(
    table(
      [
        "sheets",
        "findings",
        "read ms",
        "analyze ms",
        "summary ms",
        "total ms",
        "ms/sheet",
        "first run ms",
        "heap/run MB",
        "peak RSS MB",
        `≤ ${TARGET.msPerSheet} ms/sheet`,
      ],
      results.map((r) => {
        const per = r.total / r.sheets;
        return [
          String(r.sheets),
          String(r.findings),
          ms(r.read),
          ms(r.analyze),
          ms(r.summary),
          ms(r.total),
          per.toFixed(3),
          ms(r.cold),
          mb(r.heapGrowth),
          mb(r.peakRss),
          check(`engine ≤ ${TARGET.msPerSheet} ms per sheet at ${r.sheets}`, `${per.toFixed(3)} ms`, per <= TARGET.msPerSheet),
        ];
      }),
    ),
  );
  out();
  out(
    `analyze includes reading every sheet; total = analyze + summary; medians of ${runs} runs, each on a workbook of new texts, after a warm-up (the "first run" column).`,
  );
  out();

  const largest = results[results.length - 1];
  if (largest.sheets >= 1400)
    check(
      `engine at ${largest.sheets} sheets under ${TARGET.largestUnderMs} ms`,
      `${ms(largest.total)} ms`,
      largest.total < TARGET.largestUnderMs,
    );
  const r140 = results.find((r) => r.sheets === 140);
  const r1400 = results.find((r) => r.sheets === 1400);
  if (r140 && r1400) {
    const f = r1400.total / r140.total;
    check(`engine linear: 1,400 sheets ≤ ${TARGET.linearFactor}× 140 sheets`, `${f.toFixed(1)}×`, f <= TARGET.linearFactor);
  }

  // Cross-sheet rules: the source groups with a map (no pairwise comparison), and the cost per sheet does
  // not grow with the number of sheets (a pairwise rule's would grow tenfold from 140 to 1,400; these
  // timings are a few milliseconds, so a factor of 3 is left for noise).
  const rulesDir = join(ROOT, "src", "core", "rules");
  for (const [file, id] of [
    ["duplicateNumber.ts", "duplicate-number"],
    ["boilerplateSummary.ts", "boilerplate-summary"],
  ] as const) {
    const src = readFileSync(join(rulesDir, file), "utf8");
    const usesMap = /new Map\b/.test(src);
    const times = results.map((r) => `${r.sheets}: ${ms(r.crossSheet[id])} ms`).join(", ");
    let growth: number | null = null;
    if (r140 && r1400) growth = r1400.crossSheet[id] / 1400 / (Math.max(r140.crossSheet[id], 0.01) / 140);
    check(
      `cross-sheet rule ${id}: a map, cost per sheet flat from 140 to 1,400 (≤ 3×)`,
      `${usesMap ? "Map" : "no Map"}; ${times}${growth === null ? "" : `; per sheet ${growth.toFixed(1)}×`}`,
      usesMap && (growth === null || growth <= 3),
    );
  }
}

// ---------------------------------------------------------------------------------------------------
// Command line

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function ensureCliBuilt(): void {
  const sources = Math.max(...["core", "xlsx", "node"].map((d) => newestMtime(join(ROOT, "src", d))));
  if (existsSync(CLI_JS) && statSync(CLI_JS).mtimeMs >= sources) return;
  log("building the command line (npm run build:cli) …");
  const r = spawnSync("npm", ["run", "build:cli"], { cwd: ROOT, encoding: "utf8", shell: process.platform === "win32" });
  if (r.status !== 0) throw new Error(`npm run build:cli failed:\n${r.stdout}${r.stderr}`);
}

interface Timed {
  wall: number;
  cpu: number;
  rss: number;
}

/** Wall time of a whole node process, its CPU time (user + system, all threads) and its peak resident memory. */
function timed(argv: string[], okCodes: number[]): Timed {
  const t = performance.now();
  const r = spawnSync(process.execPath, ["-r", join(__dirname, "bench", "cpu-usage.js"), ...argv], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
    maxBuffer: 1 << 24,
  });
  const wall = performance.now() - t;
  if (r.status === null || !okCodes.includes(r.status)) throw new Error(`${argv.join(" ")} exited ${r.status}: ${r.stderr}`);
  const cpu = /@@cpu ([\d.]+)/.exec(r.stderr);
  const rss = /@@rss (\d+)/.exec(r.stderr);
  return { wall, cpu: cpu ? Number(cpu[1]) : NaN, rss: rss ? Number(rss[1]) : NaN };
}

interface Parts {
  require: number;
  open: number;
  grid: number;
  analyze: number;
  json: number;
}

const STEPS = ["floor", "kept", "read", "check", "fill", "summary"] as const;
type Step = (typeof STEPS)[number];

function cliSection(files: Map<number, string>, dir: string): void {
  ensureCliBuilt();
  const rows: string[][] = [];
  const partRows: string[][] = [];
  const byN = new Map<number, Record<Step, Timed>>();
  for (const n of cliSizes) {
    const file = files.get(n)!;
    log(`command line: ${n} sheets …`);
    const argv: Record<Step, string[]> = {
      floor: [join(__dirname, "bench", "floor.js"), file],
      kept: [join(__dirname, "bench", "floor.js"), file, "--keep-texts"],
      read: [join(__dirname, "bench", "read-package.js"), file],
      check: [BIN, "check", file, "--json"],
      fill: [BIN, "fill", file, "-o", join(dir, `fill-${n}.xlsx`)],
      summary: [BIN, "summary", file, "-o", join(dir, `summary-${n}.xlsx`)],
    };
    const runs = Object.fromEntries(STEPS.map((s) => [s, [] as Timed[]])) as Record<Step, Timed[]>;
    const parts: Parts[] = [];
    // Interleaved, so a burst of load elsewhere on the machine hits every step alike.
    for (let i = 0; i < cliRuns; i++) {
      for (const s of STEPS) runs[s].push(timed(argv[s], [0, 1]));
      const p = spawnSync(process.execPath, [join(__dirname, "bench", "cli-parts.js"), file], {
        cwd: ROOT,
        encoding: "utf8",
        maxBuffer: 1 << 20,
      });
      if (p.status === 0) parts.push(JSON.parse(p.stdout) as Parts);
    }
    const med = Object.fromEntries(
      STEPS.map((s) => [
        s,
        { wall: median(runs[s].map((x) => x.wall)), cpu: median(runs[s].map((x) => x.cpu)), rss: Math.max(...runs[s].map((x) => x.rss)) },
      ]),
    ) as Record<Step, Timed>;
    byN.set(n, med);
    const cell = (s: Step) => `${ms(med[s].wall)} / ${ms(med[s].cpu)} / ${mb(med[s].rss)}`;
    const ratio = (s: Step, base: Step = "floor") => med[s].wall / med[base].wall;
    rows.push([
      String(n),
      kb(statSync(file).size),
      cell("floor"),
      `${cell("kept")} (${ratio("kept").toFixed(2)}×)`,
      `${cell("read")} (${ratio("read").toFixed(2)}×, ${ratio("read", "kept").toFixed(2)}× texts kept)`,
      `${cell("check")} (${ratio("check").toFixed(2)}×)`,
      `${cell("fill")} (${ratio("fill").toFixed(2)}×, ${ratio("fill", "check").toFixed(2)}× check)`,
      `${cell("summary")} (${ratio("summary").toFixed(2)}×, ${ratio("summary", "check").toFixed(2)}× check)`,
      [
        check(
          `read ≤ ${TARGET.readOverFloor}× floor at ${n} sheets (wall)`,
          `${ratio("read").toFixed(2)}×`,
          ratio("read") <= TARGET.readOverFloor,
        ),
        check(
          `check ≤ ${TARGET.checkOverFloor}× floor at ${n} sheets (wall)`,
          `${ratio("check").toFixed(2)}×`,
          ratio("check") <= TARGET.checkOverFloor,
        ),
        check(
          `fill ≤ ${TARGET.writeOverCheck}× check at ${n} sheets (wall)`,
          `${ratio("fill", "check").toFixed(2)}×`,
          ratio("fill", "check") <= TARGET.writeOverCheck,
        ),
        check(
          `summary ≤ ${TARGET.writeOverCheck}× check at ${n} sheets (wall)`,
          `${ratio("summary", "check").toFixed(2)}×`,
          ratio("summary", "check") <= TARGET.writeOverCheck,
        ),
      ].join(" "),
    ]);
    const m = (k: keyof Parts) => median(parts.map((p) => p[k]));
    partRows.push([String(n), ms(m("require")), ms(m("open")), ms(m("grid")), ms(m("analyze")), ms(m("json"))]);
  }
  const largest = Math.max(...cliSizes);
  const big = byN.get(largest);
  if (big && largest >= 14000)
    check(
      `check's peak memory at ${largest} sheets < ${TARGET.checkPeakMb} MB`,
      `${mb(big.check.rss)} MB`,
      big.check.rss < TARGET.checkPeakMb * 1024 * 1024,
    );
  const lo = byN.get(1400);
  const hi = byN.get(14000);
  if (lo && hi)
    for (const s of STEPS.filter((x) => x !== "floor" && x !== "kept")) {
      // Linear: ten times the sheets costs about ten times as much (node's start-up is a fixed part, so at most 12×).
      const g = hi[s].wall / lo[s].wall;
      check(`${s} linear: 14,000 sheets ≤ 12× 1,400 sheets`, `${g.toFixed(1)}×`, g <= 12);
    }
  out("### Command line (whole processes: wall ms / CPU ms / peak RSS MB, medians; ratios of wall time)");
  out();
  out(table(["sheets", ".xlsx", "floor", "floor, texts kept", "read", "check --json", "fill", "summary", "targets"], rows));
  out();
  out(
    `Medians of ${cliRuns} interleaved runs of each (node start-up included). floor: inflate the parts a check needs and scan their XML, ` +
      "nothing built; floor, texts kept: the same, keeping a copy of every value's text as a reader must (what holding the values costs " +
      "the garbage collector, before any cell or row is built); read: the package reader to the engine's grid; check prints the JSON report; fill and summary write a copy. " +
      "CPU time counts every thread (GC and compiler helpers too) and is what a busy machine disturbs least.",
  );
  out();
  out("Inside one check (ms, medians):");
  out();
  out(table(["sheets", "require", "open package", "sheets → grid", "analyze", "JSON"], partRows));
  out();
}

// ---------------------------------------------------------------------------------------------------
// Excel gateway

/** Cell-data bytes of the whole workbook: the response of one unrestricted read. */
async function cellDataBytes(n: number): Promise<number> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createFakeExcel } = require(join(ROOT, "tests", "excel", "fakeExcel.ts"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ExcelGateway } = require(join(ROOT, "src", "excel", "excelGateway.ts"));
  const fake = createFakeExcel(benchGrid(n), { responseLimit: Number.MAX_SAFE_INTEGER, requestLimit: Number.MAX_SAFE_INTEGER });
  await new ExcelGateway(fake.run, { supports: fake.supports }).readWorkbook();
  const data = fake.stats.perSync.filter((p: { cellsRead: number }) => p.cellsRead > 0);
  return data.reduce((s: number, p: { responseBytes: number }) => s + p.responseBytes, 0);
}

async function gatewaySection(): Promise<void> {
  out("### Excel gateway (recording fake of the Excel API: exact round trips and JSON bytes)");
  out();
  if (!gatewayAvailable()) {
    out("n/a: tests/excel/fakeExcel.ts or src/excel/excelGateway.ts is not there yet.");
    targets.push({ what: "gateway round trips", value: "n/a (no fake)", ok: null });
    out();
    return;
  }
  const rows: string[][] = [];
  const results: GatewayResult[] = [];
  for (const n of gatewaySizes) {
    log(`gateway: ${n} sheets …`);
    const r = await measureGateway(benchGrid(n));
    results.push(r);
    const bytes = await cellDataBytes(n);
    const expected = bytes <= READ_BUDGET ? 1 : Math.ceil(bytes / READ_BUDGET);
    const cold = r.validateCold;
    // Every sync after the index that carried (or was refused) cell data, sizing samples included.
    const coldReads = cold.syncs - 1;
    // The fake refuses any response over the 5 MB cap, as Excel on the web does: a refused try is a round trip too.
    const validateOk = r.validateWarm.syncs <= expected && coldReads <= expected;
    rows.push([
      String(n),
      kb(bytes),
      String(expected),
      `${r.validateWarm.syncs}`,
      `1 + ${coldReads}${cold.refused ? ` (${cold.refused} refused)` : ""}`,
      check(
        `gateway validate at ${n} sheets: read syncs ≤ ${expected} (1 until 4 MB, then ⌈bytes/4 MB⌉)`,
        `warm ${r.validateWarm.syncs}, cold 1 + ${coldReads}`,
        validateOk,
      ),
      `${r.fill.syncs} (${r.fill.edits} edits, ${kb(r.fill.requestBytes)})`,
      // Fill and summary are cut into requests of at most 4 MB: their round trips grow as ⌈bytes / 4 MB⌉ + 1.
      check(`gateway fill at ${n} sheets: largest request ≤ 4 MiB`, kb(r.fill.largestRequest), r.fill.largestRequest <= READ_BUDGET),
      `${r.summary.syncs} (${kb(r.summary.requestBytes)})`,
      check(
        `gateway summary at ${n} sheets: largest request ≤ 4 MiB`,
        kb(r.summary.largestRequest),
        r.summary.largestRequest <= READ_BUDGET,
      ),
    ]);
  }
  out(
    table(
      [
        "sheets",
        "cell data",
        "target reads",
        "validate syncs",
        "first validate",
        "validate",
        "fill syncs",
        "fill",
        "summary syncs",
        "summary",
      ],
      rows,
    ),
  );
  out();
  out(
    "validate syncs: the everyday read (sheet names known). first validate: the index, then every round trip that carried cell data (a refused one included). " +
      "Target reads: 1 while the cell data fits 4 MB, else ⌈bytes / 4 MB⌉; none may pass Excel on the web's 5 MB cap.",
  );
  out();
}

/** The same operations through Office.js's own client: the request sizes Excel on the web sees. */
async function gatewayWireSection(): Promise<void> {
  out("### Excel gateway through Office.js's own client (Excel on the web; requests measured in UTF-8 on the wire)");
  out();
  const cap = 5 * 1024 * 1024;
  const cell = (o: WireOp) =>
    `${o.requests}${o.refused ? ` (${o.refused} refused)` : ""}: ${kb(o.largestRequest)} / ${kb(o.largestResponse)}`;
  const rows: string[][] = [];
  for (const n of wireSizes) {
    log(`gateway (wire): ${n} sheets …`);
    const r = await measureGatewayWire(benchGrid(n));
    const ops = [r.validateCold, r.validateWarm, r.fill, r.summary, r.marks];
    const largest = Math.max(...ops.map((o) => o.largestRequest));
    rows.push([
      String(n),
      cell(r.validateCold),
      cell(r.validateWarm),
      `${cell(r.fill)} (${r.fill.edits} edits)`,
      cell(r.summary),
      `${cell(r.marks)} (${r.marks.findings} findings)`,
      check(`gateway requests at ${n} sheets ≤ 5 MiB on the wire`, kb(largest), largest <= cap),
    ]);
  }
  out(table(["sheets", "first validate", "validate", "fill", "summary", "marks", "every request ≤ 5 MiB"], rows));
  out();
  out(
    "Each cell: requests (the closing one of each Excel.run, which releases kept references, included): largest request / largest response. " +
      "A refused request is a response over the cap, halved and sent again.",
  );
  out();
}

// ---------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "shinchoku-bench-"));
  const started = performance.now();
  try {
    const files = new Map<number, string>();
    if (!args["skip-cli"]) {
      mkdirSync(dir, { recursive: true });
      for (const n of cliSizes) {
        log(`writing ${n}-sheet workbook …`);
        const file = join(dir, `plan-${n}.xlsx`);
        writeFileSync(file, await benchXlsx(n));
        files.set(n, file);
      }
    }
    out(
      `## Shinchoku benchmark — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? "cpu"}`,
    );
    out();
    out("Workbooks: the seed plan (14 measures × 5 years) replicated with numbers, names, departments and texts varied.");
    out();
    if (!args["skip-engine"]) engineSection();
    if (!args["skip-cli"]) cliSection(files, dir);
    if (!args["skip-gateway"]) await gatewaySection();
    if (!args["skip-cli"])
      out(
        spawnSync(process.execPath, ["--import", "tsx", join(__dirname, "bench", "batch.ts")], {
          cwd: ROOT,
          encoding: "utf8",
          stdio: ["ignore", "pipe", "inherit"],
        }).stdout,
      );
    if (!args["skip-gateway"]) await gatewayWireSection();
    if (!args["skip-classifier"]) classifierSection(out, check);

    out("### Targets");
    out();
    out(
      table(
        ["target", "measured", "result"],
        targets.map((t) => [t.what, t.value, verdict(t.ok)]),
      ),
    );
    out();
    const failed = targets.filter((t) => t.ok === false).length;
    out(
      `${targets.length - failed} of ${targets.length} targets met${failed ? `; ${failed} missed` : ""} (${((performance.now() - started) / 1000).toFixed(0)} s).`,
    );
  } finally {
    if (args.keep) log(`workbooks kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
