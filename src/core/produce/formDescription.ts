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
}

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
  return { profile: forms.profile, detected: forms.detected, values, indicators, indicatorSheets: forms.indicatorSheets };
}

/**
 * The office's profile with the meanings a person gave (value → status): what was read stays, the
 * chosen values are set (replacing an earlier choice for the same value), and the rating column is the
 * department's. Saved in the workbook, it is what every member of staff reads the workbook with.
 */
export function withMeanings(base: Profile, meanings: Record<string, Status>): Profile {
  const chosen = Object.entries(meanings);
  const kept: ScaleValue[] = base.scale.filter((s) => !(s.value in meanings));
  const id = base.id === "seed" || base.id === "rating" || base.id === "indicator" ? "office" : base.id;
  return { ...base, id, ratingColumn: true, scale: [...kept, ...chosen.map(([value, status]) => ({ value, status }))] };
}
