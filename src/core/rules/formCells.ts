import type { Field, MeasureSheet } from "../read/reader";

/** Several rules walk the same cells: each sheet's list is made once (a read sheet is never changed). */
const cache = new WeakMap<MeasureSheet, readonly Field[]>();

/** Every value cell of the form, once each, in reading order. */
export function formCells(m: MeasureSheet): readonly Field[] {
  let cells = cache.get(m);
  if (!cells) cache.set(m, (cells = collect(m)));
  return cells;
}

function collect(m: MeasureSheet): Field[] {
  const out: Field[] = [];
  // By position (one-to-one with the A1 text inside Excel's 16,384 columns), cheaper to hash than a string.
  const seen = new Set<number | string>();
  const add = (f: Field | null) => {
    if (!f) return;
    const key = f.col < 16384 ? f.row * 16384 + f.col : f.cell;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(f);
    }
  };
  [m.title, m.number, m.name, m.department, m.overview, m.otherPlans].forEach(add);
  for (const y of m.years) [y.label, y.plan, y.build, y.operation, y.summary, y.work, y.effect, y.status].forEach(add);
  [m.expectedEffect, m.activityTarget, m.footnote].forEach(add);
  return out;
}
