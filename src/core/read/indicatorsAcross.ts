/**
 * Indicator tables with the years across the columns, as most offices print them (product.md §6):
 *
 *   指標名 | 単位 | H27 | H28 | H29 | 目標値          成果指標 | 24年度      | 25年度      | 目標値
 *   〇〇数 | 件   | 41  | 36  | 42  | 50                       | 目標 | 実績 | 目標 | 実績 |
 *
 * A header row holds the year cells (two or more; one with the kinds under it), the name column's header
 * on it or on the row above. What a year's columns hold (its span, up to the next year) is read from the
 * row of kinds under the years (目標値 / 実績値 / 達成度), else a group header above them (実績 / 達成度),
 * else the year cell's own note (20年度(実績); 上段:目標 下段:実績 for a target over its actual), else the
 * actual. Each indicator is a row with a name and a figure; notes between its rows are passed over.
 * Under a header whose rows are kinds (目標値 / 実績値 …) of one indicator, indicatorsDown.ts reads them.
 */
import { isDash } from "../text/normalize";
import { cellAt, cellText, extent, forEachRow } from "../model/grid";
import type { CellValue, SheetGrid } from "../model/grid";
import { headerYear } from "../text/fiscalYear";
import type { Profile } from "../model/profile";
import {
  cellOf,
  directionOf,
  DIRECTION_LOWER,
  ENUMERATOR,
  headerField,
  isFigure,
  KIND_OF,
  mergedRight,
  quantityOf,
  unitWritten,
  yearFigures,
  type Cell,
  type IndicatorField,
  type IndicatorRead,
  type Kind,
} from "./indicatorParts";
import { kindRowsBelow, oneRowBelow, readDownTable, type DownRows } from "./indicatorsDown";

interface YearSpan {
  fiscalYear: number;
  col: number;
  /** Column → what it holds. */
  kinds: Map<number, Kind>;
  /** The target on the indicator's row, its actual on the row under it (上段:目標 下段:実績). */
  stacked: boolean;
}

export interface AcrossHeader {
  /** The row of the year cells. */
  row: number;
  /** The last header row (the row of kinds under the years, where there is one). */
  bottom: number;
  nameCol: number;
  /** Columns outside the years: 単位, 基準値, 目標値, 施策番号 … */
  cols: Partial<Record<IndicatorField, number>>;
  lowerHint: boolean;
  years: YearSpan[];
  /** The table's last column. */
  right: number;
  /**
   * One indicator whose kinds run down the rows (目標値 / 実績値 / 達成率 under the years), its name labelled
   * above; or one row of figures with no label at all, each year's kind in its header's note (oneRow).
   */
  down: DownRows | null;
}

function textAt(sheet: SheetGrid, row: number, col: number): string {
  const v = cellAt(sheet, row, col);
  return typeof v === "string" ? v : "";
}

const FORECAST = /見込|見通し/;

function kindOfNote(note: string): { kind: Kind | null; stacked: boolean } {
  if (/上段/.test(note) && /下段/.test(note)) return { kind: null, stacked: true };
  if (/実績|現状/.test(note)) return { kind: "actual", stacked: false };
  if (/目標|目安|計画/.test(note)) return { kind: "yearTarget", stacked: false };
  if (/基準|策定時/.test(note)) return { kind: "baseline", stacked: false };
  return { kind: null, stacked: false };
}

/** The kinds a group header names in order (実績 / 達成度 → actual, grade). */
function groupKinds(labels: Map<string, IndicatorField>, text: string): Kind[] {
  const out: Kind[] = [];
  for (const part of text.split(/[/／・、,]/)) {
    const f = part.trim() === "" ? undefined : headerField(labels, part);
    const k = f ? KIND_OF[f] : undefined;
    if (!k) return [];
    out.push(k);
  }
  return out;
}

interface RowCells {
  years: { col: number; fiscalYear: number; note: string }[];
  labels: Map<number, IndicatorField>;
  texts: Map<number, string>;
}

