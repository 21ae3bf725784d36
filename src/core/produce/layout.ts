/**
 * The canonical measure sheet (the README's "The measure sheet") as a SheetSpec: the sample workbook, the template and the
 * test fixtures are all drawn by this one function, so they cannot drift apart.
 *
 * Rows, relative to the title cell (the seed's printed form has a blank line under the title, which
 * puts the first year in row 9 and ①-01's R2 effect in G13, as in the README's report example):
 *   0 title (A:G) · 1 blank · 2 施策番号 | number | · | 担当部署 | department (E:G) · 3 施策名 · 4 概要 ·
 *   5 他計画への掲載 · 6 header 1 · 7 header 2 · 8… one row per year · 期待される効果 · 活動目標 · footnote (A:G)
 */
import { rangeA1, toA1 } from "../model/address";
import type { CellValue } from "../model/grid";
import type { CellSpec, SheetSpec } from "../model/sheetSpec";
import { sanitizeSheetName } from "../model/sheetNames";

export interface MeasureYearInput {
  labelRaw: string | number;
  /** In the seed JSON beside the label; not drawn (the label is what the sheet shows). */
  fiscalYear?: number;
  plan: string;
  build: string;
  operation: string;
  summary: string;
  workRaw: string;
  effect: string | number;
  /** Number format of a numeric effect cell (`0%` for 0.43). */
  effectNumFmt?: string;
  /** Value of the optional status column (評価 / 進捗区分); only drawn when LayoutOptions.statusColumn is set. */
  statusRaw?: string | null;
}

/** Mirrors one object of the seed JSON; every string is written to its cell exactly as given. */
export interface MeasureSheetInput {
  number: string;
  department: string;
  name: string;
  overview: string;
  otherPlans: string;
  expectedEffect: string;
  activityTarget: string;
  titleRaw: string;
  /** null: no header at all (seed ②-05). */
  effectHeaderRaw: string | null;
  footnoteRaw: string;
  years: MeasureYearInput[];
}

export type LabelKey =
  | "number"
  | "name"
  | "department"
  | "overview"
  | "otherPlans"
  | "progress"
  | "work"
  | "expectedEffect"
  | "activityTarget"
  | "plan"
  | "yearHeader";

export interface LayoutOptions {
  /** 0-based offset of the title cell (the form shifted on its sheet). */
  top?: number;
  left?: number;
  /** Label variants (施策No., 事業名, 担当課, 進捗状況, 期待効果, 目標 …). */
  labels?: Partial<Record<LabelKey, string>>;
  /** Header text of the optional status column (評価 / 進捗区分), right of the effect column. */
  statusColumn?: string | null;
  /** Default: the measure number (made a legal sheet name). */
  sheetName?: string;
}

export const CANONICAL_LABELS = {
  number: "施策番号",
  name: "施策名",
  department: "担当部署",
  overview: "情報化施策の概要",
  otherPlans: "他計画への掲載",
  yearHeader: "実施予定",
  plan: "計画・設計",
  build: "開発・構築",
  operation: "運用",
  progress: "進捗総括",
  workGroup: "実施内容",
  work: "作業内容",
  effect: "効果（額）",
  expectedEffect: "期待される効果",
  activityTarget: "活動目標",
} as const;

/** Written as the seed writes it (①-01). */
export const CANONICAL_FOOTNOTE =
  "効果（額）… 活動目標に対する進捗率又は費用の削減が図れた施策は削減額を記載、方針決定前の段階は「-」を記載。";

/** Light fill of label cells, as on the printed form. */
export const LABEL_FILL = "DDEBF7";

/** Widths in Excel character units for A–G (wide E and F hold the long texts), then the status column. */
const FORM_WIDTHS = [13, 13, 13, 13, 42, 42, 20];
const STATUS_WIDTH = 11;
const DEFAULT_WIDTH = 8.43;

/** Where everything is, as absolute 0-based rows and columns. */
export interface MeasureLayout {
  top: number;
  left: number;
  /** Columns the form spans (7, or 8 with a status column). */
  width: number;
  rows: {
    title: number;
    number: number;
    name: number;
    overview: number;
    otherPlans: number;
    header1: number;
    header2: number;
    firstYear: number;
    expectedEffect: number;
    activityTarget: number;
    footnote: number;
  };
  cols: {
    label: number;
    plan: number;
    build: number;
    operation: number;
    summary: number;
    work: number;
    effect: number;
    status: number | null;
    /** 施策番号's value (B) and the 担当部署 label (D) and value (E) on the number row. */
    numberValue: number;
    departmentLabel: number;
    departmentValue: number;
    last: number;
  };
  yearRow(index: number): number;
}

