/**
 * A list of measures on one sheet (施策評価一覧表, 進捗状況一覧, 取組一覧): a row of headers naming the measures'
 * column and one or more verdict columns, then a row per measure. Many offices publish their progress so, one
 * row per measure, with a rating or a short text per year (R4 | R5) or for the year the title names. Read where
 * no sheet of the workbook holds the form, before a sheet is taken for one measure.
 */
import { isDash } from "../text/normalize";
import { cellAt, cellText, extent, forEachRow, isEmptyCell } from "../model/grid";
import type { SheetGrid } from "../model/grid";
import { namedYear, type FiscalYearLabel } from "../text/fiscalYear";
import { hasLabelKey, type LabelAliases } from "./labels";
import { afterYear, leadingYear, isFigure, isVerdict, keys, roleOf, type Role } from "./measureHeaders";
import { field, formlessMeasure, formlessYear, type Field, type MeasureSheet, type YearRow } from "./reader";
import type { TitleYear } from "./titleYear";
import { titleYear } from "./titleYear";

/** The verdicts an office gives for the whole, preferred over one on a part (進行状況, 今後の展開). */
const OVERALL = keys(["総合評価", "総合的評価", "評価結果", "評価"]);
/** The levels of a list's headers (評価内容 over 評価の視点 over 必要性 | 効率性 …). */
const MAX_HEADER_LEVELS = 3;
/** How many rows holding anything a list's header row may come after. */
const HEADER_SEARCH_ROWS = 30;
/**
 * A number before a measure's name, set off from it: 1 特色ある教育の推進, (2)電子申請, ①-3 …, 1-2. (Not 5G基地局の整備
 * nor 2020年度の取組: a number run into its word is the name's.)
 */
const LEADING_NUMBER =
  /^[(（]?([0-9０-９]{1,3}(?:[-－‐.．][0-9０-９]{1,3})*|[①-⑳](?:[-－‐][0-9０-９]{1,3})?)(?:[)）.．、][\s\u3000]*|[\s\u3000]+)(\S.*)$/s;
interface Column {
  col: number;
  role: Role | null;
  /** The year it is for (a column under 令和4年度, or headed R4). */
  year: FiscalYearLabel | null;
  /** The header cell naming the year (its own, or its group's). */
  yearCell: Field | null;
  /** Its lowest header cell. */
  header: Field;
}

interface ListHeader {
  top: number;
  bottom: number;
  columns: Column[];
  name: Column;
}

/**
 * The list's header: a row with a column of names and at least one verdict or year column, the row under it
 * read with it where it holds the lower level of two (施策担当課の評価 over 進行状況 | 今後の施策の展開).
 */
