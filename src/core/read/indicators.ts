/**
 * Indicators (成果指標 / KPI, product.md §6; the arithmetic is judge/kpi.ts): a small table whose header names the indicator (指標名) and
 * its 目標値 / 実績値, a row per indicator and year (the name written once, the rows under it
 * continuing it), or the years across its columns (indicatorsAcross.ts; an indicator's kinds down the rows
 * under them, indicatorsDown.ts), on the measure sheet under the
 * form or on a sheet of its own with a 施策番号 column.
 * For each year: the target (the year's 目安値, the final target, or pro rata), the actual, the
 * achievement (direction-aware, from the baseline where the profile asks) and the grade by the office's
 * rule, beside what the sheet states.
 */
import { cellAt, cellText, extent, forEachRow, isEmptyCell } from "../model/grid";
import type { CellValue, SheetGrid } from "../model/grid";
import { parseRange } from "../model/address";
import { fiscalYearOfDateCell, fiscalYearOfMonth, noteYear, parseFiscalYearLabel } from "../text/fiscalYear";
import { parseQuantity, round6 } from "../judge/kpi";
import type { Profile } from "../model/profile";
import {
  cellOf,
  directionOf,
  DIRECTION_LOWER,
  headerField,
  headerKey,
  labelIndex,
  mergedRight,
  quantityOf,
  unitInName,
  unitWritten,
  yearFigures,
  isFigure,
  type Cell,
  type IndicatorField,
  type IndicatorRead,
} from "./indicatorParts";
import { readIndicatorsAcross, findAcrossHeaders } from "./indicatorsAcross";
import { joinListed, joinNamedAgain, readIndicatorList } from "./indicatorJoins";
import { titleYear } from "./titleYear";

export { INDICATOR_LABELS } from "./indicatorParts";
export type { Cell, IndicatorField, IndicatorRead, IndicatorYearRead } from "./indicatorParts";

interface Header {
  row: number;
  cols: Partial<Record<IndicatorField, number>>;
  lowerHint: boolean;
  /** The year the 実績値 header names (実績値(H29)), for a table without a year column. */
  actualYear: number | null;
  /** Under an empty corner, every column that makes up a row's name (a group and its 男性 / 女性). */
  nameCols?: number[];
}

const CURRENT = /現状|現在/;
const WEAK_NAME = "項目";

const YEAR_LED = /^\s*((?:平成|令和|[HR])\s*(?:\d{1,2}|元)|\d{4})\s*年度\s*(\S.*)$/su;

/** A header led by its year (平成28年度\n中間実績値): the field the rest names. (Across tables read such cells as years.) */
function yearLed(labels: Map<string, IndicatorField>, text: string): IndicatorField | undefined {
  const m = YEAR_LED.exec(text.normalize("NFKC"));
  return m ? headerField(labels, m[2]) : undefined;
}

/**
 * Header rows of indicator tables: a 指標名 cell with a 目標値 or 実績値 cell on the same row. Of two 目標値
 * columns, the one that names the actual's year is that year's target (目標値(H29) beside 実績値(H29)) and
 * the other the final one (目標値(H32)).
 */
