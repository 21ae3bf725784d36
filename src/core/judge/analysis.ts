/**
 * From a read sheet to what each year means: status, deciding phrase, effect kind and progress, and the
 * measure's delay flags (the README's "The measure sheet" and "Statuses"). Rules and the report both work from this.
 */
import type { Status } from "../model/schemas";
import type { Field, MeasureSheet, YearRow } from "../read/reader";
import { classifyStatus, type StatusResult } from "./status";
import { parseEffect, type EffectParse } from "./effect";
import { isDash } from "../text/normalize";
import { matchesAtWrittenPrecision, type Rounding } from "../text/precision";
import type { RatingRead } from "./rating";
import type { IndicatorRead } from "../read/indicators";
import type { MeasureForm } from "../read/forms";

export interface YearAnalysis {
  row: YearRow;
  /** null: nothing written yet (a future year). The rating's status where there is one, else the text's. */
  status: Status | null;
  phrase: string | null;
  /** The year's rating cell read against the scale (null: no rating written). */
  rating: RatingRead | null;
  ratingStatus: Status | null;
  /** What the 進捗総括 says on its own. */
  textStatus: Status | null;
  /** A verdict in the same text pointing the other way (the status is the worse of the two). */
  opposite: string | null;
  /** Why an unknown status is unknown, and the conflicting phrases where that is the reason. */
  unknownReason: StatusResult["reason"];
  conflict: StatusResult["conflict"];
  effect: EffectParse;
  /** Something was reported this year: a summary, work done or an effect. */
  reported: boolean;
}

export interface MeasureAnalysis {
  sheet: MeasureSheet;
  years: YearAnalysis[];
  /** Merged into another measure or no longer evaluated. */
  notEvaluated: boolean;
  latestProgress: number | null;
  delayed: boolean;
  delayedNow: boolean;
  indicators: IndicatorRead[];
  /** The rating cell of each year (same order as years), for pinning findings. */
  ratingCells: (Field | null)[];
}

const blank = (s: string | undefined) => !s || s.trim() === "";

/** Re-checks stated values under an office's own rounding rule (the parse accepts any of the three). */
function withRounding(effect: EffectParse, rounding: Rounding): EffectParse {
  if (rounding === "any" || effect.checks.length === 0) return effect;
  return {
    ...effect,
    checks: effect.checks.map((c) => (c.ok && !c.capped ? { ...c, ok: matchesAtWrittenPrecision(c.stated, c.computed, rounding) } : c)),
  };
}

/** 未着手 (not started) is a delay only where the plan expected work that year. */
function ratingStatusOf(rating: RatingRead | null, row: YearRow): Status | null {
  if (!rating || rating.status === null) return null;
  if (rating.notStarted) {
    const plan = [row.plan, row.build, row.operation].filter((f) => f !== null);
    if (plan.length > 0 && plan.every((f) => blank(f!.text) || isDash(f!.text))) return null;
  }
  return rating.status;
}

export function analyzeMeasure(sheet: MeasureSheet, rounding: Rounding = "any", form?: MeasureForm): MeasureAnalysis {
  let merged = false;
  const years: YearAnalysis[] = sheet.years.map((row, i) => {
    const summary = row.summary?.text ?? "";
    const effect = withRounding(parseEffect(row.effect?.raw ?? null, row.effect?.numFmt ?? null), rounding);
    const rating = form?.ratings[i] ?? null;
    const reported = !blank(summary) || !blank(row.work?.text) || !blank(row.effect?.text) || rating !== null;
    const read = classifyStatus(summary);
    let textStatus = read.status;
    // After a merge, an empty year is part of the merge, not a future year.
    if (textStatus === null && merged) textStatus = "not_evaluated";
    const ratingStatus = ratingStatusOf(rating, row);
    // A rating written that tells nothing (a letter without its legend) is a year reported, status unknown.
    const status = ratingStatus ?? textStatus ?? (rating !== null && !blank(rating.text) ? "unknown" : null);
    if (status === "not_evaluated" || read.status === "not_evaluated") merged = true;
    // The deciding phrase is the rating's own words when the rating decides.
    const phrase = ratingStatus !== null ? rating!.text.trim() : read.phrase;
    return {
      row,
      status,
      phrase,
      opposite: read.opposite,
      unknownReason: read.reason,
      conflict: read.conflict,
      effect,
      reported,
      rating,
      ratingStatus,
      textStatus,
    };
  });
  const notEvaluated = merged;
  let latestProgress: number | null = null;
  for (const y of years) if (y.effect.progress !== null) latestProgress = y.effect.progress;
  const bad = (s: Status | null) => s === "delayed" || s === "at_risk";
  const delayed = years.some((y) => bad(y.status));
  const evaluated = years.filter((y) => y.status !== null && y.status !== "not_evaluated");
  const delayedNow = evaluated.length > 0 && bad(evaluated[evaluated.length - 1].status);
  return {
    sheet,
    years,
    notEvaluated,
    latestProgress,
    delayed,
    delayedNow,
    indicators: form?.indicators ?? [],
    ratingCells: form?.ratingCells ?? sheet.years.map(() => null),
  };
}

/** The effect cell says no decision yet. */
export function effectIsDash(y: YearAnalysis): boolean {
  return y.effect.kind === "dash" || (y.row.effect !== null && isDash(y.row.effect.text));
}
