/**
 * Form profiles (product.md §6): what a city's form means. Label aliases for the rating and indicator
 * headers, the rating scale (best to worst, each value with its status), the indicator rule and
 * direction, the plan period. A zod schema, because a profile crosses boundaries (a JSON file given to
 * the command line, the workbook's settings); three built-in ones are told apart by the labels a
 * workbook carries.
 */
import type { z } from "zod";
import { lazySchema, zod } from "./lazyZod";
import { STATUSES } from "./statuses";

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

/** Built on first use (lazyZod.ts): `shinchoku check` reads with the built-in profiles and never parses one. */
function schemas() {
  const z = zod();

  const ScaleValueSchema = z.object({
    /** As written in the cell or the legend: "A", "◎", "順調", "4". */
    value: z.string().trim().min(1).max(40),
    status: z.enum(STATUSES),
    /** The legend's wording, kept for display. */
    descriptor: z.string().max(200).optional(),
  });

  /** Grade by achievement: the first grade whose `min` (percent) the achievement reaches; the last has no minimum. */
  const ThresholdGradesSchema = z.object({
    kind: z.literal("achievement"),
    grades: z
      .array(z.object({ grade: z.string().trim().min(1).max(20), min: z.number().nullable() }))
      .min(2)
      .max(10),
  });
  /**
   * Grade by where the actual stands against the baseline and the target (長与町, 群馬県): at or past the
   * target; better than the baseline by more than the band; within ±band % of the baseline; worse.
   */
  const BaselineBandGradesSchema = z.object({
    kind: z.literal("baselineBand"),
    /** Percent of the baseline within which a value counts as unchanged. */
    band: z.number().min(0).max(100).default(10),
    grades: z.tuple([z.string(), z.string(), z.string(), z.string()]),
  });
  const GradeRuleSchema = z.discriminatedUnion("kind", [ThresholdGradesSchema, BaselineBandGradesSchema]);

  const IndicatorRuleSchema = z.object({
    /** "target": actual / target; "baseline": (actual − baseline) / (target − baseline). */
    achievement: z.enum(["target", "baseline"]).default("target"),
    /** Compare each year with target × years elapsed / plan years instead of the final target. */
    proRata: z.boolean().default(false),
    /** When neither the header nor the cell says so. */
    direction: z.enum(["higher", "lower"]).default("higher"),
    grades: GradeRuleSchema.default(DEFAULT_GRADES),
  });

  const ProfileSchema = z.object({
    /** A built-in id or the office's own name for it. */
    id: z.string().trim().min(1).max(60),
    name: z.string().max(120).default(""),
    /** Extra header spellings, by field: rating, indicator, target, actual, achievement, grade, baseline … */
    labels: z.record(z.string(), z.array(z.string().trim().min(1).max(40)).max(20)).default({}),
    /** The rating scale, best to worst. Word and symbol scales need none; a letter scale needs it or a legend. */
    scale: z.array(ScaleValueSchema).max(30).default([]),
    /** The 評価 / 進捗区分 column holds the department's rating (never written by Fill), not Shinchoku's status. */
    ratingColumn: z.boolean().default(false),
    indicator: IndicatorRuleSchema.default({ achievement: "target", proRata: false, direction: "higher", grades: DEFAULT_GRADES }),
    plan: z.object({ startYear: z.number().int().min(1989).max(2200), years: z.number().int().min(1).max(20) }).optional(),
  });
  return { ScaleValueSchema, GradeRuleSchema, IndicatorRuleSchema, ProfileSchema };
}

type Schemas = ReturnType<typeof schemas>;
let built: Schemas | undefined;
const get = () => (built ??= schemas());

export const ProfileSchema: Schemas["ProfileSchema"] = lazySchema(() => get().ProfileSchema);
export type Profile = z.infer<Schemas["ProfileSchema"]>;
export type ProfileInput = z.input<Schemas["ProfileSchema"]>;
export type ScaleValue = z.infer<Schemas["ScaleValueSchema"]>;
export type IndicatorRule = z.infer<Schemas["IndicatorRuleSchema"]>;

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

export type ParsedProfile = { ok: true; profile: Profile } | { ok: false; issues: string[] };

/** A profile from JSON text (a file or the workbook's settings); the issues name each bad field's path. */
export function parseProfile(raw: unknown): ParsedProfile {
  const r = ProfileSchema.safeParse(raw);
  if (r.success) return { ok: true, profile: r.data };
  return { ok: false, issues: r.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`) };
}
