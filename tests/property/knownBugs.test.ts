/**
 * Engine bugs found by the property tests, kept as their smallest reproductions now that they are fixed.
 * (BUG-1, 2, 3 are examples in analyze.test.ts, fill.test.ts and noHang.test.ts.)
 */
import { analyze } from "../../src/core/engine";
import type { CellValue, WorkbookGrid } from "../../src/core/model/grid";
import { classifyStatus } from "../../src/core/judge/status";
import { readMeasureSheet } from "../../src/core/read/reader";
import { checkFill } from "./fillInvariants";

function book(values: CellValue[][]): WorkbookGrid {
  return { sheets: [{ name: "S", top: 0, left: 0, values, merges: [], visibility: "visible", protected: false }], generatedSheets: [] };
}

describe("fixed engine bugs (minimal reproductions)", () => {
  // BUG-4. status.ts was quadratic in the number of delay phrases (a 1 MB summary of 遅延が生じ took
  // 494 s). It completes now; no timing assertion (shared machines), but a regression would stall here.
  test("BUG-4: a 1 MB summary of repeated delay phrases is classified", () => {
    expect(classifyStatus("遅延".repeat(1 << 19)).status).toBe("delayed");
    expect(classifyStatus("遅延が生じ、".repeat(1 << 16) + "計画通り進捗している。").status).not.toBeNull();
  });

  // BUG-5. matchLabel rejected any cell over 24 characters before removing white space.
  test("BUG-5: a label padded past 24 characters with spaces is still a label", () => {
    const wb = book([
      ["実施予定", null, null, null, "進捗総括" + " ".repeat(21)],
      ["H28年度", null, null, null, "計画通り進捗している"],
    ]);
    expect(analyze(wb, { source: "", lang: "ja" }).measures).toHaveLength(1);
  });

  // BUG-6. A status label under the header row in the year column (評価 where a year label goes) was taken
  // as the status column: the column of year labels. Fill then wrote statuses over the year column, and only
  // once a label variant (H 1年度) was fixed, so a second fill proposed more (not idempotent).
  test("BUG-6: a status label in the year column is no status column; fill is idempotent there", () => {
    const values: CellValue[][] = [["計画通り進捗している", "進捗評価"], ["評価"], [null, "あ"], ["H 1年度"]];
    expect(readMeasureSheet(book(values).sheets[0])?.columns).toMatchObject({ year: 0, status: null });
    checkFill(book(values), "ja");
  });
});
