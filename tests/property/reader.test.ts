/** `readMeasureSheet` on random sheets: never throws, and every Field it returns is the grid's own cell. */
import fc from "fast-check";
import { toA1 } from "../../src/core/model/address";
import { cellAt, cellText, numFmtAt, type SheetGrid } from "../../src/core/model/grid";
import { buildMeasureSheetSpec } from "../../src/core/produce/layout";
import { readMeasureSheet, type Field, type MeasureSheet } from "../../src/core/read/reader";
import { specToGrid } from "../../src/core/specGrid";
import { layoutOptions, mutatedSeedSheet, noiseSheet, randomFormSheet, soupSheet } from "./grids";
import { snapshot } from "./invariants";
import { params } from "./runs";
import { SEED } from "./seed";

function fieldsOf(m: MeasureSheet): Field[] {
  const out: (Field | null)[] = [
    m.title,
    m.number,
    m.name,
    m.department,
    m.overview,
    m.otherPlans,
    m.expectedEffect,
    m.activityTarget,
    m.footnote,
  ];
  for (const y of m.years) out.push(y.label, y.plan, y.build, y.operation, y.summary, y.work, y.effect, y.status);
  return out.filter((f): f is Field => f !== null);
}

/**
 * Asserted for every sheet read: each Field's `cell` is toA1(row, col), its `raw` is the grid's value
 * there (null outside the stored block), `text` is cellText(raw) and `numFmt` the grid's format; each
 * label hit names the cell holding its text; year rows are distinct, in sheet order, under the header, and
 * each year field sits on its row in the column the reader reports for it.
 */
function checkRead(sheet: SheetGrid, m: MeasureSheet | null): void {
  if (m === null) return;
  expect(m.sheet).toBe(sheet.name);
  for (const f of fieldsOf(m)) {
    if (f.cell !== toA1(f.row, f.col)) throw new Error(`field cell ${f.cell} is not (${f.row}, ${f.col})`);
    const raw = cellAt(sheet, f.row, f.col);
    if (!Object.is(f.raw, raw)) throw new Error(`field ${f.cell} raw ${JSON.stringify(f.raw)} but the grid holds ${JSON.stringify(raw)}`);
    if (f.text !== cellText(raw)) throw new Error(`field ${f.cell} text differs from its cell`);
    if (f.numFmt !== numFmtAt(sheet, f.row, f.col)) throw new Error(`field ${f.cell} numFmt differs from the grid's`);
  }
  for (const l of m.labels) {
    if (l.cell !== toA1(l.row, l.col)) throw new Error(`label cell ${l.cell} is not (${l.row}, ${l.col})`);
    if (cellAt(sheet, l.row, l.col) !== l.text) throw new Error(`label ${l.cell} text is not the cell's`);
  }
  let prev = m.headerRow;
  for (const y of m.years) {
    if (y.row <= prev) throw new Error(`year row ${y.row} not after ${prev}`);
    prev = y.row;
    const cols: [Field | null, number | null][] = [
      [y.summary, m.columns.progress],
      [y.work, m.columns.work],
      [y.effect, m.columns.effect],
      [y.status, m.columns.status],
      [y.plan, m.columns.plan],
    ];
    for (const f of [y.label, y.plan, y.build, y.operation, y.summary, y.work, y.effect, y.status])
      if (f && f.row !== y.row) throw new Error(`a field of year row ${y.row} sits on row ${f.row}`);
    for (const [f, col] of cols) if (f && f.col !== col) throw new Error(`year field at ${f.cell} is not in its column ${col}`);
  }
}

const named = (s: fc.Arbitrary<Omit<SheetGrid, "name">>) => s.map((g) => ({ ...g, name: "S" }));

describe("readMeasureSheet on random sheets", () => {
  it("noise and label soup: never throws; every Field is the grid's own cell", () => {
    fc.assert(
      fc.property(named(fc.oneof(noiseSheet, soupSheet)), (sheet) => {
        const before = snapshot(sheet);
        checkRead(sheet, readMeasureSheet(sheet));
        expect(sheet).toEqual(before);
      }),
      params("readerNoise"),
    );
  });

  it("forms (random content, and the seed mutated): never throws; every Field is the grid's own cell", () => {
    fc.assert(
      fc.property(named(fc.oneof(randomFormSheet, mutatedSeedSheet)), (sheet) => {
        checkRead(sheet, readMeasureSheet(sheet));
      }),
      params("readerForms"),
    );
  });

  it("the seed under any layout (offset, label variants, status column) reads every year as drawn", () => {
    fc.assert(
      fc.property(fc.nat({ max: SEED.length - 1 }), layoutOptions, (i, layout) => {
        const sheet = specToGrid(buildMeasureSheetSpec(SEED[i], layout));
        const m = readMeasureSheet(sheet);
        expect(m).not.toBeNull();
        checkRead(sheet, m);
        expect(m!.years.map((y) => y.label.raw)).toEqual(SEED[i].years.map((y) => y.labelRaw));
        expect(m!.years.map((y) => y.year?.fiscalYear)).toEqual(SEED[i].years.map((y) => y.fiscalYear));
        expect(m!.years.map((y) => y.summary?.text ?? "")).toEqual(SEED[i].years.map((y) => y.summary));
        expect(m!.number?.text).toBe(SEED[i].number);
      }),
      params("readerLayouts"),
    );
  });

  it("the generators reach the reader: label soup is sometimes, forms are nearly always read as a measure sheet", () => {
    const reads = (arb: fc.Arbitrary<Omit<SheetGrid, "name">>) =>
      fc
        .sample(named(arb), { numRuns: 200, seed: 11 })
        .map((s) => readMeasureSheet(s))
        .filter((m): m is MeasureSheet => m !== null && m.years.length > 0).length;
    expect(reads(soupSheet)).toBeGreaterThanOrEqual(10);
    expect(reads(fc.oneof(randomFormSheet, mutatedSeedSheet))).toBeGreaterThanOrEqual(150);
  });
});
