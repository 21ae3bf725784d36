/**
 * Rule mutation test (`npm run test:rules-mutation`): for every rule in RULES, make its check return
 * nothing, run its own table and the rest of tests/core, and see the tests fail. A rule whose removal
 * no test notices is reported as survived, and the run exits 1.
 *
 * Rule files are changed in place (jest must load them) and restored from a copy taken before the
 * first change: after each mutant, on an error, on Ctrl-C and at exit. The run refuses to start when
 * git shows the rules folder modified, so the copy is always what git has.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import ts from "typescript";
import { RULES } from "../src/core/rules";

const ROOT = join(__dirname, "..");
const RULES_DIR = join(ROOT, "src", "core", "rules");
const TESTS = "tests/core";
const JEST = join(ROOT, "node_modules", "jest", "bin", "jest.js");

interface Site {
  file: string;
  /** Character span of the `check` member inside the rule's object literal. */
  start: number;
  end: number;
}

/** The `check` member of the object literal whose `id` is each rule id, found by the compiler's parse. */
export function findChecks(files: Map<string, string>): Map<string, Site[]> {
  const sites = new Map<string, Site[]>();
  for (const [file, text] of files) {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const visit = (node: ts.Node) => {
      if (ts.isObjectLiteralExpression(node)) {
        let id: string | null = null;
        let check: ts.ObjectLiteralElementLike | null = null;
        for (const p of node.properties) {
          const name = p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : null;
          if (name === "id" && ts.isPropertyAssignment(p) && ts.isStringLiteralLike(p.initializer)) id = p.initializer.text;
          if (name === "check" && (ts.isPropertyAssignment(p) || ts.isMethodDeclaration(p))) check = p;
        }
        if (id !== null && check) sites.set(id, [...(sites.get(id) ?? []), { file, start: check.getStart(source), end: check.getEnd() }]);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return sites;
}

/** The file with the check at `site` made to return nothing. */
export function mutate(text: string, site: Site): string {
  return `${text.slice(0, site.start)}check: () => []${text.slice(site.end)}`;
}

function gitStatus(): string {
  const r = spawnSync("git", ["status", "--porcelain", "--", relative(ROOT, RULES_DIR)], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`git status failed: ${r.stderr}`);
  return r.stdout.trim();
}

let child: ChildProcess | null = null;
let outDir: string | null = null;
const originals = new Map<string, string>();

function restoreAll(): void {
  for (const [file, text] of originals) if (readFileSync(file, "utf8") !== text) writeFileSync(file, text);
}

interface JestResult {
  ok: boolean;
  failedFiles: string[];
  ran: number;
}

/** One jest process over tests/core; the failing test files, from jest's JSON report. */
function runJest(outDir: string, n: number): Promise<JestResult> {
  const out = join(outDir, `jest-${n}.json`);
  return new Promise((resolve, reject) => {
    child = spawn(process.execPath, [JEST, "--silent", "--json", `--outputFile=${out}`, TESTS], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr!.on("data", (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-4000);
    });
    child.on("error", reject);
    child.on("close", (code, signal) => {
      child = null;
      if (signal) return reject(new Error(`jest stopped by ${signal}`));
      let report: { numTotalTests: number; testResults: { name: string; status: string }[] };
      try {
        report = JSON.parse(readFileSync(out, "utf8"));
      } catch {
        return reject(new Error(`jest gave no report (exit ${code}):\n${stderr}`));
      }
      const failedFiles = report.testResults.filter((r) => r.status !== "passed").map((r) => relative(ROOT, r.name));
      resolve({ ok: code === 0 && failedFiles.length === 0, failedFiles, ran: report.numTotalTests });
    });
  });
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...r[i]].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c + " ".repeat(widths[i] - [...c].length)).join(" | ")} |`;
  return [line(rows[0]), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.slice(1).map(line)].join("\n");
}

async function main(): Promise<number> {
  const dirty = gitStatus();
  if (dirty) {
    console.error(`The rules folder has changes git does not have; commit or stash them first:\n${dirty}`);
    return 2;
  }
  const files = new Map<string, string>();
  for (const name of readdirSync(RULES_DIR).filter((f) => f.endsWith(".ts")))
    files.set(join(RULES_DIR, name), readFileSync(join(RULES_DIR, name), "utf8"));
  for (const [file, text] of files) originals.set(file, text);
  const sites = findChecks(files);
  const problems = RULES.map((r) => r.id).filter((id) => (sites.get(id)?.length ?? 0) !== 1);
  if (problems.length > 0) {
    console.error(`No single check found in src/core/rules for: ${problems.join(", ")}`);
    return 2;
  }

  const dir = (outDir = mkdtempSync(join(tmpdir(), "rules-mutation-")));
  try {
    console.log(`Baseline: ${TESTS} unchanged …`);
    const base = await runJest(dir, 0);
    if (!base.ok) {
      console.error(`The tests fail without any mutant, so no mutant can be judged: ${base.failedFiles.join(", ")}`);
      return 2;
    }
    console.log(`Baseline: ${base.ran} tests pass.\n`);

    const rows = [["rule", "caught by", "result"]];
    let caught = 0;
    for (const [i, rule] of RULES.entries()) {
      const site = sites.get(rule.id)![0];
      const own = `${TESTS}/rules/${rule.id}.test.ts`;
      try {
        writeFileSync(site.file, mutate(originals.get(site.file)!, site));
        process.stdout.write(`${rule.id} (${relative(ROOT, site.file)}) … `);
        const r = await runJest(dir, i + 1);
        const by = [...r.failedFiles].sort((a, b) => Number(b === own) - Number(a === own) || a.localeCompare(b));
        const killed = !r.ok;
        if (killed) caught++;
        console.log(killed ? "caught" : "SURVIVED");
        rows.push([
          rule.id,
          by.length ? by.map((f) => f.replace(`${TESTS}/`, "")).join(", ") : "—",
          killed ? (by.includes(own) ? "caught" : "caught (not by its own table)") : "SURVIVED",
        ]);
      } finally {
        writeFileSync(site.file, originals.get(site.file)!);
      }
    }
    console.log(`\n${table(rows)}\n`);
    const failed = RULES.length - caught;
    console.log(`rules caught: ${caught} of ${RULES.length} (${caught} passed, ${failed} failed)`);
    return failed === 0 ? 0 : 1;
  } finally {
    restoreAll();
    removeReports();
  }
}

function removeReports(): void {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
  outDir = null;
}

function stop(signal: NodeJS.Signals): void {
  child?.kill("SIGTERM");
  restoreAll();
  removeReports();
  console.error(`\nStopped by ${signal}; the rule files are restored.`);
  process.exit(130);
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
process.on("exit", restoreAll);

if (require.main === module) {
  main().then(
    (code) => {
      restoreAll();
      if (gitStatus()) console.error("Warning: git still shows the rules folder modified.");
      process.exit(code);
    },
    (err: unknown) => {
      restoreAll();
      console.error(err instanceof Error ? err.message : String(err));
      process.exit(2);
    },
  );
}
