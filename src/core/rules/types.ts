/** A rule is one small named unit: id, default severity, a check from the parsed workbook to hits. */
import type { WorkbookGrid } from "../model/grid";
import type { Severity } from "../model/schemas";
import type { MeasureAnalysis } from "../judge/analysis";
import type { Params } from "../messages";
import type { PreviousContext } from "../judge/measureMatch";

export interface RuleContext {
  workbook: WorkbookGrid;
  /** Sheets that were read (generated summary tabs are left out). */
  readSheets: string[];
  measures: MeasureAnalysis[];
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

export interface Rule {
  id: string;
  severity: Severity;
  check(ctx: RuleContext): RuleHit[];
}
