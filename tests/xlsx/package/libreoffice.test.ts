/**
 * What the command line writes opens in another spreadsheet program: the writer fixtures after fill then
 * summary, and the sample's summary workbook (the sample as saved in transitional and in Strict OOXML, and
 * zipped with backslashes or with ZIP64 records), converted to PDF by LibreOffice headless (CI installs libreoffice-calc). The
 * sample's summary pages are rendered to PNG in test-artifacts/libreoffice/. Skipped, saying so, only where
 * soffice is not installed.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../../src/node/cli";
import { unlockedCopy } from "../../support/unlockStructure";
import { backslashedCopy, strictCopy, zip64Copy } from "../../support/packages";

const hasSoffice = spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0;
const hasPoppler = spawnSync("pdftotext", ["-v"], { stdio: "ignore" }).status === 0;
if (!hasSoffice)
  console.warn("LibreOffice (soffice) is not installed: the PDF rendering test is skipped here; CI installs libreoffice-calc.");

const ROOT = join(__dirname, "..", "..", "..");
const WRITERS = join(ROOT, "tests", "fixtures", "writers");
const ARTIFACTS = join(ROOT, "test-artifacts", "libreoffice");
const INPUTS = ["xlsxwriter.xlsx", "openpyxl.xlsx", "libreoffice.xlsx", "excel-style.xlsx", "excel-style.xlsm"];

async function cli(args: string[]): Promise<number> {
  return runCli(args, { out: () => undefined, err: () => undefined });
}

(hasSoffice ? test : test.skip)(
  "fill-then-summary outputs and the sample's summary open and render in LibreOffice, with a chart, page headers and numbers",
  async () => {
    const dir = mkdtempSync(join(tmpdir(), "shinchoku-lo-"));
    try {
      const outputs: string[] = [];
      for (const name of INPUTS) {
        const filled = join(dir, `filled-${name}`);
        const out = join(dir, `out-${name.replace(".", "-")}${name.slice(name.lastIndexOf("."))}`);
        // Unlocked first where the structure is locked (summary refuses a locked one, as Excel does).
        expect(await cli(["fill", unlockedCopy(join(WRITERS, name), dir), "-o", filled])).toBe(0);
        expect(await cli(["summary", filled, "-o", out])).toBe(0);
        outputs.push(out);
      }
      const sample = join(dir, "sample-summary.xlsx");
      expect(await cli(["summary", join(ROOT, "samples", "sodegaura-2016.xlsx"), "-o", sample])).toBe(0);
      outputs.push(sample);
      // The sample saved as Strict OOXML: its summary tabs are written in strict namespaces.
      const strictInput = join(dir, "sample-strict.xlsx");
      writeFileSync(strictInput, strictCopy(readFileSync(join(ROOT, "samples", "sodegaura-2016.xlsx"))));
      const strict = join(dir, "strict-summary.xlsx");
      expect(await cli(["summary", strictInput, "-o", strict])).toBe(0);
      outputs.push(strict);
      // The sample zipped with backslashes between folders (LibreOffice cannot open that): its summary is named with slashes.
      const backslashed = join(dir, "sample-backslashes.xlsx");
      writeFileSync(backslashed, backslashedCopy(readFileSync(join(ROOT, "samples", "sodegaura-2016.xlsx"))));
      const slashed = join(dir, "backslash-summary.xlsx");
      expect(await cli(["summary", backslashed, "-o", slashed])).toBe(0);
      outputs.push(slashed);
      // The sample zipped with ZIP64 records throughout (LibreOffice 7.4 cannot open that): its summary has classic ones.
      const zip64 = join(dir, "sample-zip64.xlsx");
      writeFileSync(zip64, zip64Copy(readFileSync(join(ROOT, "samples", "sodegaura-2016.xlsx")), { streamed: true }));
      const classic = join(dir, "zip64-summary.xlsx");
      expect(await cli(["summary", zip64, "-o", classic])).toBe(0);
      outputs.push(classic);
      // One LibreOffice process for all of them; a private profile, so a user's or another run's does not interfere.
      execFileSync(
        "soffice",
        [
          "--headless",
          `-env:UserInstallation=file://${join(dir, "profile")}`,
          "--convert-to",
          "pdf",
          "--outdir",
          join(dir, "pdf"),
          ...outputs,
        ],
        { stdio: "ignore", timeout: 240_000 },
      );
      const pdfs = readdirSync(join(dir, "pdf"));
      for (const out of outputs) {
        const pdf = join(dir, "pdf", out.slice(out.lastIndexOf("/") + 1).replace(/\.xls[xm]$/, ".pdf"));
        expect([pdf, existsSync(pdf)]).toEqual([pdf, true]);
        expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
      }
      expect(pdfs).toHaveLength(outputs.length);
      if (!hasPoppler) return;
      // The sample's summary pages: tab names in the headers, page numbers in the footers, the chart's title.
      const pdf = join(dir, "pdf", "sample-summary.pdf");
      const text = execFileSync("pdftotext", ["-layout", pdf, "-"]).toString();
      for (const tab of ["進捗一覧", "遅延施策", "担当課別", "年度別", "検証結果"]) expect(text).toContain(tab);
      expect(text).toMatch(/\d+ \/ \d+ ページ/);
      expect(text).toContain("年度別の進捗区分");
      // The strict workbook's tabs, chart included, render as the transitional one's.
      const strictText = execFileSync("pdftotext", ["-layout", join(dir, "pdf", "strict-summary.pdf"), "-"]).toString();
      for (const tab of ["進捗一覧", "年度別", "検証結果"]) expect(strictText).toContain(tab);
      expect(strictText).toContain("年度別の進捗区分");
      expect(text).toContain("sodegaura-2016");
      // No 進捗総括 of a delayed measure cut off: its last characters are on the page.
      expect(text.replace(/\s+/g, "")).toContain("継続して進行管理を行う。");
      mkdirSync(ARTIFACTS, { recursive: true });
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())?.[1] ?? 0);
      // The summary tabs follow the 14 measure sheets.
      execFileSync("pdftoppm", ["-r", "60", "-png", "-f", "15", "-l", String(pages), pdf, join(ARTIFACTS, "sample-summary")]);
      expect(readdirSync(ARTIFACTS).some((f) => f.endsWith(".png"))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  300_000,
);
