/**
 * User settings of the task pane, as a zod schema: they cross a boundary (workbook settings in Excel,
 * localStorage in the preview), so whatever comes back is parsed, and a damaged value falls back to the
 * default instead of breaking the pane.
 */
import { z } from "zod";
import type { Lang } from "./schemas";
import { SUMMARY_ROLE_NAMES, SUMMARY_ROLES, type SummaryRole } from "./sheetRoles";
import { parseProfile, ProfileSchema } from "./profileSchema";
import { ROUNDINGS, type Rounding } from "../text/precision";

/** A plan period, the same for the settings and the new-sheet form: a 総合計画 may run 10–12 years, a few up to 20. */
export const PLAN_START_YEAR_MIN = 1989;
export const PLAN_START_YEAR_MAX = 2100;
export const PLAN_YEARS_MIN = 1;
export const PLAN_YEARS_MAX = 20;

export const SummaryRoleSchema = z.enum(SUMMARY_ROLE_NAMES);
export { SUMMARY_ROLES, type SummaryRole };

/** Excel's own limits on a sheet name: 1–31 characters, none of : \ / ? * [ ], not starting or ending with '. */
export const SheetNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(31)
  .refine((s) => !/[:\\/?*[\]]/.test(s) && !s.startsWith("'") && !s.endsWith("'"), { message: "sheetName" });

export const RoundingSchema = z.enum(ROUNDINGS);
export type { Rounding };

export const LanguageSettingSchema = z.enum(["auto", "ja", "en"]);
export type LanguageSetting = z.infer<typeof LanguageSettingSchema>;

export const TabNamesSchema = z.object({
  overview: SheetNameSchema.optional(),
  delayed: SheetNameSchema.optional(),
  byDepartment: SheetNameSchema.optional(),
  byYear: SheetNameSchema.optional(),
  findings: SheetNameSchema.optional(),
  indicators: SheetNameSchema.optional(),
});
export type TabNames = z.infer<typeof TabNamesSchema>;

export const SettingsSchema = z.object({
  /** First fiscal year of the plan (2016 for H28), for new measure sheets. */
  planStartYear: z.number().int().min(PLAN_START_YEAR_MIN).max(PLAN_START_YEAR_MAX).optional(),
  /** Number of fiscal years in the plan. */
  planYears: z.number().int().min(PLAN_YEARS_MIN).max(PLAN_YEARS_MAX).optional(),
  /** How a stated percentage may be rounded from its fraction; "any" accepts half-up, floor and ceil. */
  rounding: RoundingSchema.default("any"),
  /** "auto" follows Office's display language. */
  language: LanguageSettingSchema.default("auto"),
  /** Names for the summary tabs; a missing role takes the catalogue name in the UI language. */
  tabNames: TabNamesSchema.default({}),
  /** The office's form profile (product.md §6), saved from the 様式 panel so everyone reads the workbook alike. */
  // The schema itself, not a check: a profile saved by hand gets its defaults (labels, scale …) filled in.
  profile: ProfileSchema.optional(),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingsInput = z.input<typeof SettingsSchema>;

/** The document-settings key the add-in saves under (in an .xlsx: a web-extension property of that name). */
export { SETTINGS_KEY as WORKBOOK_SETTINGS_KEY } from "./settingsKey";

export const defaultSettings: Settings = SettingsSchema.parse({});

/**
 * Reads stored settings leniently: each field that fails its schema falls back to its default, so one
 * bad value (say a tab name edited by hand) does not throw away the rest.
 */
export function parseSettings(raw: unknown): Settings {
  const whole = SettingsSchema.safeParse(raw);
  if (whole.success) return whole.data;
  const obj = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  const out: Settings = { ...defaultSettings, tabNames: {} };
  const start = SettingsSchema.shape.planStartYear.safeParse(obj.planStartYear);
  if (start.success && start.data !== undefined) out.planStartYear = start.data;
  const years = SettingsSchema.shape.planYears.safeParse(obj.planYears);
  if (years.success && years.data !== undefined) out.planYears = years.data;
  const rounding = RoundingSchema.safeParse(obj.rounding);
  if (rounding.success) out.rounding = rounding.data;
  const language = LanguageSettingSchema.safeParse(obj.language);
  if (language.success) out.language = language.data;
  const profile = obj.profile === undefined ? null : parseProfile(obj.profile);
  if (profile?.ok) out.profile = profile.profile;
  const names = obj.tabNames && typeof obj.tabNames === "object" ? (obj.tabNames as Record<string, unknown>) : {};
  for (const role of SUMMARY_ROLES) {
    const n = SheetNameSchema.safeParse(names[role]);
    if (n.success) out.tabNames[role] = n.data;
  }
  return out;
}

/**
 * The UI language. An explicit setting wins; otherwise Office's display language ("ja-JP", "en-US"…):
 * Japanese for ja-*, English for any other language Office reports, Japanese when none is known
 * (the product's users are Japanese municipal staff).
 */
export function resolveLang(settings: Pick<Settings, "language">, officeDisplayLanguage?: string): Lang {
  if (settings.language === "ja" || settings.language === "en") return settings.language;
  const dl = (officeDisplayLanguage ?? "").trim().toLowerCase();
  if (dl === "") return "ja";
  return dl === "ja" || dl.startsWith("ja-") || dl.startsWith("ja_") ? "ja" : "en";
}

/** Where settings live: the workbook's settings in Excel, localStorage in the browser preview. */
export interface SettingsStore {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
}
