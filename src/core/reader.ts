/**
 * The sheet reader: finds the measure form by its labels wherever it stands (product.md §2) and returns
 * every value with its cell address. It never relies on fixed coordinates: the year table is anchored on
 * its 進捗総括 header, the other fields on their labels, values are the first cell right of a label.
 */
import { toA1 } from "./address";
import { cellAt, cellText, extent, numFmtAt, type CellValue, type SheetGrid } from "./grid";
import { canonicalLabel, looksLikeFootnote, looksLikeTitle, matchLabel, type FieldKey } from "./labels";
import { parseFiscalYearLabel, type FiscalYearLabel } from "./fiscalYear";

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
  columns: Record<"year" | "plan" | "build" | "operation" | "progress" | "work" | "effect" | "status", number | null>;
  headerRow: number;
  years: YearRow[];
  /** The form's bounding box, 0-based inclusive. */
  bounds: { top: number; left: number; bottom: number; right: number };
}

interface Hit {
  field: FieldKey;
  row: number;
  col: number;
  text: string;
}

function field(sheet: SheetGrid, row: number, col: number): Field {
  const raw = cellAt(sheet, row, col);
  return { text: cellText(raw), raw, numFmt: numFmtAt(sheet, row, col), row, col, cell: toA1(row, col) };
}

