/**
 * One SheetSpec queued onto an Excel worksheet: values as one 2D array, formats by range (cells with the
 * same formatting are grouped into rectangles, so a 500-row table costs a handful of calls, not 500),
 * merges, widths, heights, links, tables, conditional formats, frozen panes, a chart, print setup.
 * Nothing here syncs on its own: writeSheets.ts sends all sheets in one batch, and hands in a RequestBudget
 * that syncs between row blocks only when the batch would pass Excel on the web's request cap.
 */
import { columnLetters, parseA1, rangeA1, toA1 } from "../core/model/address";
import { cellText } from "../core/model/grid";
import type { CellSpec, ConditionalFormat, SheetSpec } from "../core/model/sheetSpec";
import { headerFooterParts } from "../core/produce/headerFooter";
import { cellReference } from "../core/workbook/references";
import { freeTableName } from "../core/workbook/tableNames";
import { dataBarBounds, fitScale, LINK_COLOUR, needsLightText, printPolicy, rgbHex } from "../core/workbook/style";
import { toExcelInput, type ExcelInput } from "./cellInput";
import { ACTION_REQUEST_BYTES, jsonBytes, reserve, type RequestBudget } from "./payload";
import type { Supports } from "./requirements";

/**
 * Frozen panes go with the rest of a sheet from ExcelApi 1.9; on older hosts (Office 2019) freezePanes may
 * fail with GeneralException (office-js #2196), so writeSheets.ts freezes there after the sheets are in place.
 */
export const FREEZE_IN_BATCH_SET: [string, string] = ["ExcelApi", "1.9"];

export function queueFreeze(ws: Excel.Worksheet, spec: SheetSpec): void {
  if (!spec.freeze) return;
  const { rows, cols } = spec.freeze;
  if (rows > 0 && cols > 0) ws.freezePanes.freezeAt(ws.getRange(rangeA1(0, 0, rows - 1, cols - 1)));
  else if (rows > 0) ws.freezePanes.freezeRows(rows);
  else if (cols > 0) ws.freezePanes.freezeColumns(cols);
}

/** Page layout (orientation, fit to page) needs ExcelApi 1.9. */
export const PAGE_LAYOUT_SET: [string, string] = ["ExcelApi", "1.9"];

export interface CellStyle {
  bold?: boolean;
  wrap?: boolean;
  fill?: string;
  fontColour?: string;
  underline?: boolean;
  border?: boolean;
  align?: "left" | "center" | "right";
  vAlign?: "top" | "middle" | "bottom";
}

export interface StyleRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
  style: CellStyle;
}

/** `DDEBF7` / `#ddebf7` → `#DDEBF7`, as Office.js takes colours. */
export function hexColour(hex: string): string {
  return `#${rgbHex(hex)}`;
}

export function cellStyle(cell: CellSpec): CellStyle {
  const s: CellStyle = {};
  if (cell.bold) s.bold = true;
  if (cell.wrap) s.wrap = true;
  if (cell.fill) s.fill = hexColour(cell.fill);
  if (cell.fill && needsLightText(cell.fill)) s.fontColour = "#FFFFFF";
  else if (cell.link) s.fontColour = hexColour(LINK_COLOUR);
  if (cell.link) s.underline = true;
  if (cell.border) s.border = true;
  if (cell.align) s.align = cell.align;
  if (cell.vAlign) s.vAlign = cell.vAlign;
  return s;
}

