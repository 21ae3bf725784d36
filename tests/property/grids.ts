/**
 * Arbitraries for whole workbooks: noise sheets, dense "label soup", measure forms drawn by the real
 * layout from random or seed content, and the seed form mutated cell by cell (deleted, replaced, moved,
 * swapped cells; inserted and deleted rows and columns; duplicated sheets). Everything stays inside
 * Excel's limits (1,048,576 rows × 16,384 columns), as a real workbook would.
 */
import fc from "fast-check";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/model/grid";
import {
  buildMeasureSheetSpec,
  type LabelKey,
  type LayoutOptions,
  type MeasureSheetInput,
  type MeasureYearInput,
} from "../../src/core/produce/layout";
import { specToGrid } from "../../src/core/specGrid";
import { FIELD_LABELS } from "../../src/core/read/labels";
import { SEED } from "./seed";
import {
  cellValue,
  effectText,
  eraStyle,
  fiscalYear,
  formValue,
  hugeText,
  htmlText,
  jaText,
  numberValue,
  numFmt,
  summaryText,
  textValue,
  unicodeText,
  yearLabel,
  yearLabelIn,
} from "./values";

export const EXCEL_ROWS = 1048576;
export const EXCEL_COLS = 16384;

// ------------------------------------------------------------------------------------------------------
// Sheet names

const FIXED_NAMES = [
  "Sheet1",
  "①-01",
  "②-05",
  "施策 1",
  "It's",
  "'quoted'",
  "進捗一覧",
  "検証結果",
  "History",
  "a".repeat(31),
  "b".repeat(40),
  "袖ケ浦市情報化推進計画2016施策進行管理シート（5年）",
  "😀 emoji",
  "Sheet 1",
  " lead",
  "x'y",
  "1abc",
  "R1",
  "A1",
];

export const sheetName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...FIXED_NAMES),
  jaText(40).filter((s) => s.length > 0),
  fc.string({ minLength: 1, maxLength: 40 }),
  unicodeText(35).filter((s) => s.length > 0),
);

/** Excel refuses two sheets whose names differ only in case: make them distinct the same way. */
export function uniqueNames(names: string[]): string[] {
  const used = new Set<string>();
  return names.map((n) => {
    let name = n;
    for (let i = 2; used.has(name.toUpperCase()); i++) name = `${n} (${i})`;
    used.add(name.toUpperCase());
    return name;
  });
}

// ------------------------------------------------------------------------------------------------------
// Blocks and placement

export interface Block {
  values: CellValue[][];
  numFmts?: (string | null)[][];
}

function width(values: CellValue[][]): number {
  return values.reduce((m, r) => Math.max(m, r.length), 0);
}

/** Top/left: mostly near A1, sometimes anywhere, sometimes against Excel's last row or column. */
function offset(limit: number, size: number): fc.Arbitrary<number> {
  const max = Math.max(0, limit - Math.max(size, 1));
  return fc.oneof(
    { weight: 12, arbitrary: fc.integer({ min: 0, max: Math.min(12, max) }) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: Math.min(400, max) }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max }) },
    { weight: 1, arbitrary: fc.constant(max) },
  );
}

const sheetExtras = fc.record({
  merges: fc.array(fc.constantFrom("A1:G1", "B3:G3", "A7:A8", "E2:G2", "XFD1048576", "A1"), { maxLength: 3 }),
  visibility: fc.constantFrom("visible", "visible", "visible", "hidden", "veryHidden") as fc.Arbitrary<SheetGrid["visibility"]>,
  protected: fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
});

/** Number formats for a block: where a cell holds a number, sometimes one from a small palette. */
const formats = fc.option(fc.array(numFmt, { minLength: 1, maxLength: 4 }), { nil: null });

function withFormats(values: CellValue[][], palette: string[] | null): (string | null)[][] | undefined {
  if (!palette) return undefined;
  return values.map((r, i) => r.map((v, j) => (typeof v === "number" && (i + j) % 3 !== 2 ? palette[(i * 7 + j) % palette.length] : null)));
}

/** A block placed somewhere on a sheet, inside Excel's limits. */
export function placed(block: fc.Arbitrary<Block>, fixed?: { top?: number; left?: number }): fc.Arbitrary<Omit<SheetGrid, "name">> {
  return block.chain((b) =>
    fc
      .record({
        top: fixed?.top !== undefined ? fc.constant(fixed.top) : offset(EXCEL_ROWS, b.values.length),
        left: fixed?.left !== undefined ? fc.constant(fixed.left) : offset(EXCEL_COLS, width(b.values)),
        extras: sheetExtras,
      })
      .map(({ top, left, extras }) => ({ ...b, top, left, ...extras })),
  );
}

