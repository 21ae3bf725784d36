/**
 * Measures stacked on one sheet, each in a block of labelled rows of its own. 川崎市's 施策進行管理・評価表 is one:
 * under the 施策's tallies, a block per 事務事業 (`事務事業名 | name | 所管課 | office`, its 達成度, then a table
 * with the years across, `年度 | 2005年度 | 2006年度 …`, and rows of what each year planned and what was done).
 * Other offices run the years down (`年度 | 事業目標 | 実績 | 評価`, a row per year) or write a label and its value in
 * one cell (`事務事業名：…`). Where no measure is named after its label, a block may be a heading over a small table
 * that names its year (佐渡市: `成果重視の予算編成の改革` over `平成18年度目標 | 平成18年度実績 | 自己評価`). Read where no sheet
 * of the workbook holds the form and the sheet is no list, unless one measure's reading of the sheet holds something
 * outside the blocks (report.ts).
 */
import { cellAt, cellText, extent, forEachRow, isEmptyCell } from "../model/grid";
import type { SheetGrid } from "../model/grid";
import type { FiscalYearLabel } from "../text/fiscalYear";
import { afterYear, keys, leadingYear, isFigure, isVerdict, roleOf, type Role } from "./measureHeaders";
import { hasLabelKey, labelInCell, matchLabel, type LabelAliases } from "./labels";
import { field, formlessMeasure, formlessYear, type Field, type MeasureSheet, type YearRow } from "./reader";
import { titleYear, type TitleYear } from "./titleYear";

/** A row of a block's year table saying what each year planned (事業目標 | 継続実施 | …). */
const PLAN_LABELS = keys(["事業目標", "目標", "計画", "年度計画", "実施計画", "計画内容", "実施予定", "取組予定", "活動目標", "年次計画"]);

/** What a row or column of a block's year table holds: the year's plan, its verdict or its account. */
type Kind = "plan" | "rating" | "text";

/** A label is short; a longer cell is a value. */
const LABEL_MAX = 24;

interface Start {
  row: number;
  name: Field;
}

/** The first cell right of `col` on `row` that holds anything, and where. */
function valueRightOf(sheet: SheetGrid, row: number, col: number, maxCol: number): Field | null {
  for (let c = col + 1; c <= maxCol; c++) if (!isEmptyCell(cellAt(sheet, row, c))) return field(sheet, row, c);
  return null;
}

/**
 * A label of the given role on the row and its value: the cell right of it (not another label), or after the
 * label's colon in the same cell.
 */
function labelled(
  sheet: SheetGrid,
  row: number,
  maxCol: number,
  aliases: LabelAliases | undefined,
  role: Role,
): { label: Field; value: Field } | null {
  for (let c = sheet.left; c <= maxCol; c++) {
    const v = cellAt(sheet, row, c);
    if (typeof v !== "string") continue;
    const inCell = v.length <= 120 ? labelInCell(v, 24) : null;
    if (inCell && !inCell.value.includes("\n") && roleOf(inCell.label, aliases) === role) {
      const at = field(sheet, row, c);
      return { label: { ...at, text: inCell.label }, value: { ...at, text: inCell.value } };
    }
    if (v.length > LABEL_MAX || roleOf(v, aliases) !== role) continue;
    const value = valueRightOf(sheet, row, c, maxCol);
    if (value && typeof value.raw !== "boolean" && (typeof value.raw !== "string" || roleOf(value.raw, aliases) === null))
      return { label: field(sheet, row, c), value };
  }
  return null;
}

/** A block starts where a measure's name follows its label (事務事業名 | 区民祭開催事業), not a header's. */
function blockStart(sheet: SheetGrid, row: number, maxCol: number, aliases: LabelAliases | undefined): Start | null {
  const hit = labelled(sheet, row, maxCol, aliases, "name");
  if (!hit || typeof hit.value.raw !== "string" || leadingYear(hit.value.text) !== null) return null;
  return hit.value.text.trim() === "" ? null : { row, name: hit.value };
}

/**
 * A heading over its own small table (佐渡市: 成果重視の予算編成の改革 alone on its row, over 平成18年度目標 | 平成18年度実績 |
 * 自己評価): a lone short cell, no label, whose next row is such a table's header.
 */
