/**
 * Nothing lost, nothing crashes: every file of the bad corpus (scripts/make-bad-corpus.ts) through every
 * command of the CLI, in-process. Each call must end within a hard time limit with exit 0/1 and a report, or
 * exit 2 and one line in the chosen language; never a stack trace; no output file on exit 2, no temporary
 * file left, and the input byte for byte as it was.
 */
import { parseCsvRows } from "../../src/core/produce/batch";
import { createHash } from "node:crypto";
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import {
  CORPUS,
  OUTPUT_CASES,
  ODD_SHEET_NAMES,
  writeCorpus,
  type CorpusEntry,
  type CorpusExpectation,
} from "../../scripts/make-bad-corpus";
import { runCli } from "../../src/node/cli";
import { t, type CliKey } from "../../src/node/messages";
import { ReportSchema, type Lang, type Report } from "../../src/core/model/schemas";
import { loadWorkbookFromBuffer, readMarkers } from "../support/exceljs";
import { XlsxPackage } from "../../src/xlsx/package";
import { fflateCodec } from "../../src/xlsx/package/fflateCodec";

/** A call that has not ended by then is a hang. */
const CALL_LIMIT_MS = 60_000;
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

let dir: string;
let files: Record<string, string>;
const unhandled: unknown[] = [];
const onUnhandled = (e: unknown) => unhandled.push(e);

beforeAll(async () => {
  process.on("unhandledRejection", onUnhandled);
  dir = mkdtempSync(join(tmpdir(), "shinchoku-corpus-"));
  // Built once per run: the 50,000-row file is the slow one.
  files = await writeCorpus(dir);
  mkdirSync(join(dir, "out"));
}, 60_000);

afterAll(() => {
  process.off("unhandledRejection", onUnhandled);
  // A file without permissions can still be removed by its owner; the read-only folder first needs its write bit.
  if (existsSync(join(dir, "read-only"))) chmodSync(join(dir, "read-only"), 0o755);
  rmSync(dir, { recursive: true, force: true });
});

interface Run {
  code: number;
  out: string;
  err: string;
  outLines: string[];
  errLines: string[];
}

async function run(args: string[]): Promise<Run> {
  const outLines: string[] = [];
  const errLines: string[] = [];
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`hang: shinchoku ${args.join(" ")} did not end within ${CALL_LIMIT_MS} ms`)), CALL_LIMIT_MS);
  });
  try {
    // runCli must resolve: a rejection would be an uncaught exception in bin/shinchoku.js.
    const code = await Promise.race([runCli(args, { out: (l) => outLines.push(l), err: (l) => errLines.push(l) }), hang]);
    return { code, out: outLines.join("\n"), err: errLines.join("\n"), outLines, errLines };
  } finally {
    clearTimeout(timer);
  }
}

function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The whole stderr line for a refusal, as the catalogue words it; a detail without a reason is any text. */
function refusalLine(key: CliKey, reason: CliKey | undefined, lang: Lang, path: string): RegExp {
  const DETAIL = "\u0000detail\u0000";
  const message = t(key, lang, { path, detail: reason ? t(reason, lang) : DETAIL });
  const line = t("cli.error", lang, { message });
  return new RegExp(`^${escapeRegExp(line).replace(escapeRegExp(DETAIL), "[^\\n]+")}$`);
}

const STACK_TRACE = /\n\s+at |\bat [^\s]+ \(.*:\d+:\d+\)/;

function expectNoCrashText(r: Run) {
  expect(r.out).not.toMatch(STACK_TRACE);
  expect(r.err).not.toMatch(STACK_TRACE);
  expect([0, 1, 2]).toContain(r.code);
}

/** A field a spreadsheet would run as a formula (CSV injection): only a lone "-" or a negative number may start with "-". */
function runnable(field: string): boolean {
  if (/^[=+@\t\r]/.test(field)) return true;
  return field.startsWith("-") && field.trim() !== "-" && !/^-\d+(\.\d+)?(e[+-]?\d+)?$/i.test(field);
}

type Command = "check" | "check --json" | "fill" | "summary" | "export";
const OUTPUT_NAME: Record<Command, string | null> = {
  check: null,
  "check --json": null,
  fill: "filled.xlsx",
  summary: "summary.xlsx",
  export: "export.csv",
};

