/**
 * The sheet reader: finds the measure form by its labels wherever it stands (the README's "The measure sheet") and returns
 * every value with its cell address. It never relies on fixed coordinates: the year table is anchored on
 * its 進捗総括 header, the other fields on their labels, values are the first cell right of a label.
 */
import { clampedA1, MAX_COL, toA1 } from "../model/address";
import { cellAt, cellText, extent, forEachRow, isEmptyCell, numFmtAt } from "../model/grid";
import type { CellValue, SheetGrid } from "../model/grid";
import { looksLikeRating, splitRating, starScale, VERDICT_MAX } from "../judge/rating";
import { titleYear, type TitleYear } from "./titleYear";
import { headerField, labelIndex } from "./indicatorParts";
import {
  fieldLabel,
  hasLabelKey,
  labelInCell,
  labelKey,
  looksLikeFootnote,
  looksLikeTitle,
  matchLabel,
  type FieldKey,
  type LabelAliases,
} from "./labels";
import {
  fiscalYearLabel,
  fiscalYearOfDateCell,
  namedYear,
  parseFiscalYearLabel,
  serialDateText,
  yearInText,
  type FiscalYearLabel,
} from "../text/fiscalYear";

export interface Field {
  /** The cell's text as written (numbers in plain decimal). */
  text: string;
  raw: CellValue;
  numFmt: string | null;
  row: number;
  col: number;
  cell: string;
}

export interface LabelHit {
  field: FieldKey;
  text: string;
  cell: string;
  row: number;
  col: number;
  /** Written in a variant spelling rather than the canonical one. */
  variant: boolean;
}

export interface MissingLabel {
  field: FieldKey;
  /** Where the label was expected, for pinning the finding. */
  cell: string;
}

export interface YearRow {
  row: number;
  label: Field;
  year: FiscalYearLabel | null;
  plan: Field | null;
  build: Field | null;
  operation: Field | null;
  summary: Field | null;
  work: Field | null;
  effect: Field | null;
  status: Field | null;
  /** The year's rating cell under a 自己評価 / 評価結果 / 達成度 header (null without one). */
  rating: Field | null;
  /** What the rating's letter means, printed a few rows under it on a sheet without the form (B, then 成果が上がっている). */
  ratingMeaning?: Field;
  /** The size of a scale of stars its label shows (H28事後評価【☆☆☆☆(高)∼☆(低)】 → 4). */
  ratingStars?: number;
}

export interface MeasureSheet {
  sheet: string;
  title: Field | null;
  number: Field | null;
  name: Field | null;
  department: Field | null;
  overview: Field | null;
  otherPlans: Field | null;
  expectedEffect: Field | null;
  activityTarget: Field | null;
  footnote: Field | null;
  labels: LabelHit[];
  missingLabels: MissingLabel[];
  /** Column indexes of the year table (null where the column has no header and cannot be inferred). */
  columns: Record<"year" | "plan" | "build" | "operation" | "progress" | "work" | "effect" | "status" | "rating", number | null>;
  headerRow: number;
  years: YearRow[];
  /** The form's bounding box, 0-based inclusive. */
  bounds: { top: number; left: number; bottom: number; right: number };
  /** Read without the form's year table, where no sheet of the workbook holds it (readSheetWithoutForm). */
  withoutForm?: true;
  /** One of several measures on its sheet, a row of a list (measureList.ts) or a block (measureBlocks.ts): no indicator table is its own. */
  sharesSheet?: true;
}

interface Hit {
  field: FieldKey;
  row: number;
  col: number;
  text: string;
  /** Named by the office's own spelling (its profile), which is no variant to report. */
  alias?: boolean;
}

export function field(sheet: SheetGrid, row: number, col: number): Field {
  const raw = cellAt(sheet, row, col);
  return { text: cellText(raw), raw, numFmt: numFmtAt(sheet, row, col), row, col, cell: toA1(row, col) };
}

/** Every labelled cell of the sheet, in reading order; the office's spellings first. */
function indexLabels(sheet: SheetGrid, aliases: LabelAliases | undefined): Hit[] {
  const hits: Hit[] = [];
  forEachRow(sheet, (r, i) => {
    for (let j = 0; j < r.length; j++) {
      const v = r[j];
      if (typeof v !== "string" || v.length === 0) continue;
      const a = aliases && v.length <= 60 ? aliases.get(labelKey(v)) : undefined;
      if (a) {
        hits.push({ field: a, row: sheet.top + i, col: sheet.left + j, text: v, alias: true });
        continue;
      }
      const f = matchLabel(v);
      if (f) hits.push({ field: f, row: sheet.top + i, col: sheet.left + j, text: v });
    }
  });
  return hits;
}