function findHeader(sheet: SheetGrid, aliases: LabelAliases | undefined, maxCol: number): ListHeader | null {
  // The first rows that hold anything, wherever the content starts.
  const rows: number[] = [];
  forEachRow(sheet, (_, i) => {
    if (rows.length < HEADER_SEARCH_ROWS) rows.push(sheet.top + i);
  });
  for (const row of rows) {
    let nameCol = -1;
    for (let c = sheet.left; c <= maxCol && nameCol < 0; c++) {
      const v = cellAt(sheet, row, c);
      if (typeof v === "string" && v.length <= 24 && roleOf(v, aliases) === "name") nameCol = c;
    }
    if (nameCol < 0) continue;
    // Up to three levels, while the row under has headers and nothing under the name's header (merged down).
    let bottom = row;
    const headerUnder = (r: number) =>
      isEmptyCell(cellAt(sheet, r, nameCol)) &&
      [...Array(maxCol - sheet.left + 1).keys()].some((k) => {
        const v = cellAt(sheet, r, sheet.left + k);
        return typeof v === "string" && (roleOf(v, aliases) !== null || leadingYear(v) !== null);
      });
    while (bottom - row < MAX_HEADER_LEVELS - 1 && headerUnder(bottom + 1)) bottom++;
    const twoLevels = bottom > row;
    const columns: Column[] = [];
    let groupYear: { year: FiscalYearLabel; cell: Field; role: Role | null } | null = null;
    for (let c = sheet.left; c <= maxCol; c++) {
      const top = cellAt(sheet, row, c);
      // The column's own header: its lowest cell under the top row that holds one.
      let lowRow = -1;
      for (let r = bottom; r > row && lowRow < 0; r--) if (!isEmptyCell(cellAt(sheet, r, c))) lowRow = r;
      const low = lowRow >= 0 ? cellAt(sheet, lowRow, c) : null;
      // A group header spans its sub-columns (merged: only its first cell holds the text).
      if (typeof top === "string" && !isEmptyCell(top)) {
        const y = leadingYear(top);
        // What the group's words say its columns hold (H23評価結果: verdicts; H24達成率: figures, none).
        const words = y ? afterYear(top) : "";
        groupYear = y && twoLevels ? { year: y, cell: field(sheet, row, c), role: words === "" ? "rating" : roleOf(words, aliases) } : null;
      }
      const lowText = typeof low === "string" && !isEmptyCell(low) ? low : null;
      const topText = typeof top === "string" && !isEmptyCell(top) ? top : null;
      const text = lowText ?? topText;
      if (text === null && groupYear === null) continue;
      const cellRow = lowText !== null ? lowRow : row;
      const ownYear = text !== null ? leadingYear(text) : null;
      const year = ownYear ?? groupYear?.year ?? null;
      const yearCell = ownYear ? field(sheet, cellRow, c) : (groupYear?.cell ?? null);
      // Under a year the column's own words say what it holds (a year alone holds the year's verdict or text), else
      // the words of the year's group; words of neither kind (達成率, 決算額) hold no verdict.
      const words = text === null ? "" : ownYear ? afterYear(text) : text;
      const own = words !== "" ? roleOf(words, aliases) : null;
      const role = own ?? (ownYear ? (words === "" ? "rating" : null) : groupYear && year ? groupYear.role : null);
      columns.push({ col: c, role, year, yearCell, header: field(sheet, cellRow, c) });
    }
    const name = columns.find((k) => k.col === nameCol)!;
    name.role = "name";
    if (columns.some((k) => k.col !== nameCol && (k.role === "rating" || k.role === "text"))) return { top: row, bottom, columns, name };
  }
  return null;
}

/**
 * A row that is no measure's: one cell of text alone under the headers, a heading of a group of measures
 * (①学校教育の充実 across the list) or a note under it. A measure's row holds more than its name.
 */
function isGroupRow(sheet: SheetGrid, row: number, head: ListHeader): boolean {
  let count = 0;
  for (const k of head.columns) if (!isEmptyCell(cellAt(sheet, row, k.col))) count++;
  return count <= 1;
}

const TOTAL_ROW = /^(?:合計|小計|総計|計)$|の(?:合計|小計|総計|計)$|^計[:：]/;

/** A note under the list (凡例, ※, 注): the list has ended. */
const AFTER_LIST = /^[\s\u3000]*(?:凡例|※|\*|注[:：\s\u3000)）]|[(（]注[)）]|評価基準)/;

/** One year of a measure's row: its verdict (the overall one first) and its account. */
function yearOf(sheet: SheetGrid, row: number, cols: Column[], label: Field, year: FiscalYearLabel): YearRow | null {
  let rating: Field | null = null;
  let ratingOverall = false;
  let summary: Field | null = null;
  for (const k of cols) {
    const v = cellAt(sheet, row, k.col);
    if (isEmptyCell(v) || typeof v === "boolean") continue;
    // A figure (an amount, a count, a rate) is neither a verdict nor an account, but a rating may be a number (1–5).
    const text = cellText(v).trim();
    // A dash says nothing was given (外部評価 ―): neither a verdict nor an account.
    if (isDash(text)) continue;
    if ((typeof v === "number" || isFigure(text)) && !(k.role === "rating" && /^(?:[1-9]|10)$/.test(text))) continue;
    const f = field(sheet, row, k.col);
    const overall = hasLabelKey(OVERALL, k.header.text);
    // A verdict column holding a sentence gives the account; a text column holding a bare verdict gives the verdict.
    if (isVerdict(f.text) && (k.role === "rating" || rating === null)) {
      if (rating === null || (overall && !ratingOverall)) {
        rating = f;
        ratingOverall = overall;
      }
    } else if (summary === null && f.text.trim().length > 0) summary = f;
  }
  if (rating === null && summary === null) return null;
  // The year as its header or the title names it, pinned to the measure's own cell (the header serves every row):
  // no label of the form, so nothing for Fill to rewrite.
  const own = (rating ?? summary)!;
  return formlessYear({ row, label: { ...own, text: label.text }, fiscalYear: year.fiscalYear, summary, rating });
}

