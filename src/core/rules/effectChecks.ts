/** The arithmetic of effect cells: a stated percentage, ratio or money sum against its own parts. */
import { yearName } from "../read/reader";
import { defineRule, type RuleContext, type RuleHit } from "./types";
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

export const percentFractionMismatch = defineRule({
  id: "percent-fraction-mismatch",
  severity: "error",
  example: "50% (1/7施設)",
  check: (ctx) => eachCheck(ctx, (c) => c.kind === "percent-fraction" && !c.ok && !c.capped),
});

export const arithmetic = defineRule({
  id: "arithmetic",
  severity: "error",
  example: "約3400万-約3000万=削減効果額約500万",
  check: (ctx) => eachCheck(ctx, (c) => (c.kind === "ratio" || c.kind === "money") && !c.ok),
});

export const over100 = defineRule({
  id: "over-100",
  severity: "warning",
  example: "100% (15/7施設)",
  check: (ctx) => eachCheck(ctx, (c) => c.kind === "percent-fraction" && c.capped),
});
