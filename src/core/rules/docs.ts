/**
 * Each rule's help, from its meta and the catalogue: what the README's rule table and the task pane's
 * per-rule help are made of, so neither can drift from the rules themselves.
 */
import type { Lang, Severity } from "../model/schemas";
import { t } from "../messages";
import { RULES, type RuleId } from "./index";

export interface RuleDoc {
  id: RuleId;
  severity: Severity;
  title: string;
  /** What it checks. */
  about: string;
  howToFix: string;
  /** Which cell a finding points at. */
  cell: string;
  example: string;
}

export function ruleDoc(id: RuleId, lang: Lang): RuleDoc {
  const rule = RULES.find((r) => r.id === id)!;
  return {
    id,
    severity: rule.severity,
    title: t(`ruleTitle.${id}`, lang),
    about: t(`ruleAbout.${id}`, lang),
    howToFix: t(`ruleFix.${id}`, lang),
    cell: t(`ruleCell.${id}`, lang),
    example: rule.example,
  };
}

export function isRuleId(id: string): id is RuleId {
  return RULES.some((r) => r.id === id);
}

/** Every rule's help, in the order findings are listed. */
export function ruleDocs(lang: Lang): RuleDoc[] {
  return RULES.map((r) => ruleDoc(r.id, lang));
}

/** The rules as a Markdown table, as the README shows it. */
export function ruleTableMarkdown(lang: Lang): string {
  const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const head = lang === "ja" ? ["rule", "重要度", "内容", "例", "直し方"] : ["rule", "severity", "what", "example", "how to fix"];
  const lines = [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`];
  for (const d of ruleDocs(lang))
    lines.push(`| \`${d.id}\` | ${d.severity} | ${cell(d.about)} (${cell(d.cell)}) | ${cell(d.example)} | ${cell(d.howToFix)} |`);
  return lines.join("\n");
}

const START = "<!-- rules:start -->";
const END = "<!-- rules:end -->";

/** The text with its rule table (between the markers) made anew from the rules' meta, in English. */
export function replaceRuleTable(text: string): string {
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) throw new Error(`the rule table markers ${START} … ${END} are missing`);
  return `${text.slice(0, a + START.length)}\n${ruleTableMarkdown("en")}\n${text.slice(b)}`;
}
