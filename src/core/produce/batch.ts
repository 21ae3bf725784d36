/**
 * Many departments' workbooks at once (product.md §5 `check FILE… | DIR`, `summary FILE… -o OUT`): a
 * report per file and in total, 施策番号 used in two files as findings, one combined workbook with every
 * measure sheet copied in (names made unique, each sheet's source kept), and the 提出状況 tab against an
 * optional roster of expected departments or measure numbers.
 */
import { cell, header } from "./tabCells";
import { parseRange } from "../model/address";
import { cellText, type SheetGrid, type WorkbookGrid } from "../model/grid";
import { t } from "../messages";
import { readMeasureSheet } from "../read/reader";
import { numberKey } from "../rules/duplicateNumber";
import type { Finding, Lang, Report } from "../model/schemas";
import type { CellSpec, SheetSpec } from "../model/sheetSpec";
import { uniqueSheetName } from "../model/sheetNames";
import { foldForComparison } from "../text/similarity";
import { readAnswerMarks, type AnswerMark } from "../judge/answers";

export interface FileReport {
  source: string;
  /** Departments named by the file's measures, in order of first appearance. */
  departments: string[];
  /** When the file was last saved (the workbook's own date, else the file's), ISO 8601; null if unknown. */
  savedAt: string | null;
  /** The form profile the file was read with (its id, and its name as the profile gives it). */
  profile: { id: string; name: string };
  report: Report;
}

export interface BatchTotals {
  files: number;
  unreadable: number;
  measures: number;
  errors: number;
  warnings: number;
  infos: number;
  answered: number;
}

const countOf = (findings: Finding[], severity: string) => findings.filter((f) => f.severity === severity && !f.answer).length;

function departmentsOf(report: Report): string[] {
  const out: string[] = [];
  for (const m of report.measures) for (const d of m.departments) if (!out.includes(d)) out.push(d);
  return out;
}

export function fileReport(source: string, report: Report, savedAt: string | null, profile: { id: string; name: string }): FileReport {
  return { source, departments: departmentsOf(report), savedAt, profile: { id: profile.id, name: profile.name }, report };
}

/**
 * A 施策番号 already used in an earlier file is an error on the later file's number cell (as
 * duplicate-number does across sheets of one workbook). Returns new reports; totals are recounted.
 */
export function withCrossFileDuplicates(files: FileReport[], lang: Lang): FileReport[] {
  const first = new Map<string, { source: string; sheet: string }>();
  return files.map((file) => {
    const extra: Finding[] = [];
    const seenHere = new Set<string>();
    for (const m of file.report.measures) {
      const key = numberKey(m.number);
      if (key === "" || seenHere.has(key)) continue;
      seenHere.add(key);
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, { source: file.source, sheet: m.sheet });
        continue;
      }
      const cell = m.numberCell ?? "A1";
      const params = { number: m.number, file: earlier.source, other: earlier.sheet };
      const messages = { ja: t("batch.duplicate-number-file", "ja", params), en: t("batch.duplicate-number-file", "en", params) };
      extra.push({ rule: "duplicate-number", severity: "error", sheet: m.sheet, cell, message: messages[lang], messages });
    }
    if (extra.length === 0) return file;
    const findings = [...file.report.findings, ...extra];
    const totals = {
      ...file.report.totals,
      errors: countOf(findings, "error"),
      warnings: countOf(findings, "warning"),
      infos: countOf(findings, "info"),
    };
    return { ...file, report: { ...file.report, findings, totals } };
  });
}

export function batchTotals(files: FileReport[], unreadable: number): BatchTotals {
  const totals: BatchTotals = { files: files.length + unreadable, unreadable, measures: 0, errors: 0, warnings: 0, infos: 0, answered: 0 };
  for (const f of files) {
    totals.measures += f.report.totals.measures;
    totals.errors += f.report.totals.errors;
    totals.warnings += f.report.totals.warnings;
    totals.infos += f.report.totals.infos;
    totals.answered += f.report.totals.answered ?? 0;
  }
  return totals;
}

// ---- the combined workbook ----

export interface SourceWorkbook {
  source: string;
  grid: WorkbookGrid;
}

export interface CopiedSheet {
  /** Name in the combined workbook. */
  name: string;
  source: string;
  /** Name in its own file. */
  original: string;
  number: string;
  measureName: string;
  department: string;
}

