/** The 前年度比較 tab as data: a row per measure, last year's and this year's state, and the findings. */
import { cell, header } from "./tabCells";
import { rangeA1 } from "../model/address";
import type { Comparison, YearState } from "./compare";
import { statusLabel, t } from "../messages";
import type { Lang } from "../model/schemas";
import type { CellSpec, SheetSpec } from "../model/sheetSpec";
import { STATUS_FILL } from "./summary";
import { STATUSES, STATUS_SYMBOLS } from "../model/statuses";

const percent = (p: number | null): CellSpec => cell(p === null ? null : p / 100, { numFmt: "0%", align: "right" });

function statusText(s: YearState | null, lang: Lang): string {
  if (!s || s.status === null) return "";
  return `${statusLabel(s.status, lang)}（${s.label}）`;
}

export function buildComparisonSheet(cmp: Comparison, lang: Lang): SheetSpec {
  const headers = (
    [
      "col.number",
      "col.name",
      "col.department",
      "compare.col.match",
      "compare.col.lastStatus",
      "compare.col.lastProgress",
      "compare.col.status",
      "compare.col.progress",
      "compare.col.change",
      "compare.col.findings",
    ] as const
  ).map((k) => t(k, lang));
  const rows: (CellSpec | null)[][] = [headers.map(header)];
  for (const r of cmp.rows) {
    const change = r.last?.progress != null && r.current?.progress != null ? (r.current.progress - r.last.progress) / 100 : null;
    rows.push([
      cell(r.number || r.sheet || r.lastSheet, r.sheet ? { link: { sheet: r.sheet, cell: "A1" } } : {}),
      cell(r.name, { wrap: true }),
      cell(r.department, { wrap: true }),
      cell(t(`compare.match.${r.match}`, lang), { align: "center" }),
      cell(statusText(r.last, lang)),
      percent(r.last?.progress ?? null),
      cell(statusText(r.current, lang)),
      percent(r.current?.progress ?? null),
      cell(change, { numFmt: "+0%;-0%;0%", align: "right" }),
      cell(r.findings.map((f) => `[${f.cell}] ${f.messages[lang]}`).join("\n"), { wrap: true }),
    ]);
  }
  const n = rows.length - 1;
  const conditionalFormats: SheetSpec["conditionalFormats"] = [];
  if (n > 0)
    for (const col of [4, 6])
      for (const s of STATUSES)
        conditionalFormats.push({ type: "textContains", ref: rangeA1(1, col, n, col), text: STATUS_SYMBOLS[s], fill: STATUS_FILL[s] });
  return {
    name: t("tab.comparison", lang),
    role: "comparison",
    rows,
    merges: [],
    columnWidths: [10, 30, 20, 10, 18, 10, 18, 10, 10, 80],
    rowHeights: {},
    freeze: { rows: 1, cols: 1 },
    tables: n > 0 ? [{ name: "ShinchokuComparison", ref: "A1", columns: headers, rows: n, style: "TableStyleMedium2" }] : [],
    conditionalFormats,
    charts: [],
    print: { landscape: true, fitToWidth: true },
  };
}