/** Cells of equal style as rectangles: runs along each row, stacked down while the runs above match. */
export function styleRects(rows: (CellSpec | null)[][]): StyleRect[] {
  const done: StyleRect[] = [];
  let open = new Map<string, StyleRect>();
  rows.forEach((line, r) => {
    const next = new Map<string, StyleRect>();
    let c = 0;
    while (c < line.length) {
      const cell = line[c];
      const style = cell ? cellStyle(cell) : {};
      const key = JSON.stringify(style);
      let end = c;
      while (end + 1 < line.length && JSON.stringify(line[end + 1] ? cellStyle(line[end + 1] as CellSpec) : {}) === key) end++;
      if (key !== "{}") {
        const id = `${c}:${end}:${key}`;
        const above = open.get(id);
        if (above) {
          above.bottom = r;
          next.set(id, above);
          open.delete(id);
        } else next.set(id, { top: r, left: c, bottom: r, right: end, style });
      }
      c = end + 1;
    }
    for (const rect of open.values()) done.push(rect);
    open = next;
  });
  for (const rect of open.values()) done.push(rect);
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

export function sheetWidth(rows: (CellSpec | null)[][]): number {
  return rows.reduce((w, line) => Math.max(w, line.length), 0);
}

/** The values as one rectangular 2D array (empty cells as ""). */
export function valuesMatrix(rows: (CellSpec | null)[][]): ExcelInput[][] {
  const width = sheetWidth(rows);
  return rows.map((line) => {
    const out: ExcelInput[] = [];
    for (let c = 0; c < width; c++) {
      const cell = line[c];
      out.push(cell ? toExcelInput(cell.value) : "");
    }
    return out;
  });
}

/** Number formats as one 2D array, or null when every cell keeps General. */
export function numberFormatMatrix(rows: (CellSpec | null)[][]): string[][] | null {
  const width = sheetWidth(rows);
  let any = false;
  const out = rows.map((line) => {
    const row: string[] = [];
    for (let c = 0; c < width; c++) {
      const f = line[c]?.numFmt;
      if (f) any = true;
      row.push(f ?? "General");
    }
    return row;
  });
  return any ? out : null;
}

/** Excel's column width is in characters of the default font (7 px wide + 5 px padding); Office.js wants points. */
export function columnWidthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

function applyStyle(range: Excel.Range, rect: StyleRect): void {
  const { style } = rect;
  const format = range.format;
  if (style.bold) format.font.bold = true;
  if (style.fontColour) format.font.color = style.fontColour;
  if (style.underline) format.font.underline = "Single";
  if (style.wrap) format.wrapText = true;
  if (style.fill) format.fill.color = style.fill;
  if (style.align) format.horizontalAlignment = H_ALIGN[style.align];
  if (style.vAlign) format.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.border) {
    const edges: ("EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal")[] = [
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
    ];
    // Inside borders only where there is an inside: a one-column range has no vertical one.
    if (rect.right > rect.left) edges.push("InsideVertical");
    if (rect.bottom > rect.top) edges.push("InsideHorizontal");
    for (const edge of edges) format.borders.getItem(edge).style = "Continuous";
  }
}

function addConditionalFormat(ws: Excel.Worksheet, cf: ConditionalFormat): void {
  const range = ws.getRange(cf.ref);
  if (cf.type === "textContains") {
    const f = range.conditionalFormats.add("ContainsText");
    f.textComparison.format.fill.color = hexColour(cf.fill);
    if (cf.font) f.textComparison.format.font.color = hexColour(cf.font);
    f.textComparison.rule = { operator: "Contains", text: cf.text };
  } else {
    const f = range.conditionalFormats.add("DataBar");
    f.dataBar.positiveFormat.fillColor = hexColour(cf.color);
    f.dataBar.positiveFormat.gradientFill = false;
    const { min, max } = dataBarBounds(cf);
    if (max !== null) {
      f.dataBar.lowerBoundRule = { type: "Number", formula: String(min) };
      f.dataBar.upperBoundRule = { type: "Number", formula: String(max) };
    }
  }
}

/** Request bytes of everything but the values, number formats and links: one envelope per action. */
export function decorRequestBytes(spec: SheetSpec): number {
  // Row heights are not counted here: they are reserved run by run (rowHeightRuns), as links are.
  let actions = 4 + spec.columnWidths.length + spec.merges.length * 2;
  actions += styleRects(spec.rows).length * 16 + spec.tables.length * 4 + spec.conditionalFormats.length * 8;
  actions += spec.charts.length * 6 + (spec.freeze ? 2 : 0) + (spec.print ? 12 : 0);
  return actions * ACTION_REQUEST_BYTES;
}

