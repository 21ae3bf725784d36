/** A rule is one small named unit: id, default severity, a check from the parsed workbook to hits. */
import type { WorkbookGrid } from "../model/grid";
import type { Severity } from "../model/schemas";
import type { MeasureAnalysis } from "../judge/analysis";
import type { Params } from "../messages";
import type { FormsRead } from "../read/forms";
import type { Rounding } from "../text/precision";
import type { PreviousContext } from "../judge/measureMatch";

export interface RuleContext {
  workbook: WorkbookGrid;
  /** Sheets that were read (generated summary tabs are left out). */
  readSheets: string[];
  measures: MeasureAnalysis[];
  /** The form profile, legend, ratings and indicators (product.md §6). */
  forms?: FormsRead;
  /** How stated values are rounded in this office. */
  rounding?: Rounding;
  /** Last year's workbook, when this one is compared with it (`compare`, 前年度のブックと比較). */
  previous?: PreviousContext;
}

export interface RuleHit {
  sheet: string;
  cell: string;
  /** Parameters of the message `rule.<id>` (or `rule.<id>.<variant>`). */
  params?: Params;
  variant?: string;
  /** Overrides the rule's default severity for this hit (e.g. missing-summary on a merged measure). */
  severity?: Severity;
}

/**
 * A rule and its meta. The texts of its help (title, what it checks, how to fix it, which cell a finding
 * points at) and of its findings are in the engine's catalogue under its id (`ruleTitle.<id>`,
 * `ruleAbout.<id>`, `ruleFix.<id>`, `ruleCell.<id>`, `rule.<id>[.<variant>]`), one catalogue per language;
 * a rule without them does not compile (messages/index.ts).
 */
export interface Rule<Id extends string = string> {
  id: Id;
  /** Default severity; a hit may override it. */
  severity: Severity;
  /** A cell text, as a person would write it, that this rule reports: shown in the rule's help. */
  example: string;
  check(ctx: RuleContext): RuleHit[];
}

/** Declares a rule, keeping its id as a literal type so the catalogue can be checked against every id. */
export function defineRule<const Id extends string>(rule: Rule<Id>): Rule<Id> {
  return rule;
}