function findHeaders(sheet: SheetGrid, labels: Map<string, IndicatorField>, skipRows: ReadonlySet<number>): Header[] {
  const out: Header[] = [];
  forEachRow(sheet, (r, i) => {
    const row = sheet.top + i;
    if (skipRows.has(row)) return;
    const cols: Partial<Record<IndicatorField, number>> = {};
    const targets: { col: number; year: number | null }[] = [];
    let actualYear: number | null = null;
    let lowerHint = false;
    // One header led by its year is the year of its column; several are the years across (平成21年度実績 | 平成22年度実績).
    const led = r.filter((v) => typeof v === "string" && v.length <= 24 && YEAR_LED.test(v.normalize("NFKC"))).length;
    for (let j = 0; j < r.length; j++) {
      const v = r[j];
      if (typeof v !== "string" || v.length === 0 || v.length > 24) continue;
      let f = headerField(labels, v) ?? (led === 1 ? yearLed(labels, v) : undefined);
      // A second name header over figures (数値目標項目 | 基準値 | KPI | 実績値, 森町): the KPI's value, its target.
      if (f === "name" && cols.name !== undefined && cols.target === undefined && isFigure(cellOf(sheet, row + 1, sheet.left + j)))
        f = "target";
      if (f === "target") targets.push({ col: sheet.left + j, year: noteYear(v) });
      // 策定時 | 現状値: beside the baseline, the value now is the year's actual (群馬県 情報化推進計画).
      if (f === "baseline" && cols.baseline !== undefined && cols.actual === undefined && CURRENT.test(v)) {
        cols.actual = sheet.left + j;
        actualYear = noteYear(v);
        continue;
      }
      if (!f || cols[f] !== undefined) continue;
      cols[f] = sheet.left + j;
      // A running total's year is its period's end (累計 (H28~R2年度) → R2).
      if (f === "actual") actualYear = periodEndYear(v) ?? noteYear(v);
      if ((f === "target" || f === "name") && DIRECTION_LOWER.test(v.normalize("NFKC"))) lowerHint = true;
    }
    // 項目 names the indicators only beside a target or an actual and where no other header names them (a
    // group's 項目 stands left of 指標; a budget's 項目 heads years, no target).
    if (cols.name === undefined && (cols.target !== undefined || cols.actual !== undefined)) {
      const j = r.findIndex((v) => typeof v === "string" && v.length <= 8 && headerKey(v) === WEAK_NAME);
      if (j >= 0) cols.name = sheet.left + j;
    }
    // No header over the names (an empty corner, 東海市): beside a baseline or target and an actual, the columns
    // left of the figures with an empty header cell, the first holding a text on the next row, name the rows.
    let nameCols: number[] | undefined;
    if (cols.name === undefined && cols.actual !== undefined && (cols.baseline !== undefined || cols.target !== undefined)) {
      const figures = Math.min(...[cols.baseline, cols.target, cols.actual].filter((x): x is number => x !== undefined));
      const fields = new Set(Object.values(cols));
      const empty: number[] = [];
      for (let col = sheet.left; col < figures; col++) if (!fields.has(col) && isEmptyCell(cellAt(sheet, row, col))) empty.push(col);
      const first = empty.find((col) => {
        const below = cellAt(sheet, row + 1, col);
        return typeof below === "string" && below.trim() !== "" && quantityOf(cellOf(sheet, row + 1, col)) === null;
      });
      if (first !== undefined) {
        cols.name = first;
        nameCols = empty.filter((col) => col >= first);
      }
    }
    if (targets.length > 1 && actualYear !== null && cols.yearTarget === undefined) {
      const own = targets.find((t) => t.year === actualYear);
      const final = targets.filter((t) => t !== own).pop();
      if (own && final) {
        cols.yearTarget = own.col;
        cols.target = final.col;
      }
    }
    if (
      cols.name !== undefined &&
      (cols.actual !== undefined || cols.target !== undefined) &&
      (cols.actual !== undefined || cols.yearTarget !== undefined || cols.achievement !== undefined || cols.grade !== undefined)
    )
      out.push({ row, cols, lowerHint, actualYear, nameCols });
  });
  return out;
}

/**
 * Every indicator table of a sheet, a row per year or the years across. `skipRows`: rows of the measure
 * form's year table; `planStart` and `planYears` for a pro-rata target (the profile's plan, else the
 * measure's own years).
 */
export function readIndicators(sheet: SheetGrid, profile: Profile | null, opts: IndicatorOptions = {}): IndicatorRead[] {
  return readIndicatorTables(sheet, profile, opts).indicators;
}

interface IndicatorOptions {
  skipRows?: ReadonlySet<number>;
  planStart?: number | null;
  planYears?: number | null;
}

/**
 * readIndicators, and how many table headers the sheet carries (a new sheet's table may have no
 * indicator yet): one search of the sheet answers both.
 */