/** The value of a label: the first non-empty cell to its right, unless a label comes first. */
function valueRightOf(sheet: SheetGrid, hit: Hit, maxCol: number): Field {
  for (let c = hit.col + 1; c <= maxCol; c++) {
    const v = cellAt(sheet, hit.row, c);
    if (isEmptyCell(v)) continue;
    if (typeof v === "string" && matchLabel(v)) break;
    return field(sheet, hit.row, c);
  }
  // An empty value: pinned right of its label, or on the label itself at the grid's last column.
  return field(sheet, hit.row, Math.min(hit.col + 1, MAX_COL));
}

// Lookups in the label index. Plain loops in small functions: the reader runs once per sheet, and
// thousands of sheets make it hot enough to be optimised, which is cheaper for small functions than for
// one large one full of closures (the optimiser would copy every find() and closure into it).

function firstHit(hits: Hit[], field: FieldKey): Hit | undefined {
  for (let i = 0; i < hits.length; i++) if (hits[i].field === field) return hits[i];
  return undefined;
}

/**
 * A column header of the year table: on the header row or the row under it, not left of the form, never in
 * the year column (whose cells are year labels).
 */
function headerHitIn(hits: Hit[], field: FieldKey, headerRow: number, formLeft: number, yearCol: number): Hit | undefined {
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (h.field === field && (h.row === headerRow || h.row === headerRow + 1) && h.col >= formLeft && h.col !== yearCol) return h;
  }
  return undefined;
}

function yearHeaderOnRow(hits: Hit[], row: number, where: (col: number) => boolean): Hit | undefined {
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (h.field === "yearHeader" && h.row === row && where(h.col)) return h;
  }
  return undefined;
}

/** The label nearest above the header row (the last one in reading order). */
function lastAbove(hits: Hit[], field: FieldKey, headerRow: number, formLeft: number): Hit | undefined {
  let best: Hit | undefined;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (h.field === field && h.row < headerRow && h.col >= formLeft - 1) best = h;
  }
  return best;
}

function firstBelow(hits: Hit[], field: FieldKey, tableBottom: number): Hit | undefined {
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (h.field === field && h.row > tableBottom) return h;
  }
  return undefined;
}

const STOP_FIELDS: ReadonlySet<FieldKey> = new Set<FieldKey>(["expectedEffect", "activityTarget"]);

interface YearTable {
  years: YearRow[];
  effectCol: number | null;
}

/** Year rows: from under the header while the year column holds a year label or the row holds data. */
function readYearRows(
  sheet: SheetGrid,
  nRows: number,
  headerRow: number,
  secondHeader: number,
  yc: number,
  rightEdge: number,
  cols: {
    plan: Hit | undefined;
    build: Hit | undefined;
    operation: Hit | undefined;
    status: Hit | undefined;
    rating: Hit | undefined;
    progress: number | null;
    work: number | null;
  },
  effectCol: number | null,
): YearTable {
  const years: YearRow[] = [];
  let r = headerRow + 1 + secondHeader;
  // A second header row may also exist without labels (merged header cells): skip rows that are empty in the year column and above any year.
  while (r < nRows && years.length === 0 && isEmptyCell(cellAt(sheet, r, yc)) && r <= headerRow + 2) r++;
  for (; r < nRows; r++) {
    const v = cellAt(sheet, r, yc);
    const text = cellText(v);
    if (typeof v === "string") {
      const f = matchLabel(v);
      if (f && STOP_FIELDS.has(f)) break;
      if (looksLikeFootnote(v)) break;
    }
    const year = parseFiscalYearLabel(v) ?? fiscalYearOfDateCell(v, numFmtAt(sheet, r, yc));
    if (!year) {
      let rowHasData = false;
      for (let c = yc + 1; c <= rightEdge; c++) if (!isEmptyCell(cellAt(sheet, r, c))) rowHasData = true;
      if (isEmptyCell(v) && !rowHasData) break;
      // A long text with nothing beside it is a note under the table, unless year labels follow it: then
      // it is a year label that cannot be read, and the years after it must not be dropped (year-sequence reports it).
      if (!isEmptyCell(v) && text.length > 20 && !rowHasData && !yearLabelFollows(sheet, r, yc, nRows)) break;
    }
    years.push({
      row: r,
      label: field(sheet, r, yc),
      year,
      plan: cols.plan ? field(sheet, r, cols.plan.col) : null,
      build: cols.build ? field(sheet, r, cols.build.col) : null,
      operation: cols.operation ? field(sheet, r, cols.operation.col) : null,
      summary: cols.progress !== null ? field(sheet, r, cols.progress) : null,
      work: cols.work !== null ? field(sheet, r, cols.work) : null,
      effect: null,
      status: cols.status ? field(sheet, r, cols.status.col) : null,
      rating: cols.rating ? field(sheet, r, cols.rating.col) : null,
    });
  }
  // No effect header at all (seed ②-05): the column right of 作業内容 when it holds values.
  if (effectCol === null && cols.work !== null) {
    const candidate = cols.work + 1;
    let holdsValues = false;
    for (let i = 0; i < years.length && !holdsValues; i++) if (!isEmptyCell(cellAt(sheet, years[i].row, candidate))) holdsValues = true;
    if (holdsValues && candidate !== cols.status?.col && candidate !== cols.rating?.col) effectCol = candidate;
  }
  if (effectCol !== null) for (let i = 0; i < years.length; i++) years[i].effect = field(sheet, years[i].row, effectCol);
  return { years, effectCol };
}