function rowCells(sheet: SheetGrid, values: readonly CellValue[], labels: Map<string, IndicatorField>): RowCells {
  const out: RowCells = { years: [], labels: new Map(), texts: new Map() };
  // Number cells are years only as a run of them (2020 | 2021 | 2022) on a row of no other number: a
  // target of 2000 in a data row is no year.
  const numbers: { col: number; fiscalYear: number; note: string }[] = [];
  let otherNumbers = 0;
  for (let j = 0; j < values.length; j++) {
    const v = values[j];
    if (v === null || v === "") continue;
    const col = sheet.left + j;
    if (typeof v === "string") {
      if (v.length > 40) continue;
      const f = v.length <= 24 ? headerField(labels, v) : undefined;
      if (f) {
        out.labels.set(col, f);
        continue;
      }
    }
    const y = headerYear(v);
    if (y && typeof v === "number") numbers.push({ col, fiscalYear: y.fiscalYear, note: y.note });
    else if (y) out.years.push({ col, fiscalYear: y.fiscalYear, note: y.note });
    else if (typeof v === "string") out.texts.set(col, v);
    else if (typeof v === "number") otherNumbers++;
  }
  if (otherNumbers === 0 && isYearRun(numbers.map((n) => n.fiscalYear))) {
    out.years.push(...numbers);
    out.years.sort((a, b) => a.col - b.col);
  }
  // Under a 年度 corner, bare era years (年度 | 21 | 22 | 23 | 24 | 24目標 | 31目標).
  if (out.years.length === 0 && [...out.labels.values()].includes("year")) {
    const bare: { col: number; fiscalYear: number; note: string }[] = [];
    for (let j = 0; j < values.length; j++) {
      const v = values[j];
      const m =
        typeof v === "number" ? [String(v), String(v), ""] : typeof v === "string" ? BARE_YEAR_WORD.exec(v.normalize("NFKC").trim()) : null;
      const y = m && Number.isInteger(Number(m[1])) ? headerYear(`${m[1]}年度`) : null;
      if (y) bare.push({ col: sheet.left + j, fiscalYear: y.fiscalYear, note: m![2] });
    }
    const plain = bare.filter((b) => b.note === "");
    if (plain.length >= 2 && plain.every((n, k) => k === 0 || n.fiscalYear === plain[k - 1].fiscalYear + 1)) {
      out.years.push(...bare);
      for (const b of bare) out.texts.delete(b.col);
    }
  }
  return out;
}

/**
 * Years in a row of numbers: two or more one apart (2020 | 2021), or three or more rising a few at a time, as a
 * plan's milestones (2020 | 2022 | 2025) or a table that skips a year (三重県: 2001 … 2004 | 2006).
 */
function isYearRun(years: readonly number[]): boolean {
  if (years.length < 2) return false;
  const steps = years.slice(1).map((y, k) => y - years[k]);
  return steps.every((d) => d === 1) || (years.length >= 3 && steps.every((d) => d >= 1 && d <= 5));
}

const BARE_YEAR_WORD = /^(\d{1,2})\s*(目標|実績|見込|目安)?$/;

