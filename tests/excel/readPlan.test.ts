import fc from "fast-check";
import {
  clusterAreas,
  parseAreaRef,
  planReadBatches,
  splitAreasAddress,
  splitBatch,
  PIECE_OVERHEAD_BYTES,
  type CellBox,
  type SheetSize,
} from "../../src/excel/readPlan";
import { excelWouldCoerce, fromExcelValue, sameCellValue, toExcelInput } from "../../src/excel/cellInput";

const size = (sheet: number, rowCount: number, columnCount: number, bytesPerCell?: number): SheetSize => ({
  sheet,
  rowIndex: 0,
  columnIndex: 0,
  rowCount,
  columnCount,
  bytesPerCell,
});

describe("planReadBatches", () => {
  test("everything under the budget is one batch of whole sheets", () => {
    const plan = planReadBatches([size(0, 10, 5), size(1, 20, 7), size(2, 0, 0)], 1_000_000, 10);
    expect(plan).toEqual([
      [
        { sheet: 0, rowOffset: 0, rowCount: 10 },
        { sheet: 1, rowOffset: 0, rowCount: 20 },
      ],
    ]);
  });

  test("rows stream into batches filled to the budget: ⌈bytes / budget⌉ batches", () => {
    // 3 sheets of 100 rows × 10 cells × 10 bytes = 10 kB each; budget 12 kB (+ overhead).
    const budget = 12_000 + 3 * PIECE_OVERHEAD_BYTES;
    const plan = planReadBatches([size(0, 100, 10), size(1, 100, 10), size(2, 100, 10)], budget, 10);
    expect(plan).toHaveLength(Math.ceil(30_000 / 12_000));
    // Every row of every sheet exactly once, in order.
    const rows = plan.flat().map((p) => [p.sheet, p.rowOffset, p.rowCount]);
    expect(rows).toEqual([
      [0, 0, 100],
      [1, 0, 22],
      [1, 22, 78],
      [2, 0, 44],
      [2, 44, 56],
    ]);
  });

  test("property: pieces cover each sheet's rows exactly once and no batch passes the budget", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            rows: fc.integer({ min: 0, max: 400 }),
            cols: fc.integer({ min: 1, max: 30 }),
            bpc: fc.integer({ min: 8, max: 200 }),
          }),
          {
            maxLength: 12,
          },
        ),
        fc.integer({ min: 20_000, max: 400_000 }),
        (sheets, budget) => {
          const sizes = sheets.map((s, i) => size(i, s.rows, s.cols, s.bpc));
          const plan = planReadBatches(sizes, budget);
          for (const [i, s] of sizes.entries()) {
            const pieces = plan.flat().filter((p) => p.sheet === i);
            let next = 0;
            for (const p of pieces) {
              expect(p.rowOffset).toBe(next);
              next += p.rowCount;
            }
            expect(next).toBe(s.rowCount);
          }
          for (const batch of plan) {
            const bytes = batch.reduce(
              (n, p) => n + p.rowCount * sizes[p.sheet].columnCount * (sizes[p.sheet].bytesPerCell ?? 0) + PIECE_OVERHEAD_BYTES,
              0,
            );
            // A lone row wider than the budget is the only exception.
            if (!(batch.length === 1 && batch[0].rowCount === 1)) expect(bytes).toBeLessThanOrEqual(budget);
          }
          const total = sizes.reduce((n, s) => n + s.rowCount * s.columnCount * (s.bytesPerCell ?? 0), 0);
          expect(plan.length).toBeGreaterThanOrEqual(Math.ceil(total / budget));
        },
      ),
    );
  });

  test("a reserve in the first batch (the index riding with it) leaves that much room there only", () => {
    // One sheet of 100 rows at 100 bytes a row; a budget of 10 rows and the overhead.
    const budget = 10 * 100 + PIECE_OVERHEAD_BYTES;
    const plain = planReadBatches([size(0, 100, 10, 10)], budget);
    const reserved = planReadBatches([size(0, 100, 10, 10)], budget, 48, 300);
    expect(plain[0][0].rowCount).toBe(10);
    expect(reserved[0][0].rowCount).toBe(7);
    expect(reserved[1][0]).toEqual({ sheet: 0, rowOffset: 7, rowCount: 10 });
    expect(reserved.flat().reduce((n, p) => n + p.rowCount, 0)).toBe(100);
  });

  test("splitBatch halves by pieces, a lone piece by rows, and gives up on one row", () => {
    expect(
      splitBatch([
        { sheet: 0, rowOffset: 0, rowCount: 5 },
        { sheet: 1, rowOffset: 0, rowCount: 5 },
      ]),
    ).toEqual([[{ sheet: 0, rowOffset: 0, rowCount: 5 }], [{ sheet: 1, rowOffset: 0, rowCount: 5 }]]);
    expect(splitBatch([{ sheet: 0, rowOffset: 4, rowCount: 5 }])).toEqual([
      [{ sheet: 0, rowOffset: 4, rowCount: 3 }],
      [{ sheet: 0, rowOffset: 7, rowCount: 2 }],
    ]);
    expect(splitBatch([{ sheet: 0, rowOffset: 4, rowCount: 1 }])).toBeNull();
  });
});