function isEmpty(v: CellValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

/** Every labelled cell of the sheet, in reading order. */
function indexLabels(sheet: SheetGrid): Hit[] {
  const hits: Hit[] = [];
  sheet.values.forEach((r, i) => {
    for (let j = 0; j < r.length; j++) {
      const v = r[j];
      if (typeof v !== "string" || v.length === 0) continue;
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
    if (isEmpty(v)) continue;
    if (typeof v === "string" && matchLabel(v)) break;
    return field(sheet, hit.row, c);
  }
  return field(sheet, hit.row, hit.col + 1);
}

/**
 * Reads one sheet. Returns null when the sheet does not hold the form: it needs the year table's
 * progress header (進捗総括 or a variant) with year labels under it, or the 施策番号 and 施策名 labels.
 */
export function readMeasureSheet(sheet: SheetGrid): MeasureSheet | null {
  const hits = indexLabels(sheet);
  if (hits.length === 0) return null;
  const { rows: nRows, cols: nCols } = extent(sheet);

  // The year table is anchored on its progress header; among several, the first with a year row under it.
  const progressHits = hits.filter((h) => h.field === "progress");
  let header: Hit | null = null;
  let yearCol: number | null = null;
  for (const p of progressHits) {
    const yh = hits.find((h) => h.field === "yearHeader" && h.row === p.row && h.col < p.col);
    const col = yh ? yh.col : findYearColumn(sheet, p.row, p.col, nRows);
    if (col !== null) {
      header = p;
      yearCol = col;
      break;
    }
  }
  const numberHit = hits.find((h) => h.field === "number");
  const nameHit = hits.find((h) => h.field === "name");
  if (!header && !(numberHit && nameHit && numberHit.row < nameHit.row + 3 && numberHit.col === nameHit.col)) return null;

  const headerRow = header ? header.row : (nameHit?.row ?? numberHit!.row) + 4;
  const left = Math.min(yearCol ?? Infinity, numberHit?.col ?? Infinity, nameHit?.col ?? Infinity);
  const formLeft = Number.isFinite(left) ? left : 0;

  // Header cells of the year table sit on the header row or the row under it.
  const inHeader = (f: FieldKey) => hits.find((h) => h.field === f && (h.row === headerRow || h.row === headerRow + 1) && h.col >= formLeft);
  const used: Hit[] = [];
  const take = (h: Hit | undefined) => {
    if (h) used.push(h);
    return h;
  };
  const yearHeaderHit = take(hits.find((h) => h.field === "yearHeader" && h.row === headerRow && h.col === yearCol));
  const planHit = take(inHeader("plan"));
  const buildHit = take(inHeader("build"));
  const operationHit = take(inHeader("operation"));
  if (header) used.push(header);
  const workGroupHit = inHeader("workGroup");
  let workHit = take(inHeader("work"));
  // 実施内容 standing alone over its column is the work header itself, a variant of 作業内容.
  if (!workHit && workGroupHit) workHit = take({ ...workGroupHit, field: "work" });
  else if (workGroupHit) used.push(workGroupHit);
  const effectHit = take(inHeader("effect"));
  const statusHit = take(inHeader("status"));

  const progressCol = header ? header.col : null;
  const workCol = workHit ? workHit.col : progressCol !== null ? progressCol + 1 : null;
  // No effect header at all (seed ②-05): the column right of 作業内容 when it holds values.
  let effectCol = effectHit ? effectHit.col : null;
  const secondHeader = (workHit && workHit.row === headerRow + 1) || (effectHit && effectHit.row === headerRow + 1) ? 1 : 0;

  // Year rows: from under the header while the year column holds a year label or the row holds data.
  const years: YearRow[] = [];
  const yc = yearCol ?? formLeft;
  let r = headerRow + 1 + secondHeader;
  // A second header row may also exist without labels (merged header cells): skip rows that are empty in the year column and above any year.
  while (r < nRows && years.length === 0 && isEmpty(cellAt(sheet, r, yc)) && r <= headerRow + 2) r++;
  const stopFields = new Set<FieldKey>(["expectedEffect", "activityTarget"]);
  const rightEdge = Math.max(formLeft + 6, effectCol ?? 0, statusHit?.col ?? 0, workCol ?? 0);
  for (; r < nRows; r++) {
    const v = cellAt(sheet, r, yc);
    const text = cellText(v);
    if (typeof v === "string") {
      const f = matchLabel(v);
      if (f && stopFields.has(f)) break;
      if (looksLikeFootnote(v)) break;
    }
    const year = parseFiscalYearLabel(v);
    if (!year) {
      let rowHasData = false;
      for (let c = yc + 1; c <= rightEdge; c++) if (!isEmpty(cellAt(sheet, r, c))) rowHasData = true;
      if (isEmpty(v) && !rowHasData) break;
      if (!isEmpty(v) && text.length > 20) break;
    }
    years.push({
      row: r,
      label: field(sheet, r, yc),
      year,
      plan: planHit ? field(sheet, r, planHit.col) : null,
      build: buildHit ? field(sheet, r, buildHit.col) : null,
      operation: operationHit ? field(sheet, r, operationHit.col) : null,
      summary: progressCol !== null ? field(sheet, r, progressCol) : null,
      work: workCol !== null ? field(sheet, r, workCol) : null,
      effect: null,
      status: statusHit ? field(sheet, r, statusHit.col) : null,
    });
  }
  if (effectCol === null && workCol !== null) {
    const candidate = workCol + 1;
    if (years.some((y) => !isEmpty(cellAt(sheet, y.row, candidate))) && candidate !== statusHit?.col) effectCol = candidate;
  }
  if (effectCol !== null) for (const y of years) y.effect = field(sheet, y.row, effectCol);
  const tableBottom = years.length ? years[years.length - 1].row : headerRow + secondHeader;

  // Fields above the table: the label nearest above the header row; below: nearest under the table.
  const above = (f: FieldKey) => {
    let best: Hit | undefined;
    for (const h of hits) if (h.field === f && h.row < headerRow && h.col >= formLeft - 1) best = h;
    return take(best);
  };
  const below = (f: FieldKey) => take(hits.find((h) => h.field === f && h.row > tableBottom));
  const nHit = above("number") ?? take(numberHit);
  const naHit = above("name") ?? take(nameHit);
  const dHit = above("department");
  const oHit = above("overview");
  const opHit = above("otherPlans");
  const eHit = below("expectedEffect");
  const aHit = below("activityTarget");
  const maxCol = Math.max(rightEdge, nCols - 1);
  const val = (h: Hit | undefined) => (h ? valueRightOf(sheet, h, maxCol) : null);

  // Title: the cell above the number label that reads like one, else the first text above it.
  let title: Field | null = null;
  const topField = nHit ?? naHit;
  const titleLimit = topField ? topField.row : headerRow;
  for (let tr = Math.max(sheet.top, titleLimit - 4); tr < titleLimit && !title; tr++) {
    for (let c = formLeft; c <= rightEdge; c++) {
      const v = cellAt(sheet, tr, c);
      if (typeof v === "string" && looksLikeTitle(v)) {
        title = field(sheet, tr, c);
        break;
      }
    }
  }
  let footnote: Field | null = null;
  const footStart = (aHit ?? eHit)?.row ?? tableBottom;
  for (let fr = footStart + 1; fr <= footStart + 3 && fr < nRows && !footnote; fr++) {
    const v = cellAt(sheet, fr, formLeft);
    if (typeof v === "string" && looksLikeFootnote(v)) footnote = field(sheet, fr, formLeft);
  }

  const labels: LabelHit[] = used
    .filter((h, i, a) => a.indexOf(h) === i)
    .map((h) => ({
      field: h.field,
      text: h.text,
      cell: toA1(h.row, h.col),
      row: h.row,
      col: h.col,
      variant: h.text.trim() !== canonicalLabel(h.field),
    }));
  labels.sort((a, b) => a.row - b.row || a.col - b.col);

  const missingLabels: MissingLabel[] = [];
  const expectAt = (f: FieldKey, present: unknown, row: number, col: number) => {
    if (!present) missingLabels.push({ field: f, cell: toA1(Math.max(0, row), Math.max(0, col)) });
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