/** Header rows of tables with the years across. */
export function findAcrossHeaders(sheet: SheetGrid, labels: Map<string, IndicatorField>, skipRows: ReadonlySet<number>): AcrossHeader[] {
  // Stored rows that hold a cell, by index (forEachRow passes empty ones over); a skipped row is never a
  // header nor the band above or below one, so it is not read (on the seed's form, that is every row).
  const rows = new Map<number, RowCells>();
  forEachRow(sheet, (r, i) => {
    if (!skipRows.has(sheet.top + i)) rows.set(i, rowCells(sheet, r, labels));
  });
  const out: AcrossHeader[] = [];
  for (const [i, here] of rows) {
    const row = sheet.top + i;
    if (here.years.length === 0) continue;
    const above = rows.get(i - 1) ?? null;
    const below = rows.get(i + 1) ?? null;
    const firstYear = here.years[0].col;
    const down: AcrossHeader["down"] =
      kindRowsBelow(sheet, labels, row, firstYear, skipRows) ?? oneRowBelow(sheet, row, firstYear, here.years, skipRows);
    let nameCol = down
      ? down.labelCol
      : (nameColumn(here, firstYear) ?? (above ? nameColumn(above, firstYear) : null) ?? yearCorner(sheet, row, here, firstYear));
    // Names under no header of their own, only beside targets by milestone: a table of costs by year is no indicators'.
    let milestones: { first?: number; final: number } | null = null;
    if (nameCol === null && !down) {
      const names = namesUnder(sheet, row, here.years);
      milestones = names === null ? null : milestoneTargets(sheet, row, names, firstYear, labels);
      if (milestones) nameCol = names;
    }
    if (nameCol === null) continue;
    // A year cell on the row above whose cell here is empty heads its column for both rows (24年度実績 over a merge).
    const yearCells = [...here.years];
    if (above)
      for (const y of above.years)
        if (y.col > nameCol && !here.labels.has(y.col) && !here.years.some((h) => h.col === y.col)) yearCells.push(y);
    yearCells.sort((a, b) => a.col - b.col);
    // Years out of order (平成27年度末 | 平成22年度末 | 平成25年度末 over a target, a baseline and the latest figure, 軽米町)
    // date the columns of a table of kinds; they are no table of years.
    if (yearCells.some((y, k) => k > 0 && y.fiscalYear < yearCells[k - 1].fiscalYear)) continue;
    // A year written again beside itself with its kind (24 | 24目標) is a column of that year's span.
    const sameYear = new Map<number, Kind>();
    for (let k = yearCells.length - 1; k > 0; k--)
      if (yearCells[k].fiscalYear === yearCells[k - 1].fiscalYear && yearCells[k].col === yearCells[k - 1].col + 1) {
        sameYear.set(yearCells[k].col, kindOfNote(yearCells[k].note).kind ?? "actual");
        yearCells.splice(k, 1);
      }

    const cols: Partial<Record<IndicatorField, number>> = {};
    let lowerHint = false;
    for (const band of [above, here]) {
      if (!band) continue;
      for (const [col, f] of band.labels) {
        // Kinds down the rows: a baseline column left of the kinds holds the indicator's baseline (基準値(時期) | 目標値 …).
        if (col === nameCol || cols[f] !== undefined || (col < nameCol && !(down && f === "baseline"))) continue;
        cols[f] = col;
        const text = textAt(sheet, band === here ? row : row - 1, col).normalize("NFKC");
        if ((f === "target" || f === "name") && DIRECTION_LOWER.test(text)) lowerHint = true;
      }
    }
    delete cols.name;
    // A 目標 right before each year (尾道市: 目標 | H23年度 | 目標 | H24年度 …): each year's own target, no final one.
    const targetBefore = [...here.labels]
      .filter(([c, f]) => (f === "target" || f === "yearTarget") && yearCells.some((y) => y.col === c + 1))
      .map(([c]) => c);
    if (targetBefore.length >= 2) for (const f of ["target", "yearTarget"] as const) if (targetBefore.includes(cols[f]!)) delete cols[f];
    milestones ??= down ? null : milestoneTargets(sheet, row, nameCol, firstYear, labels);
    if (milestones) {
      // The plan's targets by milestone (整備計画時の目標 over 初年度 | 最終): the final one is the indicator's target.
      cols.target = milestones.final;
    }
    // An achievement or grade column right after a year's columns, before the next year, is that year's ((達成度)).
    const ownKinds = new Map<number, Kind>(sameYear);
    for (const f of ["achievement", "grade"] as const) {
      const c = cols[f];
      if (c === undefined || c <= yearCells[0].col) continue;
      const before = yearCells.filter((y) => y.col < c).pop()!;
      const next = yearCells.find((y) => y.col > c);
      const gap = [...Array(c - before.col - 1).keys()].every((k) => sameYear.has(before.col + 1 + k));
      if (gap && (next === undefined || next.col > c)) {
        ownKinds.set(c, KIND_OF[f]!);
        delete cols[f];
      }
    }
    const labelled = Object.values(cols) as number[];
    const spans = yearSpans(yearCells, labelled);
    const right = Math.max(...labelled, ...spans.map((s) => s.col + s.width - 1));
    // Years left of the 目標 column with the plan's years right of it are the figures before the plan (24年度実績 | 目標 | 25年度 …).
    const targetCol = cols.target;
    const beforePlan = targetCol !== undefined && spans.some((s) => s.col > targetCol) ? spans.filter((s) => s.col < targetCol) : [];
    // The first year bare where the next ones say 実績 (平成12年 | 平成13年実績 | 平成14年実績): the baseline year.
    if (beforePlan.length === 0 && spans.length >= 3 && kindOfNote(spans[0].note).kind === null && !FORECAST.test(spans[0].note)) {
      const said = spans.slice(1).map((sp) => kindOfNote(sp.note).kind);
      if (said[0] === "actual" && said.filter((k) => k === "actual").length >= 2) beforePlan.push(spans[0]);
    }
    if (down) {
      if (new Set(yearCells.map((y) => y.fiscalYear)).size < 2) continue;
      out.push({
        row,
        bottom: row,
        nameCol,
        cols,
        lowerHint,
        // One row of figures: what each year's holds its header's note says (平成25(基準値) | 平成27 | 平成31(目標値)).
        years: spans.map(({ fiscalYear, col, note }) => ({
          fiscalYear,
          col,
          kinds: down.oneRow ? new Map([[col, kindOfNote(note).kind ?? "actual"]]) : new Map(),
          stacked: false,
        })),
        right,
        down,
      });
      continue;
    }
    // The row of kinds under the years.
    let kindsBelow = false;
    if (below)
      for (const s of spans)
        for (let c = s.col; c < s.col + s.width; c++) {
          const f = below.labels.get(c);
          const k = f ? KIND_OF[f] : undefined;
          if (k) {
            s.kinds.set(c, k);
            kindsBelow = true;
          }
        }
    if (new Set(yearCells.map((y) => y.fiscalYear)).size < 2 && !kindsBelow) continue;
    for (const s of beforePlan) s.kinds.set(s.col, "baseline");
    const withOwn = () => {
      for (const [c, k] of ownKinds) for (const s of spans) if (c > s.col && c < s.col + s.width) s.kinds.set(c, k);
    };
    if (!kindsBelow) {
      // A group header above the years (実績 / 達成度 over each year's two columns).
      const groups = above ? [...above.texts].filter(([c]) => c >= yearCells[0].col).sort((a, b) => a[0] - b[0]) : [];
      const over = above ? kindsOver(sheet, row - 1, above, yearCells[0].col) : new Map<number, Kind>();
      for (const s of spans) {
        if (beforePlan.includes(s)) continue;
        const kind = over.get(s.col);
        if (kind !== undefined) {
          s.kinds.set(s.col, kind);
          continue;
        }
        const group = groups.filter(([c]) => c <= s.col).pop();
        const kinds = group ? groupKinds(labels, group[1]) : [];
        if (kinds.length > 0) for (let k = 0; k < Math.min(kinds.length, s.width); k++) s.kinds.set(s.col + k, kinds[k]);
        else if (FORECAST.test(s.note))
          continue; // a year's forecast (平成15年末見込) is no figure of its own
        else {
          const byNote = kindOfNote(s.note);
          s.stacked = byNote.stacked;
          s.kinds.set(s.col, byNote.kind ?? "actual");
        }
      }
    }
    withOwn();
    if (targetBefore.length >= 2)
      for (const sp of spans)
        if (targetBefore.includes(sp.col - 1)) {
          sp.kinds.set(sp.col - 1, "yearTarget");
          if (!sp.kinds.has(sp.col)) sp.kinds.set(sp.col, "actual");
        }
    // The first milestone's target is the first year's (初年度: the year the service began, the first actual).
    if (milestones?.first !== undefined && spans.length > 0 && ![...spans[0].kinds.values()].includes("yearTarget"))
      spans[0].kinds.set(milestones.first, "yearTarget");
    out.push({
      row,
      bottom: kindsBelow ? row + 1 : row,
      nameCol,
      cols,
      lowerHint,
      years: spans.map(({ fiscalYear, col, kinds, stacked }) => ({ fiscalYear, col, kinds, stacked })),
      right,
      down: null,
    });
  }
  return out;
}