export function measureLayout(yearCount: number, options: LayoutOptions = {}): MeasureLayout {
  const top = options.top ?? 0;
  const left = options.left ?? 0;
  const hasStatus = options.statusColumn != null;
  const firstYear = top + 8;
  const after = firstYear + yearCount;
  return {
    top,
    left,
    width: hasStatus ? 8 : 7,
    rows: {
      title: top,
      number: top + 2,
      name: top + 3,
      overview: top + 4,
      otherPlans: top + 5,
      header1: top + 6,
      header2: top + 7,
      firstYear,
      expectedEffect: after,
      activityTarget: after + 1,
      footnote: after + 2,
    },
    cols: {
      label: left,
      plan: left + 1,
      build: left + 2,
      operation: left + 3,
      summary: left + 4,
      work: left + 5,
      effect: left + 6,
      status: hasStatus ? left + 7 : null,
      numberValue: left + 1,
      departmentLabel: left + 3,
      departmentValue: left + 4,
      last: left + 6,
    },
    yearRow: (i) => firstYear + i,
  };
}

/** A1 addresses of every label and value cell of a form: what tests and fixtures point at. */
export interface MeasureCells {
  title: string;
  numberLabel: string;
  number: string;
  departmentLabel: string;
  department: string;
  nameLabel: string;
  name: string;
  overviewLabel: string;
  overview: string;
  otherPlansLabel: string;
  otherPlans: string;
  yearHeader: string;
  planHeader: string;
  buildHeader: string;
  operationHeader: string;
  progressHeader: string;
  /** 実施内容 over F:G; the work header itself when 実施内容 stands alone. */
  workGroupHeader: string;
  workHeader: string;
  effectHeader: string;
  statusHeader: string | null;
  years: {
    label: string;
    plan: string;
    build: string;
    operation: string;
    summary: string;
    work: string;
    effect: string;
    status: string | null;
  }[];
  expectedEffectLabel: string;
  expectedEffect: string;
  activityTargetLabel: string;
  activityTarget: string;
  footnote: string;
}

export function measureCells(yearCount: number, options: LayoutOptions = {}): MeasureCells {
  const L = measureLayout(yearCount, options);
  const { rows: r, cols: c } = L;
  const standalone = isStandaloneWork(options);
  const years = [];
  for (let i = 0; i < yearCount; i++) {
    const row = L.yearRow(i);
    years.push({
      label: toA1(row, c.label),
      plan: toA1(row, c.plan),
      build: toA1(row, c.build),
      operation: toA1(row, c.operation),
      summary: toA1(row, c.summary),
      work: toA1(row, c.work),
      effect: toA1(row, c.effect),
      status: c.status === null ? null : toA1(row, c.status),
    });
  }
  return {
    title: toA1(r.title, c.label),
    numberLabel: toA1(r.number, c.label),
    number: toA1(r.number, c.numberValue),
    departmentLabel: toA1(r.number, c.departmentLabel),
    department: toA1(r.number, c.departmentValue),
    nameLabel: toA1(r.name, c.label),
    name: toA1(r.name, c.plan),
    overviewLabel: toA1(r.overview, c.label),
    overview: toA1(r.overview, c.plan),
    otherPlansLabel: toA1(r.otherPlans, c.label),
    otherPlans: toA1(r.otherPlans, c.plan),
    yearHeader: toA1(r.header1, c.label),
    planHeader: toA1(r.header1, c.plan),
    buildHeader: toA1(r.header1, c.build),
    operationHeader: toA1(r.header1, c.operation),
    progressHeader: toA1(r.header1, c.summary),
    workGroupHeader: toA1(r.header1, c.work),
    workHeader: toA1(standalone ? r.header1 : r.header2, c.work),
    effectHeader: toA1(standalone ? r.header1 : r.header2, c.effect),
    statusHeader: c.status === null ? null : toA1(r.header1, c.status),
    years,
    expectedEffectLabel: toA1(r.expectedEffect, c.label),
    expectedEffect: toA1(r.expectedEffect, c.plan),
    activityTargetLabel: toA1(r.activityTarget, c.label),
    activityTarget: toA1(r.activityTarget, c.plan),
    footnote: toA1(r.footnote, c.label),
  };
}

