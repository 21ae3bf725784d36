/**
 * The command line (the README's "Report JSON"): the same engine as the add-in, over .xlsx files.
 * Exit codes: 0 no errors, 1 findings of severity error, 2 the file cannot be read or the call is wrong.
 * Every failure is a sentence in the chosen language, never a stack trace.
 */
import { writeJson } from "./jsonOut";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { analyze } from "../core/produce/report";
import { buildSummarySheets } from "../core/produce/summary";
import { exportData, exportRows } from "../core/produce/export";
import { proposeFill } from "../core/produce/fill";
import { ROUNDINGS, type Rounding } from "../core/text/precision";
import { t, type CliKey, type Params } from "./messages";
import { sheetAddress } from "../core/workbook/references";
import type { Lang } from "../core/model/schemas";
import { SheetsWriteRefused, writeSheetsToPackage, XlsxPackage } from "../xlsx/package";
import { changeInput, packageGrid, readXlsxPackage, writePackageAtomic, writeTextFileAtomic, XlsxFileError } from "./xlsxFile";
import { zlibCodec } from "./zlibCodec";
import { analyzeWorkbook } from "../core/produce/report";
import type { Profile } from "../core/model/profile";
import { readFile } from "node:fs/promises";

/** `--profile FILE`: the office's form profile as JSON, checked field by field. */
async function loadProfile(path: string | undefined): Promise<Profile | null> {
  if (path === undefined) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, "utf8"));
  } catch {
    throw new UsageError("cli.profile-unreadable", { file: path });
  }
  // zod only when a profile is given: `check` alone loads none.
  const { parseProfile } = await import("../core/model/profileSchema");
  const p = parseProfile(raw);
  if (!p.ok) throw new UsageError("profile.bad", { detail: p.issues.slice(0, 5).join("; ") });
  return p.profile;
}
import { UsageError } from "./cliErrors";
import { printFindings, runBatchCheck, runCombinedSummary, shownFindings } from "./batchCommands";
import { runCompare } from "./compareCommand";
import { isMany } from "./workbookInputs";
import { readSavedSettings } from "./workbookSettings";

export interface CliIO {
  out: (line: string) => void;
  err: (line: string) => void;
}

const defaultIO: CliIO = {
  out: (l) => process.stdout.write(l + "\n"),
  err: (l) => process.stderr.write(l + "\n"),
};

