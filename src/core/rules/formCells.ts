import type { Field, MeasureSheet } from "../reader";

/** Every value cell of the form, once each, in reading order. */
export function formCells(m: MeasureSheet): Field[] {
  const out: Field[] = [];
  const seen = new Set<string>();
  const add = (f: Field | null) => {
    if (f && !seen.has(f.cell)) {
      seen.add(f.cell);
      out.push(f);
    }
  };
  [m.title, m.number, m.name, m.department, m.overview, m.otherPlans].forEach(add);
  for (const y of m.years) [y.label, y.plan, y.build, y.operation, y.summary, y.work, y.effect, y.status].forEach(add);
  [m.expectedEffect, m.activityTarget, m.footnote].forEach(add);
  return out;
}
