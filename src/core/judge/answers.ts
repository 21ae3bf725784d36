/**
 * Findings a person has answered (「確認済み」): a mark with who, why and when, kept in the workbook on a
 * hidden sheet Shinchoku owns (role `answers`, known by its marker like the summary tabs), never in a cell
 * of the form. Every host reads and writes a sheet, so the marks travel with the file and the command line
 * honours them as the add-in does.
 *
 * A mark names a rule, a sheet and a cell, and remembers a fingerprint of that cell's value when it was
 * made. When the cell changes, the fingerprint no longer matches: the mark is void and the finding returns.
 */
import { parseA1 } from "../model/address";
import { cellAt, type CellValue, type SheetGrid, type WorkbookGrid } from "../model/grid";
import { t } from "../messages";
import type { Answer, Finding, Lang } from "../model/schemas";
import type { CellSpec, SheetSpec } from "../model/sheetSpec";
import { findSheetByName, sheetNameKey } from "../model/sheetNames";

export interface AnswerMark extends Answer {
  rule: string;
  sheet: string;
  cell: string;
  /** Fingerprint of the cell's value when the mark was made (see fingerprint). */
  fingerprint: string;
}

/**
 * One row of the store as read back from any host (a text cell may come back as a number), or null when a
 * person broke it by hand. Checked field by field rather than with zod, so that `check` still runs without
 * loading zod (the store is read on every analysis).
 */
function parseRow(raw: Record<(typeof COLUMNS)[number], CellValue>): AnswerMark | null {
  const text = (v: CellValue) => (typeof v === "string" || typeof v === "number" ? String(v).trim() : null);
  const [rule, sheet, cell, print, reason, by, at] = COLUMNS.map((k) => text(raw[k]));
  if (!rule || !sheet || !cell || !print || reason === null || by === null || at === null) return null;
  if (!/^\$?[A-Za-z]{1,3}\$?\d{1,7}$/.test(cell) || !/^v1:[0-9a-f]{8}:\d+$/.test(print)) return null;
  return { rule, sheet, cell: cell.replace(/\$/g, "").toUpperCase(), fingerprint: print, reason, by, at };
}

/** Column order of the store sheet; the header row is in the workbook's language, the data is not. */
const COLUMNS = ["rule", "sheet", "cell", "fingerprint", "reason", "by", "at"] as const;

/**
 * FNV-1a (32 bit) of the value's type and text, with the text's length: enough to tell that a cell
 * changed, without copying long cell text into the store.
 */