/** One run of rows: the range, its format and the property set, each an action with its object path. */
const ROW_HEIGHT_REQUEST_BYTES = 3 * ACTION_REQUEST_BYTES;

/** Consecutive rows (1-based, as rowHeights keys them) of the same height, as runs. */
export function rowHeightRuns(rowHeights: Record<string, number>): { first: number; last: number; height: number }[] {
  const rows = Object.entries(rowHeights)
    .map(([row, h]) => ({ n: Number(row), h }))
    .filter((r) => Number.isInteger(r.n) && r.n >= 1 && r.h > 0)
    .sort((a, b) => a.n - b.n);
  const runs: { first: number; last: number; height: number }[] = [];
  for (const r of rows) {
    const last = runs[runs.length - 1];
    if (last && last.last === r.n - 1 && last.height === r.h) last.last = r.n;
    else runs.push({ first: r.n, last: r.n, height: r.h });
  }
  return runs;
}

/** Request bytes of one hyperlink: the cell's range, the property set, the link and its text. */
export function linkRequestBytes(cell: CellSpec): number {
  return 2 * ACTION_REQUEST_BYTES + jsonBytes(cell.link ?? null) + jsonBytes(cell.value) + 48;
}

export interface QueueSpecOptions {
  supports: Supports;
  /** Final names of sheets written in the same call, by the name their spec asked for (links follow renames). */
  finalName: (wanted: string) => string;
  /** Upper-cased table and defined names already in use; names given here are added to it. */
  takenNames: Set<string>;
  /** When given, the values go in row blocks that each fit the request being queued (syncing between). */
  budget?: RequestBudget;
  /**
   * Print at a computed scale instead of "fit to pages": Excel on Windows silently drops a fit set while its
   * Page Layout tab is not shown (office-js #1860); a scale is kept.
   */
  fitByScale?: boolean;
}

/**
 * Values (and number formats) in row blocks: each block takes what room the current request has left, so a
 * big tab spreads over ⌈bytes / budget⌉ requests and a small one stays a single block.
 */
async function queueValues(ws: Excel.Worksheet, spec: SheetSpec, width: number, budget: RequestBudget | undefined): Promise<void> {
  const height = spec.rows.length;
  const formats = numberFormatMatrix(spec.rows);
  const values = valuesMatrix(spec.rows);
  const rowBytes = values.map((row, r) => jsonBytes(row) + 1 + (formats ? jsonBytes(formats[r]) + 1 : 0));
  const overhead = (formats ? 2 : 1) * ACTION_REQUEST_BYTES * 2;
  let start = 0;
  while (start < height) {
    let end = start;
    let bytes = overhead;
    if (budget) {
      if (budget.room() < overhead + rowBytes[start] && !budget.empty()) await budget.flush();
      const room = budget.room();
      // At least one row, however long: a lone row over the budget goes alone and the host decides.
      do bytes += rowBytes[end++];
      while (end < height && bytes + rowBytes[end] <= room);
      budget.take(bytes);
    } else end = height;
    const block = ws.getRange(rangeA1(start, 0, end - 1, width - 1));
    // Formats before values, so a value typed into a text cell is not reinterpreted.
    if (formats) block.numberFormat = formats.slice(start, end);
    block.values = values.slice(start, end);
    start = end;
  }
}

