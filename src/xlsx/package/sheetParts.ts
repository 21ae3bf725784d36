/**
 * A SheetSpec as new package parts: the worksheet XML (cells inline, styles by index, merges, widths,
 * heights, frozen panes, links, conditional formats, print setup with header and footer), its tables and,
 * for a chart, a drawing and a DrawingML chart. Pure text building; the caller registers the parts.
 */
import { columnLetters, parseRange, toA1 } from "../../core/model/address";
import { cellReference } from "../../core/workbook/references";
import { LINK_COLOUR, printPolicy } from "../../core/workbook/style";

/** Excel's paper size code for A4. */
const A4 = 9;
import type { CellValue } from "../../core/model/grid";
import type { CellSpec, SheetSpec } from "../../core/model/sheetSpec";
import { dxfKey, type DxfRequest, type XfRequest } from "./styles";
import { escapeAttr, escapeText, excelEscape } from "./xml";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The font every cell of a generated tab is written in: named, so no host falls back to a serif face. */
export const SHEET_FONT = { name: "游ゴシック", size: 11 };

export function xfRequest(c: CellSpec): XfRequest {
  const font = c.link
    ? { ...SHEET_FONT, bold: c.bold || undefined, color: LINK_COLOUR, underline: true }
    : { ...SHEET_FONT, bold: c.bold || undefined };
  return { font, fill: c.fill, border: c.border, numFmt: c.numFmt, align: c.align, vAlign: c.vAlign, wrap: c.wrap };
}

export function dxfRequests(spec: SheetSpec): DxfRequest[] {
  const out: DxfRequest[] = [];
  for (const cf of spec.conditionalFormats) if (cf.type === "textContains") out.push({ fill: cf.fill, font: cf.font });
  return out;
}

/**
 * The key of a cell's format, the same string as xfKey(xfRequest(c)) without building the request: a
 * summary of 1,400 sheets writes some 100,000 cells, and their formats are a dozen.
 */
export function cellXfKey(c: CellSpec): string {
  // Each cell's format as one number from small ids of its parts; the key string is built once per number
  // (building it for each of a million cells took a second of a summary of 14,000 sheets).
  const flags = (c.bold ? 1 : 0) + (c.link ? 2 : 0) + (c.border ? 4 : 0) + (c.wrap ? 8 : 0);
  const ids = [idOf(c.align), idOf(c.vAlign), idOf(c.fill), idOf(c.numFmt)];
  // Ids below the radix make the number unique to the format (past it, the key is built each time).
  if (ids.some((id) => id >= RADIX)) return formatKey(c);
  const signature = flags + 16 * (ids[0] + RADIX * (ids[1] + RADIX * (ids[2] + RADIX * ids[3])));
  let key = keyBySignature.get(signature);
  if (key === undefined) keyBySignature.set(signature, (key = formatKey(c)));
  return key;
}

function formatKey(c: CellSpec): string {
  const link = c.link ? 1 : 0;
  return `${SHEET_FONT.name}|${SHEET_FONT.size}|${c.bold ? 1 : 0}|${link}|${link ? LINK_COLOUR : ""}|${c.fill ?? ""}|${c.border ? 1 : 0}|${c.numFmt ?? ""}|${c.align ?? ""}|${c.vAlign ?? ""}|${c.wrap ? 1 : 0}`;
}

const RADIX = 1024;

const keyBySignature = new Map<number, string>();
/** Small ids for the strings of a format (fills, number formats, alignments): 0 for none. */
const partIds = new Map<string, number>();
function idOf(part: string | undefined): number {
  if (part === undefined) return 0;
  let id = partIds.get(part);
  if (id === undefined) partIds.set(part, (id = partIds.size + 1));
  return id;
}

/** Each distinct format the spec's cells ask for, once. */
export function xfRequests(spec: SheetSpec): XfRequest[] {
  const seen = new Map<string, XfRequest>();
  for (const line of spec.rows)
    for (const c of line) {
      if (!c) continue;
      const key = cellXfKey(c);
      if (!seen.has(key)) seen.set(key, xfRequest(c));
    }
  return [...seen.values()];
}

function cellXml(ref: string, value: CellValue, s: number | undefined): string {
  const st = s ? ` s="${s}"` : "";
  if (value === null || value === "") return `<c r="${ref}"${st}/>`;
  if (typeof value === "number") return Number.isFinite(value) ? `<c r="${ref}"${st}><v>${value}</v></c>` : `<c r="${ref}"${st}/>`;
  if (typeof value === "boolean") return `<c r="${ref}"${st} t="b"><v>${value ? 1 : 0}</v></c>`;
  const space = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : "";
  return `<c r="${ref}"${st} t="inlineStr"><is><t${space}>${escapeText(excelEscape(value))}</t></is></c>`;
}