/** A year label within the next few rows of the year column, before any label that ends the table. */
function yearLabelFollows(sheet: SheetGrid, row: number, yc: number, nRows: number): boolean {
  for (let r = row + 1; r < Math.min(nRows, row + 6); r++) {
    const v = cellAt(sheet, r, yc);
    if (typeof v === "string") {
      const f = matchLabel(v);
      if ((f && STOP_FIELDS.has(f)) || looksLikeFootnote(v)) return false;
    }
    if (parseFiscalYearLabel(v) ?? fiscalYearOfDateCell(v, numFmtAt(sheet, r, yc))) return true;
  }
  return false;
}

/** Title: the cell above the number label that reads like one, else null. */
function findTitle(sheet: SheetGrid, titleLimit: number, formLeft: number, rightEdge: number): Field | null {
  for (let tr = Math.max(sheet.top, titleLimit - 4); tr < titleLimit; tr++) {
    for (let c = formLeft; c <= rightEdge; c++) {
      const v = cellAt(sheet, tr, c);
      if (typeof v === "string" && looksLikeTitle(v)) return field(sheet, tr, c);
    }
  }
  return null;
}

function findFootnote(sheet: SheetGrid, footStart: number, nRows: number, formLeft: number): Field | null {
  for (let fr = footStart + 1; fr <= footStart + 3 && fr < nRows; fr++) {
    const v = cellAt(sheet, fr, formLeft);
    if (typeof v === "string" && looksLikeFootnote(v)) return field(sheet, fr, formLeft);
  }
  return null;
}

function labelHits(used: Hit[]): LabelHit[] {
  const seen = new Set<Hit>();
  const labels: LabelHit[] = [];
  for (const h of used) {
    if (seen.has(h)) continue;
    seen.add(h);
    labels.push({
      field: h.field,
      text: h.text,
      cell: toA1(h.row, h.col),
      row: h.row,
      col: h.col,
      // Offices name their rating column in many ways; none is a misspelling of another.
      variant: h.field !== "rating" && !h.alias && h.text.trim() !== fieldLabel(h.field),
    });
  }
  labels.sort((a, b) => a.row - b.row || a.col - b.col);
  return labels;
}

/**
 * Reads one sheet. Returns null when the sheet does not hold the form: it needs the year table's
 * progress header (進捗総括 or a variant) with year labels under it, or the 施策番号 and 施策名 labels.
 * `aliases`: the office's own header spellings (its profile), read as the field they are given.
 */
