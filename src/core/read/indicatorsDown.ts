/**
 * An indicator whose kinds of figure run down the rows under a header of years (product.md §6), as
 * 事務事業評価 and KPI sheets print one:
 *
 *   KPI その1 | 〇〇の件数                       (1) 活動指標値 | ① | 目標値 | 1,700 | 1,700
 *   区分      | 基準値 | R2  | R3  | R4           |                |    | 実績値 | 1,680 | 1,712
 *   目標値    | 100    | 120 | 140 | 160          |                | ② | 目標値 | ―     | ―
 *   実績値    |        | 110 | 150 | -
 *
 * The kinds' labels sit in one column left of the years; a kind met again starts the next indicator of the
 * same table. Its name is beside its label above (or on the header row), or left of the kinds, or where
 * its number is listed for its group; a header of years alone over one row of figures takes each year's
 * kind from its header's note (平成25(基準値)). indicatorsAcross.ts finds the headers and reads the rest.
 */
import { isDash } from "../text/normalize";
import { cellAt, cellText, extent, forEachRow, isEmptyCell } from "../model/grid";
import type { CellValue, SheetGrid } from "../model/grid";
import { headerYear } from "../text/fiscalYear";
import type { Profile } from "../model/profile";
import {
  cellOf,
  directionOf,
  ENUMERATOR,
  headerField,
  isFigure,
  isYearNamedTarget,
  KIND_OF,
  labelIndex,
  quantityOf,
  unitWritten,
  yearFigures,
  type Cell,
  type IndicatorField,
  type IndicatorRead,
  type Kind,
} from "./indicatorParts";

/** The rows of a kinds-down table: the column of the kinds' labels and each row's kind. */
export interface DownRows {
  labelCol: number;
  rows: [number, Kind][];
  /** One row of figures with no label, each year's kind in its header's note. */
  oneRow?: true;
}

/** What a kinds-down table needs of its header (indicatorsAcross.ts finds it). */
export interface DownHeader {
  row: number;
  nameCol: number;
  cols: Partial<Record<IndicatorField, number>>;
  lowerHint: boolean;
  years: { fiscalYear: number; col: number; kinds: Map<number, Kind> }[];
  down: DownRows | null;
}

/** The indicators of a kinds-down table: a kind met again starts the next one's rows (① 目標値 / 実績値, ② 目標値 / 実績値). */
export function readDownTable(
  sheet: SheetGrid,
  profile: Profile | null,
  h: DownHeader,
  down: DownRows,
  tableRows: ReadonlySet<number>,
  plan: { start: number | null; years: number | null },
): IndicatorRead[] {
  const groups: [number, Kind][][] = [];
  for (const entry of down.rows) {
    const last = groups[groups.length - 1];
    if (!last || last.some(([, k]) => k === entry[1])) groups.push([entry]);
    else last.push(entry);
  }
  const out: IndicatorRead[] = [];
  for (const rows of groups) {
    const ind = readDown(sheet, profile, h, { labelCol: down.labelCol, rows }, tableRows, plan, groups.length > 1);
    if (ind) out.push(ind);
  }
  return out;
}

/**
 * The rows under a header of years that each hold one kind of figure for one indicator (目標値 | … then
 * 実績値 | …), each named in its first cell left of the years; null unless an actual row or two kinds are there.
 * Empty rows right under the header (its merged cells) are passed over.
 */
export function kindRowsBelow(
  sheet: SheetGrid,
  labels: Map<string, IndicatorField>,
  row: number,
  firstYear: number,
  skipRows: ReadonlySet<number>,
): DownRows | null {
  const { rows: nRows } = extent(sheet);
  // A row's kind: the cell left of the years that names one (目標値, 実績値), wherever the row's other
  // cells are (式・定義 | … | 実績値; 自立性 … | 目標値); else whether it says anything there at all.
  const kindOf = (r: number): { col: number; kind: Kind } | "note" | "text" | null => {
    let seen: "note" | "text" | null = null;
    for (let c = sheet.left; c < firstYear; c++) {
      const v = cellAt(sheet, r, c);
      if (v === null || cellText(v).trim() === "") continue;
      // <達成度> holds a percentage (<98.82%>): an achievement, whatever the word names elsewhere.
      const wrapped = typeof v === "string" ? /^[<＜〈]([^<>＜＞〈〉]{1,10})[>＞〉]$/.exec(v.trim()) : null;
      const f = typeof v === "string" && v.length <= 24 ? headerField(labels, wrapped ? wrapped[1] : v) : undefined;
      const kind = wrapped && f === "grade" ? "achievement" : f ? KIND_OF[f] : undefined;
      if (kind && kind !== "baseline") return { col: c, kind };
      seen ??= typeof v === "string" && /^[(（][^()（）]*[)）]$/.test(v.trim()) ? "note" : "text";
    }
    return seen;
  };
  // A row of kinds holding a year (目標値 | 7 | H27年度 | …) is no header of its own.
  const own = kindOf(row);
  if (typeof own === "object" && own !== null) return null;
  const found: [number, Kind][] = [];
  let labelCol: number | null = null;
  for (let r = row + 1; r < Math.min(nRows, row + 25) && !skipRows.has(r); r++) {
    const k = kindOf(r);
    if (k === null) {
      if (found.length === 0 && r <= row + 2) continue;
      break;
    }
    // A note between the rows ((H30.3 改訂後 の期待値)) is passed over.
    if (k === "note" && found.length > 0) continue;
    if (typeof k === "string" || (labelCol !== null && k.col !== labelCol)) break;
    labelCol = k.col;
    found.push([r, k.kind]);
  }
  if (labelCol === null || !(found.some(([, k]) => k === "actual") || found.length >= 2)) return null;
  return { labelCol, rows: found };
}

