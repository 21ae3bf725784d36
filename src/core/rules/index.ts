/** Every rule, in the order findings are listed within a cell. Adding a rule: one file, one line here. */
import { noMeasureSheets } from "./noMeasureSheets";
import { requiredField } from "./requiredField";
import { duplicateNumber } from "./duplicateNumber";
import { yearSequence } from "./yearSequence";
import { missingSummary } from "./missingSummary";
import { statusUnknown } from "./statusUnknown";
import { percentFractionMismatch, arithmetic, over100 } from "./effectChecks";
import { dashAfterProgress, progressRegression, statusProgressConflict } from "./progressRules";
import { boilerplateSummary } from "./boilerplateSummary";
import { eraOutOfRange } from "./eraOutOfRange";
import { htmlMarkup } from "./htmlMarkup";
import { labelVariant } from "./labelVariant";
import { unrecognizedEffect } from "./unrecognizedEffect";
import { cellError } from "./cellError";
import { formNotRead } from "./formNotRead";
import { ratingUnknown } from "./ratingUnknown";
import { ratingTextConflict } from "./ratingTextConflict";
import { ratingKpiConflict } from "./ratingKpiConflict";
import { kpiArithmetic } from "./kpiArithmetic";
import { kpiMissingActual } from "./kpiMissingActual";
import { copiedFromLastYear } from "./copiedFromLastYear";
import { statusChanged } from "./statusChanged";
import { progressDecreasedSinceLastYear } from "./progressDecreasedSinceLastYear";

export const RULES = [
  noMeasureSheets,
  formNotRead,
  requiredField,
  duplicateNumber,
  yearSequence,
  missingSummary,
  cellError,
  statusUnknown,
  percentFractionMismatch,
  arithmetic,
  over100,
  dashAfterProgress,
  progressRegression,
  statusProgressConflict,
  boilerplateSummary,
  eraOutOfRange,
  htmlMarkup,
  labelVariant,
  unrecognizedEffect,
  ratingUnknown,
  ratingTextConflict,
  ratingKpiConflict,
  kpiArithmetic,
  kpiMissingActual,
  // Only when compared with last year's workbook (RuleContext.previous).
  copiedFromLastYear,
  statusChanged,
  progressDecreasedSinceLastYear,
] as const;

export type RuleId = (typeof RULES)[number]["id"];

/** The rules that compare with last year's workbook: what `compare` and 前年度比較 list. */
export const COMPARISON_RULE_IDS: readonly RuleId[] = [copiedFromLastYear.id, statusChanged.id, progressDecreasedSinceLastYear.id];

export type { Rule, RuleContext, RuleHit } from "./types";
