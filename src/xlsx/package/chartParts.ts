/**
 * A chart of a SheetSpec as DrawingML: the drawing part that places it (a two-cell anchor from the spec's
 * anchor cell) and the chart part (a clustered or stacked column chart, one series per column of the data
 * range after the category column, with cached values so a reader that does not recalculate still draws it).
 */
import { parseA1, parseRange, toA1 } from "../../core/model/address";
import { cellReference, quotedSheet } from "../../core/workbook/references";
import type { SheetSpec } from "../../core/model/sheetSpec";
import { escapeText } from "./xml";

type ChartSpec = SheetSpec["charts"][number];

const C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XDR_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/** Series colours (one per status column), readable in print. */
const PALETTE = ["2E75B6", "70AD47", "00B050", "FFC000", "C00000", "A5A5A5", "7F7F7F", "5B9BD5"];

function abs(sheet: string, r1: number, c1: number, r2: number, c2: number): string {
  const first = cellReference(sheet, toA1(r1, c1), { absolute: true });
  if (r1 === r2 && c1 === c2) return first;
  return `${first}:${cellReference(sheet, toA1(r2, c2), { absolute: true }).slice(quotedSheet(sheet).length + 1)}`;
}

export function drawingXml(charts: { spec: ChartSpec; relId: string }[]): string {
  const anchors = charts
    .map(({ spec, relId }, i) => {
      const { row, col } = parseA1(spec.anchor);
      return (
        `<xdr:twoCellAnchor><xdr:from><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
        `<xdr:to><xdr:col>${col + 8}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row + 18}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C_NS}"><c:chart xmlns:c="${C_NS}" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}">${anchors}</xdr:wsDr>`;
}

function strCache(values: string[]): string {
  return `<c:strCache><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeText(v)}</c:v></c:pt>`).join("")}</c:strCache>`;
}

function numCache(values: number[]): string {
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join("")}</c:numCache>`;
}

export function chartXml(sheet: string, spec: SheetSpec, chart: ChartSpec): string {
  const { top, left, bottom, right } = parseRange(chart.dataRef);
  const at = (r: number, c: number) => spec.rows[r]?.[c]?.value ?? null;
  const categories: string[] = [];
  for (let r = top + 1; r <= bottom; r++) categories.push(String(at(r, left) ?? ""));
  const series: string[] = [];
  for (let c = left + 1; c <= right; c++) {
    const values: number[] = [];
    for (let r = top + 1; r <= bottom; r++) {
      const v = at(r, c);
      values.push(typeof v === "number" ? v : 0);
    }
    const i = c - left - 1;
    series.push(
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:strRef><c:f>${escapeText(abs(sheet, top, c, top, c))}</c:f>${strCache([String(at(top, c) ?? "")])}</c:strRef></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${PALETTE[i % PALETTE.length]}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${escapeText(abs(sheet, top + 1, left, bottom, left))}</c:f>${strCache(categories)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeText(abs(sheet, top + 1, c, bottom, c))}</c:f>${numCache(values)}</c:numRef></c:val></c:ser>`,
    );
  }
  const stacked = chart.type === "columnStacked";
  const font = `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1000"><a:latin typeface="游ゴシック"/><a:ea typeface="游ゴシック"/></a:defRPr></a:pPr><a:endParaRPr lang="ja-JP"/></a:p></c:txPr>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1"><a:latin typeface="游ゴシック"/><a:ea typeface="游ゴシック"/></a:defRPr></a:pPr><a:r><a:rPr lang="ja-JP" sz="1400" b="1"><a:latin typeface="游ゴシック"/><a:ea typeface="游ゴシック"/></a:rPr><a:t>${escapeText(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="${stacked ? "stacked" : "clustered"}"/><c:varyColors val="0"/>${series.join("")}` +
    `<c:gapWidth val="80"/>${stacked ? '<c:overlap val="100"/>' : ""}<c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>` +
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${font}<c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${font}<c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea>` +
    `<c:legend><c:legendPos val="r"/><c:overlay val="0"/>${font}</c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}
