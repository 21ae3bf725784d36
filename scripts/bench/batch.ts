/**
 * `check DIR` over many departments' workbooks: 10, 25 and 50 workbooks of 30 measure sheets each (the
 * seed plan varied, each department numbering its own measures), checked in-process as `shinchoku check
 * DIR --json` does, medians of 3 runs. Linear means the time per workbook stays flat as the folder grows
 * (target: the 50-workbook run within 1.5× the 10-workbook run per workbook). Prints a markdown table.
 * Run alone: npx tsx scripts/bench/batch.ts [--workbooks 10,25,50] [--sheets 30] [--runs 3]
 */
import { linkSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { buildMeasureSheetSpec } from "../../src/core/produce/layout";
import { runCli } from "../../src/node/cli";
import { addSheetFromSpec, createWorkbook, workbookToBuffer } from "../../tests/support/exceljs";
import { median, ms, table, verdict } from "./stats";
import { benchMeasures } from "./workbooks";

const { values: args } = parseArgs({
  options: {
    workbooks: { type: "string", default: "10,25,50" },
    sheets: { type: "string", default: "30" },
    runs: { type: "string", default: "3" },
  },
});
const counts = args.workbooks
  .split(",")
  .map(Number)
  .filter((n) => n > 0);
const sheets = Math.max(1, Number(args.sheets));
const runs = Math.max(1, Number(args.runs));
const log = (line: string) => process.stderr.write(`${line}\n`);

/** Department k's workbook: `sheets` measures numbered k-1 … k-30, texts varied by edition k. */
async function departmentXlsx(k: number): Promise<Uint8Array> {
  const wb = createWorkbook();
  benchMeasures(sheets, k).forEach((m, j) => {
    const spec = buildMeasureSheetSpec({ ...m, number: `${k + 1}-${String(j + 1).padStart(2, "0")}` });
    addSheetFromSpec(wb, spec, spec.name);
  });
  return workbookToBuffer(wb);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "shinchoku-batch-bench-"));
  try {
    const max = Math.max(...counts);
    const all = join(dir, "all");
    mkdirSync(all);
    let bytes = 0;
    for (let k = 0; k < max; k++) {
      if (k % 10 === 0) log(`batch: writing workbooks ${k + 1}–${Math.min(max, k + 10)} of ${max} (${sheets} sheets each) …`);
      const file = join(all, `dept-${String(k + 1).padStart(3, "0")}.xlsx`);
      writeFileSync(file, await departmentXlsx(k));
      bytes += statSync(file).size;
    }
    const rows: { n: number; median: number; perWorkbook: number; perSheet: number; measures: number; heapMB: number }[] = [];
    for (const n of counts) {
      // A folder of the first n workbooks (hard links: no copies).
      const folder = join(dir, `n${n}`);
      mkdirSync(folder);
      for (let k = 0; k < n; k++) {
        const name = `dept-${String(k + 1).padStart(3, "0")}.xlsx`;
        linkSync(join(all, name), join(folder, name));
      }
      const times: number[] = [];
      let measures = 0;
      let heap = 0;
      for (let r = 0; r < runs; r++) {
        log(`batch: check DIR of ${n} workbooks, run ${r + 1}/${runs} …`);
        const out: string[] = [];
        const t0 = performance.now();
        // The JSON comes in groups of lines (a large report is not one string).
        const code = await runCli(["check", folder, "--json"], { out: (l) => out.push(l), err: (l) => log(l) });
        const json = out.join("\n");
        times.push(performance.now() - t0);
        if (code !== 0) throw new Error(`check ${folder} exited ${code}`);
        measures = (JSON.parse(json) as { totals: { measures: number } }).totals.measures;
        heap = Math.max(heap, process.memoryUsage().heapUsed / 1048576);
      }
      const m = median(times);
      rows.push({ n, median: m, perWorkbook: m / n, perSheet: m / (n * sheets), measures, heapMB: heap });
    }
    const base = rows[0];
    const last = rows[rows.length - 1];
    const factor = last.perWorkbook / base.perWorkbook;
    process.stdout.write(`### Many workbooks (\`shinchoku check DIR --json\`, in-process, ${sheets} measure sheets a workbook)\n\n`);
    process.stdout.write(
      table(
        ["workbooks", "sheets", "measures read", "check ms", "ms/workbook", "ms/sheet", "heap MB"],
        rows.map((r) => [
          String(r.n),
          String(r.n * sheets),
          String(r.measures),
          ms(r.median),
          ms(r.perWorkbook),
          r.perSheet.toFixed(2),
          r.heapMB.toFixed(0),
        ]),
      ) + "\n\n",
    );
    process.stdout.write(
      `${max} workbooks, ${(bytes / 1048576).toFixed(2)} MB in all; medians of ${runs} runs. Per workbook, ${last.n} workbooks take ${factor.toFixed(2)}× what ${base.n} take ` +
        `(linear: ≤ 1.5×) — ${verdict(factor <= 1.5)}\n\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