export function readMeasureSheet(sheet: SheetGrid, aliases?: LabelAliases): MeasureSheet | null {
  const hits = indexLabels(sheet, aliases);
  if (hits.length === 0) return null;
  const { rows: nRows, cols: nCols } = extent(sheet);

  // The year table is anchored on its progress header; among several, the first with a year row under it.
  let header: Hit | null = null;
  let yearCol: number | null = null;
  // By row, so a sheet of many 進捗総括 cells stays linear (one look-up per candidate, not a scan).
  const yearHeadersByRow = new Map<number, Hit[]>();
  for (const h of hits) if (h.field === "yearHeader") yearHeadersByRow.set(h.row, [...(yearHeadersByRow.get(h.row) ?? []), h]);
  for (const p of hits) {
    if (p.field !== "progress") continue;
    const yh = yearHeadersByRow.get(p.row)?.find((h) => h.col < p.col);
    const col = yh ? yh.col : findYearColumn(sheet, p.row, p.col, nRows);
    if (col !== null) {
      header = p;
      yearCol = col;
      break;
    }
  }
  const numberHit = firstHit(hits, "number");
  const nameHit = firstHit(hits, "name");
  if (!header && !(numberHit && nameHit && numberHit.row < nameHit.row + 3 && numberHit.col === nameHit.col)) return null;

  const headerRow = header ? header.row : (nameHit?.row ?? numberHit!.row) + 4;
  const left = Math.min(yearCol ?? Infinity, numberHit?.col ?? Infinity, nameHit?.col ?? Infinity);
  const formLeft = Number.isFinite(left) ? left : 0;

  // Header cells of the year table sit on the header row or the row under it.
  const used: Hit[] = [];
  const take = (h: Hit | undefined) => {
    if (h) used.push(h);
    return h;
  };
  const yc = yearCol ?? formLeft;
  const headerHit = (field: FieldKey) => headerHitIn(hits, field, headerRow, formLeft, yc);
  const yearHeaderHit = take(yearHeaderOnRow(hits, headerRow, (col) => col === yearCol));
  const planHit = take(headerHit("plan"));
  const buildHit = take(headerHit("build"));
  const operationHit = take(headerHit("operation"));
  if (header) used.push(header);
  const workGroupHit = headerHit("workGroup");
  let workHit = take(headerHit("work"));
  // 実施内容 standing alone over its column is the work header itself, a variant of 作業内容.
  if (!workHit && workGroupHit) workHit = take({ ...workGroupHit, field: "work" });
  else if (workGroupHit) used.push(workGroupHit);
  const effectHit = take(headerHit("effect"));
  const statusHit = take(headerHit("status"));
  const ratingHit = take(headerHit("rating"));

  const progressCol = header ? header.col : null;
  const workCol = workHit ? workHit.col : progressCol !== null ? progressCol + 1 : null;
  const secondHeader = (workHit && workHit.row === headerRow + 1) || (effectHit && effectHit.row === headerRow + 1) ? 1 : 0;

  const rightEdge = Math.max(formLeft + 6, effectHit ? effectHit.col : 0, statusHit?.col ?? 0, ratingHit?.col ?? 0, workCol ?? 0);
  const { years, effectCol } = readYearRows(
    sheet,
    nRows,
    headerRow,
    secondHeader,
    yc,
    rightEdge,
    { plan: planHit, build: buildHit, operation: operationHit, status: statusHit, rating: ratingHit, progress: progressCol, work: workCol },
    effectHit ? effectHit.col : null,
  );
  const tableBottom = years.length ? years[years.length - 1].row : headerRow + secondHeader;

  // Fields above the table: the label nearest above the header row; below: nearest under the table.
  const nHit = take(lastAbove(hits, "number", headerRow, formLeft)) ?? take(numberHit);
  const naHit = take(lastAbove(hits, "name", headerRow, formLeft)) ?? take(nameHit);
  const dHit = take(lastAbove(hits, "department", headerRow, formLeft));
  const oHit = take(lastAbove(hits, "overview", headerRow, formLeft));
  const opHit = take(lastAbove(hits, "otherPlans", headerRow, formLeft));
  const eHit = take(firstBelow(hits, "expectedEffect", tableBottom));
  const aHit = take(firstBelow(hits, "activityTarget", tableBottom));
  const maxCol = Math.max(rightEdge, nCols - 1);
  const val = (h: Hit | undefined) => (h ? valueRightOf(sheet, h, maxCol) : null);

  // Title: the cell above the number label that reads like one.
  const topField = nHit ?? naHit;
  const title = findTitle(sheet, topField ? topField.row : headerRow, formLeft, rightEdge);
  const footnote = findFootnote(sheet, (aHit ?? eHit)?.row ?? tableBottom, nRows, formLeft);

  const labels = labelHits(used);

  const missingLabels: MissingLabel[] = [];
  const expectAt = (f: FieldKey, present: unknown, row: number, col: number) => {
    if (!present) missingLabels.push({ field: f, cell: clampedA1(row, col) });
  };
  const top = title?.row ?? nHit?.row ?? Math.max(0, headerRow - 5);
  expectAt("number", nHit, top + 1, formLeft);
  expectAt("name", naHit, (nHit?.row ?? top + 1) + 1, formLeft);
  expectAt("department", dHit, nHit?.row ?? top + 1, formLeft + 3);
  expectAt("progress", header, headerRow, formLeft + 4);
  if (workCol !== null) expectAt("effect", effectHit, headerRow + 1, workCol + 1);
  expectAt("activityTarget", aHit, tableBottom + 2, formLeft);

  const bottom = Math.max(tableBottom, aHit?.row ?? 0, eHit?.row ?? 0, footnote?.row ?? 0);
  return {
    sheet: sheet.name,
    title,
    number: val(nHit),
    name: val(naHit),
    department: val(dHit),
    overview: val(oHit),
    otherPlans: val(opHit),
    expectedEffect: val(eHit),
    activityTarget: val(aHit),
    footnote,
    labels,
    missingLabels,
    columns: {
      year: yearHeaderHit ? yearHeaderHit.col : yearCol,
      plan: planHit?.col ?? null,
      build: buildHit?.col ?? null,
      operation: operationHit?.col ?? null,
      progress: progressCol,
      work: workCol,
      effect: effectCol,
      status: statusHit?.col ?? null,
      rating: ratingHit?.col ?? null,
    },
    headerRow,
    years,
    bounds: { top: Math.min(title?.row ?? top, top), left: formLeft, bottom, right: rightEdge },
  };
}