/**
 * A header of years alone with one row of figures under it and no label anywhere left of the years
 * (数値目標① 婚姻率 above: 平成25(基準値) | 平成27 | 平成28(現状値) | 平成31(目標値), then 5.5‰ | 5.4‰ | …).
 */
export function oneRowBelow(
  sheet: SheetGrid,
  row: number,
  firstYear: number,
  years: readonly { col: number }[],
  skipRows: ReadonlySet<number>,
): DownRows | null {
  if (years.length < 2 || skipRows.has(row + 1)) return null;
  for (let c = sheet.left; c < firstYear; c++)
    if (!isEmptyCell(cellAt(sheet, row, c)) || !isEmptyCell(cellAt(sheet, row + 1, c))) return null;
  const figures = years.filter((y) => isFigure(cellOf(sheet, row + 1, y.col))).length;
  if (figures < 2) return null;
  return { labelCol: Math.max(sheet.left, firstYear - 1), rows: [[row + 1, "actual"]], oneRow: true };
}

/** A name label numbered as offices number their indicators: KPI その1, 指標①, 成果指標(2). */
const NUMBERED = /[\s\u3000]*(?:その\s*[0-9０-９]+|[0-9０-９]{1,2}|[①-⑳]|[(（][0-9０-９]{1,2}[)）])$/;

/**
 * The value beside (else under) the nearest name label on a kinds-down table's header row or above it,
 * not past another table; "empty" where the label names nothing (a form's unused indicator block).
 */
function labelledName(sheet: SheetGrid, profile: Profile | null, h: DownHeader, tableRows: ReadonlySet<number>): Cell | "empty" | null {
  const labels = labelIndex(profile);
  const { cols: nCols } = extent(sheet);
  const firstYear = Math.min(...h.years.map((y) => y.col));
  const isName = (v: CellValue) => typeof v === "string" && v.length <= 24 && headerField(labels, v.replace(NUMBERED, "")) === "name";
  // Only a slot headed 指標名 is an unused block when empty; 成果指標 down the table's side heads it.
  const emptyOr = (r: number, c: number) =>
    EXPLICIT_NAME.test(
      cellText(cellAt(sheet, r, c))
        .normalize("NFKC")
        .replace(/\s+/g, ""),
    )
      ? "empty"
      : null;
  for (let r = h.row; r >= Math.max(sheet.top, h.row - 8) && (r === h.row || !tableRows.has(r)); r--)
    for (let c = sheet.left; c < (r === h.row ? firstYear : nCols); c++) {
      // The label and the name in one cell above the table: 数値目標① 婚姻率, KPI: 電子申請件数.
      const both =
        r < h.row
          ? NAMED_IN_CELL.exec(
              cellText(cellAt(sheet, r, c))
                .normalize("NFKC")
                .trim(),
            )
          : null;
      if (both && headerField(labels, both[1]) === "name") return { ...cellOf(sheet, r, c)!, text: both[2].trim() };
      if (!isName(cellAt(sheet, r, c))) continue;
      // On the header row a label over a column of names: the name is under it (指標名(単位) over 温室効果ガスの総排出量).
      if (r === h.row && h.down) {
        const under = cellOf(sheet, h.down.rows[0][0], c)!;
        if (typeof under.raw === "string" && under.text !== "" && headerField(labels, under.text) === undefined)
          return { ...under, text: under.text.split(/\r?\n/)[0].trim() };
      }
      let passOn = false;
      for (let c2 = c + 1; c2 < nCols; c2++) {
        const cell = cellOf(sheet, r, c2)!;
        if (cell.text === "") continue;
        // 指標名 | H30 | R1: the header's corner, naming the column of kinds; the name is above. 活動指標① | 指標名 |
        // name: the block's heading, the label beside it names the indicator.
        if ((r === h.row && c2 >= firstYear) || isName(cell.raw)) passOn = true;
        else return headerField(labels, cell.text) === undefined && headerYear(cell.raw) === null ? cell : emptyOr(r, c);
        break;
      }
      if (passOn) continue;
      const under = r + 1 < h.row ? cellOf(sheet, r + 1, c)! : null;
      return under && under.text !== "" ? under : emptyOr(r, c);
    }
  return null;
}