/**
 * A kind's label over the years, each year under it (or under its merged cell) of that kind (箱根町: 現状値 | 実績値 merged
 * over 21年度 and 25年度 | 目標値, over 15年度 | 21年度 | 25年度 | 26年度).
 */
function kindsOver(sheet: SheetGrid, row: number, band: RowCells, from: number): Map<number, Kind> {
  const out = new Map<number, Kind>();
  for (const [col, f] of band.labels) {
    const kind = KIND_OF[f];
    if (col < from || (kind !== "baseline" && kind !== "actual" && kind !== "yearTarget")) continue;
    for (const c of mergedRight(sheet, row, col) ?? [col]) out.set(c, kind);
  }
  return out;
}

/** The 年度 corner over the names' column (年度 | 21 | 22 …, the indicators' names under 年度). */
function yearCorner(sheet: SheetGrid, row: number, cells: RowCells, before: number): number | null {
  // Only over figures: a 年度 row over plans in words (継続実施 …) is a schedule, not indicators.
  if (cells.years.filter((y) => isFigure(cellOf(sheet, row + 1, y.col))).length < 2) return null;
  for (const [col, f] of cells.labels) if (f === "year" && col < before) return col;
  return null;
}

/**
 * The indicators' names where no header names their column (田辺市's 事後評価: `ブロードバンド | 加入世帯数 | 487 | …`):
 * the nearest column left of the figures whose cells under the header are words beside a figure of a year.
 */
