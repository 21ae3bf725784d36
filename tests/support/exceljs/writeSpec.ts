/**
 * A SheetSpec written as an ExcelJS worksheet: values, number formats, fonts, fills, borders, alignment,
 * merges, widths, heights, frozen panes, links, Excel tables, conditional formats and print setup.
 *
 * Charts are skipped: ExcelJS cannot write them. The 年度別 tab still carries its table, and a chart
 * appears when the add-in (Office.js) writes the same spec inside Excel.
 */
import type ExcelJS from "exceljs";
import { parseA1, parseRange, toA1 } from "../../../src/core/model/address";
import { cellText } from "../../../src/core/model/grid";
import type { CellValue } from "../../../src/core/model/grid";
import type { CellSpec, ConditionalFormat, SheetSpec } from "../../../src/core/model/sheetSpec";
import { cellReference } from "../../../src/core/workbook/references";
import { dataBarBounds, LINK_COLOUR, printPolicy, rgbHex } from "../../../src/core/workbook/style";
import { freeTableName } from "../../../src/core/workbook/tableNames";
import { setMarker, definedNameList } from "./markers";

/** ExcelJS's paper-size code of A4. */
const PAPER = { A4: 9 } as const;

function argb(hex: string): string {
  const h = hex.replace(/^#/, "").toUpperCase();
  return h.length === 8 ? h : `FF${rgbHex(h)}`;
}

/** In-workbook link as Excel's hyperlink address. `$` keeps ExcelJS from also writing a `location` with the `#`. */
export function internalLink(sheet: string, cell: string): string {
  return `#${cellReference(sheet, cell, { absolute: true })}`;
}

/** Final names of the sheets written in the same call, by the name their spec asked for (links follow renames). */
export type FinalName = (wanted: string) => string;
const sameName: FinalName = (wanted) => wanted;

function writeValue(cell: ExcelJS.Cell, spec: CellSpec, finalName: FinalName): void {
  const value: CellValue = spec.value === "" ? null : spec.value;
  if (spec.link) {
    const hyperlink = "url" in spec.link ? spec.link.url : internalLink(finalName(spec.link.sheet), spec.link.cell);
    const text = value === null ? ("url" in spec.link ? spec.link.url : spec.link.sheet) : cellText(value);
    cell.value = { text, hyperlink };
  } else {
    cell.value = value;
  }
}

function writeStyle(cell: ExcelJS.Cell, spec: CellSpec): void {
  if (spec.numFmt) cell.numFmt = spec.numFmt;
  if (spec.link) cell.font = { bold: spec.bold || undefined, color: { argb: argb(LINK_COLOUR) }, underline: true };
  else if (spec.bold) cell.font = { bold: true };
  if (spec.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(spec.fill) } };
  if (spec.border) {
    const thin: Partial<ExcelJS.Border> = { style: "thin" };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (spec.wrap || spec.align || spec.vAlign) {
    const alignment: Partial<ExcelJS.Alignment> = {};
    if (spec.wrap) alignment.wrapText = true;
    if (spec.align) alignment.horizontal = spec.align;
    if (spec.vAlign) alignment.vertical = spec.vAlign;
    cell.alignment = alignment;
  }
}

/** Upper-cased names of the workbook's tables and defined names: a new table's name must differ from all. */
function takenNames(wb: ExcelJS.Workbook): Set<string> {
  const taken = new Set<string>();
  for (const ws of wb.worksheets) {
    const tables = (ws as unknown as { tables?: Record<string, unknown> }).tables ?? {};
    for (const t of Object.keys(tables)) taken.add(t.toUpperCase());
  }
  for (const n of definedNameList(wb)) taken.add(n.toUpperCase());
  return taken;
}

function addTables(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  for (const t of spec.tables) {
    const { row, col } = parseA1(t.ref);
    const rows: CellValue[][] = [];
    for (let i = 1; i <= t.rows; i++) {
      const line = spec.rows[row + i] ?? [];
      rows.push(
        t.columns.map((_, j) => {
          const v = line[col + j]?.value ?? null;
          return v === "" ? null : v;
        }),
      );
    }
    // Excel wants at least one data row under the header.
    if (rows.length === 0) rows.push(t.columns.map(() => null));
    ws.addTable({
      name: freeTableName(t.name, takenNames(ws.workbook)),
      ref: toA1(row, col),
      headerRow: true,
      totalsRow: false,
      style: { theme: t.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
      columns: t.columns.map((name) => ({ name, filterButton: true })),
      rows,
    });
  }
}

function textFormula(ref: string, text: string): string {
  const first = ref.split(/[ ,]/)[0];
  const { top, left } = parseRange(first);
  // SEARCH treats ? * ~ as wildcards; a literal needs ~ before it.
  const literal = text.replace(/[~?*]/g, "~$&").replace(/"/g, '""');
  return `NOT(ISERROR(SEARCH("${literal}",${toA1(top, left)})))`;
}

function dataBarCfvo(cf: Extract<ConditionalFormat, { type: "dataBar" }>) {
  const { min, max } = dataBarBounds(cf);
  return [{ type: "num", value: min }, max === null ? { type: "max" } : { type: "num", value: max }];
}

function addConditionalFormats(ws: ExcelJS.Worksheet, formats: ConditionalFormat[]): void {
  for (const cf of formats) {
    if (cf.type === "textContains") {
      const fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(cf.fill) }, bgColor: { argb: argb(cf.fill) } } as const;
      // An expression rule with the formula Excel itself writes for "text contains": ExcelJS drops the
      // operator and text attributes of a containsText rule, which other readers then ignore.
      ws.addConditionalFormatting({
        ref: cf.ref,
        rules: [
          {
            type: "expression",
            formulae: [textFormula(cf.ref, cf.text)],
            priority: 0,
            style: cf.font ? { fill, font: { color: { argb: argb(cf.font) } } } : { fill },
          },
        ],
      });
    } else {
      ws.addConditionalFormatting({
        ref: cf.ref,
        rules: [
          {
            type: "dataBar",
            priority: 0,
            gradient: false,
            cfvo: dataBarCfvo(cf),
            color: { argb: argb(cf.color) },
          } as unknown as ExcelJS.DataBarRuleType,
        ],
      });
    }
  }
}

/**
 * Adds the spec as a new worksheet called `name` (the caller picks a free name: see writeSheets). A
 * summary tab also gets its marker, `Shinchoku_<role>` → A1.
 */
export function addSheetFromSpec(wb: ExcelJS.Workbook, spec: SheetSpec, name: string, finalName: FinalName = sameName): ExcelJS.Worksheet {
  // A hidden spec (the store of answered findings) is Shinchoku's data, not a tab to read.
  const ws = wb.addWorksheet(name, spec.hidden ? { state: "hidden" } : undefined);

  spec.columnWidths.forEach((w, i) => {
    if (w > 0) ws.getColumn(i + 1).width = w;
  });

  // Tables write their header and data values themselves; the cells below then add links and styles.
  addTables(ws, spec);

  spec.rows.forEach((line, r) => {
    line.forEach((cellSpec, c) => {
      if (!cellSpec) return;
      const cell = ws.getCell(r + 1, c + 1);
      writeValue(cell, cellSpec, finalName);
      writeStyle(cell, cellSpec);
    });
  });

  // After the cells: a merge gives the anchor's style to the whole area, so borders outline it.
  for (const m of spec.merges) ws.mergeCells(m);

  // rowHeights is keyed by Excel's 1-based row number ("9" is row 9), in points.
  for (const [row, height] of Object.entries(spec.rowHeights)) {
    const n = Number(row);
    if (Number.isInteger(n) && n >= 1 && height > 0) ws.getRow(n).height = height;
  }

  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.cols > 0)) {
    ws.views = [
      {
        state: "frozen",
        xSplit: spec.freeze.cols,
        ySplit: spec.freeze.rows,
        topLeftCell: toA1(spec.freeze.rows, spec.freeze.cols),
      },
    ];
  }

  addConditionalFormats(ws, spec.conditionalFormats);

  const print = printPolicy(spec);
  if (print) {
    ws.pageSetup.paperSize = PAPER[print.paper];
    ws.pageSetup.orientation = print.orientation;
    if (print.fitToWidth !== null) {
      ws.pageSetup.fitToPage = true;
      ws.pageSetup.fitToWidth = print.fitToWidth;
      ws.pageSetup.fitToHeight = print.fitToHeight ?? 0;
    }
    ws.pageSetup.horizontalCentered = print.centeredHorizontally;
    ws.pageSetup.margins = print.margins;
  }

  if (spec.role !== "measure") setMarker(wb, ws.name, spec.role);
  return ws;
}
