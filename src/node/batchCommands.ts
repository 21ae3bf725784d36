/**
 * The coordinating office's commands over many workbooks: `check FILE… | DIR` (a report per file and in
 * total) and `summary FILE… -o OUT [--roster FILE]` (one combined workbook: every measure sheet copied
 * in, the summary tabs over all of them, 取込一覧 and 提出状況).
 *
 * The combined workbook is new, written from the engine's grids: each copied sheet keeps its values,
 * number formats, merges and positions; fonts, fills, borders, column widths, pictures, charts and
 * comments of the departments' sheets are not copied (their own files keep them).
 */
import { writeJson } from "./jsonOut";
import { readFile } from "node:fs/promises";
import { analyze, analyzeWorkbook } from "../core/produce/report";
import { buildSummarySheets } from "../core/produce/summary";
import { sheetAddress } from "../core/workbook/references";
import type { Rounding } from "../core/text/precision";
import type { Finding, Lang, Report } from "../core/model/schemas";
import type { Profile } from "../core/model/profile";
import { t } from "./messages";
import {
  batchTotals,
  buildSourcesSheet,
  buildSubmissionsSheet,
  combineWorkbooks,
  fileReport,
  gridToSheetSpec,
  matchRoster,
  parseCsvRows,
  rosterFromRows,
  withCrossFileDuplicates,
  type FileReport,
  type RosterEntry,
} from "../core/produce/batch";
import { writeSheetsToPackage, XlsxPackage } from "../xlsx/package";
import { zlibCodec } from "./zlibCodec";
import { UsageError } from "./cliErrors";
import { applyAnswers, buildAnswersSheet, readAnswerMarks } from "../core/judge/answers";
import type { WorkbookGrid } from "../core/model/grid";
import { specToGrid } from "../core/specGrid";
import { expandInputs, loadWorkbook, type LoadedWorkbook } from "./workbookInputs";
import { assertNotInput, writePackageAtomic, XlsxFileError } from "./xlsxFile";

export interface BatchIO {
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface BatchOptions {
  lang: Lang;
  rounding: Rounding;
  /** Given with --rounding: it then overrides what each file saved. */
  roundingGiven?: boolean;
  /** Given with --profile: every file is read with it; otherwise each with the profile it saved, else detected. */
  profile?: Profile | null;
}

/** Findings a person answered are left out unless asked for; the count is said instead. */
export function shownFindings(report: Report, includeAnswered: boolean): Finding[] {
  return includeAnswered ? report.findings : report.findings.filter((f) => !f.answer);
}

export function printFindings(findings: Finding[], lang: Lang, io: BatchIO, prefix = ""): void {
  for (const f of findings) {
    io.out(
      prefix +
        t("cli.finding-line", lang, {
          severity: t(`severity.${f.severity}`, lang),
          address: sheetAddress(f.sheet, f.cell),
          rule: f.rule,
          message: f.messages[lang],
        }),
    );
    if (f.answer) io.out(prefix + t("cli.answered-line", lang, { by: f.answer.by, at: f.answer.at, reason: f.answer.reason }));
  }
}

const BUILT_IN_FORMS = new Set(["seed", "rating", "indicator"]);

/** A built-in profile by its name in the user's language; an office's own by the name it gave. */
function formName(profile: { id: string; name: string }, lang: Lang): string {
  return BUILT_IN_FORMS.has(profile.id) ? t(`cli.form.${profile.id as "seed" | "rating" | "indicator"}`, lang) : profile.name;
}

interface Failed {
  path: string;
  source: string;
  error: XlsxFileError;
}

/** Reads each file in turn (one workbook in memory at a time); a file that cannot be read is reported, not fatal. */
async function analyzeAll(
  paths: string[],
  opts: BatchOptions,
  keep: boolean,
  io: BatchIO,
): Promise<{ files: FileReport[]; failed: Failed[]; loaded: LoadedWorkbook[] }> {
  const files: FileReport[] = [];
  const failed: Failed[] = [];
  const loaded: LoadedWorkbook[] = [];
  const marked = new Map<string, WorkbookGrid>();
  for (const path of paths) {
    let wb: LoadedWorkbook;
    try {
      wb = await loadWorkbook(path);
    } catch (e) {
      if (e instanceof XlsxFileError) {
        failed.push({ path, source: path.split(/[\\/]/).pop() ?? path, error: e });
        continue;
      }
      throw e;
    }
    // Each department's file is read as the task pane reads it: with the settings saved in it, unless an option says otherwise.
    const saved = wb.saved.settings;
    if (wb.saved.warning) io.err(`${wb.source}: ${t(wb.saved.warning.key, opts.lang, wb.saved.warning.params)}`);
    const { report, forms } = analyzeWorkbook(wb.grid, {
      source: wb.source,
      lang: opts.lang,
      rounding: opts.roundingGiven ? opts.rounding : (saved?.rounding ?? opts.rounding),
      profile: opts.profile ?? saved?.profile ?? null,
    });
    files.push(fileReport(wb.source, report, wb.savedAt, forms.profile));
    if (keep) loaded.push(wb);
    // Only files that carry 確認済み marks are kept in memory, for the findings across files below.
    else if (readAnswerMarks(wb.grid).length > 0) marked.set(wb.source, wb.grid);
  }
  const all = withCrossFileDuplicates(files, opts.lang).map((f) => {
    const grid = marked.get(f.source) ?? loaded.find((l) => l.source === f.source)?.grid;
    return grid ? withAnswers(f, grid) : f;
  });
  return { files: all, failed, loaded };
}

/** A duplicate across files is a finding like any other: a mark on its cell answers it too. */
function withAnswers(file: FileReport, grid: WorkbookGrid): FileReport {
  const findings = applyAnswers(grid, file.report.findings);
  const count = (severity: string) => findings.filter((f) => f.severity === severity && !f.answer).length;
  const answered = findings.filter((f) => f.answer).length;
  const { answered: _previous, ...rest } = file.report.totals;
  void _previous;
  const totals = {
    ...rest,
    errors: count("error"),
    warnings: count("warning"),
    infos: count("info"),
    ...(answered > 0 ? { answered } : {}),
  };
  return { ...file, report: { ...file.report, findings, totals } };
}

export async function runBatchCheck(
  inputs: string[],
  opts: BatchOptions & { json: boolean; includeAnswered: boolean },
  io: BatchIO,
): Promise<number> {
  const paths = await expandInputs(inputs);
  const { files, failed } = await analyzeAll(paths, opts, false, io);
  const totals = batchTotals(files, failed.length);
  if (opts.json) {
    const out = {
      schemaVersion: 1,
      files: [
        ...files.map((f) => ({
          source: f.source,
          departments: f.departments,
          savedAt: f.savedAt,
          profile: f.profile,
          report: { ...f.report, findings: shownFindings(f.report, opts.includeAnswered) },
        })),
        ...failed.map((f) => ({ source: f.source, error: { key: f.error.messageKey, message: f.error.localized(opts.lang) } })),
      ],
      totals,
    };
    writeJson(out, io.out);
  } else {
    for (const f of files) {
      printFindings(shownFindings(f.report, opts.includeAnswered), opts.lang, io, `${f.source} `);
      io.out(
        t("cli.batch-file-line", opts.lang, {
          source: f.source,
          departments: f.departments.join("・") || "-",
          ...f.report.totals,
          form: formName(f.profile, opts.lang),
        }),
      );
    }
    for (const f of failed) io.err(t("cli.batch-file-failed", opts.lang, { source: f.source, message: f.error.localized(opts.lang) }));
    io.out(t("cli.batch-total-line", opts.lang, { ...totals }));
    if (!opts.includeAnswered && totals.answered > 0) io.out(t("cli.answered-hidden", opts.lang, { count: totals.answered }));
  }
  if (failed.length > 0) return 2;
  return totals.errors > 0 ? 1 : 0;
}

/** A roster: a CSV file, or the first sheet of a workbook; one expected department or measure number a row. */
export async function readRoster(path: string): Promise<RosterEntry[]> {
  let rows: (string | number | boolean | null)[][];
  if (/\.(xlsx|xlsm)$/i.test(path)) {
    const grid = (await loadWorkbook(path)).grid;
    const first = grid.sheets.find((s) => s.visibility === "visible") ?? grid.sheets[0];
    rows = first ? first.values : [];
  } else {
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (e) {
      const code = typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : String(e);
      throw new UsageError("cli.roster-unreadable", { path, detail: code });
    }
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      // Excel on Japanese Windows saves CSV in Shift_JIS.
      text = new TextDecoder("shift_jis").decode(bytes);
    }
    rows = parseCsvRows(text);
  }
  const entries = rosterFromRows(rows);
  if (entries.length === 0) throw new UsageError("cli.roster-empty", { path });
  return entries;
}