/** 実施内容 written alone over the work column (no 作業内容 under a 実施内容 group header). */
function isStandaloneWork(options: LayoutOptions): boolean {
  return (options.labels?.work ?? CANONICAL_LABELS.work) === CANONICAL_LABELS.workGroup;
}

type Style = Omit<CellSpec, "value">;

const LABEL: Style = { bold: true, fill: LABEL_FILL, border: true, wrap: true, align: "center", vAlign: "middle" };
const HEADER: Style = LABEL;
const TEXT: Style = { border: true, wrap: true, align: "left", vAlign: "top" };
const SHORT: Style = { border: true, wrap: true, align: "left", vAlign: "middle" };
const CENTER: Style = { border: true, wrap: true, align: "center", vAlign: "middle" };

/** "" is an empty cell; anything else is kept exactly (numbers stay numbers). */
function cellValue(v: string | number | null | undefined): CellValue {
  if (v === undefined || v === null || v === "") return null;
  return v;
}

export function buildMeasureSheetSpec(input: MeasureSheetInput, options: LayoutOptions = {}): SheetSpec {
  const L = measureLayout(input.years.length, options);
  const { rows: r, cols: c } = L;
  const labels = { ...CANONICAL_LABELS, ...stripUndefined(options.labels ?? {}) };
  const standalone = isStandaloneWork(options);

  const grid: (CellSpec | null)[][] = [];
  const merges: string[] = [];
  /** Keyed by Excel's 1-based row number, as writeSpec reads SheetSpec.rowHeights. */
  const rowHeights: Record<string, number> = {};

  const put = (row: number, col: number, value: CellValue, style: Style) => {
    while (grid.length <= row) grid.push([]);
    const line = grid[row];
    while (line.length <= col) line.push(null);
    line[col] = { value, ...style };
  };
  /** Anchor holds the value; every other cell of the area carries the style so borders and fills outline the whole merge. */
  const area = (row: number, col: number, row2: number, col2: number, value: CellValue, style: Style) => {
    for (let i = row; i <= row2; i++) for (let j = col; j <= col2; j++) put(i, j, i === row && j === col ? value : null, style);
    if (row2 > row || col2 > col) merges.push(rangeA1(row, col, row2, col2));
  };
  const wide = (row: number, label: string, value: CellValue, style: Style = TEXT) => {
    put(row, c.label, label, LABEL);
    area(row, c.plan, row, c.last, value, style);
  };

  // Title and the blank line under it.
  area(r.title, c.label, r.title, c.last, cellValue(input.titleRaw), { bold: true, align: "center", vAlign: "middle" });
  rowHeights[String(r.title + 1)] = 24;
  rowHeights[String(r.title + 2)] = 9;

  // 施策番号 | number | (empty) | 担当部署 | department
  put(r.number, c.label, labels.number, LABEL);
  put(r.number, c.numberValue, cellValue(input.number), CENTER);
  put(r.number, c.build, null, CENTER);
  put(r.number, c.departmentLabel, labels.department, LABEL);
  area(r.number, c.departmentValue, r.number, c.last, cellValue(input.department), SHORT);

  wide(r.name, labels.name, cellValue(input.name), SHORT);
  wide(r.overview, labels.overview, cellValue(input.overview));
  wide(r.otherPlans, labels.otherPlans, cellValue(input.otherPlans), SHORT);

  // Two header rows: A–E span both; 実施内容 groups 作業内容 and 効果（額）, unless it stands alone.
  const h1 = r.header1;
  const h2 = r.header2;
  area(h1, c.label, h2, c.label, labels.yearHeader, HEADER);
  area(h1, c.plan, h2, c.plan, labels.plan, HEADER);
  area(h1, c.build, h2, c.build, CANONICAL_LABELS.build, HEADER);
  area(h1, c.operation, h2, c.operation, CANONICAL_LABELS.operation, HEADER);
  area(h1, c.summary, h2, c.summary, labels.progress, HEADER);
  if (standalone) {
    area(h1, c.work, h2, c.work, labels.work, HEADER);
    area(h1, c.effect, h2, c.effect, cellValue(input.effectHeaderRaw), HEADER);
  } else {
    area(h1, c.work, h1, c.effect, CANONICAL_LABELS.workGroup, HEADER);
    put(h2, c.work, labels.work, HEADER);
    put(h2, c.effect, cellValue(input.effectHeaderRaw), HEADER);
  }
  if (c.status !== null) area(h1, c.status, h2, c.status, options.statusColumn ?? null, HEADER);

  const widths = columnWidths(L);
  const spanWidth = (c1: number, c2: number) => widths.slice(c1, c2 + 1).reduce((a, b) => a + b, 0);

  input.years.forEach((y, i) => {
    const row = L.yearRow(i);
    put(row, c.label, cellValue(y.labelRaw), { ...CENTER, bold: true, fill: LABEL_FILL });
    put(row, c.plan, cellValue(y.plan), CENTER);
    put(row, c.build, cellValue(y.build), CENTER);
    put(row, c.operation, cellValue(y.operation), CENTER);
    put(row, c.summary, cellValue(y.summary), TEXT);
    put(row, c.work, cellValue(y.workRaw), TEXT);
    put(row, c.effect, cellValue(y.effect), y.effectNumFmt ? { ...CENTER, numFmt: y.effectNumFmt } : CENTER);
    if (c.status !== null) put(row, c.status, cellValue(y.statusRaw ?? null), CENTER);
    rowHeights[String(row + 1)] = heightFor(
      [
        [y.plan, widths[c.plan]],
        [y.build, widths[c.build]],
        [y.operation, widths[c.operation]],
        [y.summary, widths[c.summary]],
        [y.workRaw, widths[c.work]],
        [String(y.effect), widths[c.effect]],
      ],
      30,
    );
  });

  wide(r.expectedEffect, labels.expectedEffect, cellValue(input.expectedEffect));
  wide(r.activityTarget, labels.activityTarget, cellValue(input.activityTarget), SHORT);
  area(r.footnote, c.label, r.footnote, c.last, cellValue(input.footnoteRaw), { wrap: true, align: "left", vAlign: "top" });

  const textRowWidth = spanWidth(c.plan, c.last);
  const labelWidth = widths[c.label];
  const wideRow = (row: number, label: string, text: string, min: number) => {
    rowHeights[String(row + 1)] = heightFor(
      [
        [label, labelWidth],
        [text, textRowWidth],
      ],
      min,
    );
  };
  rowHeights[String(r.number + 1)] = heightFor(
    [
      [labels.number, labelWidth],
      [input.department, spanWidth(c.departmentValue, c.last)],
    ],
    22,
  );
  wideRow(r.name, labels.name, input.name, 22);
  wideRow(r.overview, labels.overview, input.overview, 30);
  wideRow(r.otherPlans, labels.otherPlans, input.otherPlans, 22);
  rowHeights[String(h1 + 1)] = 20;
  rowHeights[String(h2 + 1)] = 20;
  wideRow(r.expectedEffect, labels.expectedEffect, input.expectedEffect, 30);
  wideRow(r.activityTarget, labels.activityTarget, input.activityTarget, 22);
  rowHeights[String(r.footnote + 1)] = heightFor([[input.footnoteRaw, spanWidth(c.label, c.last)]], 18);

  return {
    name: options.sheetName ?? sanitizeSheetName(input.number),
    role: "measure",
    rows: grid,
    merges,
    columnWidths: widths,
    rowHeights,
    tables: [],
    conditionalFormats: [],
    charts: [],
    print: { landscape: true, fitToWidth: true },
  };
}

