/** The report contract (the README's "Report JSON") and the fill edit, as zod schemas: one source for checks and types. */
import { z } from "zod";
import { CellValueSchema } from "./gridSchema";
import { STATUSES } from "./statuses";
import { LANGS, type Lang } from "./langs";

export const StatusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof StatusSchema>;

export const SeveritySchema = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof SeveritySchema>;

export const LangSchema = z.enum(LANGS);
export type { Lang };

/** A person's 「確認済み」 on a finding: who, why and when (answers.ts keeps these in the workbook). */
export const AnswerSchema = z.object({
  by: z.string(),
  reason: z.string(),
  /** ISO 8601 date-time. */
  at: z.string(),
});
export type Answer = z.infer<typeof AnswerSchema>;

export const FindingSchema = z.object({
  rule: z.string(),
  severity: SeveritySchema,
  sheet: z.string(),
  /** A1 address of the cell the finding is about, inside its sheet. */
  cell: z.string(),
  /** In the report's language. */
  message: z.string(),
  /** The message in every language of the catalogues, so a viewer can switch without re-running. */
  messages: z.record(LangSchema, z.string()),
  /** Present when a person marked the finding 確認済み and its cell has not changed since. */
  answer: AnswerSchema.optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

export const YearReportSchema = z.object({
  label: z.string(),
  fiscalYear: z.number().int().nullable(),
  cell: z.string(),
  status: StatusSchema.nullable(),
  statusPhrase: z.string().nullable(),
  /**
   * A verdict in the same summary pointing the other way from statusPhrase (the status is the worse).
   * Optional so reports written before it still parse; absent means null.
   */
  statusOpposite: z.string().nullable().optional(),
  /** Why a status is unknown: "no-verdict", "opposite" (two verdicts point opposite ways), "not-asserted". */
  statusReason: z.enum(["no-verdict", "opposite", "not-asserted"]).nullable().optional(),
  summary: z.string(),
  /** The year row's other cells as written (計画・設計, 開発・構築, 運用, 作業内容), for the open-data export. */
  plan: z.string().optional(),
  build: z.string().optional(),
  operation: z.string().optional(),
  work: z.string().optional(),
  effect: z.string(),
  effectCell: z.string().nullable(),
  effectKind: z.string(),
  /** 0–100, capped. */
  progress: z.number().nullable(),
  /** The uncapped value (15/7 → 214.3) where it passes 100; otherwise equal to progress. */
  progressRaw: z.number().nullable(),
  /** The year's rating cell as written (product.md §6), or null where the form has none. */
  rating: z.string().nullable(),
  /** The rating's status (null: no rating, or not a value of the scale). `status` is this, else textStatus. */
  ratingStatus: StatusSchema.nullable(),
  /** What the 進捗総括 says on its own. */
  textStatus: StatusSchema.nullable(),
});
export type YearReport = z.infer<typeof YearReportSchema>;

export const IndicatorYearReportSchema = z.object({
  fiscalYear: z.number().int().nullable(),
  target: z.number().nullable(),
  actual: z.number().nullable(),
  /** Percent, uncapped; null where it cannot be computed. */
  achievement: z.number().nullable(),
  statedAchievement: z.number().nullable(),
  grade: z.string().nullable(),
  statedGrade: z.string().nullable(),
  cell: z.string(),
});
export type IndicatorYearReport = z.infer<typeof IndicatorYearReportSchema>;

export const IndicatorReportSchema = z.object({
  name: z.string(),
  unit: z.string(),
  direction: z.enum(["higher", "lower"]),
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  /** The sheet the indicator is on (the measure's own, or an indicators sheet). */
  sheet: z.string(),
  cell: z.string(),
  years: z.array(IndicatorYearReportSchema),
});
export type IndicatorReport = z.infer<typeof IndicatorReportSchema>;

export const MeasureReportSchema = z.object({
  sheet: z.string(),
  number: z.string(),
  /** A1 of the 施策番号 value (its label's cell when empty). */
  numberCell: z.string().optional(),
  name: z.string(),
  department: z.string(),
  departments: z.array(z.string()),
  activityTarget: z.string(),
  years: z.array(YearReportSchema),
  latestProgress: z.number().nullable(),
  delayed: z.boolean(),
  delayedNow: z.boolean(),
  notEvaluated: z.boolean(),
  indicators: z.array(IndicatorReportSchema),
});
export type MeasureReport = z.infer<typeof MeasureReportSchema>;

export const ReportSchema = z.object({
  schemaVersion: z.literal(1),
  source: z.string(),
  lang: LangSchema,
  measures: z.array(MeasureReportSchema),
  findings: z.array(FindingSchema),
  totals: z.object({
    measures: z.number().int(),
    errors: z.number().int(),
    warnings: z.number().int(),
    infos: z.number().int(),
    delayed: z.number().int(),
    delayedNow: z.number().int(),
    /** Findings marked 確認済み (still listed; not counted in errors, warnings and infos). */
    answered: z.number().int().optional(),
  }),
});
export type Report = z.infer<typeof ReportSchema>;

/** A proposed change to one cell. `before` is what the preview saw; apply skips the cell if it changed. */
export const EditSchema = z.object({
  sheet: z.string(),
  cell: z.string(),
  before: CellValueSchema,
  after: CellValueSchema,
  rule: z.string(),
  reason: z.object({ ja: z.string(), en: z.string() }),
});
export type Edit = z.infer<typeof EditSchema>;
