/**
 * A new, blank measure sheet for any plan period (CLI `template`, the task-pane form). Drawn by the same
 * layout as the sample, so the reader finds it like any other sheet.
 */
import { z } from "zod";
import { PLAN_START_YEAR_MAX, PLAN_START_YEAR_MIN, PLAN_YEARS_MAX, PLAN_YEARS_MIN } from "../model/settings";
import { fiscalYearLabel } from "../text/fiscalYear";
import { buildMeasureSheetSpec, CANONICAL_FOOTNOTE, CANONICAL_LABELS, LABEL_FILL, type MeasureSheetInput } from "./layout";
import { t } from "../messages";
import type { Lang } from "../model/schemas";
import type { CellSpec, SheetSpec } from "../model/sheetSpec";

/** Form fields and command-line options arrive as text: "2021" and full-width "２０２１" are numbers too. */
const numeric = (v: unknown): unknown => {
  if (typeof v !== "string") return v;
  const s = v.normalize("NFKC").trim();
  return s === "" ? undefined : Number(s);
};

const intIn = (min: number, max: number, key: string) =>
  z.preprocess(numeric, z.number({ error: key }).int({ error: key }).min(min, { error: key }).max(max, { error: key }));

/** Issue messages are catalogue keys (template.*); `templateIssues` turns them into text in either language. */
export const NewMeasureInputSchema = z.object({
  number: z.string({ error: "template.number.required" }).refine((s) => s.trim() !== "", { error: "template.number.required" }),
  name: z.string({ error: "template.text.invalid" }).default(""),
  department: z.string({ error: "template.text.invalid" }).default(""),
  startYear: intIn(PLAN_START_YEAR_MIN, PLAN_START_YEAR_MAX, "template.startYear.invalid"),
  years: intIn(PLAN_YEARS_MIN, PLAN_YEARS_MAX, "template.years.invalid"),
  /** Default: 情報化推進計画 施策進行管理シート（{years}年）. */
  planTitle: z.string({ error: "template.text.invalid" }).optional(),
  activityTarget: z.string({ error: "template.text.invalid" }).optional(),
  /** Which built-in form (product.md §6): the seed's, with a rating column, or with ratings and an indicator table. */
  form: z.enum(["seed", "rating", "indicator"], { error: "template.form.invalid" }).optional(),
});
export type NewMeasureInput = z.infer<typeof NewMeasureInputSchema>;

export interface TemplateIssue {
  /** The input field, e.g. "startYear"; "" for the input as a whole. */
  field: string;
  message: string;
}

const PARAMS = {
  startYearMin: PLAN_START_YEAR_MIN,
  startYearMax: PLAN_START_YEAR_MAX,
  yearsMin: PLAN_YEARS_MIN,
  yearsMax: PLAN_YEARS_MAX,
};

/** A zod error of NewMeasureInputSchema as messages in the user's language. */
export function templateIssues(error: z.ZodError, lang: Lang): TemplateIssue[] {
  return error.issues.map((issue) => {
    const key = issue.message.startsWith("template.") && t.has(issue.message) ? issue.message : "template.input.invalid";
    return { field: issue.path.map(String).join("."), message: t(key, lang, PARAMS) };
  });
}

export type ParsedNewMeasure = { ok: true; value: NewMeasureInput } | { ok: false; issues: TemplateIssue[] };

export function parseNewMeasureInput(raw: unknown, lang: Lang): ParsedNewMeasure {
  const r = NewMeasureInputSchema.safeParse(raw);
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: templateIssues(r.error, lang) };
}

/** The canonical layout with every year row empty; year labels in the canonical form (H28年度, R3年度). */
export function buildMeasureSheet(input: NewMeasureInput, lang: Lang): SheetSpec {
  const v = NewMeasureInputSchema.parse(input);
  const sheet: MeasureSheetInput = {
    number: v.number,
    department: v.department,
    name: v.name,
    overview: "",
    otherPlans: "",
    expectedEffect: "",
    activityTarget: v.activityTarget ?? "",
    titleRaw: v.planTitle ?? t("template.defaultTitle", lang, { years: v.years }),
    effectHeaderRaw: CANONICAL_LABELS.effect,
    footnoteRaw: CANONICAL_FOOTNOTE,
    years: Array.from({ length: v.years }, (_, i) => ({
      labelRaw: fiscalYearLabel(v.startYear + i),
      plan: "",
      build: "",
      operation: "",
      summary: "",
      workRaw: "",
      effect: "",
    })),
  };
  if (v.form === undefined || v.form === "seed") return buildMeasureSheetSpec(sheet);
  // The rating column beside the year table, the legend that gives its letters their meaning, and for the
  // indicator form a table to fill in: one row per plan year under the indicator's name.
  const spec = buildMeasureSheetSpec(sheet, { statusColumn: RATING_HEADER });
  const rows = spec.rows.map((r) => [...r]);
  const label = (value: string): CellSpec => ({ value, bold: true, fill: LABEL_FILL, border: true, vAlign: "middle" });
  const cell = (value: string | null): CellSpec => ({ value, border: true });
  rows.push([], [{ value: t("template.legend", lang), wrap: false }]);
  if (v.form === "indicator") {
    rows.push([], INDICATOR_HEADERS.map(label));
    for (let i = 0; i < v.years; i++) rows.push(INDICATOR_HEADERS.map((h) => cell(h === "年度" ? fiscalYearLabel(v.startYear + i) : null)));
  }
  return { ...spec, rows };
}

const RATING_HEADER = "自己評価";
/** The indicator table's header, in the reader's canonical spellings (read/indicators.ts). */
const INDICATOR_HEADERS = ["指標名", "単位", "基準値", "目標値", "年度", "目安値", "実績値", "達成率", "評価"];