export interface Combined {
  grid: WorkbookGrid;
  copied: CopiedSheet[];
  /** The departments' 確認済み marks, renamed to the copied sheets (values are copied as they are, so they still hold). */
  answers: AnswerMark[];
}

/**
 * Every measure sheet of every file, in file order, under a name no earlier sheet took (`①-01 (2)`).
 * Other sheets (covers, notes, summary tabs) stay behind: the combined workbook is about the measures.
 */
export function combineWorkbooks(sources: SourceWorkbook[]): Combined {
  const sheets: SheetGrid[] = [];
  const copied: CopiedSheet[] = [];
  const answers: AnswerMark[] = [];
  const taken: string[] = [];
  for (const { source, grid } of sources) {
    const renamed = new Map<string, string>();
    const generated = new Set(grid.generatedSheets.map((g) => g.name));
    for (const sheet of grid.sheets) {
      if (generated.has(sheet.name)) continue;
      const m = readMeasureSheet(sheet);
      if (!m) continue;
      const name = uniqueSheetName(sheet.name, taken);
      taken.push(name);
      sheets.push({ ...sheet, name, visibility: "visible", protected: false });
      renamed.set(sheet.name, name);
      copied.push({
        name,
        source,
        original: sheet.name,
        number: m.number?.text.trim() ?? "",
        measureName: m.name?.text.trim() ?? "",
        department: m.department?.text.trim() ?? "",
      });
    }
    for (const mark of readAnswerMarks(grid)) {
      const name = renamed.get(mark.sheet);
      if (name !== undefined) answers.push({ ...mark, sheet: name });
    }
  }
  return { grid: { sheets, generatedSheets: [] }, copied, answers };
}

/**
 * A sheet's merged areas without any that overlaps one listed before it (or repeats it): a damaged file can
 * list such merges, and Excel repairs a workbook that holds them, so the copy keeps the first of each.
 */
export function separateMerges(merges: readonly string[]): string[] {
  const kept: { ref: string; box: ReturnType<typeof parseRange> }[] = [];
  for (const ref of merges) {
    let box: ReturnType<typeof parseRange>;
    try {
      box = parseRange(ref);
    } catch {
      continue; // not a range: nothing Excel could merge
    }
    const clash = kept.some((k) => !(box.bottom < k.box.top || k.box.bottom < box.top || box.right < k.box.left || k.box.right < box.left));
    if (!clash) kept.push({ ref, box });
  }
  return kept.map((k) => k.ref);
}

/** A copied sheet as a SheetSpec: values, number formats and merges at their own addresses. */
export function gridToSheetSpec(sheet: SheetGrid): SheetSpec {
  const rows: (CellSpec | null)[][] = [];
  for (let r = 0; r < sheet.top; r++) rows.push([]);
  sheet.values.forEach((row, i) => {
    const out: (CellSpec | null)[] = new Array<CellSpec | null>(sheet.left).fill(null);
    row.forEach((v, j) => {
      const numFmt = sheet.numFmts?.[i]?.[j] ?? undefined;
      out.push(
        v === null && !numFmt
          ? null
          : { value: v, ...(numFmt ? { numFmt } : {}), ...(typeof v === "string" && v.includes("\n") ? { wrap: true } : {}) },
      );
    });
    rows.push(out);
  });
  return {
    name: sheet.name,
    role: "measure",
    rows,
    merges: separateMerges(sheet.merges),
    columnWidths: [14, 18, 18, 18, 40, 40, 24],
    rowHeights: {},
    tables: [],
    conditionalFormats: [],
    charts: [],
  };
}

function plainTab(
  name: string,
  role: SheetSpec["role"],
  headers: string[],
  body: (CellSpec | null)[][],
  widths: number[],
  table: string,
): SheetSpec {
  return {
    name,
    role,
    rows: [headers.map(header), ...body],
    merges: [],
    columnWidths: widths,
    rowHeights: {},
    freeze: { rows: 1, cols: 0 },
    tables: body.length > 0 ? [{ name: table, ref: "A1", columns: headers, rows: body.length, style: "TableStyleMedium2" }] : [],
    conditionalFormats: [],
    charts: [],
    print: { landscape: true, fitToWidth: true },
  };
}

