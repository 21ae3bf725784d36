/** The engine's catalogue: finding messages, statuses, severities, summary tabs, fill reasons, the new-sheet form. */
import { en } from "./en";
import { ja, type EngineKey } from "./ja";
import type { Lang } from "../model/schemas";
import { STATUS_SYMBOLS, type StatusCode } from "../model/statuses";
import type { RuleId } from "../rules";
import { translator, type Catalogues } from "./translate";

export type { EngineKey };
export type { Message, Params } from "./translate";
/** Every rule has its help texts: a rule added without them is a compile error here. */
type RuleTextKey = `ruleTitle.${RuleId}` | `ruleAbout.${RuleId}` | `ruleFix.${RuleId}` | `ruleCell.${RuleId}`;
export const engineCatalogues: Catalogues<EngineKey> & Record<Lang, Record<RuleTextKey, string>> = { ja, en };
export const t = translator(engineCatalogues);

/** A status as the summary tabs and the pane show it: its symbol, then its name (◎ 計画以上). */
export function statusLabel(status: StatusCode, lang: Lang): string {
  return `${STATUS_SYMBOLS[status]} ${t(`status.${status}`, lang)}`;
}
