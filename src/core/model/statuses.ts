/**
 * The statuses of a measure in a year (the README's "Statuses"), in display order. A plain constant without zod,
 * so fill and the summary builder load without it; schemas.ts builds StatusSchema from it.
 */
export const STATUSES = ["ahead", "on_track", "achieved", "delayed", "at_risk", "not_evaluated", "unknown"] as const;
export type StatusCode = (typeof STATUSES)[number];

/** The symbol shown before a status's name in every language (◎ 計画以上, ◎ Ahead): one character, no text. */
export const STATUS_SYMBOLS: Record<StatusCode, string> = {
  ahead: "◎",
  on_track: "○",
  achieved: "●",
  delayed: "△",
  at_risk: "×",
  not_evaluated: "－",
  unknown: "？",
};