/**
 * The name a numbered indicator (①) is listed under elsewhere on the sheet: the cell right of the same
 * number outside the tables (活動指標 | ① | 乳がん検診受診者数 | 人 …).
 */
function listedName(sheet: SheetGrid, numbered: Cell, heading: string, tableRows: ReadonlySet<number>): Cell | null {
  const key = numbered.text.normalize("NFKC");
  const candidates: { cell: Cell; row: number }[] = [];
  forEachRow(sheet, (r, i) => {
    const row = sheet.top + i;
    if (row === numbered.row || tableRows.has(row)) return;
    for (let j = 0; j + 1 < r.length; j++) {
      const v = r[j];
      if (typeof v !== "string" || v.normalize("NFKC").trim() !== key) continue;
      const next = cellOf(sheet, row, sheet.left + j + 1)!;
      if (typeof next.raw === "string" && next.text.length >= 2) candidates.push({ cell: next, row });
    }
  });
  // Of several lists, the one whose row names the table's group (成果指標 for (2) 成果指標値).
  const inHeading = (row: number) =>
    heading !== "" &&
    (sheet.values[row - sheet.top] ?? []).some((v) => {
      const t = typeof v === "string" ? v.normalize("NFKC").replace(/\s+/g, "") : "";
      return t.length >= 2 && t !== key && heading.includes(t);
    });
  return (candidates.find((c) => inHeading(c.row)) ?? candidates[0])?.cell ?? null;
}

/** The group a numbered block belongs to: the nearest text left of its number, at or above its row ((2) 成果指標値). */
function headingOf(sheet: SheetGrid, numbered: Cell): string {
  for (let r = numbered.row; r >= Math.max(sheet.top, numbered.row - 8); r--)
    for (let c = numbered.col - 1; c >= sheet.left; c--) {
      const v = cellAt(sheet, r, c);
      if (typeof v === "string" && v.trim() !== "") return v.normalize("NFKC").replace(/\s+/g, "");
    }
  return "";
}

const NAMED_IN_CELL = /^[【[(]?(\S{1,10}?)\s*(?:[①-⑳]|\d{1,2}|[:：])[】\])]?\s*(\S.{1,60})$/;

const EXPLICIT_NAME = /^(?:(?:成果|活動)?指標名|指標名称|KPI名|指標)$/i;

/**
 * The value right of a label on the row of a labelled name: its unit (指標名 | チャリロト会員登録数 | 単位 | 人) or
 * its final target (成果指標名 | 福祉ボランティアグループの数 | 令和5年度目標値 | 23).
 */
function besideName(sheet: SheetGrid, profile: Profile | null, name: Cell, field: "unit" | "target"): Cell | null {
  const labels = labelIndex(profile);
  const { cols: nCols } = extent(sheet);
  for (let c = name.col + 1; c + 1 < nCols; c++) {
    const v = cellAt(sheet, name.row, c);
    if (typeof v !== "string" || v.length > 12) continue;
    if (headerField(labels, v) !== field && !(field === "target" && isYearNamedTarget(labels, v))) continue;
    for (let c2 = c + 1; c2 < nCols; c2++) {
      const cell = cellOf(sheet, name.row, c2)!;
      if (cell.text.trim() !== "") return cell.text.trim().length <= 12 ? cell : null;
    }
    return null;
  }
  return null;
}

/**
 * Unlabelled, the name on the row right over the table's header with its unit beside it (那覇市: 入場者数 | 単 位 | 人
 * over 年度 | 基準年度 | H13年度 …): the row's first text, the next cell a 単位 label.
 */
