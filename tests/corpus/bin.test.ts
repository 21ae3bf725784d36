/**
 * The bad corpus through the installed command (bin/shinchoku.js → dist/), as a user's shell runs it:
 * exit code 2, one line on stderr, nothing on stdout, no stack trace. Skipped when dist/ is not built
 * (`npm run build:cli`).
 */
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeCorpus } from "../../scripts/make-bad-corpus";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "shinchoku.js");
const built = existsSync(join(ROOT, "dist", "node", "cli.js"));
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
/** Linux's unprivileged user, to see permission errors that root never gets. */
const NOBODY = 65534;
/**
 * Whether `nobody` can run the built CLI at all: a checkout inside a private folder (mktemp -d is 0700)
 * cannot be reached by another user, and then the permission test has nothing to say.
 */
const nobodyCanRun =
  isRoot &&
  built &&
  spawnSync(process.execPath, [join(ROOT, "bin", "shinchoku.js"), "--version"], { uid: NOBODY, gid: NOBODY, cwd: tmpdir() }).status === 0;

let dir: string;
let files: Record<string, string>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "shinchoku-bin-"));
  // Other users must reach the files for the run as nobody.
  chmodSync(dir, 0o755);
  files = await writeCorpus(dir, [
    "good.xlsx",
    "empty.xlsx",
    "truncated.xlsx",
    "encrypted.xlsx",
    "sheet-names-past-limits.xlsx",
    "no-permission.xlsx",
  ]);
});
afterAll(() => {
  if (existsSync(join(dir, "read-only"))) chmodSync(join(dir, "read-only"), 0o755);
  rmSync(dir, { recursive: true, force: true });
});

function shinchoku(args: string[], options: SpawnSyncOptions = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { timeout: 30_000, env: { ...process.env, SHINCHOKU_LANG: "" }, ...options });
  return { status: r.status, signal: r.signal, stdout: r.stdout.toString(), stderr: r.stderr.toString() };
}

function expectRefusal(r: ReturnType<typeof shinchoku>, prefix: RegExp, path: string) {
  expect(r.signal).toBeNull();
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr.trimEnd()).toMatch(prefix);
  // One line, ending in a newline, naming the file; never a stack trace.
  expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(r.stderr).toContain(path);
  expect(r.stderr).not.toMatch(/\n\s+at |node:internal|\.js:\d+/);
}

(built ? describe : describe.skip)("bin/shinchoku.js on bad files", () => {
  test("an empty file, a truncated workbook, an encrypted one, over-long sheet names; a write into a missing folder", () => {
    expectRefusal(shinchoku(["check", files["empty.xlsx"]]), /^エラー: /, files["empty.xlsx"]);
    expectRefusal(shinchoku(["check", files["truncated.xlsx"], "--json", "--lang", "en"]), /^Error: /, files["truncated.xlsx"]);
    expectRefusal(
      shinchoku(["summary", files["encrypted.xlsx"], "-o", join(dir, "out.xlsx"), "--lang", "en"]),
      /^Error: .*password/,
      files["encrypted.xlsx"],
    );
    // ExcelJS warns on the console about a long sheet name before failing on it: stderr must still be one line.
    expectRefusal(
      shinchoku(["export", files["sheet-names-past-limits.xlsx"], "--format", "csv", "-o", join(dir, "out.csv"), "--lang", "en"]),
      /^Error: .*sheet name/,
      files["sheet-names-past-limits.xlsx"],
    );
    const missing = join(dir, "no-such-folder", "out.xlsx");
    expectRefusal(shinchoku(["fill", files["good.xlsx"], "-o", missing]), /^エラー: /, missing);
    expect(readdirSync(dir).filter((f) => f.includes("out") || f.endsWith(".tmp"))).toEqual([]);
  });

  // Root reads and writes everything; running the bin as nobody shows what a user without permission sees.
  (nobodyCanRun ? test : test.skip)("as a user without permission: an unreadable input, an unwritable folder", () => {
    const asNobody = { uid: NOBODY, gid: NOBODY, cwd: dir };
    const locked = shinchoku(["check", files["no-permission.xlsx"], "--lang", "en"], asNobody);
    expectRefusal(locked, /^Error: Cannot read the file: .* \(permission denied\)$/, files["no-permission.xlsx"]);
    const target = join(dir, "read-only", "out.xlsx");
    expectRefusal(
      shinchoku(["export", files["good.xlsx"], "--format", "json", "-o", target, "--lang", "en"], asNobody),
      /^Error: Cannot write the file: .* \(permission denied\)$/,
      target,
    );
    expect(readdirSync(join(dir, "read-only"))).toEqual([]);
  });
});

(built ? test : test.skip)("a reader that closes the pipe early (… | head) ends the output quietly, without a stack trace", () => {
  // The shell's `| head -c 1`: the reader takes one byte and closes; the report is far longer than a pipe's buffer.
  const sample = join(ROOT, "samples", "sodegaura-2016.xlsx");
  const r = spawnSync("/bin/sh", ["-c", `"${process.execPath}" "${BIN}" check "${sample}" --json | head -c 1 >/dev/null`], {
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /);
  expect(r.stderr).toBe("");
});

(built ? test : test.skip)("check does not load zod (the schemas are for data crossing a boundary; start-up stays short)", () => {
  const probe = `
    const Module = require("module"); const load = Module._load; let zod = false;
    Module._load = function (request, ...rest) { if (request === "zod") zod = true; return load.call(this, request, ...rest); };
    require(${JSON.stringify(join(ROOT, "dist", "node", "cli.js"))})
      .runCli(["check", ${JSON.stringify(join(ROOT, "samples", "sodegaura-2016.xlsx"))}, "--json"], { out: () => {}, err: () => {} })
      .then((code) => process.stdout.write(JSON.stringify({ code, zod })));`;
  const r = spawnSync(process.execPath, ["-e", probe], { encoding: "utf8", timeout: 60_000 });
  expect(JSON.parse(r.stdout)).toEqual({ code: 0, zod: false });
});