function namesUnder(sheet: SheetGrid, row: number, years: RowCells["years"]): number | null {
  const firstYear = years[0].col;
  // Only over figures: a row of years over plans in words is a schedule.
  const rows = [1, 2, 3, 4, 5, 6].map((k) => row + k).filter((r) => years.some((y) => isFigure(cellOf(sheet, r, y.col))));
  if (rows.length < 2) return null;
  for (let c = firstYear - 1; c >= sheet.left; c--) {
    const words = rows.filter((r) => {
      const v = cellAt(sheet, r, c);
      return typeof v === "string" && v.trim() !== "" && v.length <= 40 && !isFigure(cellOf(sheet, r, c));
    });
    if (words.length >= 2) return c;
    if (rows.some((r) => !isFigure(cellOf(sheet, r, c)) && cellText(cellAt(sheet, r, c)).trim() !== "")) return null;
  }
  return null;
}

const BUDGET_LINE = /^(?:当初(?:予算)?(?:額)?|補正(?:予算)?(?:額)?|最終予算(?:額)?|決算(?:額)?|予算(?:額)?|執行額|事業費)$/;

const FIRST_MILESTONE = /^(?:初年度|初年)(?:目標)?$/;
const FINAL_MILESTONE = /^(?:最終|最終年度|最終目標|目標年度)(?:目標)?$/;

/**
 * Targets headed by milestone, not by year, under a target's group left of the years (総務省's 事後評価 form:
 * 整備計画時の目標 over 初年度 | 最終, 実績 over 平成20年度 | 平成24年度): the columns of the first and the final one.
 */
function milestoneTargets(
  sheet: SheetGrid,
  row: number,
  nameCol: number,
  firstYear: number,
  labels: Map<string, IndicatorField>,
): { first?: number; final: number } | null {
  let group = "";
  let first: number | undefined;
  let final: number | undefined;
  for (let c = nameCol + 1; c < firstYear; c++) {
    const over = textAt(sheet, row - 1, c).trim();
    if (over !== "") group = over;
    const text = textAt(sheet, row, c).normalize("NFKC").replace(/\s+/g, "");
    if (!/目標/.test(group) || headerField(labels, group) === "actual") continue;
    if (FIRST_MILESTONE.test(text)) first = c;
    else if (FINAL_MILESTONE.test(text)) final = c;
  }
  return final === undefined ? null : { first, final };
}

function nameColumn(cells: RowCells, before: number): number | null {
  for (const [col, f] of cells.labels) if (f === "name" && col < before) return col;
  return null;
}

/** Each year's columns: up to the next year, or a labelled column; the last as wide as the one before it. */
function yearSpans(
  years: { col: number; fiscalYear: number; note: string }[],
  labelled: number[],
): (YearSpan & { width: number; note: string })[] {
  const out: (YearSpan & { width: number; note: string })[] = [];
  for (let k = 0; k < years.length; k++) {
    const y = years[k];
    const nextLabel = Math.min(...labelled.filter((c) => c > y.col));
    // The last year reaches the next labelled column (目標値 after H27's 実績 | 達成度), else is as wide as the one before.
    let end =
      k + 1 < years.length
        ? years[k + 1].col
        : Number.isFinite(nextLabel)
          ? nextLabel
          : y.col + (out.length > 0 ? out[out.length - 1].width : 1);
    for (const c of labelled) if (c > y.col && c < end) end = c;
    out.push({ fiscalYear: y.fiscalYear, col: y.col, kinds: new Map(), stacked: false, width: Math.max(1, end - y.col), note: y.note });
  }
  return out;
}