function headingStart(sheet: SheetGrid, row: number, maxCol: number, aliases: LabelAliases | undefined): Start | null {
  let only: Field | null = null;
  for (let c = sheet.left; c <= maxCol; c++) {
    if (isEmptyCell(cellAt(sheet, row, c))) continue;
    if (only !== null) return null;
    only = field(sheet, row, c);
  }
  if (only === null || typeof only.raw !== "string") return null;
  const text = only.text.trim();
  if (text.length > 40 || roleOf(text, aliases) !== null || leadingYear(text) !== null || matchLabel(text) !== null) return null;
  return headerOfKinds(sheet, row + 1, maxCol, aliases) ? { row, name: { ...only, text } } : null;
}

/** A header row naming its year in its cells (平成18年度目標 | 平成18年度実績 | 自己評価): the plan's, the account's and the verdict's columns. */
function headerOfKinds(
  sheet: SheetGrid,
  row: number,
  maxCol: number,
  aliases: LabelAliases | undefined,
): { year: FiscalYearLabel; label: Field; cols: Partial<Record<Kind, number>> } | null {
  let year: FiscalYearLabel | null = null;
  let label: Field | null = null;
  const cols: Partial<Record<Kind, number>> = {};
  for (let c = sheet.left; c <= maxCol; c++) {
    const v = cellAt(sheet, row, c);
    if (typeof v !== "string" || v.length > LABEL_MAX) continue;
    const y = leadingYear(v);
    const kind = kindOfLabel(y ? afterYear(v) : v, aliases);
    if (kind === null || cols[kind] !== undefined) continue;
    cols[kind] = c;
    if (y && year === null) {
      year = y;
      label = field(sheet, row, c);
    }
  }
  return year && label && cols.rating !== undefined && (cols.plan !== undefined || cols.text !== undefined) ? { year, label, cols } : null;
}

/** The scale's worst of several verdicts (A, A, E → E; ◎, △ → △); the first where their order is unknown. */
function worstOf(ratings: Field[]): Field | null {
  const rank = (t: string) => {
    const k = t.normalize("NFKC").trim();
    if (/^[SA-F]$/.test(k)) return k === "S" ? 0 : k.charCodeAt(0) - 64;
    const i = "◎○△×".indexOf(k.replace("〇", "○"));
    return i >= 0 ? i : -1;
  };
  if (ratings.some((r) => rank(r.text) < 0)) return ratings[0] ?? null;
  return ratings.reduce<Field | null>((w, r) => (w === null || rank(r.text) > rank(w.text) ? r : w), null);
}

/** Under a header naming its year (headerOfKinds), the rows of one year: their plans and accounts joined, the worst verdict. */
function yearInHeader(
  sheet: SheetGrid,
  inBlock: number[],
  maxCol: number,
  aliases: LabelAliases | undefined,
): { row: number; years: YearRow[] } | null {
  for (const r of inBlock) {
    const head = headerOfKinds(sheet, r, maxCol, aliases);
    if (!head) continue;
    const got: Record<Kind, Field[]> = { plan: [], text: [], rating: [] };
    const at = (y: number, kind: Kind) => {
      const c = head.cols[kind];
      return c === undefined || isEmptyCell(cellAt(sheet, y, c)) ? null : field(sheet, y, c);
    };
    let last = r;
    for (const y of inBlock) {
      if (y <= r) continue;
      const text = at(y, "text");
      const rating = at(y, "rating");
      // The table ends at an empty row, or one with neither an account nor a verdict (注釈 …, 対応するマニフェスト).
      if (y !== last + 1 || (!text && !rating)) break;
      last = y;
      const plan = at(y, "plan");
      if (plan) got.plan.push(plan);
      if (text) got.text.push(text);
      if (rating && cellOf(sheet, y, rating.col, "rating")) got.rating.push(rating);
    }
    const joined = (fs: Field[]) => (fs.length === 0 ? null : { ...fs[0], text: fs.map((f) => f.text.trim()).join("\n") });
    const first = got.rating[0] ?? got.text[0];
    if (!first) return null;
    const year = formlessYear({
      row: first.row,
      label: head.label,
      fiscalYear: head.year.fiscalYear,
      plan: joined(got.plan),
      summary: joined(got.text),
      rating: worstOf(got.rating),
    });
    return { row: r, years: [year] };
  }
  return null;
}

interface YearColumn {
  col: number;
  year: FiscalYearLabel;
  header: Field;
}