export function readIndicatorTables(
  sheet: SheetGrid,
  profile: Profile | null,
  opts: IndicatorOptions = {},
): { indicators: IndicatorRead[]; tables: number } {
  const labels = labelIndex(profile);
  const skip = opts.skipRows ?? new Set<number>();
  const across = findAcrossHeaders(sheet, labels, skip);
  const acrossRows = new Set(across.map((h) => h.row));
  // An across table's header rows (its years, the kinds under them) head no table of their own.
  const inAcrossHeader = (row: number) => across.some((h) => row >= h.row && row <= h.bottom);
  const headers = findHeaders(sheet, labels, skip).filter((h) => !inAcrossHeader(h.row));
  const headerRows = new Set([...headers.map((h) => h.row), ...acrossRows]);
  const plan = { start: opts.planStart ?? null, years: opts.planYears ?? null };
  const { rows: nRows } = extent(sheet);
  const out: IndicatorRead[] = [];
  let sheetYear: number | null | undefined;
  for (const h of headers) {
    const c = h.cols;
    const used = Object.values(c) as number[];
    let current: IndicatorRead | null = null;
    // A row of the years each column is of ((平成27年度) | (平成29年度) | (令和元年度)): the actual's year for the rows under it.
    let columnYear: number | null = null;
    // Without a year column, a name header merged over several columns names each row by all of them (朝食欠食者の割合 |
    // 児童 | 高校生, the group's cell merged down its rows): each row is an indicator of its own, not another year.
    const nameSpan = c.year === undefined && c.name !== undefined ? (h.nameCols ?? mergedRight(sheet, h.row, c.name)) : null;
    const carried = nameSpan ? mergedOrigins(sheet) : null;
    // There, a target, unit or direction merged down a group's rows is each row's (0% for every school year).
    const shared = (r: number, col: number | undefined): Cell | null => {
      const cell = cellOf(sheet, r, col);
      const v = carried && cell && cell.text === "" ? carried.get(`${r},${col}`) : undefined;
      return v === undefined || v === null ? cell : { ...cell!, raw: v, text: cellText(v).trim() };
    };
    for (let r = h.row + 1; r < nRows; r++) {
      if (headerRows.has(r)) break;
      const filled = used.some((col) => {
        const v = cellAt(sheet, r, col);
        return v !== null && cellText(v).trim() !== "";
      });
      if (!filled) break;
      const name = nameSpan && carried ? spannedName(sheet, r, nameSpan, carried) : cellOf(sheet, r, c.name);
      const numberCell = cellOf(sheet, r, c.number);
      const yearOnly = yearNotesOnly(sheet, r, c);
      if (yearOnly !== undefined) {
        columnYear = yearOnly;
        continue;
      }
      // A name with nothing beside it (嘱託員・臨時 under the table, a heading) is no indicator.
      if (
        name &&
        name.text !== "" &&
        !used.some((col) => col !== c.name && !nameSpan?.includes(col) && cellText(cellAt(sheet, r, col)).trim() !== "")
      ) {
        current = null;
        continue;
      }
      if (name && name.text !== "") {
        const targetCell = shared(r, c.target);
        const dirCell = shared(r, c.direction);
        // The plan's figures in the name's cell (合計特殊出生率\nH26年1.54→H31年1.68) where no column holds them.
        const span = SPAN.exec(name.text.normalize("NFKC"));
        const baselineCell = cellOf(sheet, r, c.baseline);
        const baseline = quantityOf(baselineCell) ?? (span ? parseQuantity(span[1], null) : null);
        const target =
          perPeriod(quantityOf(targetCell), targetCell, baselineCell ?? cellOf(sheet, r, c.actual)) ??
          (span ? parseQuantity(span[2], null) : null);
        current = {
          sheet: sheet.name,
          number: numberCell && numberCell.text !== "" ? numberCell.text : current && numberCell?.text === "" ? current.number : null,
          name: span && span.index > 0 ? name.text.slice(0, name.text.normalize("NFKC").indexOf(span[0])).trim() || name.text : name.text,
          unit: shared(r, c.unit)?.text ?? "",
          direction: directionOf(h.lowerHint, `${targetCell?.text ?? ""} ${dirCell?.text ?? ""}`, baseline, target, profile, name.text),
          baseline,
          target,
          cell: name.cell,
          years: [],
        };
        out.push(current);
      }
      if (!current) continue;
      const yearCell = cellOf(sheet, r, c.year);
      const actualCell = cellOf(sheet, r, c.actual);
      const yearTargetCell = cellOf(sheet, r, c.yearTarget);
      // Without a year column: the year the 実績値 header names, else the one its cell or the year's
      // target notes ((H29年)), else the row of column years above, else the sheet's title.
      const fy = yearCell
        ? ((parseFiscalYearLabel(yearCell.raw) ?? fiscalYearOfDateCell(yearCell.raw, yearCell.numFmt))?.fiscalYear ?? null)
        : (h.actualYear ??
          noteYear(actualCell?.text ?? "") ??
          noteYear(yearTargetCell?.text ?? "") ??
          fiscalYearOfMonth(cellOf(sheet, r, c.due)?.text ?? "") ??
          columnYear ??
          (sheetYear === undefined ? (sheetYear = titleYear(sheet)?.fiscalYear ?? null) : sheetYear));
      current.years.push(
        yearFigures(
          current,
          profile,
          fy,
          {
            actual: actualCell,
            yearTarget: quantityOf(yearTargetCell),
            achievement: cellOf(sheet, r, c.achievement),
            grade: cellOf(sheet, r, c.grade),
            first: (yearCell ?? name ?? actualCell)!.cell,
            row: r,
          },
          plan,
        ),
      );
    }
  }
  out.push(...readIndicatorsAcross(sheet, profile, across, headerRows, plan));
  const joined = joinNamedAgain(out.sort((a, b) => rowOf(a) - rowOf(b)));
  joinListed(joined, readIndicatorList(sheet, labels, skip), profile, plan);
  for (const ind of joined) if (ind.unit === "") ind.unit = unitOfFigures(ind) || (unitInName(ind.name) ?? "");
  return { indicators: joined, tables: headers.length + across.length };
}