/** An office's name: 総務課, 情報政策室, デジタル戦略局, 財務グループ. */
const OFFICE = /^[^\s\u3000:：]{1,20}(?:課|室|局|部|係|センター|グループ)$/;

/**
 * The department a list's heading names where no column gives one: a cell alone on its row above the header
 * (総務課), or after a department's label (担当課：総務課).
 */
function headingDepartment(sheet: SheetGrid, headerTop: number, aliases: LabelAliases | undefined): Field | null {
  let found = null as Field | null;
  forEachRow(sheet, (r, i) => {
    const row = sheet.top + i;
    if (found !== null || row >= headerTop) return;
    const filled = r.filter((v) => !isEmptyCell(v));
    for (let j = 0; j < r.length && found === null; j++) {
      const v = r[j];
      if (typeof v !== "string" || v.length > 40) continue;
      const t = v.trim();
      const labelled = /^([^:：]{1,10})[:：][\s\u3000]*(.+)$/.exec(t);
      const name = labelled && roleOf(labelled[1], aliases) === "department" ? labelled[2].trim() : filled.length === 1 ? t : null;
      if (name !== null && OFFICE.test(name)) found = { ...field(sheet, row, sheet.left + j), text: name };
    }
  });
  return found;
}

/** The year the list is for where no column names one: its title's, else the document's. */
function listYear(sheet: SheetGrid, documentYear: TitleYear | null): { label: Field; year: FiscalYearLabel } | null {
  const own = titleYear(sheet);
  const named = own ?? documentYear;
  if (!named) return null;
  const at = own ? { row: named.row, col: named.col } : { row: sheet.top, col: sheet.left };
  const label = { ...field(sheet, at.row, at.col), text: named.text };
  return { label, year: namedYear(named.fiscalYear) };
}

/**
 * The measures of a list sheet, one per row under its header; null where the sheet holds no list (no header
 * row with a column of names beside a verdict or year column, or fewer than two measures under it).
 */