/** The indicators under each header. `headerRows`: every table's header row on the sheet (a table ends at the next). */
export function readIndicatorsAcross(
  sheet: SheetGrid,
  profile: Profile | null,
  headers: AcrossHeader[],
  headerRows: ReadonlySet<number>,
  plan: { start: number | null; years: number | null },
): IndicatorRead[] {
  const { rows: nRows } = extent(sheet);
  const out: IndicatorRead[] = [];
  // Rows a kinds-down table's name is not looked for above: every table's header and rows of kinds.
  const tableRows = new Set([...headerRows, ...headers.flatMap((h) => (h.down ? h.down.rows.map(([r]) => r) : []))]);
  for (const h of headers) {
    if (h.down) {
      out.push(...readDownTable(sheet, profile, h, h.down, tableRows, plan));
      continue;
    }
    const firstValue = Math.min(
      ...h.years.flatMap((y) => [y.col, ...y.kinds.keys()]),
      ...(Object.values(h.cols) as number[]).filter((c) => c > h.nameCol),
    );
    let misses = 0;
    for (let r = h.bottom + 1; r < nRows && misses < 2; r++) {
      if (headerRows.has(r)) break;
      let empty = true;
      for (let c = h.nameCol; c <= h.right && empty; c++) if (cellText(cellAt(sheet, r, c)).trim() !== "") empty = false;
      if (empty) break;
      let name: Cell | null = null;
      for (let c = h.nameCol; c < firstValue && name === null; c++) {
        if (Object.values(h.cols).includes(c)) continue;
        const cell = cellOf(sheet, r, c)!;
        if (cell.text !== "" && !ENUMERATOR.test(cell.text)) name = cell;
      }
      const baselineCell = cellOf(sheet, r, h.cols.baseline);
      const targetCell = cellOf(sheet, r, h.cols.target);
      const figures =
        isFigure(baselineCell) ||
        isFigure(targetCell) ||
        h.years.some((y) => [...y.kinds.keys()].some((c) => isFigure(cellOf(sheet, r, c))));
      // A budget's line under the years (施策に係る事業費: 当初 | 決算, 高根沢町) is money spent, no indicator.
      if (name !== null && BUDGET_LINE.test(name.text.normalize("NFKC").replace(/\s+/g, ""))) continue;
      if (name === null || !figures) {
        // A milestone in words under the years (なし | なし | 設置) is a row of the table, not a note after it.
        const words = name !== null && h.years.some((y) => [...y.kinds.keys()].some((c) => cellOf(sheet, r, c)!.text !== ""));
        if (!words) misses++;
        continue;
      }
      misses = 0;
      let baseline = quantityOf(baselineCell);
      for (const y of h.years)
        for (const [c, k] of y.kinds) {
          const cell = cellOf(sheet, r, c);
          if (k === "baseline" && baseline === null && isFigure(cell)) baseline = quantityOf(cell);
        }
      const target = quantityOf(targetCell);
      const dirCell = cellOf(sheet, r, h.cols.direction);
      const ind: IndicatorRead = {
        sheet: sheet.name,
        number: cellOf(sheet, r, h.cols.number)?.text || null,
        name: name.text,
        // Else the unit its target or baseline is written with (177箇所(令和5年度) over bare counts); else its actuals' (indicators.ts).
        unit: cellOf(sheet, r, h.cols.unit)?.text || unitWritten(targetCell) || unitWritten(baselineCell) || "",
        direction: directionOf(h.lowerHint, `${targetCell?.text ?? ""} ${dirCell?.text ?? ""}`, baseline, target, profile, name.text),
        baseline,
        target,
        cell: name.cell,
        years: [],
      };
      for (const y of h.years) {
        const of = (kind: Kind): Cell | null => {
          for (const [c, k] of y.kinds) if (k === kind) return cellOf(sheet, r, c);
          return null;
        };
        let actual = of("actual");
        let yearTarget = quantityOf(of("yearTarget"));
        if (y.stacked) {
          const top = cellOf(sheet, r, y.col)!;
          yearTarget = quantityOf(top);
          actual = r + 1 < nRows && textAt(sheet, r + 1, name.col) === "" ? cellOf(sheet, r + 1, y.col) : null;
        }
        const achievement = of("achievement");
        const grade = of("grade");
        if (y.kinds.size === 1 && y.kinds.values().next().value === "baseline") continue;
        const any = [actual, achievement, grade].some((c) => c !== null && c.text !== "" && !isDash(c.text)) || yearTarget !== null;
        if (!any) continue;
        ind.years.push(
          yearFigures(ind, profile, y.fiscalYear, { actual, yearTarget, achievement, grade, first: (actual ?? name).cell, row: r }, plan),
        );
      }
      out.push(ind);
    }
  }
  return out;
}