function nameOverHeader(sheet: SheetGrid, profile: Profile | null, h: DownHeader): Cell | null {
  const labels = labelIndex(profile);
  const { cols: nCols } = extent(sheet);
  const r = h.row - 1;
  if (r < sheet.top) return null;
  const texts: Cell[] = [];
  for (let c = sheet.left; c < nCols && texts.length < 2; c++) {
    const cell = cellOf(sheet, r, c)!;
    if (cell.text !== "") texts.push(cell);
  }
  const [name, unit] = texts;
  if (!name || !unit || typeof name.raw !== "string" || name.text.length > 40 || headerField(labels, name.text) !== undefined) return null;
  return headerField(labels, unit.text.replace(/\s+/g, "")) === "unit" ? name : null;
}

/**
 * The columns left of the kinds that the table's header row heads (指標説明 | 単位 | 指標種類 | 指標数値 over
 * each indicator's rows, 枚方市), with the row above where the header takes two: a field's column, the first one met.
 * None unless one heads the names: a header without (項目[単位] | 基準値 | H27 …) heads the names' column with another word.
 */
function headedLeft(
  sheet: SheetGrid,
  labels: Map<string, IndicatorField>,
  headerRow: number,
  labelCol: number,
): Map<IndicatorField, number> {
  // The header's row, else with the row above it (施策の評価指標 | 基準値 | 年度 over the years, 高根沢町).
  for (const rows of [[headerRow], [headerRow, headerRow - 1]]) {
    const out = new Map<IndicatorField, number>();
    for (let c = sheet.left; c < labelCol; c++)
      for (const r of rows) {
        const f = r < sheet.top ? undefined : headerField(labels, cellText(cellAt(sheet, r, c)));
        if (f === undefined) continue;
        if (!out.has(f)) out.set(f, c);
        break;
      }
    if (out.has("name")) return out;
  }
  return new Map();
}

/**
 * The name left of the kinds on their first row: under a column headed as names, else unlabelled, the
 * nearest text that no header calls something else (農業産出額 | 期待値 | …).
 */
function nameLeftOfKinds(
  sheet: SheetGrid,
  profile: Profile | null,
  row: number,
  labelCol: number,
  headed: Map<IndicatorField, number>,
): Cell | null {
  const labels = labelIndex(profile);
  const firstLine = (cell: Cell): Cell => ({ ...cell, text: cell.text.split(/\r?\n/)[0].trim() });
  const named = headed.get("name");
  if (named !== undefined) {
    const cell = cellOf(sheet, row, named)!;
    if (typeof cell.raw === "string" && cell.text !== "") return firstLine(cell);
  }
  const otherwise = new Set([...headed].filter(([f]) => f !== "name").map(([, c]) => c));
  // Nearest the kinds first: (1) 活動指標値 | ① | 目標値 names ①.
  for (let c = labelCol - 1; c >= sheet.left; c--) {
    if (otherwise.has(c)) continue;
    const cell = cellOf(sheet, row, c)!;
    if (
      typeof cell.raw === "string" &&
      cell.text !== "" &&
      headerField(labels, cell.text) === undefined &&
      !/^[(（].*[)）]$/.test(cell.text)
    )
      // Its first line: the lines under it note the source (出典: …).
      return firstLine(cell);
  }
  return null;
}

/** A unit written in the header's corner: [単位] 億円. */
function unitInHeader(sheet: SheetGrid, row: number, before: number): string | null {
  for (let c = sheet.left; c <= before; c++) {
    const m = /^[[［【]\s*単位\s*[\]］】]\s*(.{1,12})$/.exec(cellText(cellAt(sheet, row, c)).trim());
    if (m) return m[1].trim();
  }
  return null;
}