export function readMeasureList(sheet: SheetGrid, aliases?: LabelAliases, documentYear: TitleYear | null = null): MeasureSheet[] | null {
  const maxCol = Math.max(0, extent(sheet).cols - 1);
  const head = findHeader(sheet, aliases, maxCol);
  if (!head) return null;
  let numberCol = head.columns.find((k) => k.role === "number")?.col ?? null;
  let nameCol = head.name.col;
  const departmentCol = head.columns.find((k) => k.role === "department")?.col ?? null;
  const headingDept = departmentCol === null ? headingDepartment(sheet, head.top, aliases) : null;
  // A bare year (19年度進捗状況 beside H17 … H21) is the era of the list's own years, its words the column's role; a plain
  // column right after it (its 評価) is that year's too.
  const eraYears = head.columns.filter((k) => k.year !== null && k.year.era !== null);
  let bareYear: Column["year"] = null;
  for (const k of head.columns) {
    const bare = k.year === null ? /^\s*(\d{1,2})\s*年度(.*)$/s.exec(k.header.text.normalize("NFKC")) : null;
    const same = bare ? eraYears.find((e) => e.year!.eraYear === Number(bare[1])) : undefined;
    if (bare && same) {
      bareYear = k.year = same.year;
      k.role ??= roleOf(bare[2].trim(), aliases);
    } else if (k.year === null && bareYear !== null && (k.role === "rating" || k.role === "text")) k.year = bareYear;
    else if (k.year !== null || k.role === "name" || k.role === "number" || k.role === "department") bareYear = null;
  }
  const verdictCols = head.columns.filter((k) => k.role === "rating" || k.role === "text");
  const yearCols = verdictCols.filter((k) => k.year !== null);
  const plainCols = verdictCols.filter((k) => k.year === null);
  const years = new Map<number, Column[]>();
  for (const k of yearCols) {
    const list = years.get(k.year!.fiscalYear);
    if (list) list.push(k);
    else years.set(k.year!.fiscalYear, [k]);
  }
  const single = listYear(sheet, documentYear);
  const byYear = [...years].sort((a, b) => a[0] - b[0]);
  const measures: MeasureSheet[] = [];
  // Rows that hold anything under the header (a stray value far below makes a block of empty rows).
  const below: number[] = [];
  forEachRow(sheet, (_, i) => {
    if (sheet.top + i > head.bottom) below.push(sheet.top + i);
  });
  // A header merged over two columns, the items' numbers and their names (評価項目 over 1 | 「図書館の自由…」).
  if (numberCol === null && !head.columns.some((k) => k.col === nameCol + 1)) {
    const named = below.filter((r) => !isEmptyCell(cellAt(sheet, r, nameCol)));
    const numbered = named.filter(
      (r) =>
        /^[0-9０-９]{1,3}$/.test(cellText(cellAt(sheet, r, nameCol)).trim()) && cellText(cellAt(sheet, r, nameCol + 1)).trim().length > 3,
    );
    if (numbered.length >= 2 && numbered.length * 2 >= named.length) {
      numberCol = nameCol;
      nameCol += 1;
    }
  }
  for (const row of below) {
    const nameRaw = cellAt(sheet, row, nameCol);
    const first = cellText(cellAt(sheet, row, sheet.left));
    if (AFTER_LIST.test(first) || (typeof nameRaw === "string" && AFTER_LIST.test(nameRaw))) break;
    if (typeof nameRaw !== "string" || isEmptyCell(nameRaw) || isGroupRow(sheet, row, head)) continue;
    // A row of totals (重点目標評価Aの合計, 小計, 計) counts the measures' ratings: no measure of its own.
    if (TOTAL_ROW.test(nameRaw.normalize("NFKC").trim())) continue;
    // A header repeated on a new page.
    if (roleOf(nameRaw, aliases) === "name") continue;
    let name = field(sheet, row, nameCol);
    let number = numberCol !== null && !isEmptyCell(cellAt(sheet, row, numberCol)) ? field(sheet, row, numberCol) : null;
    const lead = number === null ? LEADING_NUMBER.exec(name.text.trim()) : null;
    if (lead) {
      number = { ...name, text: lead[1] };
      name = { ...name, text: lead[2].trim() };
    }
    const yearRows: YearRow[] = [];
    for (const [, cols] of byYear) {
      const k = cols[0];
      const y = yearOf(sheet, row, cols, k.yearCell ?? k.header, k.year!);
      if (y) yearRows.push(y);
    }
    // Columns without a year: for the year the title names, else for the last year of the list's own.
    if (plainCols.length > 0) {
      const lastYear = byYear.length > 0 ? byYear[byYear.length - 1][1][0] : null;
      const at = single ?? (lastYear ? { label: lastYear.yearCell ?? lastYear.header, year: lastYear.year! } : null);
      const y = at ? yearOf(sheet, row, plainCols, at.label, at.year) : null;
      if (y) {
        const same = yearRows.findIndex((r) => r.year?.fiscalYear === y.year?.fiscalYear);
        if (same < 0) yearRows.push(y);
        else
          yearRows[same] = { ...yearRows[same], rating: y.rating ?? yearRows[same].rating, summary: yearRows[same].summary ?? y.summary };
      }
    }
    const department =
      departmentCol !== null && !isEmptyCell(cellAt(sheet, row, departmentCol)) ? field(sheet, row, departmentCol) : headingDept;
    measures.push(
      formlessMeasure({
        sheet: sheet.name,
        number,
        name,
        department,
        labels: [],
        ratingCol: verdictCols.find((k) => k.role === "rating")?.col ?? null,
        headerRow: head.top,
        years: yearRows.sort((a, b) => (a.year?.fiscalYear ?? 0) - (b.year?.fiscalYear ?? 0)),
        bounds: { top: row, left: sheet.left, bottom: row, right: maxCol },
        sharesSheet: true,
      }),
    );
  }
  return measures.length >= 2 ? measures : null;
}
