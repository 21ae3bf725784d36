/**
 * The form profile as a zod schema (product.md §6): a profile crosses boundaries (a JSON file given to the
 * command line, the workbook's settings), so what comes in is checked field by field. Only parsing loads
 * this module; the built-in profiles are in profile.ts.
 */
import { z } from "zod";
import { STATUSES } from "./statuses";
import { DEFAULT_GRADES } from "./profile";

export const ScaleValueSchema = z.object({
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
export const GradeRuleSchema = z.discriminatedUnion("kind", [ThresholdGradesSchema, BaselineBandGradesSchema]);

export const IndicatorRuleSchema = z.object({
  /** "target": actual / target; "baseline": (actual − baseline) / (target − baseline). */
  achievement: z.enum(["target", "baseline"]).default("target"),
  /** Compare each year with target × years elapsed / plan years instead of the final target. */
  proRata: z.boolean().default(false),
  /** When neither the header nor the cell says so. */
  direction: z.enum(["higher", "lower"]).default("higher"),
  grades: GradeRuleSchema.default(DEFAULT_GRADES),
});

export const ProfileSchema = z.object({
  /** A built-in id or the office's own name for it. */
  id: z.string().trim().min(1).max(60),
  name: z.string().max(120).default(""),
  /**
   * Extra header spellings, by field: the measure sheet's (number, name, department, progress, work, effect,
   * status, rating, activityTarget … as in labels.ts) and the indicator table's (indicator for 指標名, unit,
   * baseline, target, yearTarget, year, actual, achievement, grade, direction).
   */
  labels: z.record(z.string(), z.array(z.string().trim().min(1).max(40)).max(20)).default({}),
  /** The rating scale, best to worst. Word and symbol scales need none; a letter scale needs it or a legend. */
  scale: z.array(ScaleValueSchema).max(30).default([]),
  /** The 評価 / 進捗区分 column holds the department's rating (never written by Fill), not Shinchoku's status. */
  ratingColumn: z.boolean().default(false),
  indicator: IndicatorRuleSchema.default({ achievement: "target", proRata: false, direction: "higher", grades: DEFAULT_GRADES }),
  plan: z.object({ startYear: z.number().int().min(1989).max(2200), years: z.number().int().min(1).max(20) }).optional(),
});

export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileInput = z.input<typeof ProfileSchema>;
export type ScaleValue = z.infer<typeof ScaleValueSchema>;
export type IndicatorRule = z.infer<typeof IndicatorRuleSchema>;

export type ParsedProfile = { ok: true; profile: Profile } | { ok: false; issues: string[] };

/** A profile from JSON text (a file or the workbook's settings); the issues name each bad field's path. */
export function parseProfile(raw: unknown): ParsedProfile {
  const r = ProfileSchema.safeParse(raw);
  if (r.success) return { ok: true, profile: r.data };
  return { ok: false, issues: r.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`) };
}