/** Without a 実施予定 header: the column left of the progress header whose cells below are year labels. */
function findYearColumn(sheet: SheetGrid, headerRow: number, progressCol: number, nRows: number): number | null {
  for (let c = progressCol - 1; c >= Math.max(0, progressCol - 8); c--) {
    for (let r = headerRow + 1; r <= Math.min(nRows - 1, headerRow + 3); r++) {
      if (parseFiscalYearLabel(cellAt(sheet, r, c))) return c;
    }
  }
  return null;
}

/** The year label as its cell shows it: a label typed as a date reads as the day (2021/4/1), not its serial. */
export function yearLabelText(row: YearRow): string {
  const { raw, numFmt } = row.label;
  return typeof raw === "number" && fiscalYearOfDateCell(raw, numFmt) ? serialDateText(raw) : row.label.text;
}

/** How a year row is named in messages: its label as shown, or its cell when the label is empty. */
export function yearName(row: YearRow): string {
  return yearLabelText(row).trim() || row.label.cell;
}

/** Labels of one year's verdict on a sheet without the year table (鳥取県 工程表 進捗評価, 三重県 進展度). */
const VERDICT_LABELS = new Set(
  [
    "進捗評価",
    "進展度",
    "進捗度",
    "進捗状況",
    "総合進捗状況",
    "進捗区分",
    "評価区分",
    "総合評価",
    "評価",
    "自己評価",
    "評価結果",
    "所管課評価",
    "事後評価",
    "部局長評価",
    "一次評価",
    "二次評価",
    "内部評価",
    "担当課評価",
    "評価指数",
    "施策評価指数",
  ].map(labelKey),
);
/** Labels of the text that gives the verdict's reasons or the year's work. */
const REASON_LABELS = new Set(
  [
    "評価理由",
    "判断理由",
    "評価の理由",
    "事後評価の理由",
    "理由",
    "評価の説明",
    "進捗状況の説明",
    "取組実績",
    "取組状況",
    "実施状況",
    "取組の成果",
    "総合所見",
    "所見",
    "効果発現要因",
    "評価の根拠",
    "評価コメント",
    "事業実績",
  ].map(labelKey),
);
const HEADER_KEYS = new Set([...VERDICT_LABELS, ...REASON_LABELS]);

/** A verdict's or its reasons' label: beside another label, the next header of a row of headers, not its value. */
function isHeaderCell(f: Field): boolean {
  return typeof f.raw === "string" && HEADER_KEYS.has(labelKey(f.raw));
}

/** A year naming the label that follows it: H28, 平成28年度, 令和3年度, 2021年度. */
const YEAR_BEFORE_LABEL = /^\s*(?:(?:H|R|平成|令和)\s?\d{1,2}|\d{4})(?:年度?)?\s*/;

function isShortText(v: CellValue): boolean {
  return typeof v === "string" && v.trim() !== "" && v.trim().length <= VERDICT_MAX;
}

interface Labelled {
  label: string;
  value: Field;
}