const noiseBlock: fc.Arbitrary<Block> = fc
  .tuple(
    fc.array(fc.array(cellValue, { maxLength: 10 }), { maxLength: 24 }),
    formats,
    fc.option(fc.tuple(fc.nat(), fc.nat(), hugeText), { freq: 40, nil: null }),
  )
  .map(([values, palette, huge]) => {
    if (huge && values.length > 0) {
      const r = values[huge[0] % values.length];
      r[r.length === 0 ? 0 : huge[1] % r.length] = huge[2];
    }
    return { values, numFmts: withFormats(values, palette) };
  });

const soupBlock: fc.Arbitrary<Block> = fc
  .tuple(fc.array(fc.array(formValue, { maxLength: 9 }), { maxLength: 16 }), formats)
  .map(([values, palette]) => ({ values, numFmts: withFormats(values, palette) }));

// ------------------------------------------------------------------------------------------------------
// Measure forms drawn by the real layout

const LABEL_KEYS: LabelKey[] = [
  "number",
  "name",
  "department",
  "overview",
  "otherPlans",
  "progress",
  "work",
  "expectedEffect",
  "activityTarget",
  "plan",
  "yearHeader",
];
const FIELD_OF: Record<LabelKey, keyof typeof FIELD_LABELS> = {
  number: "number",
  name: "name",
  department: "department",
  overview: "overview",
  otherPlans: "otherPlans",
  progress: "progress",
  work: "work",
  expectedEffect: "expectedEffect",
  activityTarget: "activityTarget",
  plan: "plan",
  yearHeader: "yearHeader",
};

export const layoutOptions: fc.Arbitrary<LayoutOptions> = fc
  .record({
    top: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 6 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 2000 }) }),
    left: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 4 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 200 }) }),
    variants: fc.array(fc.tuple(fc.constantFrom(...LABEL_KEYS), fc.nat()), { maxLength: 4 }),
    statusColumn: fc.constantFrom(null, null, "評価", "進捗区分"),
  })
  .map(({ top, left, variants, statusColumn }) => {
    const labels: Partial<Record<LabelKey, string>> = {};
    for (const [k, i] of variants) {
      const all = FIELD_LABELS[FIELD_OF[k]];
      labels[k] = k === "work" && i % 3 === 0 ? "実施内容" : all[i % all.length];
    }
    return { top, left, labels, statusColumn };
  });

const shortText = fc.oneof(jaText(12), fc.constant(""), fc.constantFrom("-", "—", "導入", "運用開始", "継続"));

function yearRows(count: number): fc.Arbitrary<MeasureYearInput[]> {
  return fc
    .record({
      start: fiscalYear,
      style: eraStyle,
      rows: fc.array(
        fc.record({
          relabel: fc.option(yearLabel, { freq: 8, nil: undefined }),
          plan: shortText,
          build: shortText,
          operation: shortText,
          summary: fc.oneof(
            { weight: 4, arbitrary: summaryText },
            { weight: 1, arbitrary: fc.constant("") },
            { weight: 1, arbitrary: textValue },
          ),
          workRaw: fc.oneof(jaText(60), htmlText, fc.constant("")),
          effect: fc.oneof(
            { weight: 5, arbitrary: effectText },
            { weight: 1, arbitrary: numberValue },
            { weight: 1, arbitrary: fc.constant("") },
          ),
          effectNumFmt: fc.option(numFmt, { freq: 3, nil: undefined }),
          statusRaw: fc.option(fc.constantFrom("", "○ 計画通り", "△ 遅延", "◎ Ahead", "？ 判定不能", "手書き", "-"), { nil: null }),
        }),
        { minLength: count, maxLength: count },
      ),
    })
    .map(({ start, style, rows }) =>
      rows.map((r, i) => {
        const label = r.relabel !== undefined ? r.relabel : yearLabelIn(style, start + i);
        return {
          labelRaw: typeof label === "number" || typeof label === "string" ? label : "",
          plan: r.plan,
          build: r.build,
          operation: r.operation,
          summary: r.summary,
          workRaw: r.workRaw,
          effect: r.effect,
          ...(r.effectNumFmt ? { effectNumFmt: r.effectNumFmt } : {}),
          statusRaw: r.statusRaw,
        };
      }),
    );
}

const field = fc.oneof(
  { weight: 4, arbitrary: jaText(30) },
  { weight: 1, arbitrary: fc.constant("") },
  { weight: 1, arbitrary: textValue },
);