/** The last year of a period a header notes (H28~R2年度 → 2020), or null where it notes none. */
function periodEndYear(header: string): number | null {
  const m = /[~〜∼～]\s*((?:[HRhr]|平成|令和)\s*(?:\d{1,2}|元)|\d{4})/.exec(header.normalize("NFKC"));
  return m ? (parseFiscalYearLabel(`${m[1].replace(/\s+/g, "").toUpperCase()}年度`)?.fiscalYear ?? null) : null;
}

/** A count per period written before it (年4回, 月1回, 週2日). */
const PERIOD = /^\s*(年|月|週)(?:間|に)?\s*[\d０-９]/;
const PER_YEAR: Record<string, number> = { 年: 1, 月: 12, 週: 52 };

/**
 * A target counted per another period than the figures it is measured by (月1回 beside 年4回): as many
 * per the figures' period (年12回). Null where the two cannot be put on one period.
 */
function perPeriod(target: number | null, targetCell: Cell | null, figure: Cell | null): number | null {
  if (target === null || !targetCell || !figure) return target;
  const own = PERIOD.exec(targetCell.text.normalize("NFKC"))?.[1];
  const theirs = PERIOD.exec(figure.text.normalize("NFKC"))?.[1];
  if (!own || !theirs || own === theirs) return target;
  return round6((target * PER_YEAR[own]) / PER_YEAR[theirs]);
}

/** Each cell under the first row of a merged area → the area's value (those cells read empty, hidden by the merge). */
function mergedOrigins(sheet: SheetGrid): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  for (const ref of sheet.merges) {
    const a = parseRange(ref);
    if (a.bottom === a.top) continue;
    const v = cellAt(sheet, a.top, a.left);
    for (let r = a.top + 1; r <= a.bottom; r++) for (let col = a.left; col <= a.right; col++) out.set(`${r},${col}`, v);
  }
  return out;
}

