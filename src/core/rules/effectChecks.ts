/** The arithmetic of effect cells: a stated percentage, ratio or money sum against its own parts. */
import { yearName } from "../read/reader";
import type { Rule, RuleHit, RuleContext } from "./types";
import type { EffectCheck } from "../judge/effect";

function eachCheck(ctx: RuleContext, pick: (c: EffectCheck) => boolean): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const m of ctx.measures)
    for (const y of m.years)
      for (const c of y.effect.checks)
        if (pick(c) && y.row.effect)
          hits.push({
            sheet: m.sheet.sheet,
            cell: y.row.effect.cell,
            variant: c.kind === "percent-fraction" ? undefined : c.kind,
            params: { label: yearName(y.row), stated: c.stated, detail: c.detail, computed: formatNumber(c.computed) },
          });
  return hits;
}

export function formatNumber(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Math.round(x * 100) / 100);
}

export const percentFractionMismatch: Rule = {
  id: "percent-fraction-mismatch",
  severity: "error",
  check: (ctx) => eachCheck(ctx, (c) => c.kind === "percent-fraction" && !c.ok && !c.capped),
};

export const arithmetic: Rule = {
  id: "arithmetic",
  severity: "error",
  check: (ctx) => eachCheck(ctx, (c) => (c.kind === "ratio" || c.kind === "money") && !c.ok),
};

export const over100: Rule = {
  id: "over-100",
  severity: "warning",
  check: (ctx) => eachCheck(ctx, (c) => c.kind === "percent-fraction" && c.capped),
};
