/**
 * The invariants every report must satisfy, whatever the workbook. Each throws (via expect) with the
 * offending finding, so fast-check shrinks to a small grid that breaks it.
 */
import { parseA1 } from "../../src/core/model/address";
import { cellAt, cellText, extent, type WorkbookGrid } from "../../src/core/model/grid";
import { ReportSchema, type Finding, type Report } from "../../src/core/model/schemas";
import { EXCEL_COLS, EXCEL_ROWS } from "./grids";

const A1 = /^([A-Z]{1,3})([1-9][0-9]{0,6})$/;

/** A plain A1 address (no $, no sheet) inside Excel's grid: A1 … XFD1048576. */
export function isValidA1(a1: string): boolean {
  if (!A1.test(a1)) return false;
  const { row, col } = parseA1(a1);
  return row >= 0 && row < EXCEL_ROWS && col >= 0 && col < EXCEL_COLS;
}

/**
 * Rules whose finding is about a value that is there: the cell holds something (a number that
 * duplicates, an error value, a tag, a summary whose status cannot be told …). Rules about what is
 * missing (required-field, missing-summary, year-sequence on a row without a label, label-variant's
 * missing label, no-measure-sheets) point where the value or label should be, which may be empty.
 */
export const VALUE_RULES: ReadonlySet<string> = new Set([
  "duplicate-number",
  "cell-error",
  "status-unknown",
  "percent-fraction-mismatch",
  "arithmetic",
  "over-100",
  "dash-after-progress",
  "progress-regression",
  "status-progress-conflict",
  "boilerplate-summary",
  "era-out-of-range",
  "html-markup",
  "unrecognized-effect",
]);

/**
 * How far outside the stored block a finding about something missing may point: the reader expects a
 * missing label or value a few rows under the year table or right of the form's 7 columns.
 */
export const MISSING_MARGIN = { rows: 8, cols: 8 };

/** `{name}` tokens already in the workbook's own text: a message may quote them without being broken. */
function tokensInWorkbook(wb: WorkbookGrid): Set<string> {
  const tokens = new Set<string>();
  const scan = (s: string) => {
    if (!s.includes("{")) return;
    for (const m of s.matchAll(/\{\w+\}/g)) tokens.add(m[0]);
  };
  for (const s of wb.sheets) {
    scan(s.name);
    for (const r of s.values) for (const v of r) if (typeof v === "string") scan(v);
  }
  return tokens;
}

export function unreplacedPlaceholders(message: string, known: Set<string>): string[] {
  return [...message.matchAll(/\{\w+\}/g)].map((m) => m[0]).filter((t) => !known.has(t));
}

function describe(f: Finding): string {
  return JSON.stringify({ rule: f.rule, sheet: f.sheet, cell: f.cell, en: f.messages.en.slice(0, 120) });
}

/**
 * Asserted for every report:
 * - it passes ReportSchema; `message` is `messages[lang]`;
 * - totals agree with the findings (severities) and the measures (count, delayed, delayedNow);
 * - every measure is a sheet that was read (a sheet of the workbook not marked as generated), once, in
 *   workbook order; every year cell is a valid A1 address;
 * - every finding's sheet is a sheet of the workbook ("" only when there is none); its cell is a valid A1
 *   address inside Excel's limits, within the stored block extended by MISSING_MARGIN; a finding of
 *   VALUE_RULES points at a non-empty cell inside the stored block;
 * - findings come in sheet order, then row, then column;
 * - no message (ja or en) has a `{placeholder}` left that the workbook's own text does not contain, and
 *   none is a bare catalogue key.
 */
