/**
 * A rule's name and its one-line "how to fix", for the pane, from each rule's help in the engine's
 * catalogue (ruleTitle.<id>, ruleFix.<id>). The pane never shows a rule id; an unknown id shows as itself.
 */
import { t } from "../core/messages";
import type { Lang } from "../core/model/schemas";

export function ruleTitle(id: string, lang: Lang): string {
  const key = `ruleTitle.${id}`;
  return t.has(key) ? t(key, lang) : id;
}

export function ruleHowToFix(id: string, lang: Lang): string {
  const key = `ruleFix.${id}`;
  return t.has(key) ? t(key, lang) : "";
}