export async function queueSheetSpec(ws: Excel.Worksheet, spec: SheetSpec, options: QueueSpecOptions): Promise<void> {
  const width = sheetWidth(spec.rows);
  const height = spec.rows.length;

  if (width > 0 && height > 0) await queueValues(ws, spec, width, options.budget);
  // Everything else goes in one request, after all the values (tables take their headers from the cells).
  await reserve(options.budget, decorRequestBytes(spec));

  spec.columnWidths.forEach((w, i) => {
    if (w > 0) ws.getRange(`${columnLetters(i)}:${columnLetters(i)}`).format.columnWidth = columnWidthPoints(w);
  });
  // A findings tab fits thousands of rows to their text: each run of equal heights is one range, and each
  // takes its room in the request like a link does, so no request passes the cap however long the tab.
  for (const run of rowHeightRuns(spec.rowHeights)) {
    await reserve(options.budget, ROW_HEIGHT_REQUEST_BYTES);
    ws.getRange(`${run.first}:${run.last}`).format.rowHeight = run.height;
  }

  if (width > 0 && height > 0) {
    for (const rect of styleRects(spec.rows)) applyStyle(ws.getRange(rangeA1(rect.top, rect.left, rect.bottom, rect.right)), rect);
  }

  // Links one by one into the room left: the findings tab has one per row, thousands at a time.
  for (const [r, line] of spec.rows.entries())
    for (const [c, cell] of line.entries()) {
      if (!cell?.link) continue;
      await reserve(options.budget, linkRequestBytes(cell));
      const text = cell.value === null || cell.value === "" ? ("url" in cell.link ? cell.link.url : cell.link.sheet) : cellText(cell.value);
      ws.getRange(toA1(r, c)).hyperlink =
        "url" in cell.link
          ? { address: cell.link.url, textToDisplay: text }
          : { documentReference: cellReference(options.finalName(cell.link.sheet), cell.link.cell), textToDisplay: text };
    }

  for (const m of spec.merges) ws.getRange(m).merge(false);

  for (const tb of spec.tables) {
    const { row, col } = parseA1(tb.ref);
    const table = ws.tables.add(rangeA1(row, col, row + Math.max(tb.rows, 1), col + tb.columns.length - 1), true);
    table.name = freeTableName(tb.name, options.takenNames);
    table.style = tb.style;
  }

  for (const cf of spec.conditionalFormats) addConditionalFormat(ws, cf);

  if (options.supports(...FREEZE_IN_BATCH_SET)) queueFreeze(ws, spec);

  for (const ch of spec.charts) {
    const chart = ws.charts.add(ch.type === "columnStacked" ? "ColumnStacked" : "ColumnClustered", ws.getRange(ch.dataRef), "Columns");
    chart.title.text = ch.title;
    const at = parseA1(ch.anchor);
    chart.setPosition(toA1(at.row, at.col), toA1(at.row + 15, at.col + 8));
  }

  const print = printPolicy(spec);
  if (print && options.supports(...PAGE_LAYOUT_SET)) {
    ws.pageLayout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
    ws.pageLayout.paperSize = print.paper;
    ws.pageLayout.centerHorizontally = print.centeredHorizontally;
    // The header rows repeat on every printed page, as the .xlsx writer's Print_Titles name does.
    const titleRows = spec.print?.titleRows ?? 0;
    if (titleRows > 0) ws.pageLayout.setPrintTitleRows(`$1:$${titleRows}`);
    if (print.fitToWidth !== null)
      ws.pageLayout.zoom = options.fitByScale
        ? { scale: fitScale(spec, print) }
        : print.fitToHeight
          ? { horizontalFitToPages: print.fitToWidth, verticalFitToPages: print.fitToHeight }
          : { horizontalFitToPages: print.fitToWidth };
    // Page header and footer (plan, tab, date, page x / y), as the .xlsx writer puts them.
    if (spec.print?.header || spec.print?.footer) {
      const pages = ws.pageLayout.headersFooters.defaultForAllPages;
      const h = headerFooterParts(spec.print.header);
      const f = headerFooterParts(spec.print.footer);
      pages.leftHeader = h.left;
      pages.centerHeader = h.center;
      pages.rightHeader = h.right;
      pages.leftFooter = f.left;
      pages.centerFooter = f.center;
      pages.rightFooter = f.right;
    }
  }
}