/** A measure sheet's content, random but in the form's vocabulary. */
export const measureInput: fc.Arbitrary<MeasureSheetInput> = fc.integer({ min: 0, max: 8 }).chain((n) =>
  fc.record({
    number: fc.oneof(fc.constantFrom("①-01", "①-02", "②-05", "1-1", "", "Ａ－１"), jaText(6)),
    department: fc.oneof(fc.constantFrom("企画課・各施設所管課", "行政管理課他", "情報政策課、総務課"), field),
    name: field,
    overview: field,
    otherPlans: fc.oneof(fc.constantFrom("—", "-", ""), field),
    expectedEffect: field,
    activityTarget: field,
    titleRaw: fc.oneof(fc.constant("袖ケ浦市情報化推進計画2016 施策進行管理シート（5年）"), field),
    effectHeaderRaw: fc.constantFrom("効果（額）", "効果(額)", "効果", "成果", null, "金額"),
    footnoteRaw: fc.oneof(
      fc.constant("効果（額）… 活動目標に対する進捗率又は費用の削減が図れた施策は削減額を記載、方針決定前の段階は「-」を記載。"),
      field,
    ),
    years: yearRows(n),
  }),
);

// ------------------------------------------------------------------------------------------------------
// Mutations

export type Op =
  | { kind: "clear" | "insertRow" | "deleteRow" | "insertCol" | "deleteCol" | "truncate"; a: number; b: number }
  | { kind: "set"; a: number; b: number; value: CellValue }
  | { kind: "move" | "swap" | "copy"; a: number; b: number; c: number; d: number };

const pos = fc.nat({ max: 1 << 20 });
export const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constantFrom("clear" as const), a: pos, b: pos }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("set" as const), a: pos, b: pos, value: fc.oneof(formValue, cellValue) }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constantFrom("move" as const, "swap" as const, "copy" as const), a: pos, b: pos, c: pos, d: pos }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constantFrom("insertRow" as const, "deleteRow" as const, "insertCol" as const, "deleteCol" as const, "truncate" as const),
      a: pos,
      b: pos,
    }),
  },
);

/** Applies ops to a copy of the sheet; positions are taken modulo the current size (plus a margin to grow). */
export function mutateSheet(sheet: SheetGrid, ops: Op[]): SheetGrid {
  const values = sheet.values.map((r) => [...r]);
  const fmts = sheet.numFmts?.map((r) => [...r]);
  const rows = () => Math.max(values.length, 1);
  const cols = () => Math.max(width(values), 1);
  const at = (a: number, b: number, grow = 0) => ({ r: a % (rows() + grow), c: b % (cols() + grow) });
  const get = (r: number, c: number): [CellValue, string | null] => [values[r]?.[c] ?? null, fmts?.[r]?.[c] ?? null];
  const put = (r: number, c: number, v: CellValue, f: string | null) => {
    while (values.length <= r) values.push([]);
    while (values[r].length <= c) values[r].push(null);
    values[r][c] = v;
    if (fmts) {
      while (fmts.length <= r) fmts.push([]);
      while (fmts[r].length <= c) fmts[r].push(null);
      fmts[r][c] = f;
    }
  };
  for (const o of ops) {
    switch (o.kind) {
      case "clear": {
        const { r, c } = at(o.a, o.b);
        if (r < values.length && c < values[r].length) put(r, c, null, null);
        break;
      }
      case "set": {
        const { r, c } = at(o.a, o.b, 2);
        put(r, c, o.value, null);
        break;
      }
      case "move":
      case "swap":
      case "copy": {
        const p = at(o.a, o.b);
        const q = at(o.c, o.d, 1);
        const [pv, pf] = get(p.r, p.c);
        const [qv, qf] = get(q.r, q.c);
        put(q.r, q.c, pv, pf);
        if (o.kind === "swap") put(p.r, p.c, qv, qf);
        if (o.kind === "move" && (p.r !== q.r || p.c !== q.c)) put(p.r, p.c, null, null);
        break;
      }
      case "insertRow": {
        const r = o.a % (values.length + 1);
        values.splice(r, 0, []);
        fmts?.splice(r, 0, []);
        break;
      }
      case "deleteRow": {
        if (values.length === 0) break;
        const r = o.a % values.length;
        values.splice(r, 1);
        fmts?.splice(r, 1);
        break;
      }
      case "insertCol": {
        const c = o.b % (cols() + 1);
        for (const line of values) if (line.length > c) line.splice(c, 0, null);
        for (const line of fmts ?? []) if (line.length > c) line.splice(c, 0, null);
        break;
      }
      case "deleteCol": {
        const c = o.b % cols();
        for (const line of values) line.splice(c, 1);
        for (const line of fmts ?? []) line.splice(c, 1);
        break;
      }
      case "truncate": {
        if (values.length === 0) break;
        const r = o.a % values.length;
        values[r].length = Math.min(values[r].length, o.b % (values[r].length + 1));
        break;
      }
    }
  }
  // Keep the block inside Excel's limits whatever the ops did.
  const over = Math.max(0, sheet.top + values.length - EXCEL_ROWS);
  if (over > 0) values.splice(values.length - over, over);
  const colLimit = EXCEL_COLS - sheet.left;
  for (const line of values) if (line.length > colLimit) line.length = colLimit;
  return { ...sheet, values, ...(fmts ? { numFmts: fmts } : {}) };
}

