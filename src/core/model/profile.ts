/**
 * Form profiles (product.md §6): what a city's form means. Label aliases for the rating and indicator
 * headers, the rating scale (best to worst, each value with its status), the indicator rule and
 * direction, the plan period. Three are built in, told apart by the labels a workbook carries; an
 * office's own is checked by the schema in profileSchema.ts.
 */
import type { Profile } from "./profileSchema";

// The schema (zod) is in profileSchema.ts: reading with the built-in profiles loads no zod.
export type { Profile, ProfileInput, ScaleValue, IndicatorRule, ParsedProfile } from "./profileSchema";

/** How an indicator's grade is given (written out: the schema's default refers to it). */
export type GradeRule =
  | { kind: "achievement"; grades: { grade: string; min: number | null }[] }
  | { kind: "baselineBand"; band: number; grades: [string, string, string, string] };

/** The default rule (愛知県 and many others): A ≥ 100%, B ≥ 80%, C ≥ 50%, D below. */
export const DEFAULT_GRADES: GradeRule = {
  kind: "achievement",
  grades: [
    { grade: "A", min: 100 },
    { grade: "B", min: 80 },
    { grade: "C", min: 50 },
    { grade: "D", min: null },
  ],
};

const builtIn = (id: string, name: string, ratingColumn: boolean): Profile => ({
  id,
  name,
  labels: {},
  scale: [],
  ratingColumn,
  indicator: { achievement: "target", proRata: false, direction: "higher", grades: DEFAULT_GRADES },
});

/** The seed's form (袖ケ浦市): a 進捗総括 per year, no rating, no indicators. */
export const SEED_PROFILE: Profile = builtIn("seed", "施策進行管理シート（進捗総括）", false);
/** A rating per year in a 評価 / 自己評価 / 進捗区分 column; letters take their meaning from the legend. */
export const RATING_PROFILE: Profile = builtIn("rating", "評価欄つき進行管理シート", true);
/** Ratings plus an indicator table (指標名, 目標値, 実績値, 達成率, 評価) with the default A/B/C/D rule. */
export const INDICATOR_PROFILE: Profile = builtIn("indicator", "成果指標つき進行管理シート", true);

export const BUILT_IN_PROFILES: readonly Profile[] = [SEED_PROFILE, RATING_PROFILE, INDICATOR_PROFILE];

export function builtInProfile(id: string): Profile | null {
  return BUILT_IN_PROFILES.find((p) => p.id === id) ?? null;
}