/** A label's value: right of it on its row, else under it; or the label and its value in one cell (進捗状況：「B 概ね期待どおり」). */
function labelledCells(sheet: SheetGrid, keys: ReadonlySet<string>, maxCol: number, textUnder = false): Labelled[] {
  const isKey = (v: string) => hasLabelKey(keys, v);
  const out: Labelled[] = [];
  forEachRow(sheet, (r, i) => {
    const row = sheet.top + i;
    for (let j = 0; j < r.length; j++) {
      const v = r[j];
      if (typeof v !== "string" || v.length === 0 || v.length > 80) continue;
      const col = sheet.left + j;
      const inline = labelInCell(v, 12);
      if (inline && isKey(inline.label)) {
        const text = inline.value.replace(/^「(.*)」$/s, "$1");
        out.push({ label: inline.label, value: { ...field(sheet, row, col), text } });
        continue;
      }
      // A label may name its year and show its scale (H28事後評価(部局長評価)【☆☆☆☆(高)∼☆(低)】): the label is the rest.
      const bare = v.includes("【") ? v.replace(/【[^【】]*】/g, "").replace(YEAR_BEFORE_LABEL, "") : v;
      if (bare.length > 24 || !isKey(bare)) continue;
      let value: Field | null = null;
      for (let c = col + 1; c <= maxCol && value === null; c++) if (!isEmptyCell(cellAt(sheet, row, c))) value = field(sheet, row, c);
      // A text's label heads a row of headers (効果発現要因 | 課題 | 今後の取組) with the texts under them.
      const under = cellAt(sheet, row + 1, col);
      if (textUnder && value !== null && isShortText(value.raw) && typeof under === "string" && under.trim().length > VERDICT_MAX)
        value = field(sheet, row + 1, col);
      // Beside it the next header of a header row (目標達成度合い(評価) | 理由): its value is under it.
      if (value !== null && isHeaderCell(value) && !isEmptyCell(under)) value = field(sheet, row + 1, col);
      // Under the label only as a single value: a label over a column of values heads a table (進捗状況 of each project).
      // Nor over a row of the scale's values (総合評価 over S | A | B | C | D | 計, a count of each): a table's header.
      if (
        value === null &&
        !isEmptyCell(cellAt(sheet, row + 1, col)) &&
        !isShortText(cellAt(sheet, row + 2, col)) &&
        !isScaleRow(sheet, row + 1, col)
      )
        value = field(sheet, row + 1, col);
      if (value !== null && !(typeof value.raw === "string" && matchLabel(value.raw))) out.push({ label: v.trim(), value });
    }
  });
  return out;
}

/** A row of a scale's values from `col` on, three or more side by side (S | A | B | C | D). */
function isScaleRow(sheet: SheetGrid, row: number, col: number): boolean {
  let n = 0;
  for (let c = col; n < 3; c++) {
    const v = cellAt(sheet, row, c);
    if (typeof v !== "string" || v.trim().length > 2 || splitRating(v.trim()).code === null) break;
    n++;
  }
  return n >= 3;
}

/** The account under a verdict that has none beside it (進捗状況：「B」 over the text of the year's work). */
function accountUnder(sheet: SheetGrid, verdict: Field): Field | null {
  for (let r = verdict.row + 1; r <= verdict.row + 2; r++) {
    const v = cellAt(sheet, r, verdict.col);
    if (typeof v === "string" && v.trim().length > VERDICT_MAX) return field(sheet, r, verdict.col);
  }
  return null;
}

/**
 * One year's evaluation on a sheet without the year table: the year evaluated, the verdict beside a
 * 進捗評価 / 進展度 label, and the reasons or the year's account as its text. Null without a verdict or a
 * year.
 */
function evaluationYear(
  sheet: SheetGrid,
  maxCol: number,
  actualYear: { fiscalYear: number; cell: string } | null,
  documentYear: TitleYear | null,
): YearRow | null {
  const verdicts = labelledCells(sheet, VERDICT_LABELS, maxCol);
  // A verdict reads as one: a scale value or words of a status (not the next header of a header row).
  const verdict = verdicts.find((v) => looksLikeRating(v.value.text));
  // Without a verdict, the evaluation may be written out under its heading (評価 over 【…】おおむね目標を達成…).
  const block = verdict ? null : verdictBlock(sheet, maxCol);
  if (!verdict && !block) return null;
  const anchor = verdict?.value ?? block!;
  const account = verdict
    ? (labelledCells(sheet, REASON_LABELS, maxCol, true).find((r) => r.value.text.trim() !== "")?.value ??
      verdicts.find((v) => v.value.text.trim().length > VERDICT_MAX)?.value ??
      accountUnder(sheet, verdict.value))
    : block;
  const named = (verdict && yearOverVerdict(sheet, verdict.value)) ?? titleYear(sheet);
  // The year evaluated: the latest with an actual in the sheet's indicators (a 平成30年度 評価シート rates
  // H29's results), else the one the verdict's column heading or the title names, else the one the
  // document's cover names (平成27年度決算審査).
  const label: Field | null = actualYear
    ? { ...field(sheet, anchor.row, anchor.col), text: fiscalYearLabel(actualYear.fiscalYear), cell: actualYear.cell }
    : named
      ? { ...field(sheet, named.row, named.col), text: named.text }
      : documentYear && { ...field(sheet, anchor.row, anchor.col), text: documentYear.text };
  const fiscalYear = actualYear?.fiscalYear ?? named?.fiscalYear ?? documentYear?.fiscalYear;
  if (label === null || fiscalYear === undefined) return null;
  const year = namedYear(fiscalYear);
  const meaning = verdict ? meaningUnder(sheet, verdict.value, account) : null;
  const stars = verdict ? starScale(verdict.label) : null;
  return {
    row: anchor.row,
    label,
    year,
    plan: null,
    build: null,
    operation: null,
    summary: account,
    work: null,
    effect: null,
    status: null,
    rating: verdict?.value ?? null,
    ...(meaning ? { ratingMeaning: meaning } : {}),
    ...(stars ? { ratingStars: stars } : {}),
  };
}

