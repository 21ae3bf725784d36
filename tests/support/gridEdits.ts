/** Edits applied to a WorkbookGrid (a copy): the pure twin of a gateway's applyEdits, for tests and previews. */
import { parseA1 } from "../../src/core/model/address";
import { cellAt, sameValue, type WorkbookGrid } from "../../src/core/model/grid";
import type { ApplyResult } from "../../src/core/model/gateway";
import type { Edit } from "../../src/core/model/schemas";

export function applyEditsToGrid(wb: WorkbookGrid, edits: Edit[]): { workbook: WorkbookGrid; result: ApplyResult } {
  const sheets = wb.sheets.map((s) => ({ ...s, values: s.values.map((r) => [...r]) }));
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const result: ApplyResult = { applied: [], skipped: [] };
  const protectedHit = edits.some((e) => byName.get(e.sheet)?.protected);
  for (const e of edits) {
    const s = byName.get(e.sheet);
    if (!s) {
      result.skipped.push({ edit: e, reason: "missing" });
      continue;
    }
    if (protectedHit) {
      result.skipped.push({ edit: e, reason: s.protected ? "protected" : "blocked" });
      continue;
    }
    const { row, col } = parseA1(e.cell);
    if (!sameValue(cellAt(s, row, col), e.before)) {
      result.skipped.push({ edit: e, reason: "changed" });
      continue;
    }
    // Grow the stored block where the edit falls outside it.
    if (row < s.top || col < s.left) throw new Error("edit above or left of the stored block is not supported");
    const r = row - s.top;
    while (s.values.length <= r) s.values.push([]);
    const line = s.values[r];
    while (line.length <= col - s.left) line.push(null);
    line[col - s.left] = e.after;
    result.applied.push(e);
  }
  return { workbook: { ...wb, sheets }, result };
}

/** The undo of applied edits: the same edits, after and before swapped, in reverse order. */
export function inverseEdits(applied: Edit[]): Edit[] {
  return [...applied].reverse().map((e) => ({ ...e, before: e.after, after: e.before }));
}
