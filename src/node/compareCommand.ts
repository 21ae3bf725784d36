/**
 * `shinchoku compare LAST THIS [--json] [-o OUT]`: this year's workbook against last year's. Prints the
 * comparison findings and a line of counts; `-o` writes a copy of THIS with the 前年度比較 tab.
 */
import { writeJson } from "./jsonOut";
import { basename } from "node:path";
import { compareWorkbooks, comparisonCounts } from "../core/produce/compare";
import { buildComparisonSheet } from "../core/produce/comparisonTab";
import type { Lang } from "../core/model/schemas";
import type { Rounding } from "../core/text/precision";
import { t } from "./messages";
import { writeSheetsToPackage } from "../xlsx/package";
import { printFindings, shownFindings, type BatchIO } from "./batchCommands";
import { assertNotInput, changeInput, packageGrid, readXlsxPackage, writePackageAtomic } from "./xlsxFile";
import { readSavedSettings } from "./workbookSettings";
import type { Profile } from "../core/model/profile";

export async function runCompare(
  lastPath: string,
  thisPath: string,
  opts: {
    lang: Lang;
    rounding: Rounding;
    /** Given with --rounding: it then overrides what this year's file saved. */
    roundingGiven?: boolean;
    /** Given with --profile: both files are read with it; otherwise each with the profile it saved. */
    profile?: Profile | null;
    json: boolean;
    out?: string;
    includeAnswered: boolean;
  },
  io: BatchIO,
): Promise<number> {
  if (opts.out) {
    await assertNotInput(opts.out, lastPath);
    await assertNotInput(opts.out, thisPath);
  }
  const last = await readXlsxPackage(lastPath);
  const current = await readXlsxPackage(thisPath);
  // Each file is read as the task pane reads it: with the settings saved in it, unless an option says otherwise.
  const savedLast = await readSavedSettings(last);
  const savedThis = await readSavedSettings(current);
  for (const [path, saved] of [
    [lastPath, savedLast],
    [thisPath, savedThis],
  ] as const)
    if (saved.warning) io.err(`${basename(path)}: ${t(saved.warning.key, opts.lang, saved.warning.params)}`);
  const cmp = compareWorkbooks(packageGrid(last, lastPath), packageGrid(current, thisPath), {
    lang: opts.lang,
    rounding: opts.roundingGiven ? opts.rounding : (savedThis.settings?.rounding ?? opts.rounding),
    profile: opts.profile ?? savedThis.settings?.profile ?? null,
    lastProfile: opts.profile ?? savedLast.settings?.profile ?? null,
    lastSource: basename(lastPath),
    source: basename(thisPath),
  });
  const shown = opts.includeAnswered ? cmp.findings : cmp.findings.filter((f) => !f.answer);
  // The copy is THIS patched: every part it need not touch kept byte for byte, the 前年度比較 tab added.
  if (opts.out) changeInput(thisPath, () => writeSheetsToPackage(current, [buildComparisonSheet(cmp, opts.lang)]));
  if (opts.out) await writePackageAtomic(current, opts.out, thisPath);
  if (opts.json) {
    writeJson(
      {
        schemaVersion: 1,
        last: cmp.lastReport.source,
        source: cmp.report.source,
        rows: cmp.rows.map((r) => ({ ...r, findings: shownFindings({ ...cmp.report, findings: r.findings }, opts.includeAnswered) })),
        findings: shown,
      },
      io.out,
    );
  } else {
    printFindings(shown, opts.lang, io);
    io.out(t("cli.compare-done", opts.lang, comparisonCounts(cmp, shown)));
    if (opts.out) io.out(t("cli.compare-written", opts.lang, { out: opts.out }));
  }
  return shown.some((f) => f.severity === "error") ? 1 : 0;
}