function argsFor(command: Command, input: string, out: string | null, lang: Lang): string[] {
  const base = command === "check --json" ? ["check", input, "--json"] : [command, input];
  if (command === "export") base.push("--format", "csv");
  if (out) base.push("-o", out);
  return [...base, "--lang", lang];
}

/** Outputs no bigger than this are read back (the 50,000-row copies take seconds and prove nothing more). */
const READ_BACK_LIMIT = 1_000_000;

async function expectReportRun(
  entry: CorpusEntry,
  x: Extract<CorpusExpectation, { outcome: "report" }>,
  command: Command,
  lang: Lang,
  r: Run,
  out: string | null,
) {
  const input = files[entry.name];
  expect(r.err).toBe("");
  if (command === "check") {
    expect(r.code).toBe(x.check);
    expect(r.outLines.at(-1)).toBe(t("cli.summary-line", lang, { source: entry.name, ...summaryTotals(input) }));
    for (const m of x.mentions ?? []) expect(r.out).toContain(m);
    return;
  }
  if (command === "check --json") {
    expect(r.code).toBe(x.check);
    const report = ReportSchema.parse(JSON.parse(r.out));
    expect(report.source).toBe(entry.name);
    expect(report.lang).toBe(lang);
    expect(report.measures).toHaveLength(x.measures);
    expect(report.totals.errors > 0 ? 1 : 0).toBe(x.check);
    reports.set(input, report);
    return;
  }
  expect(r.code).toBe(0);
  if (!out) throw new Error("an output was expected");
  expect(readdirSync(dirname(out))).toEqual([basename(out)]);
  const bytes = readFileSync(out);
  if (command === "export") {
    const text = bytes.toString("utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsvRows(text.slice(1));
    const report = reports.get(input);
    if (report) expect(rows).toHaveLength(1 + report.measures.reduce((n, m) => n + m.years.length, 0));
    expect(rows.flat().filter(runnable)).toEqual([]);
    return;
  }
  expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  if (bytes.length > READ_BACK_LIMIT) return;
  const copy = await loadWorkbookFromBuffer(bytes);
  const names = await sheetNamesOf(input);
  if (command === "fill") expect(copy.worksheets.map((w) => w.name)).toEqual(names);
  if (command === "summary") {
    expect(
      readMarkers(copy)
        .map((m) => m.role)
        .sort(),
    ).toEqual(["byDepartment", "byYear", "delayed", "findings", "overview"]);
    // Every sheet of the input is still there, by name.
    expect(copy.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(names));
  }
}

const sheetNames = new Map<string, string[]>();
async function sheetNamesOf(input: string): Promise<string[]> {
  if (!sheetNames.has(input))
    sheetNames.set(
      input,
      (await loadWorkbookFromBuffer(readFileSync(input))).worksheets.map((w) => w.name),
    );
  return sheetNames.get(input)!;
}

/** The report of each input, from `check --json` (run first), for the other commands' checks. */
const reports = new Map<string, Report>();
function summaryTotals(input: string): Report["totals"] {
  const report = reports.get(input);
  if (!report) throw new Error(`no report yet for ${input}`);
  return report.totals;
}

function expectRefusedRun(x: { key: CliKey; reason?: CliKey }, lang: Lang, r: Run, path: string, out: string | null) {
  expect(r.code).toBe(2);
  expect(r.out).toBe("");
  expect(r.errLines).toHaveLength(1);
  expect(r.err).toMatch(refusalLine(x.key, x.reason, lang, path));
  if (out) expect(readdirSync(dirname(out))).toEqual([]);
}

test("the corpus: every kind of bad input the README's reliability table lists, and the output-path cases", () => {
  expect(CORPUS).toHaveLength(27);
  expect(new Set(CORPUS.map((e) => e.name)).size).toBe(CORPUS.length);
  expect(OUTPUT_CASES).toHaveLength(8);
  expect(Object.keys(files)).toEqual(CORPUS.map((e) => e.name));
  // The files the table promises are what was written.
  expect(readFileSync(files["empty.xlsx"]).length).toBe(0);
  expect(lstatSync(files["folder.xlsx"]).isDirectory()).toBe(true);
  expect(readFileSync(files["rows-50000.xlsx"]).subarray(0, 2).toString()).toBe("PK");
});

const LANGS: Lang[] = ["ja", "en"];
/** Inputs that take seconds to read get each check once, in one language, not twice. */
const HEAVY = new Set(["rows-50000.xlsx", "huge-shared-strings.xlsx"]);
// "check --json" runs first: the human check's summary line is compared with its totals.
const ORDER: Command[] = ["check --json", "check", "fill", "summary", "export"];

describe.each(CORPUS.map((e) => [e.name, e] as const))("%s", (name, entry) => {
  const skip = entry.kind === "no-read-permission" && isRoot;
  // Root reads every file whatever its mode, so the refusal cannot happen in this process (the spawn test
  // covers it by running the bin as another user).
  (skip ? test.skip : test)(
    `every command, in Japanese and in English${skip ? " (skipped: running as root, who may read any file)" : ""}`,
    async () => {
      const input = files[name];
      const locked = entry.kind === "no-read-permission";
      if (locked) chmodSync(input, 0o600);
      const before = entry.kind === "directory" ? null : sha256(input);
      if (locked) chmodSync(input, 0o000);
      const x = entry.expect;
      let i = 0;
      for (const command of ORDER) {
        // Both languages for the checks; the writing commands alternate, so each is seen in both across the corpus.
        const langs: Lang[] = command.startsWith("check") && !HEAVY.has(name) ? LANGS : [LANGS[(i++ + name.length) % 2]];
        for (const lang of langs) {
          const outName = OUTPUT_NAME[command];
          const outDir = join(dir, "out", `${name}-${command.replace(/\W+/g, "-")}-${lang}`);
          mkdirSync(outDir, { recursive: true });
          const out = outName ? join(outDir, outName) : null;
          const r = await run(argsFor(command, input, out, lang));
          expectNoCrashText(r);
          if (x.outcome === "refused") expectRefusedRun(x, lang, r, input, out);
          else await expectReportRun(entry, x, command, lang, r, out);
        }
      }
      if (locked) chmodSync(input, 0o600);
      if (before !== null) expect(sha256(input)).toBe(before);
      expect(unhandled).toEqual([]);
    },
    300_000,
  );
});

describe("details the table does not show", () => {
  test("sheet names are quoted in every human address, the way Excel writes them", async () => {
    const r = await run(["check", files["sheet-names.xlsx"], "--lang", "en"]);
    const report = ReportSchema.parse(JSON.parse((await run(["check", files["sheet-names.xlsx"], "--json"])).out));
    expect(report.measures.map((m) => m.sheet)).toEqual([...ODD_SHEET_NAMES]);
    // Each finding line starts with its severity and the quoted address.
    const lines = r.outLines.slice(0, -1);
    expect(lines).toHaveLength(report.findings.length);
    expect(lines.some((l) => l.includes(" 'it''s'!B"))).toBe(true);
    expect(lines.some((l) => /^\w+ 'Sheet 1'![A-Z]+\d+ \[/.test(l))).toBe(true);
    // The unquoted forms never appear as an address.
    expect(r.out).not.toMatch(/ Sheet 1!| it's!| a!b!/);
    // The summary's links to those sheets are quoted the same way.
    const out = join(dir, "out", "sheet-names-summary.xlsx");
    expect((await run(["summary", files["sheet-names.xlsx"], "-o", out])).code).toBe(0);
    // In-workbook links are `<hyperlink location="…">` in the written sheet parts.
    const pkg = XlsxPackage.open(readFileSync(out), fflateCodec);
    const links: string[] = [];
    for (const s of pkg.sheets)
      for (const m of pkg.text(s.part).matchAll(/<hyperlink\b[^>]*\blocation="([^"]*)"/g))
        links.push(
          m[1]
            .replace(/&amp;/g, "&")
            .replace(/&quot;/g, '"')
            .replace(/&apos;/g, "'"),
        );
    for (const quoted of ["'Sheet 1'!", "'it''s'!", "'a!b'!", "'#REF! 集計'!"]) expect(links.some((l) => l.includes(quoted))).toBe(true);
  });

  test("rich text reads as its plain text: labels found, statuses told", async () => {
    const report = ReportSchema.parse(JSON.parse((await run(["check", files["rich-text.xlsx"], "--json"])).out));
    const m = report.measures[0];
    expect(m.number).toBe("①-01");
    expect(m.years[0].label).toBe("H28年度");
    expect(m.years[1].status).toBe("on_track");
    expect(m.years[2].status).toBe("delayed");
    expect(m.years[1].effect).toBe("14% (1/7施設)");
  });

  test("formulas: cached results are read, a formula never calculated is an empty cell, formula-like text is neutralised in CSV", async () => {
    const report = ReportSchema.parse(JSON.parse((await run(["check", files["formulas.xlsx"], "--json"])).out));
    const m = report.measures[0];
    expect(m.number).toBe("①-01");
    expect(m.name).toBe("Wi-Fi設備の導入");
    expect(m.years[3].label).toBe("R1年度");
    expect(m.years[3].summary).toBe("");
    expect(m.years[4].label).toBe("");
    expect(m.years[4].summary).toBe(`=HYPERLINK("https://example.com/","詳細")`);
    const out = join(dir, "out", "formulas-export.csv");
    expect((await run(["export", files["formulas.xlsx"], "--format", "csv", "-o", out])).code).toBe(0);
    const fields = parseCsvRows(readFileSync(out, "utf8").slice(1)).flat();
    expect(fields).toContain(`'=HYPERLINK("https://example.com/","詳細")`);
  });

  test("hidden and very hidden measure sheets are read like any other", async () => {
    const report = ReportSchema.parse(JSON.parse((await run(["check", files["hidden-sheets.xlsx"], "--json"])).out));
    expect(report.measures.map((m) => m.sheet)).toEqual(["①-01", "①-02"]);
  });

  test("the 1 MB cell: the report keeps it whole; fill prints it shortened to one line", async () => {
    const report = ReportSchema.parse(JSON.parse((await run(["check", files["cell-1mb.xlsx"], "--json"])).out));
    expect(report.measures[0].years[1].summary.length).toBe(1_048_576);
    const out = join(dir, "out", "cell-1mb-fill.xlsx");
    const r = await run(["fill", files["cell-1mb.xlsx"], "-o", out]);
    expect(r.code).toBe(0);
    expect(Math.max(...r.outLines.map((l) => l.length))).toBeLessThan(400);
  });

  test("an error in Japanese and in English differs, and names the file", async () => {
    const ja = await run(["check", files["encrypted.xlsx"], "--lang", "ja"]);
    const en = await run(["check", files["encrypted.xlsx"], "--lang", "en"]);
    expect(ja.err).toContain("パスワード");
    expect(en.err).toContain("password");
    for (const r of [ja, en]) expect(r.err).toContain(files["encrypted.xlsx"]);
    // Without --lang, SHINCHOKU_LANG decides; Japanese by default.
    const saved = process.env.SHINCHOKU_LANG;
    delete process.env.SHINCHOKU_LANG;
    try {
      expect((await run(["check", files["truncated.xlsx"]])).err).toMatch(
        /^エラー: ファイルを読み込めません: .*（ファイルが壊れているか、途中で切れています。/,
      );
    } finally {
      if (saved !== undefined) process.env.SHINCHOKU_LANG = saved;
    }
  });
});

describe.each(OUTPUT_CASES.map((c) => [c.name, c] as const))("-o %s", (name, c) => {
  const skip = c.unprivileged === true && isRoot;
  (skip ? test.skip : test)(
    `is refused for every writing command${skip ? " (skipped: running as root, who may write anywhere)" : ""}`,
    async () => {
      const input = files["good.xlsx"];
      const before = sha256(input);
      const target = c.target(dir);
      const listing = readdirSync(dir).sort();
      for (const [i, args] of [
        ["fill", input, "-o", target],
        ["summary", input, "-o", target],
        ["export", input, "--format", "csv", "-o", target],
        ["export", input, "--format", "json", "-o", target],
      ].entries()) {
        const lang = LANGS[i % 2];
        const r = await run([...args, "--lang", lang]);
        expectNoCrashText(r);
        expect(r.code).toBe(2);
        expect(r.out).toBe("");
        expect(r.errLines).toHaveLength(1);
        expect(r.err).toMatch(refusalLine(c.key, c.reason, lang, target));
      }
      // Nothing written anywhere: not the input, not a temporary file beside it.
      expect(readdirSync(dir).sort()).toEqual(listing);
      expect(sha256(input)).toBe(before);
      if (existsSync(join(dir, "read-only"))) expect(readdirSync(join(dir, "read-only"))).toEqual([]);
    },
  );
});