/** 取込一覧: every copied sheet, a link to it, and the file and sheet it came from. */
export function buildSourcesSheet(copied: CopiedSheet[], lang: Lang): SheetSpec {
  const headers = (["col.sheet", "col.number", "col.name", "col.department", "batch.col.file", "batch.col.originalSheet"] as const).map(
    (k) => t(k, lang),
  );
  const body = copied.map((c) => [
    cell(c.name, { link: { sheet: c.name, cell: "A1" } }),
    cell(c.number),
    cell(c.measureName, { wrap: true }),
    cell(c.department, { wrap: true }),
    cell(c.source),
    cell(c.original),
  ]);
  return plainTab(t("tab.sources", lang), "sources", headers, body, [14, 10, 30, 22, 30, 14], "ShinchokuSources");
}

// ---- the roster and 提出状況 ----

export interface RosterEntry {
  /** An expected department or measure number, as written in the roster. */
  name: string;
}

/** Roster rows: the first non-empty cell of each row; a header row (部署 / 施策番号 / department …) is skipped. */
export function rosterFromRows(rows: (string | number | boolean | null)[][]): RosterEntry[] {
  const out: RosterEntry[] = [];
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const first = row.map((v) => cellText(v ?? null).trim()).find((v) => v !== "");
    if (!first) return;
    if (i === 0 && /^(担当)?(部署|課|所管課|部局|施策番号|施策No\.?|department|number|name)$/i.test(first.normalize("NFKC"))) return;
    const key = foldForComparison(first);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ name: first });
  });
  return out;
}

/** A CSV roster (UTF-8, with or without BOM; quoted fields allowed) as rows of cells. */
export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const s = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && s[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export interface SubmissionRow {
  /** The roster's entry; null for a file no roster entry names. */
  expected: string | null;
  files: FileReport[];
}

/** Which files each roster entry is met by: a measure number in the file, or a department it names. */
export function matchRoster(roster: RosterEntry[], files: FileReport[]): SubmissionRow[] {
  const used = new Set<FileReport>();
  const rows: SubmissionRow[] = roster.map((entry) => {
    const asNumber = numberKey(entry.name);
    const asDept = foldForComparison(entry.name);
    const met = files.filter(
      (f) =>
        f.report.measures.some((m) => numberKey(m.number) === asNumber) ||
        f.departments.some((d) => foldForComparison(d) === asDept) ||
        f.report.measures.some((m) => foldForComparison(m.department).includes(asDept)),
    );
    for (const f of met) used.add(f);
    return { expected: entry.name, files: met };
  });
  for (const f of files) if (!used.has(f)) rows.push({ expected: null, files: [f] });
  return rows;
}

/** 提出状況: a row per roster entry (submitted or missing), then files no entry names; without a roster, a row per file. */
export function buildSubmissionsSheet(files: FileReport[], roster: RosterEntry[] | null, lang: Lang): SheetSpec {
  const headers = (
    [
      "batch.col.expected",
      "batch.col.state",
      "batch.col.file",
      "col.department",
      "batch.col.savedAt",
      "col.measures",
      "batch.col.errors",
      "batch.col.warnings",
    ] as const
  ).map((k) => t(k, lang));
  const rows = roster ? matchRoster(roster, files) : files.map((f) => ({ expected: null, files: [f] }));
  const body: (CellSpec | null)[][] = [];
  for (const r of rows) {
    const state = r.files.length === 0 ? "missing" : r.expected === null && roster ? "unexpected" : "submitted";
    const fill = state === "missing" ? "FFC7CE" : state === "unexpected" ? "FFEB9C" : undefined;
    const stateCell = cell(t(`batch.state.${state}`, lang), { align: "center", ...(fill ? { fill } : {}) });
    if (r.files.length === 0) {
      body.push([cell(r.expected), stateCell, cell(""), cell(""), cell(""), cell(null), cell(null), cell(null)]);
      continue;
    }
    for (const f of r.files)
      body.push([
        cell(r.expected ?? ""),
        stateCell,
        cell(f.source),
        cell(f.departments.join("・"), { wrap: true }),
        cell(f.savedAt ? `${f.savedAt.slice(0, 16).replace("T", " ")} UTC` : ""),
        cell(f.report.totals.measures, { align: "right" }),
        cell(f.report.totals.errors, { align: "right" }),
        cell(f.report.totals.warnings, { align: "right" }),
      ]);
  }
  return plainTab(t("tab.submissions", lang), "submissions", headers, body, [22, 10, 30, 26, 20, 8, 8, 8], "ShinchokuSubmissions");
}