/** The block's row of years across (年度 | 2005年度 | 2006年度 | …): two years at least. */
function yearHeader(sheet: SheetGrid, rows: number[], maxCol: number): { row: number; columns: YearColumn[] } | null {
  for (const row of rows) {
    const columns: YearColumn[] = [];
    for (let c = sheet.left; c <= maxCol; c++) {
      const v = cellAt(sheet, row, c);
      const year = typeof v === "string" || typeof v === "number" ? leadingYear(cellText(v)) : null;
      if (year) columns.push({ col: c, year, header: field(sheet, row, c) });
    }
    // Two years at least, not one year's columns (平成18年度目標 | 平成18年度実績: a header naming its year, yearInHeader).
    if (new Set(columns.map((k) => k.year.fiscalYear)).size >= 2) return { row, columns };
  }
  return null;
}

/** What a row or column of the year table holds, told by its label. */
function kindOfLabel(text: string, aliases: LabelAliases | undefined): Kind | null {
  if (text.length > LABEL_MAX) return null;
  const role = roleOf(text, aliases);
  if (role === "rating" || role === "text") return role;
  return hasLabelKey(PLAN_LABELS, text) ? "plan" : null;
}

/** What a row of the year table holds, told by its label left of the years. */
function rowKind(sheet: SheetGrid, row: number, firstYearCol: number, aliases: LabelAliases | undefined): Kind | null {
  for (let c = sheet.left; c < firstYearCol; c++) {
    const v = cellAt(sheet, row, c);
    if (typeof v !== "string" || isEmptyCell(v)) continue;
    return kindOfLabel(v, aliases);
  }
  return null;
}

/** A cell of the year table, or null where it holds nothing a reader takes (a figure is no account). */
function cellOf(sheet: SheetGrid, row: number | null, col: number, kind: Kind): Field | null {
  if (row === null) return null;
  const v = cellAt(sheet, row, col);
  if (isEmptyCell(v) || typeof v === "boolean") return null;
  const f = field(sheet, row, col);
  const text = f.text.trim();
  if (kind === "rating") return isVerdict(text) || /^(?:[1-9]|10)$/.test(text) ? f : null;
  if (kind === "text" && isFigure(text)) return null;
  return f;
}

/** The year a block's own verdict (達成度 | 3, beside no year) is for: the evaluation's, else the latest year done. */
function verdictYear(evaluation: TitleYear | null, years: YearRow[]): number | null {
  if (evaluation) return evaluation.fiscalYear;
  const done = years.filter((y) => y.summary !== null);
  return done.length > 0 ? done[done.length - 1].year!.fiscalYear : null;
}

/** The block's table with the years across (年度 | 2005年度 | 2006年度 …) and a row of each kind under them. */
function yearsAcross(
  sheet: SheetGrid,
  inBlock: number[],
  maxCol: number,
  aliases: LabelAliases | undefined,
): { row: number; years: YearRow[] } | null {
  const head = yearHeader(sheet, inBlock, maxCol);
  if (!head) return null;
  const firstYearCol = Math.min(...head.columns.map((k) => k.col));
  const kindRow: Record<Kind, number | null> = { plan: null, rating: null, text: null };
  for (const r of inBlock)
    if (r > head.row) {
      const kind = rowKind(sheet, r, firstYearCol, aliases);
      if (kind !== null && kindRow[kind] === null) kindRow[kind] = r;
    }
  const years: YearRow[] = [];
  for (const k of head.columns) {
    const plan = cellOf(sheet, kindRow.plan, k.col, "plan");
    const rating = cellOf(sheet, kindRow.rating, k.col, "rating");
    const summary = cellOf(sheet, kindRow.text, k.col, "text");
    if (!plan && !rating && !summary) continue;
    // The year as its header names it.
    years.push(
      formlessYear({ row: (summary ?? rating ?? plan)!.row, label: k.header, fiscalYear: k.year.fiscalYear, plan, summary, rating }),
    );
  }
  return { row: head.row, years };
}