const OPTIONS = {
  json: { type: "boolean" },
  lang: { type: "string" },
  output: { type: "string", short: "o" },
  format: { type: "string" },
  rounding: { type: "string" },
  "start-year": { type: "string" },
  years: { type: "string" },
  number: { type: "string" },
  name: { type: "string" },
  department: { type: "string" },
  profile: { type: "string" },
  form: { type: "string" },
  roster: { type: "string" },
  "include-answered": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

function pickLang(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const v = i < 0 ? process.env.SHINCHOKU_LANG : argv[i].includes("=") ? argv[i].split("=")[1] : argv[i + 1];
  return v === "en" ? "en" : "ja";
}

export async function runCli(argv: string[], io: CliIO = defaultIO): Promise<number> {
  const lang = pickLang(argv);
  const say = (key: CliKey, params?: Params) => io.out(t(key, lang, params));
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    } catch (e) {
      throw argsError(e);
    }
    const { values: o, positionals } = parsed;
    if (o.lang !== undefined && o.lang !== "ja" && o.lang !== "en") throw new UsageError("cli.bad-lang");
    const rounding = o.rounding ?? "any";
    if (!isRounding(rounding)) throw new UsageError("cli.bad-rounding");
    /**
     * A workbook is read as the task pane reads it: with the settings saved in it (profile, rounding, tab
     * names), each of which an option given on the command line overrides.
     */
    const readWorkbook = async (path: string) => {
      const pkg = await readXlsxPackage(path);
      const saved = await readSavedSettings(pkg);
      if (saved.warning) io.err(t(saved.warning.key, lang, saved.warning.params));
      return {
        pkg,
        grid: packageGrid(pkg, path),
        profile: profile ?? saved.settings?.profile ?? null,
        rounding: o.rounding !== undefined ? rounding : (saved.settings?.rounding ?? rounding),
        tabNames: saved.settings?.tabNames ?? {},
      };
    };
    /**
     * A workbook's report. Read in a call of its own, so nothing of the package or the grid outlives it
     * (a variable of this function's frame kept the whole package, 46 MB at 14,000 sheets, through the JSON).
     */
    const checkReport = async (path: string) => {
      const { grid, rounding: bookRounding, profile: bookProfile } = await readWorkbook(path);
      return analyze(grid, { source: basename(path), lang, rounding: bookRounding, profile: bookProfile });
    };
    if (o.version) {
      io.out(VERSION);
      return 0;
    }
    const [command, file, ...extra] = positionals;
    const profile = await loadProfile(o.profile);
    if (o.help || command === "help") {
      say("cli.help");
      return 0;
    }
    if (!command) throw new UsageError("cli.no-command");
    const includeAnswered = o["include-answered"] ?? false;
    // Many workbooks, or a folder of them: the coordinating office's forms of check and summary.
    const inputs = positionals.slice(1);
    if (command === "check" && (await isMany(inputs)))
      return await runBatchCheck(
        inputs,
        { lang, rounding, roundingGiven: o.rounding !== undefined, profile, json: o.json ?? false, includeAnswered },
        io,
      );
    if (command === "summary" && ((await isMany(inputs)) || o.roster !== undefined)) {
      if (inputs.length === 0) throw new UsageError("cli.need-file");
      if (!o.output) throw new UsageError("cli.need-output");
      return await runCombinedSummary(
        inputs,
        o.output,
        { lang, rounding, roundingGiven: o.rounding !== undefined, profile, roster: o.roster },
        io,
      );
    }
    if (command === "compare") {
      if (inputs.length !== 2) throw new UsageError("cli.need-two-files");
      return await runCompare(
        inputs[0],
        inputs[1],
        { lang, rounding, roundingGiven: o.rounding !== undefined, profile, json: o.json ?? false, out: o.output, includeAnswered },
        io,
      );
    }
    if (extra.length > 0) throw new UsageError("cli.bad-args", { detail: extra.join(" ") });
    const needOut = () => {
      if (!o.output) throw new UsageError("cli.need-output");
      return o.output;
    };
    const needFile = () => {
      if (!file) throw new UsageError("cli.need-file");
      return file;
    };
    switch (command) {
      case "check": {
        const path = needFile();
        const report = await checkReport(path);
        // Findings marked 確認済み are counted apart and listed only with --include-answered.
        const findings = shownFindings(report, includeAnswered);
        if (o.json) writeJson(findings === report.findings ? report : { ...report, findings }, io.out);
        else {
          printFindings(findings, lang, io);
          say("cli.summary-line", { source: report.source, ...report.totals });
          const answered = report.totals.answered ?? 0;
          if (!includeAnswered && answered > 0) say("cli.answered-hidden", { count: answered });
        }
        return report.totals.errors > 0 ? 1 : 0;
      }
      case "fill": {
        const path = needFile();
        const out = needOut();
        const wb = await readWorkbook(path);
        const edits = proposeFill(wb.grid, { lang, profile: wb.profile });
        const result = changeInput(path, () => wb.pkg.applyEdits(edits));
        // The changes are listed once they are on disk: a failed write must not read as applied.
        await writePackageAtomic(wb.pkg, out, path);
        if (edits.length === 0) say("cli.fill-none");
        for (const e of result.applied)
          say("cli.fill-line", {
            address: sheetAddress(e.sheet, e.cell),
            before: show(e.before),
            after: show(e.after),
            reason: e.reason[lang],
          });
        for (const s of result.skipped)
          say("cli.fill-skipped", { address: sheetAddress(s.edit.sheet, s.edit.cell), reason: t(`cli.skip.${s.reason}`, lang) });
        say("cli.fill-done", { count: result.applied.length, out });
        return 0;
      }
      case "summary": {
        const path = needFile();
        const out = needOut();
        const wb = await readWorkbook(path);
        const report = analyze(wb.grid, { source: basename(path), lang, rounding: wb.rounding, profile: wb.profile });
        const result = changeInput(path, () => writeSheetsToPackage(wb.pkg, buildSummarySheets(report, { lang, names: wb.tabNames })));
        await writePackageAtomic(wb.pkg, out, path);
        say("cli.summary-done", { tabs: result.written.join(", "), out });
        return 0;
      }
      case "export": {
        const path = needFile();
        const out = needOut();
        if (o.format !== "csv" && o.format !== "json") throw new UsageError("cli.bad-format");
        const wb = await readWorkbook(path);
        const report = analyze(wb.grid, { source: basename(path), lang, rounding: wb.rounding, profile: wb.profile });
        await writeTextFileAtomic(exportData(report, o.format), out, path);
        say("cli.export-done", { rows: exportRows(report).length, out });
        return 0;
      }
      case "template": {
        if (file) throw new UsageError("cli.bad-args", { detail: file });
        const out = needOut();
        // The form's schema loads zod: only this command pays for it, not check on every run.
        const { buildMeasureSheet, parseNewMeasureInput } = await import("../core/produce/template");
        const input = parseNewMeasureInput(
          {
            number: o.number ?? "1-01",
            name: o.name ?? "",
            department: o.department ?? "",
            startYear: o["start-year"] === undefined ? undefined : Number(o["start-year"]),
            years: o.years === undefined ? 5 : Number(o.years),
            form: o.form,
          },
          lang,
        );
        if (!input.ok) throw new UsageError("cli.bad-template", { detail: input.issues.map((i) => `${i.field}: ${i.message}`).join("; ") });
        const spec = buildMeasureSheet(input.value, lang);
        // A new workbook of one sheet, written by the same package layer as every other output.
        const pkg = XlsxPackage.blank(zlibCodec);
        writeSheetsToPackage(pkg, [spec]);
        await writePackageAtomic(pkg, out);
        say("cli.template-done", { sheet: spec.name, out });
        return 0;
      }
      case "profile": {
        // The profile the workbook is read with, as JSON to start an office's own from: the scale filled
        // in from the printed legend, so every value the sheets use is there to correct.
        const path = needFile();
        const wb = await readWorkbook(path);
        const { forms } = analyzeWorkbook(wb.grid, { source: basename(path), lang, rounding: wb.rounding, profile: wb.profile });
        const scale =
          forms.profile.scale.length > 0
            ? forms.profile.scale
            : forms.legend.map(({ value, status, descriptor }) => ({ value, status, descriptor }));
        io.out(JSON.stringify({ ...forms.profile, scale }, null, 2));
        return 0;
      }
      default:
        throw new UsageError("cli.unknown-command", { command });
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(t("cli.error", lang, { message: t(e.key, lang, e.params) }));
      if (e.key !== "cli.bad-template") io.err(t("cli.hint-help", lang));
      return 2;
    }
    if (e instanceof XlsxFileError) {
      io.err(t("cli.error", lang, { message: e.localized(lang) }));
      return 2;
    }
    if (e instanceof SheetsWriteRefused) {
      io.err(t("cli.error", lang, { message: t(`cli.refused.${e.kind}`, lang, { sheet: e.sheet }) }));
      return 2;
    }
    // One line, whatever the library said.
    const detail = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, " ").trim().slice(0, 200);
    io.err(t("cli.internal", lang, { detail }));
    return 2;
  }
}

/** node's parseArgs speaks English: its errors, told apart by code, in the catalogue's words. */
function argsError(e: unknown): UsageError {
  const { code, message } = e as { code?: string; message: string };
  const option = /'(?:-\w, )?(--?[\w-]+)/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return new UsageError("cli.unknown-option", { option });
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
    return new UsageError(message.includes("does not take") ? "cli.option-takes-no-value" : "cli.option-needs-value", { option });
  return new UsageError("cli.bad-args", { detail: message });
}

function isRounding(s: string): s is Rounding {
  return (ROUNDINGS as readonly string[]).includes(s);
}

function show(v: unknown): string {
  const s = v === null || v === undefined ? "" : String(v);
  const one = s.replace(/\s*\n\s*/g, " ⏎ ");
  return one.length > 60 ? one.slice(0, 60) + "…" : one;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const VERSION: string = require("../../package.json").version;