/**
 * The year a verdict's column heading names, a row or two over it (平成22年度評価 over A | 平成27年度評価 over
 * nothing yet, 豊明市): the evaluations of a form that keeps a column per evaluation year.
 */
function yearOverVerdict(sheet: SheetGrid, verdict: Field): TitleYear | null {
  for (let r = verdict.row - 1; r >= Math.max(sheet.top, verdict.row - 2); r--) {
    const v = cellAt(sheet, r, verdict.col);
    const y = typeof v === "string" && v.length <= 40 ? yearInText(v) : null;
    if (y) return { ...y, row: r, col: verdict.col };
  }
  return null;
}

/**
 * A bare letter's wording printed under it, the first text within four rows in its column (B, then
 * 優れた取り組みがいくつかあり、成果が上がっている): its legend where the sheet prints no other.
 */
function meaningUnder(sheet: SheetGrid, verdict: Field, account: Field | null): Field | null {
  const { code, descriptor } = splitRating(verdict.text.trim());
  if (code === null || descriptor !== null) return null;
  for (let r = verdict.row + 1; r <= verdict.row + 4; r++) {
    const v = cellAt(sheet, r, verdict.col);
    if (typeof v !== "string" || isEmptyCell(v)) continue;
    if (account !== null && account.row === r && account.col === verdict.col) return null;
    return v.trim().length >= 6 && !matchLabel(v) ? field(sheet, r, verdict.col) : null;
  }
  return null;
}

/**
 * The text under a verdict's heading that has nothing beside it (評価, then a line or a few, up to the
 * next empty row): the year's evaluation written out, read by the classifier. Null without a sentence.
 */
function verdictBlock(sheet: SheetGrid, maxCol: number): Field | null {
  let found: Field | null = null;
  forEachRow(sheet, (r, i) => {
    if (found !== null) return;
    const row = sheet.top + i;
    for (let j = 0; j < r.length && found === null; j++) {
      const v = r[j];
      if (typeof v !== "string" || v.length > 24 || !VERDICT_LABELS.has(labelKey(v))) continue;
      const col = sheet.left + j;
      let beside = false;
      for (let c = col + 1; c <= maxCol && !beside; c++) beside = !isEmptyCell(cellAt(sheet, row, c));
      if (beside) continue;
      const lines: string[] = [];
      for (let k = row + 1; k <= row + 8; k++) {
        const w = cellAt(sheet, k, col);
        if (typeof w !== "string" || isEmptyCell(w) || matchLabel(w) || VERDICT_LABELS.has(labelKey(w))) break;
        lines.push(w.trim());
      }
      // A sentence, not a column of short values under a header.
      if (lines.some((l) => l.length > 8 && /[。た]$|ます$|です$/.test(l)))
        found = { ...field(sheet, row + 1, col), text: lines.join("\n") };
    }
  });
  return found;
}

/** A measure named by its number at the head of its sheet: 施策111 | 防災・減災対策の推進, or ■施策① 農林業の振興 in one cell. */
const MEASURE_NUMBER = String.raw`^[■□●◆◇・]?[\s\u3000]*((?:施策|事業|取組)[\s\u3000]*(?:No\.?)?[\s\u3000]*(?:[0-9０-９]+(?:[-－‐][0-9０-９]+)*|[①-⑳]))`;
const NUMBERED_ALONE = new RegExp(String.raw`${MEASURE_NUMBER}[\s\u3000]*$`);
const NUMBERED_NAMED = new RegExp(String.raw`${MEASURE_NUMBER}[\s\u3000:：]+([^\s\u3000].{0,58})$`);

function numberedMeasure(sheet: SheetGrid, maxCol: number): { number: Field; name: Field } | null {
  let found = null as { number: Field; name: Field } | null;
  let seen = 0;
  forEachRow(sheet, (r, i) => {
    if (found !== null || seen++ >= 8) return;
    const row = sheet.top + i;
    for (let j = 0; j < r.length && found === null; j++) {
      const v = r[j];
      if (typeof v !== "string" || v.length > 60) continue;
      const cell = field(sheet, row, sheet.left + j);
      const both = NUMBERED_NAMED.exec(v.trim());
      if (both) {
        found = { number: { ...cell, text: both[1] }, name: { ...cell, text: both[2].trim() } };
        continue;
      }
      const alone = NUMBERED_ALONE.exec(v.trim());
      if (!alone) continue;
      for (let c = sheet.left + j + 1; c <= maxCol; c++) {
        const w = cellAt(sheet, row, c);
        if (isEmptyCell(w)) continue;
        if (typeof w === "string" && !matchLabel(w)) found = { number: { ...cell, text: alone[1] }, name: field(sheet, row, c) };
        break;
      }
    }
  });
  return found;
}