/** The block's table with the years down (年度 | 事業目標 | 実績, then a row per year): two years at least. */
function yearsDown(
  sheet: SheetGrid,
  inBlock: number[],
  maxCol: number,
  aliases: LabelAliases | undefined,
): { row: number; years: YearRow[] } | null {
  for (const r of inBlock) {
    const kinds = new Map<Kind, number>();
    for (let c = sheet.left; c <= maxCol; c++) {
      const v = cellAt(sheet, r, c);
      const kind = typeof v === "string" ? kindOfLabel(v, aliases) : null;
      if (kind !== null && !kinds.has(kind)) kinds.set(kind, c);
    }
    if (kinds.size === 0) continue;
    const firstKind = Math.min(...kinds.values());
    const at = (row: number, kind: Kind) => {
      const col = kinds.get(kind);
      return col === undefined ? null : cellOf(sheet, row, col, kind);
    };
    const years: YearRow[] = [];
    let yearRows = 0;
    for (const y of inBlock) {
      if (y <= r) continue;
      let label: Field | null = null;
      let year: FiscalYearLabel | null = null;
      for (let c = sheet.left; c < firstKind && year === null; c++) {
        const v = cellAt(sheet, y, c);
        year = typeof v === "string" || typeof v === "number" ? leadingYear(cellText(v)) : null;
        if (year) label = field(sheet, y, c);
      }
      // The table ends at the first row that names no year.
      if (year === null || label === null) break;
      yearRows++;
      const plan = at(y, "plan");
      const rating = at(y, "rating");
      const summary = at(y, "text");
      if (plan || rating || summary) years.push(formlessYear({ row: y, label, fiscalYear: year.fiscalYear, plan, summary, rating }));
    }
    if (yearRows >= 2) return { row: r, years };
  }
  return null;
}

function readBlock(
  sheet: SheetGrid,
  start: Start,
  end: number,
  rows: number[],
  maxCol: number,
  aliases: LabelAliases | undefined,
  evaluation: TitleYear | null,
): MeasureSheet | null {
  const inBlock = rows.filter((r) => r >= start.row && r <= end);
  const table =
    yearsAcross(sheet, inBlock, maxCol, aliases) ??
    yearsDown(sheet, inBlock, maxCol, aliases) ??
    yearInHeader(sheet, inBlock, maxCol, aliases);
  if (!table) return null;
  const years = table.years;
  // The block's own verdict above its table, for the evaluation's year.
  const before = inBlock.filter((r) => r < table.row);
  const verdict = before
    .map((r) => labelled(sheet, r, maxCol, aliases, "rating"))
    .find((h) => h && cellOf(sheet, h.value.row, h.value.col, "rating"));
  const at = verdict ? verdictYear(evaluation, years) : null;
  if (verdict && at !== null) {
    const same = years.findIndex((y) => y.year!.fiscalYear === at);
    if (same >= 0) years[same] = { ...years[same], rating: years[same].rating ?? verdict.value };
    else
      years.push(
        formlessYear({
          row: verdict.value.row,
          label: { ...verdict.label, text: evaluation?.text ?? verdict.label.text },
          fiscalYear: at,
          rating: verdict.value,
        }),
      );
  }
  if (years.length === 0) return null;
  years.sort((a, b) => a.year!.fiscalYear - b.year!.fiscalYear);
  const ratingCol = years.find((y) => y.rating)?.rating?.col ?? null;
  return formlessMeasure({
    sheet: sheet.name,
    number: inBlock.map((r) => labelled(sheet, r, maxCol, aliases, "number")).find((h) => h)?.value ?? null,
    name: start.name,
    department: inBlock.map((r) => labelled(sheet, r, maxCol, aliases, "department")).find((h) => h)?.value ?? null,
    labels: [],
    ratingCol,
    headerRow: start.row,
    years,
    bounds: { top: start.row, left: sheet.left, bottom: end, right: maxCol },
  });
}

/**
 * The measures of a sheet of stacked blocks, one per block with a table of years; null where the sheet holds none
 * (no measure's name after its label, or no block with its years across).
 */
export function readMeasureBlocks(sheet: SheetGrid, aliases?: LabelAliases, documentYear: TitleYear | null = null): MeasureSheet[] | null {
  const maxCol = Math.max(0, extent(sheet).cols - 1);
  const rows: number[] = [];
  forEachRow(sheet, (_, i) => rows.push(sheet.top + i));
  let starts = rows.map((r) => blockStart(sheet, r, maxCol, aliases)).filter((s): s is Start => s !== null);
  // No measure named after its label: measures may be headings over small tables of their own.
  if (starts.length === 0) starts = rows.map((r) => headingStart(sheet, r, maxCol, aliases)).filter((s): s is Start => s !== null);
  if (starts.length === 0) return null;
  const evaluation = titleYear(sheet) ?? documentYear;
  const measures: MeasureSheet[] = [];
  starts.forEach((s, i) => {
    const end = i + 1 < starts.length ? starts[i + 1].row - 1 : rows[rows.length - 1];
    const m = readBlock(sheet, s, end, rows, maxCol, aliases, evaluation);
    if (m) measures.push(m);
  });
  if (measures.length === 0) return null;
  // Several on one sheet: none reads the sheet's indicator tables as its own.
  if (measures.length > 1) for (const m of measures) m.sharesSheet = true;
  return measures;
}
