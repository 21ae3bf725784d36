/**
 * What the 様式 (form) panel shows: the profile a workbook was read with, every rating value its sheets
 * use with the status it was given and why (the office's profile, the printed legend, a known symbol or
 * word), the values nobody explained, and the indicator rule. Also how a person's choice of meaning for
 * a value becomes the office's profile, saved in the workbook.
 */
import type { WorkbookGrid } from "../model/grid";
import type { Status } from "../model/schemas";
import type { Profile, ScaleValue } from "../model/profile";
import type { RatingSource } from "../judge/rating";
import { analyzeWorkbook } from "./report";
import { toA1 } from "../model/address";
import { cellAt, extent } from "../model/grid";
import { matchLabel, type FieldKey } from "../read/labels";
import { unplacedIndicatorHeaders } from "../read/indicators";
import { parseFiscalYearLabel } from "../text/fiscalYear";

/**
 * The roles a person can give a header the reader did not know, each a key of the profile's `labels`:
 * the year table's columns and fields, then the indicator table's.
 */
export const HEADER_ROLES = [
  "progress",
  "status",
  "rating",
  "work",
  "effect",
  "plan",
  "build",
  "operation",
  "number",
  "name",
  "department",
  "activityTarget",
  "indicator",
  "unit",
  "baseline",
  "target",
  "yearTarget",
  "actual",
  "achievement",
  "grade",
] as const;
export type HeaderRole = (typeof HEADER_ROLES)[number];

/** A header cell the reader could not place: on the year table's header rows or an indicator table's. */
export interface UnplacedHeader {
  sheet: string;
  cell: string;
  text: string;
  /** "selected": a cell the person pointed at (the 様式 panel), not one the reader found. */
  table: "years" | "indicators" | "selected";
}

/** A label the form needs and the sheet does not carry (where it was expected). */
export interface MissingHeader {
  sheet: string;
  cell: string;
  field: FieldKey;
}

export interface FormValue {
  value: string;
  status: Status | null;
  source: RatingSource | null;
  descriptor: string | null;
  /** Where the value is written (the first few cells), for jumping to them. */
  cells: { sheet: string; cell: string }[];
  count: number;
}

export interface FormDescription {
  profile: Profile;
  detected: boolean;
  values: FormValue[];
  indicators: number;
  indicatorSheets: string[];
  /** Headers the reader could not place, the first few per sheet. */
  headers: UnplacedHeader[];
  /** Labels missing from measure sheets. */
  missing: MissingHeader[];
}

/** Per sheet at most this many: a form that is nothing like the expected one would list every cell. */
const PER_SHEET = 12;

/** Reads the workbook as analysis would and lists the rating values found, the unexplained first. */
export function describeForm(wb: WorkbookGrid, profile: Profile | null): FormDescription {
  const { forms, measures } = analyzeWorkbook(wb, { source: "", lang: "ja", profile });
  const byValue = new Map<string, FormValue>();
  for (const m of measures)
    m.years.forEach((y, i) => {
      const r = y.rating;
      const at = m.ratingCells[i];
      if (!r || !at) return;
      // A letter counts as its letter (B and B：概ね順調 are one value); a word or symbol as written.
      const key = r.code ?? r.text.trim();
      let v = byValue.get(key);
      if (!v) {
        const legend = forms.legend.find((l) => l.value === key);
        byValue.set(
          key,
          (v = { value: key, status: r.status, source: r.source, descriptor: legend?.descriptor ?? r.descriptor, cells: [], count: 0 }),
        );
      }
      v.count++;
      if (v.cells.length < 5) v.cells.push({ sheet: m.sheet.sheet, cell: at.cell });
    });
  const values = [...byValue.values()].sort(
    (a, b) => Number(a.status !== null) - Number(b.status !== null) || a.value.localeCompare(b.value, "ja"),
  );
  const indicators = measures.reduce((n, m) => n + m.indicators.length, 0);
  const grids = new Map(wb.sheets.map((g) => [g.name, g]));
  const headers: UnplacedHeader[] = [];
  const missing: MissingHeader[] = [];
  for (const { sheet: m } of measures) {
    const grid = grids.get(m.sheet);
    if (!grid) continue;
    const found: UnplacedHeader[] = [];
    const placed = new Set(m.labels.map((l) => l.cell));
    // The year table's header rows: from the progress header's row down to the first year row (two at most).
    const firstYear = m.years[0]?.row ?? m.headerRow + 1;
    const { cols } = extent(grid);
    for (let r = m.headerRow; r < Math.min(firstYear, m.headerRow + 2); r++)
      for (let c = m.bounds.left; c < cols; c++) {
        const v = cellAt(grid, r, c);
        if (typeof v !== "string" || v.trim() === "" || v.length > 24) continue;
        const cell = toA1(r, c);
        if (placed.has(cell) || matchLabel(v) || parseFiscalYearLabel(v)) continue;
        found.push({ sheet: m.sheet, cell, text: v.trim(), table: "years" });
      }
    const yearRows = new Set(m.years.map((y) => y.row));
    for (const h of unplacedIndicatorHeaders(grid, forms.profile, yearRows))
      found.push({ sheet: m.sheet, cell: toA1(h.row, h.col), text: h.text, table: "indicators" });
    headers.push(...found.slice(0, PER_SHEET));
    for (const l of m.missingLabels) missing.push({ sheet: m.sheet, cell: l.cell, field: l.field });
  }
  for (const name of forms.indicatorSheets) {
    const grid = grids.get(name);
    if (grid)
      for (const h of unplacedIndicatorHeaders(grid, forms.profile, new Set()).slice(0, PER_SHEET))
        headers.push({ sheet: name, cell: toA1(h.row, h.col), text: h.text, table: "indicators" });
  }
  return { profile: forms.profile, detected: forms.detected, values, indicators, indicatorSheets: forms.indicatorSheets, headers, missing };
}

/**
 * The office's profile with the roles a person gave to headers (header text → role): each text becomes a
 * spelling of its field in the profile's labels, so the reader places that column from then on.
 */
export function withLabels(base: Profile, roles: Record<string, HeaderRole>): Profile {
  const labels: Record<string, string[]> = Object.fromEntries(Object.entries(base.labels).map(([k, v]) => [k, [...v]]));
  for (const [text, role] of Object.entries(roles)) {
    const t = text.trim();
    if (t === "") continue;
    // A text given another role before moves to its new one.
    for (const k of Object.keys(labels)) labels[k] = labels[k].filter((x) => x !== t);
    labels[role] = [...(labels[role] ?? []), t];
  }
  for (const k of Object.keys(labels)) if (labels[k].length === 0) delete labels[k];
  return { ...base, id: officeId(base), labels };
}

/** A built-in profile becomes the office's own once a person changes it. */
function officeId(base: Profile): string {
  return base.id === "seed" || base.id === "rating" || base.id === "indicator" ? "office" : base.id;
}

/**
 * The office's profile with the meanings a person gave (value → status): what was read stays, the
 * chosen values are set (replacing an earlier choice for the same value), and the rating column is the
 * department's. Saved in the workbook, it is what every member of staff reads the workbook with.
 */
export function withMeanings(base: Profile, meanings: Record<string, Status>): Profile {
  const chosen = Object.entries(meanings);
  const kept: ScaleValue[] = base.scale.filter((s) => !(s.value in meanings));
  return { ...base, id: officeId(base), ratingColumn: true, scale: [...kept, ...chosen.map(([value, status]) => ({ value, status }))] };
}