/**
 * A sheet of a measure without the form's year table, read where no sheet of the workbook holds the form:
 * a sheet of indicators (a KPI sheet of a 総合戦略), or one year's evaluation (a 工程表 or 施策評価シート with
 * its verdict and reasons), or both. Its 施策番号, 施策名 and 担当部署 are taken where labelled; nothing is
 * reported missing, since the form was never there.
 */
export function readSheetWithoutForm(
  sheet: SheetGrid,
  aliases?: LabelAliases,
  actualYear: { fiscalYear: number; cell: string } | null = null,
  documentYear: TitleYear | null = null,
): MeasureSheet {
  const hits = indexLabels(sheet, aliases);
  const maxCol = Math.max(0, extent(sheet).cols - 1);
  const nHit = firstHit(hits, "number");
  const naHit = firstHit(hits, "name");
  const dHit = firstHit(hits, "department");
  const val = (h: Hit | undefined) => {
    const v = h ? valueRightOf(sheet, h, maxCol) : null;
    // A row of headers (施策名 | 施策評価指数, 具体的な施策 | 数値目標項目 | 基準値) with the values under them: the
    // label's value is under it.
    if (h && v && (isHeaderCell(v) || (typeof v.raw === "string" && headerField(labelIndex(null), v.raw) !== undefined))) {
      const under = cellAt(sheet, h.row + 1, h.col);
      return typeof under === "string" && under.trim() !== "" && !matchLabel(under) ? field(sheet, h.row + 1, h.col) : null;
    }
    return v;
  };
  const used = [nHit, naHit, dHit].filter((h): h is Hit => h !== undefined);
  // The measure its sheet heads with its number, unless a label above names it (a 事業名 lower down heads a table).
  const numbered = numberedMeasure(sheet, maxCol);
  const byNumber = numbered !== null && (naHit === undefined || naHit.row > numbered.name.row) ? numbered : null;
  const evaluation = evaluationYear(sheet, maxCol, actualYear, documentYear);
  // The bounds hold the labelled fields and the verdict only: indicator tables elsewhere are not the form's.
  const rows = [...used.map((h) => h.row), ...(byNumber ? [byNumber.name.row] : []), ...(evaluation ? [evaluation.row] : [])];
  const top = rows.length ? Math.min(...rows) : sheet.top;
  const bottom = rows.length ? Math.max(...rows) : sheet.top;
  return formlessMeasure({
    sheet: sheet.name,
    number: val(nHit) ?? byNumber?.number ?? null,
    name: byNumber?.name ?? val(naHit),
    department: val(dHit),
    labels: labelHits(used),
    ratingCol: evaluation?.rating?.col ?? null,
    headerRow: top,
    years: evaluation ? [evaluation] : [],
    bounds: { top, left: sheet.left, bottom, right: maxCol },
  });
}

/** A year read without the form's year table: the fields such a reading gives (plan, account, verdict), the others none. */
export function formlessYear(y: {
  row: number;
  label: Field;
  fiscalYear: number;
  plan?: Field | null;
  summary?: Field | null;
  rating?: Field | null;
}): YearRow {
  return {
    row: y.row,
    label: y.label,
    // The year as named, with no label of the form's for Fill to rewrite.
    year: namedYear(y.fiscalYear),
    plan: y.plan ?? null,
    build: null,
    operation: null,
    summary: y.summary ?? null,
    work: null,
    effect: null,
    status: null,
    rating: y.rating ?? null,
  };
}

/** A measure read without the form's year table: its fields beyond number, name and department are none. */
export function formlessMeasure(
  m: Pick<MeasureSheet, "sheet" | "number" | "name" | "department" | "labels" | "headerRow" | "years" | "bounds" | "sharesSheet"> & {
    ratingCol: number | null;
  },
): MeasureSheet {
  const { ratingCol, ...rest } = m;
  return {
    ...rest,
    title: null,
    overview: null,
    otherPlans: null,
    expectedEffect: null,
    activityTarget: null,
    footnote: null,
    missingLabels: [],
    columns: {
      year: null,
      plan: null,
      build: null,
      operation: null,
      progress: null,
      work: null,
      effect: null,
      status: null,
      rating: ratingCol,
    },
    withoutForm: true,
  };
}
