/**
 * A rule's name and its one-line "how to fix", for the pane. The pane never shows a rule id; it asks
 * here. (Kept to these two functions so that reading them from each rule's own meta is a one-line change.)
 */
import { catalogue, t } from "../core/messages";
import type { Lang } from "../core/model/schemas";

export function ruleTitle(id: string, lang: Lang): string {
  const key = `ruleTitle.${id}`;
  return key in catalogue ? t(key, lang) : id;
}

export function ruleHowToFix(id: string, lang: Lang): string {
  const key = `taskpane.ruleFix.${id}`;
  return key in catalogue ? t(key, lang) : "";
}