/** A row's name from every column of its name, a group's name carried down its merged cells; its cell the first it writes. */
function spannedName(sheet: SheetGrid, r: number, columns: readonly number[], carried: ReadonlyMap<string, CellValue>): Cell | null {
  const parts: string[] = [];
  let own: Cell | null = null;
  const left = columns[0];
  for (const col of columns) {
    const here = cellOf(sheet, r, col);
    const text = here && here.text !== "" ? here.text : cellText(carried.get(`${r},${col}`) ?? null).trim();
    if (text !== "" && !parts.includes(text)) parts.push(text);
    if (!own && here && here.text !== "") own = here;
  }
  if (parts.length === 0) return cellOf(sheet, r, left);
  return { ...(own ?? cellOf(sheet, r, left)!), text: parts.join(" ") };
}

/** Without a 単位 column, the unit every actual is written with (304台, 92.9%), where they agree. */
function unitOfFigures(ind: IndicatorRead): string {
  let unit: string | null = null;
  for (const y of ind.years) {
    // No figure (a dash, なし, 未把握) says nothing of the unit.
    if (!/\d/.test(y.actualCell?.text ?? "")) continue;
    const u = unitWritten(y.actualCell);
    if (u === null || (unit !== null && unit !== u)) return "";
    unit = u;
  }
  return unit ?? "";
}

/** A baseline and a target with their years, as a name's cell may carry them: H26年1.54→H31年1.68. */
const SPAN =
  /(?:[HRhr]|平成|令和)?\s*\d{1,4}\s*年度?\s*([▲△-]?[\d,]+(?:\.\d+)?)\s*[→⇒]\s*(?:[HRhr]|平成|令和)?\s*\d{1,4}\s*年度?\s*([▲△-]?[\d,]+(?:\.\d+)?)/;

const YEAR_NOTE_ONLY = /^[(（]\s*(?:[HRhr]|平成|令和)?\s*(?:\d{1,4}|元)\s*年度?\s*[)）]$/;

/**
 * The year of a row whose value cells hold nothing but year notes ((平成27年度) | (平成29年度)): the year
 * of its 実績値 cell (null where that one is empty); undefined for any other row.
 */
function yearNotesOnly(sheet: SheetGrid, r: number, c: Partial<Record<IndicatorField, number>>): number | null | undefined {
  let notes = 0;
  for (const f of ["baseline", "actual", "target", "yearTarget"] as const) {
    const cell = cellOf(sheet, r, c[f]);
    if (cell === null || cell.text === "") continue;
    if (!YEAR_NOTE_ONLY.test(cell.text.normalize("NFKC"))) return undefined;
    notes++;
  }
  if (notes === 0) return undefined;
  return noteYear(cellOf(sheet, r, c.actual)?.text ?? "");
}

function rowOf(ind: IndicatorRead): number {
  return ind.years[0]?.row ?? 0;
}

/** A sheet of indicators for many measures: its table has a 施策番号 column. */
export function isIndicatorSheet(sheet: SheetGrid, profile: Profile | null): boolean {
  const labels = labelIndex(profile);
  const none = new Set<number>();
  return (
    findHeaders(sheet, labels, none).some((h) => h.cols.number !== undefined) ||
    findAcrossHeaders(sheet, labels, none).some((h) => h.cols.number !== undefined)
  );
}

/**
 * Cells on an indicator table's header row that name no field (the 様式 panel offers them a role): short
 * texts only, as a header is.
 */
export function unplacedIndicatorHeaders(
  sheet: SheetGrid,
  profile: Profile | null,
  skipRows: ReadonlySet<number>,
): { row: number; col: number; text: string }[] {
  const labels = labelIndex(profile);
  const out: { row: number; col: number; text: string }[] = [];
  for (const h of findHeaders(sheet, labels, skipRows)) {
    const r = sheet.values[h.row - sheet.top] ?? [];
    for (let j = 0; j < r.length; j++) {
      const v = r[j];
      if (typeof v !== "string" || v.trim() === "" || v.length > 24 || headerField(labels, v) !== undefined) continue;
      out.push({ row: h.row, col: sheet.left + j, text: v.trim() });
    }
  }
  return out;
}