/** Widths from column A: default widths left of the form, then the form's own. */
function columnWidths(L: MeasureLayout): number[] {
  const widths: number[] = [];
  for (let i = 0; i < L.left; i++) widths.push(DEFAULT_WIDTH);
  widths.push(...FORM_WIDTHS);
  if (L.cols.status !== null) widths.push(STATUS_WIDTH);
  return widths;
}

/**
 * Row height in points for wrapped text: a full-width character takes about two width units, a line is
 * about 13.5 pt at 11 pt type. An estimate, deterministic, so a printed form shows its text.
 */
function heightFor(cells: [string | undefined, number][], min: number): number {
  let lines = 1;
  for (const [text, width] of cells) {
    if (!text) continue;
    let n = 0;
    for (const part of text.split(/\r?\n/)) {
      let units = 0;
      for (const ch of part) units += /[\u0000-\u00ff\uff61-\uff9f]/.test(ch) ? 1.1 : 2.1;
      n += Math.max(1, Math.ceil(units / Math.max(1, width - 1)));
    }
    if (n > lines) lines = n;
  }
  return Math.min(409, Math.max(min, Math.round(lines * 13.5 + 6)));
}

function stripUndefined<T extends object>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as { [K in keyof T]: Exclude<T[K], undefined> };
}
