/**
 * zod issues → one message per form field, in the UI language from the catalogue (zod's own English
 * messages are never shown). Fields are keyed by their dotted path ("tabNames.overview").
 */
import type { z } from "zod";
import { t as translate, type Params } from "./messages";
import type { Translate } from "./i18n";

/**
 * A schema may carry its own catalogue keys as issue messages (NewMeasureInputSchema does); those win,
 * filled with `params`. Other issues get a generic text by their code.
 */
export function fieldErrors(
  issues: readonly z.core.$ZodIssue[],
  t: Translate,
  params: Params = {},
  blank: ReadonlySet<string> = new Set(),
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join(".") || "_form";
    if (out[path]) continue; // the first problem of a field is enough to fix it
    out[path] = translate.has(issue.message) ? t(issue.message, params) : issueText(issue, t, blank.has(path));
  }
  return out;
}

function issueText(issue: z.core.$ZodIssue, t: Translate, isBlank: boolean): string {
  if (isBlank) return t("taskpane.form.required");
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string") {
        return Number(issue.minimum) <= 1 ? t("taskpane.form.required") : t("taskpane.form.tooShort", { min: Number(issue.minimum) });
      }
      if (issue.origin === "array") return t("taskpane.form.required");
      return t("taskpane.form.tooSmall", { min: Number(issue.minimum) });
    case "too_big":
      if (issue.origin === "string") return t("taskpane.form.tooLong", { max: Number(issue.maximum) });
      return t("taskpane.form.tooBig", { max: Number(issue.maximum) });
    case "invalid_type":
      if (issue.expected === "int") return t("taskpane.form.integer");
      if (issue.expected === "number") return t("taskpane.form.number");
      return t("taskpane.form.required");
    case "invalid_format":
      return t("taskpane.form.format");
    case "invalid_value":
      return t("taskpane.form.choice");
    case "custom":
      return issue.message === "sheetName" ? t("taskpane.form.sheetName") : t("taskpane.form.invalid");
    default:
      return t("taskpane.form.invalid");
  }
}

/** "" → undefined, digits → number, anything else passed on so the schema reports it. */
export function numberField(text: string): number | string | undefined {
  const s = text.trim().normalize("NFKC");
  if (s === "") return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : s;
}