describe("splitAreasAddress", () => {
  test("plain and quoted sheet names, with commas and quotes inside", () => {
    expect(splitAreasAddress("Sheet1!A1:G1, Sheet1!$B$3:$G$3")).toEqual(["A1:G1", "B3:G3"]);
    expect(splitAreasAddress("'①-01'!A1:G1,'①-01'!B4:G4")).toEqual(["A1:G1", "B4:G4"]);
    expect(splitAreasAddress("'a, b''s'!A1:B2, 'a, b''s'!C3:D4")).toEqual(["A1:B2", "C3:D4"]);
    expect(splitAreasAddress("")).toEqual([]);
  });
});

describe("cell input", () => {
  test("text Excel would reinterpret gets an apostrophe; plain text and numbers do not", () => {
    for (const s of ["100%", "14% (1/7施設)", "1/7", "2020", "=SUM(A1)", "-", "+1", "@x", "'quoted", "TRUE", "#N/A", "１２３", "H28年度"])
      expect(toExcelInput(s)).toBe(`'${s}`);
    for (const s of ["計画通り進捗している", "", "企画課"]) expect(toExcelInput(s)).toBe(s);
    expect(toExcelInput(0.33)).toBe(0.33);
    expect(toExcelInput(true)).toBe(true);
    expect(toExcelInput(null)).toBe("");
    expect(excelWouldCoerce("abc")).toBe(false);
  });

  test("an empty cell and null are the same; everything else compares exactly", () => {
    expect(fromExcelValue("")).toBeNull();
    expect(sameCellValue(null, "")).toBe(true);
    expect(sameCellValue("", "")).toBe(true);
    expect(sameCellValue("100%", "100%")).toBe(true);
    expect(sameCellValue("100%", 1)).toBe(false);
    expect(sameCellValue(1, "1")).toBe(false);
    expect(sameCellValue(null, "x")).toBe(false);
  });
});

describe("the areas of a far-reaching used range", () => {
  test("parseAreaRef reads cells, ranges, whole columns and whole rows as Excel writes them; anything else is null", () => {
    expect(parseAreaRef("B3")).toEqual({ top: 2, left: 1, rows: 1, cols: 1 });
    expect(parseAreaRef("B3:G9")).toEqual({ top: 2, left: 1, rows: 7, cols: 6 });
    expect(parseAreaRef("H:J")).toEqual({ top: 0, left: 7, rows: 1_048_576, cols: 3 });
    expect(parseAreaRef("1048576:1048576")).toEqual({ top: 1_048_575, left: 0, rows: 1, cols: 16_384 });
    expect(parseAreaRef("XFD1048576")).toEqual({ top: 1_048_575, left: 16_383, rows: 1, cols: 1 });
    for (const bad of ["", "A0", "XFE1", "A1048577", "A1:B2:C3", "1:A", "R1C1"]) expect(parseAreaRef(bad)).toBeNull();
  });

  test("clusterAreas joins a form split by its blanks, and keeps a value far out and a long column apart", () => {
    const form = [
      { top: 0, left: 0, rows: 1, cols: 1 },
      { top: 2, left: 0, rows: 1, cols: 2 },
      { top: 2, left: 3, rows: 1, cols: 2 },
      { top: 8, left: 0, rows: 5, cols: 7 },
    ];
    const far = { top: 1_048_575, left: 16_383, rows: 1, cols: 1 };
    const column = { top: 20, left: 7, rows: 1_000_000, cols: 1 };
    const boxes = clusterAreas([...form, far, column]);
    expect(boxes).toHaveLength(3);
    expect(boxes).toContainEqual({ top: 0, left: 0, rows: 13, cols: 7 });
    expect(boxes).toContainEqual(far);
    expect(boxes).toContainEqual(column);
    // Every area lies inside one of the rectangles read.
    const inside = (a: CellBox, b: CellBox) =>
      a.top >= b.top && a.left >= b.left && a.top + a.rows <= b.top + b.rows && a.left + a.cols <= b.left + b.cols;
    for (const a of [...form, far, column]) expect(boxes.some((b) => inside(a, b))).toBe(true);
  });
});
