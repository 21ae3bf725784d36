/**
 * The statuses of a measure in a year (product.md §3), in display order. A plain constant without zod,
 * so fill and the summary builder load without it; schemas.ts builds StatusSchema from it.
 */
export const STATUSES = ["ahead", "on_track", "achieved", "delayed", "at_risk", "not_evaluated", "unknown"] as const;