function textFormula(ref: string, text: string): string {
  const first = ref.split(/[ ,]/)[0];
  const { top, left } = parseRange(first);
  // SEARCH treats ? * ~ as wildcards; a literal needs ~ before it.
  const literal = text.replace(/[~?*]/g, "~$&").replace(/"/g, '""');
  return `NOT(ISERROR(SEARCH("${literal}",${toA1(top, left)})))`;
}

function argb(hex: string): string {
  const h = hex.replace(/^#/, "").toUpperCase();
  return h.length === 8 ? h : `FF${h.padStart(6, "0")}`;
}

export interface TablePart {
  id: number;
  name: string;
  ref: string;
  columns: string[];
  style: string;
}

export interface SheetPartsInput {
  spec: SheetSpec;
  name: string;
  xf: Map<string, number>;
  dxf: Map<string, number>;
  /** Relationship ids for the sheet's tables, drawing and external links, chosen by the caller. */
  tables: (TablePart & { relId: string })[];
  drawingRelId: string | null;
  urlRelIds: Map<string, string>;
  /** Final names of the tabs written in the same call, by the name their spec asked for (links follow renames). */
  linkTarget: (wanted: string) => string;
  /** Header/footer texts (Excel's &-codes already applied). */
  header: string;
  footer: string;
}

/** Column names made what Excel accepts: non-empty, unique (case-insensitive), one line. */
export function tableColumnNames(columns: string[]): string[] {
  const seen = new Set<string>();
  return columns.map((c, i) => {
    let n = c.replace(/[\r\n]+/g, " ").trim() || `Column${i + 1}`;
    const base = n;
    for (let k = 2; seen.has(n.toUpperCase()); k++) n = `${base}${k}`;
    seen.add(n.toUpperCase());
    return n;
  });
}

/** Rows per piece of a worksheet's text: pieces of tens of kilobytes, well under V8's large-object size. */
const ROWS_PER_PIECE = 256;

/**
 * The worksheet part's text in pieces (its head, groups of rows, its tail), made as they are asked for, to be
 * encoded one by one: the 検証結果 tab of 14,000 sheets is tens of megabytes. As one string V8 copies it whole
 * before encoding it and keeps it in its large-object space until a full collection; as rows all made first, every
 * row's text outlives the young generation and the collector copies it twice. Made a group at a time, each dies young.
 */
export function* sheetXml(input: SheetPartsInput): Generator<string, void, undefined> {
  const { spec, linkTarget } = input;
  // Table header cells hold exactly the table's column names (Excel repairs a table whose header differs).
  const headerText = new Map<number, Map<number, string>>();
  for (const t of input.tables) {
    const { top, left } = parseRange(t.ref);
    const row = headerText.get(top) ?? new Map<number, string>();
    t.columns.forEach((c, j) => row.set(left + j, c));
    headerText.set(top, row);
  }
  // The dimension goes in the head, before any row is made: the last column holding a cell, found without text.
  let maxCol = 0;
  for (const line of spec.rows) for (let col = line.length - 1; col > maxCol; col--) if (line[col]) maxCol = col;
  const rowXml = (r: number): string => {
    const line = spec.rows[r];
    const header = headerText.get(r);
    let cells = "";
    line.forEach((c, col) => {
      if (!c) return;
      const value = header?.get(col) ?? c.value;
      cells += cellXml(toA1(r, col), value, input.xf.get(cellXfKey(c)));
    });
    const h = spec.rowHeights[String(r + 1)];
    const ht = h && h > 0 ? ` ht="${h}" customHeight="1"` : "";
    return cells || ht ? `<row r="${r + 1}"${ht}>${cells}</row>` : "";
  };
  const lastRow = Math.max(1, spec.rows.length);
  const dimension = `A1:${columnLetters(maxCol)}${lastRow}`;
  const freeze = spec.freeze && (spec.freeze.rows > 0 || spec.freeze.cols > 0) ? spec.freeze : null;
  const pane = freeze
    ? `<pane${freeze.cols ? ` xSplit="${freeze.cols}"` : ""}${freeze.rows ? ` ySplit="${freeze.rows}"` : ""} topLeftCell="${toA1(freeze.rows, freeze.cols)}" activePane="${freeze.rows && freeze.cols ? "bottomRight" : freeze.rows ? "bottomLeft" : "topRight"}" state="frozen"/>`
    : "";
  const cols = spec.columnWidths.map((w, i) => (w > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>` : "")).join("");
  const merges = spec.merges.length
    ? `<mergeCells count="${spec.merges.length}">${spec.merges.map((m) => `<mergeCell ref="${escapeAttr(m)}"/>`).join("")}</mergeCells>`
    : "";
  let priority = 1;
  const cfs = spec.conditionalFormats
    .map((cf) => {
      const sqref = escapeAttr(cf.ref.replace(/,/g, " "));
      if (cf.type === "textContains") {
        const dxfId = input.dxf.get(dxfKey({ fill: cf.fill, font: cf.font }));
        return `<conditionalFormatting sqref="${sqref}"><cfRule type="containsText" dxfId="${dxfId}" priority="${priority++}" operator="containsText" text="${escapeAttr(cf.text)}"><formula>${escapeText(textFormula(cf.ref, cf.text))}</formula></cfRule></conditionalFormatting>`;
      }
      const max = cf.max === undefined ? '<cfvo type="max"/>' : `<cfvo type="num" val="${cf.max}"/>`;
      return `<conditionalFormatting sqref="${sqref}"><cfRule type="dataBar" priority="${priority++}"><dataBar><cfvo type="num" val="0"/>${max}<color rgb="${argb(cf.color)}"/></dataBar></cfRule></conditionalFormatting>`;
    })
    .join("");
  const links: string[] = [];
  spec.rows.forEach((line, r) =>
    line.forEach((c, col) => {
      if (!c?.link) return;
      const ref = toA1(r, col);
      if ("url" in c.link) {
        const id = input.urlRelIds.get(c.link.url);
        if (id) links.push(`<hyperlink ref="${ref}" r:id="${id}"/>`);
      } else {
        links.push(
          `<hyperlink ref="${ref}" location="${escapeAttr(cellReference(linkTarget(c.link.sheet), c.link.cell))}" display="${escapeAttr(c.value === null ? c.link.sheet : String(c.value))}"/>`,
        );
      }
    }),
  );
  const hyperlinks = links.length ? `<hyperlinks>${links.join("")}</hyperlinks>` : "";
  const print = printPolicy(spec);
  const fit = print?.fitToWidth !== null && print ? `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` : "";
  const m = print?.margins;
  const printXml =
    print && m
      ? `<printOptions${print.centeredHorizontally ? ' horizontalCentered="1"' : ""}/><pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
        `<pageSetup paperSize="${A4}" orientation="${print.orientation}"${print.fitToWidth !== null ? ` fitToWidth="${print.fitToWidth}" fitToHeight="${print.fitToHeight ?? 0}"` : ""}/>`
      : "";
  const hf =
    input.header || input.footer
      ? `<headerFooter>${input.header ? `<oddHeader>${escapeText(input.header)}</oddHeader>` : ""}${input.footer ? `<oddFooter>${escapeText(input.footer)}</oddFooter>` : ""}</headerFooter>`
      : "";
  const drawing = input.drawingRelId ? `<drawing r:id="${input.drawingRelId}"/>` : "";
  const tableParts = input.tables.length
    ? `<tableParts count="${input.tables.length}">${input.tables.map((t) => `<tablePart r:id="${t.relId}"/>`).join("")}</tableParts>`
    : "";
  yield (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${fit}<dimension ref="${dimension}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="18.75"/>` +
    (cols ? `<cols>${cols}</cols>` : "") +
    `<sheetData>`
  );
  for (let i = 0; i < spec.rows.length; i += ROWS_PER_PIECE) {
    let piece = "";
    for (let r = i; r < Math.min(i + ROWS_PER_PIECE, spec.rows.length); r++) piece += rowXml(r);
    if (piece) yield piece;
  }
  // Heights asked for rows that hold no cells.
  let tailRows = "";
  for (const [k, h] of Object.entries(spec.rowHeights)) {
    const n = Number(k);
    if (Number.isInteger(n) && n > spec.rows.length && h > 0) tailRows += `<row r="${n}" ht="${h}" customHeight="1"/>`;
  }
  yield `${tailRows}</sheetData>${merges}${cfs}${hyperlinks}${printXml}${hf}${drawing}${tableParts}</worksheet>`;
}

export function tableXml(t: TablePart, dataRows: number): string {
  const { top, left } = parseRange(t.ref);
  const ref = `${toA1(top, left)}:${toA1(top + Math.max(1, dataRows), left + t.columns.length - 1)}`;
  const cols = t.columns.map((c, i) => `<tableColumn id="${i + 1}" name="${escapeAttr(c)}"/>`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="${MAIN_NS}" id="${t.id}" name="${escapeAttr(t.name)}" displayName="${escapeAttr(t.name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${t.columns.length}">${cols}</tableColumns>` +
    `<tableStyleInfo name="${escapeAttr(t.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}