export function checkReport(wb: WorkbookGrid, report: Report): void {
  const parsed = ReportSchema.safeParse(report);
  if (!parsed.success) throw new Error(`report fails ReportSchema: ${parsed.error.message.slice(0, 500)}`);

  const bySeverity = (s: string) => report.findings.filter((f) => f.severity === s).length;
  expect(report.totals).toEqual({
    measures: report.measures.length,
    errors: bySeverity("error"),
    warnings: bySeverity("warning"),
    infos: bySeverity("info"),
    delayed: report.measures.filter((m) => m.delayed).length,
    delayedNow: report.measures.filter((m) => m.delayedNow).length,
  });

  const sheets = new Map(wb.sheets.map((s, i) => [s.name, { sheet: s, index: i, extent: extent(s) }]));
  const generated = new Set(wb.generatedSheets.map((g) => g.name));
  let lastMeasure = -1;
  for (const m of report.measures) {
    const s = sheets.get(m.sheet);
    if (!s || generated.has(m.sheet)) throw new Error(`measure on a sheet that was not read: ${m.sheet}`);
    // A sheet may hold several measures (a list, a row each), never one read before an earlier sheet's.
    if (s.index < lastMeasure) throw new Error(`measures out of workbook order at ${m.sheet}`);
    lastMeasure = s.index;
    for (const y of m.years) {
      if (!isValidA1(y.cell)) throw new Error(`year cell ${y.cell} on ${m.sheet}`);
      if (y.effectCell !== null && !isValidA1(y.effectCell)) throw new Error(`effect cell ${y.effectCell} on ${m.sheet}`);
      if (y.progress !== null && !(y.progress >= 0 && y.progress <= 100))
        throw new Error(`progress ${y.progress} outside 0..100 on ${m.sheet}`);
    }
    if (m.latestProgress !== null && !(m.latestProgress >= 0 && m.latestProgress <= 100))
      throw new Error(`latestProgress ${m.latestProgress}`);
  }

  const tokens = tokensInWorkbook(wb);
  let last: [number, number, number] = [-1, -1, -1];
  for (const f of report.findings) {
    if (f.message !== f.messages[report.lang]) throw new Error(`message is not messages.${report.lang}: ${describe(f)}`);
    for (const lang of ["ja", "en"] as const) {
      const msg = f.messages[lang];
      const left = unreplacedPlaceholders(msg, tokens);
      if (left.length > 0) throw new Error(`unreplaced ${left.join(",")} in ${lang} message of ${describe(f)}`);
      if (/^rule\./.test(msg) || msg.trim() === "") throw new Error(`no catalogue text for ${describe(f)}`);
    }
    if (wb.sheets.length === 0) {
      if (f.sheet !== "") throw new Error(`finding on sheet ${f.sheet} of a workbook with no sheets`);
    } else if (!sheets.has(f.sheet)) throw new Error(`finding on a sheet that does not exist: ${describe(f)}`);
    if (!isValidA1(f.cell)) throw new Error(`invalid or out-of-Excel cell: ${describe(f)}`);

    const { row, col } = parseA1(f.cell);
    const s = sheets.get(f.sheet);
    if (s && f.rule !== "no-measure-sheets") {
      const ext = s.extent;
      const lastRow = Math.max(ext.rows, s.sheet.top + 1) - 1;
      const lastCol = Math.max(ext.cols, s.sheet.left + 1) - 1;
      if (row > lastRow + MISSING_MARGIN.rows || col > lastCol + MISSING_MARGIN.cols)
        throw new Error(`finding far outside the sheet's block (ends ${lastRow},${lastCol}): ${describe(f)}`);
      if (VALUE_RULES.has(f.rule)) {
        const v = cellAt(s.sheet, row, col);
        if (v === null || cellText(v) === "") throw new Error(`finding about a value on an empty cell: ${describe(f)}`);
      }
    }
    const key: [number, number, number] = [sheets.get(f.sheet)?.index ?? -1, row, col];
    const order = key[0] - last[0] || key[1] - last[1] || key[2] - last[2];
    if (order < 0) throw new Error(`findings out of order at ${describe(f)}`);
    last = key;
  }
}

/** A deep copy for checking that nothing was mutated (grids hold only JSON-able values). */
export function snapshot<T>(x: T): T {
  return structuredClone(x);
}