/** One indicator whose kinds of figure run down the rows under the years; its name labelled above it, else the sheet's. */
function readDown(
  sheet: SheetGrid,
  profile: Profile | null,
  h: DownHeader,
  down: DownRows,
  tableRows: ReadonlySet<number>,
  plan: { start: number | null; years: number | null },
  several = false,
): IndicatorRead | null {
  const rowOf = (kind: Kind) => down.rows.find(([, k]) => k === kind)?.[0];
  const targetRow = rowOf("yearTarget");
  // A column outside the years (従前値, 目標値) holds its figure on one of the rows: the target's own row first.
  const figureIn = (col: number | undefined, first?: number): Cell | null => {
    const order = [...(first === undefined ? [] : [first]), ...down.rows.map(([r]) => r)];
    for (const r of order) {
      const cell = cellOf(sheet, r, col);
      if (isFigure(cell)) return cell;
    }
    return null;
  };
  // A year's kind from its header's note, for one row of figures.
  const noted = (kind: Kind) => h.years.filter((y) => y.kinds.get(y.col) === kind).map((y) => cellOf(sheet, down.rows[0][0], y.col));
  const baselineCell = figureIn(h.cols.baseline) ?? noted("baseline")[0] ?? null;
  const baseline = quantityOf(baselineCell);
  // Else the plan's last year's target is its final one (…30年度 | 総合計画記載 31年度).
  const lastTarget = [...h.years]
    .reverse()
    .map((y) => (targetRow === undefined ? null : cellOf(sheet, targetRow, y.col)))
    .find((c) => isFigure(c));
  // Several indicators in one table are each named on their own first row (① → the 指標名 listed for ①).
  const labelled = several ? null : (labelledName(sheet, profile, h, tableRows) ?? nameOverHeader(sheet, profile, h));
  if (labelled === "empty") return null;
  const above = labelled && labelled.row < h.row ? labelled : null;
  const besideTarget = above && besideName(sheet, profile, above, "target");
  const targetCell =
    figureIn(h.cols.target, targetRow) ?? (isFigure(besideTarget) ? besideTarget : null) ?? noted("yearTarget").pop() ?? lastTarget ?? null;
  const target = quantityOf(targetCell);
  const headed = headedLeft(sheet, labelIndex(profile), h.row, down.labelCol);
  const unitCol = h.cols.unit ?? headed.get("unit");
  const unit =
    // (A figure under a 単位 label that heads a year's column too, 単位: | 人 beside it, is that year's, not a unit.)
    down.rows
      .map(([r]) => cellOf(sheet, r, unitCol))
      .map((c) => (c && !isFigure(c) ? c.text : ""))
      .find((t) => t !== "") ??
    unitInHeader(sheet, h.row, h.nameCol) ??
    (above ? besideName(sheet, profile, above, "unit")?.text : null) ??
    unitWritten(targetCell) ??
    unitWritten(baselineCell) ??
    "";
  const left = nameLeftOfKinds(sheet, profile, down.rows[0][0], down.labelCol, headed);
  const name = labelled ??
    (left && ENUMERATOR.test(left.text) ? (listedName(sheet, left, headingOf(sheet, left), tableRows) ?? left) : left) ?? {
      ...cellOf(sheet, h.row, h.nameCol)!,
      text: sheet.name,
    };
  const ind: IndicatorRead = {
    sheet: sheet.name,
    number: null,
    name: name.text,
    unit,
    direction: directionOf(
      h.lowerHint,
      `${targetCell?.text ?? ""} ${cellOf(sheet, down.rows[0][0], h.cols.direction ?? headed.get("direction"))?.text ?? ""}`,
      baseline,
      target,
      profile,
      name.text,
    ),
    baseline,
    // With a row of the years' targets, a year left without one has none (not the final one).
    target: targetRow === undefined ? target : null,
    cell: name.cell,
    years: [],
  };
  const at = (kind: Kind, col: number): Cell | null => {
    const r = rowOf(kind);
    const cell = r === undefined ? null : cellOf(sheet, r, col);
    return cell && !isDash(cell.text) ? cell : null;
  };
  for (const y of h.years) {
    const kind = y.kinds.get(y.col);
    if (kind === "baseline") continue;
    const actual = kind === "yearTarget" ? null : at("actual", y.col);
    const yearTarget = kind === "yearTarget" ? quantityOf(at("actual", y.col)) : quantityOf(at("yearTarget", y.col));
    const achievement = at("achievement", y.col);
    const grade = at("grade", y.col);
    if (![actual, achievement, grade].some((c) => c !== null && c.text !== "") && yearTarget === null) continue;
    const first = actual ?? cellOf(sheet, h.row, y.col)!;
    ind.years.push(
      yearFigures(ind, profile, y.fiscalYear, { actual, yearTarget, achievement, grade, first: first.cell, row: first.row }, plan),
    );
  }
  ind.target = target;
  // Words under the years and no figure anywhere (実績 | 端末を調達した | 導入は翌年度に延びた): an account of the
  // years, not an indicator.
  const figure =
    baseline !== null || target !== null || ind.years.some((y) => y.actual !== null || y.target !== null || y.statedAchievement !== null);
  const words = down.rows.some(([r]) =>
    h.years.some((y) => {
      const c = cellOf(sheet, r, y.col);
      return c !== null && c.text.trim() !== "" && !isFigure(c) && !isDash(c.text);
    }),
  );
  if (!figure && words && !ind.years.some((y) => y.statedGrade !== null)) return null;
  // Nor is a table left empty under no name of its own (郡山市's 成果指標2 | 計画値 | 実績値, all blank): an unused slot.
  if (!figure && labelled === null && left === null) return null;
  // A numbered block left all dashes is an unused slot of the form.
  if (several && ind.years.length === 0 && baseline === null && target === null) return null;
  return ind;
}