export function fingerprint(value: CellValue): string {
  const v = value === "" ? null : value;
  const text = v === null ? "null:" : `${typeof v}:${String(v)}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `v1:${h.toString(16).padStart(8, "0")}:${text.length}`;
}

function findSheet(wb: WorkbookGrid, name: string): SheetGrid | undefined {
  return findSheetByName(wb.sheets, name);
}

/** The value a finding's cell holds now (null when the sheet or the address is gone). */
export function currentValue(wb: WorkbookGrid, sheet: string, cell: string): CellValue {
  const s = findSheet(wb, sheet);
  if (!s) return null;
  try {
    const { row, col } = parseA1(cell);
    return cellAt(s, row, col);
  } catch {
    return null;
  }
}

/** The store sheet of this workbook, by its marker; undefined when nothing was ever answered. */
export function answersSheet(wb: WorkbookGrid): SheetGrid | undefined {
  const store = wb.generatedSheets.find((g) => g.role === "answers");
  return store ? findSheet(wb, store.name) : undefined;
}

/** Every well-formed mark of the store, valid or void; rows a person broke by hand are left out. */
export function readAnswerMarks(wb: WorkbookGrid): AnswerMark[] {
  const sheet = answersSheet(wb);
  if (!sheet) return [];
  const marks: AnswerMark[] = [];
  // Row 0 of the sheet is the header; the store is always written from A1.
  for (let r = 1; r < sheet.top + sheet.values.length; r++) {
    const raw = Object.fromEntries(COLUMNS.map((k, c) => [k, cellAt(sheet, r, c)])) as Record<(typeof COLUMNS)[number], CellValue>;
    if (raw.rule === null) continue;
    const mark = parseRow(raw);
    if (mark) marks.push(mark);
  }
  return marks;
}

function markKey(rule: string, sheet: string, cell: string): string {
  return `${rule}\u0000${sheetNameKey(sheet)}\u0000${cell.replace(/\$/g, "").toUpperCase()}`;
}

/** Whether the mark still holds: its cell has the value it had when it was made. */
export function markHolds(wb: WorkbookGrid, mark: AnswerMark): boolean {
  return fingerprint(currentValue(wb, mark.sheet, mark.cell)) === mark.fingerprint;
}

/**
 * The findings with `answer` set where a mark holds. Findings are returned in the same order; a void mark
 * (its cell changed) sets nothing, so the finding is back as it was.
 */
export function applyAnswers(wb: WorkbookGrid, findings: Finding[]): Finding[] {
  const marks = readAnswerMarks(wb);
  if (marks.length === 0) return findings;
  const byKey = new Map<string, AnswerMark>();
  for (const m of marks) if (markHolds(wb, m)) byKey.set(markKey(m.rule, m.sheet, m.cell), m);
  if (byKey.size === 0) return findings;
  return findings.map((f) => {
    const m = byKey.get(markKey(f.rule, f.sheet, f.cell));
    return m ? { ...f, answer: { by: m.by, reason: m.reason, at: m.at } } : f;
  });
}

export interface AnswerInput {
  reason: string;
  by: string;
  /** ISO 8601; the caller's clock (the engine has none). */
  at: string;
}

export type AnswerIssue = "reason-empty" | "by-empty";

/** What is wrong with an answer before it is stored (a reason and a name are both required). */
export function answerIssues(input: AnswerInput): AnswerIssue[] {
  const issues: AnswerIssue[] = [];
  if (input.reason.trim() === "") issues.push("reason-empty");
  if (input.by.trim() === "") issues.push("by-empty");
  return issues;
}

/**
 * The marks after answering `finding`: a previous mark on the same rule and cell is replaced, and void
 * marks are dropped (their findings are back, so there is nothing left for them to say).
 */
export function addAnswer(wb: WorkbookGrid, marks: AnswerMark[], finding: Finding, input: AnswerInput): AnswerMark[] {
  const key = markKey(finding.rule, finding.sheet, finding.cell);
  const kept = marks.filter((m) => markKey(m.rule, m.sheet, m.cell) !== key && markHolds(wb, m));
  return [
    ...kept,
    {
      rule: finding.rule,
      sheet: finding.sheet,
      cell: finding.cell.replace(/\$/g, "").toUpperCase(),
      fingerprint: fingerprint(currentValue(wb, finding.sheet, finding.cell)),
      reason: input.reason.trim(),
      by: input.by.trim(),
      at: input.at,
    },
  ];
}

/** The marks without the one on this finding (「確認済み」を取り消す). */
export function removeAnswer(marks: AnswerMark[], finding: Finding): AnswerMark[] {
  const key = markKey(finding.rule, finding.sheet, finding.cell);
  return marks.filter((m) => markKey(m.rule, m.sheet, m.cell) !== key);
}

/** The store as a hidden sheet: written by every gateway's writeSheets, replacing the previous store. */
export function buildAnswersSheet(marks: AnswerMark[], lang: Lang): SheetSpec {
  const header = COLUMNS.map((k): CellSpec => ({ value: t(`answers.col.${k}`, lang), bold: true }));
  const rows: (CellSpec | null)[][] = [header, ...marks.map((m) => COLUMNS.map((k): CellSpec => ({ value: m[k], numFmt: "@" })))];
  return {
    name: t("tab.answers", lang),
    role: "answers",
    rows,
    merges: [],
    columnWidths: [24, 16, 8, 20, 50, 14, 22],
    rowHeights: {},
    tables: [],
    conditionalFormats: [],
    charts: [],
    hidden: true,
  };
}