// ------------------------------------------------------------------------------------------------------
// Workbooks

export type SheetArb = fc.Arbitrary<Omit<SheetGrid, "name">>;

export const noiseSheet: SheetArb = placed(noiseBlock);
export const soupSheet: SheetArb = placed(soupBlock);

/** A form drawn by the layout from random content, then mutated a little. */
export const randomFormSheet: SheetArb = fc
  .tuple(measureInput, layoutOptions, fc.array(op, { maxLength: 4 }))
  .map(([input, layout, ops]) => {
    const { name: _n, ...rest } = mutateSheet(specToGrid(buildMeasureSheetSpec(input, layout)), ops);
    return rest;
  });

/** A seed sheet (real content) under a random layout, mutated. */
export const mutatedSeedSheet: SheetArb = fc
  .tuple(fc.nat({ max: SEED.length - 1 }), layoutOptions, fc.array(op, { minLength: 1, maxLength: 14 }))
  .map(([i, layout, ops]) => {
    const { name: _n, ...rest } = mutateSheet(specToGrid(buildMeasureSheetSpec(SEED[i], layout)), ops);
    return rest;
  });

const ROLES = ["overview", "delayed", "byDepartment", "byYear", "findings"];

/**
 * A workbook of such sheets: unique names (case-insensitively), sometimes a duplicated sheet, and
 * sometimes sheets marked as Shinchoku's own summary tabs (which the engine must not read).
 */
export function workbookOf(sheet: SheetArb, maxSheets = 4): fc.Arbitrary<WorkbookGrid> {
  return fc
    .record({
      sheets: fc.array(sheet, { maxLength: maxSheets }),
      names: fc.array(sheetName, { minLength: maxSheets + 2, maxLength: maxSheets + 2 }),
      duplicate: fc.option(fc.nat(), { freq: 6, nil: null }),
      generated: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...ROLES)), { maxLength: 2 }),
      stranger: fc.option(sheetName, { freq: 10, nil: null }),
    })
    .map(({ sheets, names, duplicate, generated, stranger }) => {
      const all = [...sheets];
      if (duplicate !== null && all.length > 0) all.push(all[duplicate % all.length]);
      const finalNames = uniqueNames(all.map((_, i) => names[i % names.length]));
      const grids: SheetGrid[] = all.map((s, i) => ({ ...s, name: finalNames[i], values: s.values.map((r) => [...r]) }));
      const generatedSheets = grids.length === 0 ? [] : generated.map(([i, role]) => ({ name: grids[i % grids.length].name, role }));
      if (stranger !== null) generatedSheets.push({ name: stranger, role: "overview" });
      return { sheets: grids, generatedSheets };
    });
}

/** Seed sheets (1–3, sometimes all 14) under random layouts, mutated, named as the sample names them. */
export const mutatedSeedWorkbook: fc.Arbitrary<WorkbookGrid> = fc
  .oneof(
    { weight: 6, arbitrary: fc.array(mutatedSeedSheet, { minLength: 1, maxLength: 3 }) },
    {
      weight: 1,
      arbitrary: fc.array(fc.array(op, { maxLength: 3 }), { minLength: SEED.length, maxLength: SEED.length }).map((opss) =>
        opss.map((ops, i) => {
          const { name: _n, ...rest } = mutateSheet(specToGrid(buildMeasureSheetSpec(SEED[i])), ops);
          return rest;
        }),
      ),
    },
  )
  .chain((sheets) =>
    fc
      .record({ dup: fc.option(fc.nat(), { freq: 4, nil: null }), extraNames: fc.array(sheetName, { minLength: 2, maxLength: 2 }) })
      .map(({ dup, extraNames }) => {
        const all = [...sheets];
        if (dup !== null) all.push(all[dup % all.length]);
        const names = uniqueNames(all.map((s, i) => (i < SEED.length ? SEED[i % SEED.length].number : extraNames[i % 2])));
        return { sheets: all.map((s, i) => ({ ...s, name: names[i] })), generatedSheets: [] };
      }),
  );

export const anyWorkbook: fc.Arbitrary<WorkbookGrid> = fc.oneof(
  workbookOf(noiseSheet),
  workbookOf(soupSheet),
  workbookOf(randomFormSheet, 3),
  mutatedSeedWorkbook,
);