export async function runCombinedSummary(
  inputs: string[],
  out: string,
  opts: BatchOptions & { roster?: string },
  io: BatchIO,
): Promise<number> {
  const paths = await expandInputs(inputs);
  const roster = opts.roster ? await readRoster(opts.roster) : null;
  for (const p of [...paths, ...(opts.roster ? [opts.roster] : [])]) await assertNotInput(out, p);
  const { files, failed, loaded } = await analyzeAll(paths, opts, true, io);
  // A combined workbook missing a department's file would read as complete: refuse rather than half-write.
  if (failed.length > 0) throw failed[0].error;
  const combined = combineWorkbooks(loaded.map((l) => ({ source: l.source, grid: l.grid })));
  // The departments' 確認済み marks travel into the combined workbook, on the copied sheets.
  const store = combined.answers.length > 0 ? [buildAnswersSheet(combined.answers, opts.lang)] : [];
  for (const spec of store) {
    combined.grid.sheets.push(specToGrid(spec));
    combined.grid.generatedSheets.push({ name: spec.name, role: spec.role });
  }
  const report = analyze(combined.grid, {
    source: out.split(/[\\/]/).pop() ?? out,
    lang: opts.lang,
    rounding: opts.rounding,
    profile: opts.profile ?? null,
  });
  const pkg = XlsxPackage.blank(zlibCodec);
  const tabs = [
    buildSubmissionsSheet(files, roster, opts.lang),
    ...buildSummarySheets(report, { lang: opts.lang }),
    buildSourcesSheet(combined.copied, opts.lang),
  ];
  const measures = combined.grid.sheets.filter((s) => !combined.grid.generatedSheets.some((g) => g.name === s.name)).map(gridToSheetSpec);
  const result = writeSheetsToPackage(pkg, [...tabs, ...measures, ...store]);
  await writePackageAtomic(pkg, out);
  io.out(
    t("cli.combined-done", opts.lang, {
      files: files.length,
      sheets: combined.copied.length,
      tabs: result.written.slice(0, tabs.length).join(", "),
      out,
    }),
  );
  if (roster) {
    const missing = matchRoster(roster, files)
      .filter((r) => r.files.length === 0)
      .map((r) => r.expected ?? "");
    if (missing.length > 0) io.out(t("cli.roster-missing", opts.lang, { names: missing.join(", ") }));
  }
  return 0;
}
