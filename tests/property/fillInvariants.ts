/** The fill invariants (see checkFill), shared by fill.test.ts and the debugging of a failure. */
import { parseA1 } from "../../src/core/model/address";
import { proposeFill } from "../../src/core/engine";
import { cellAt, extent, type WorkbookGrid } from "../../src/core/model/grid";
import { applyEditsToGrid, inverseEdits } from "../support/gridEdits";
import { EditSchema } from "../../src/core/model/schemas";
import { parseEffect } from "../../src/core/judge/effect";
import { parseFiscalYearLabel } from "../../src/core/text/fiscalYear";
import { statusLabel } from "../../src/core/messages";
import { HTML_TAG } from "../../src/core/rules/htmlMarkup";
import type { Edit } from "../../src/core/model/schemas";
import { isValidA1, snapshot } from "./invariants";

const STATUS_TEXTS = (lang: "ja" | "en") =>
  new Set((["ahead", "on_track", "achieved", "delayed", "at_risk", "not_evaluated", "unknown"] as const).map((s) => statusLabel(s, lang)));

/**
 * Each edit does what its rule says: HTML removed leaves no tag; a year label becomes the canonical label of the same fiscal year, which reads back as no
 * variant; a percentage added to a fraction reads back as that fraction with a percentage that agrees
 * (or is the 100% cap); the status column gets one of the status texts of the language.
 */
export function checkEditMeaning(e: Edit, lang: "ja" | "en"): void {
  const fail = (why: string) => {
    throw new Error(`${e.rule} edit ${e.sheet}!${e.cell} ${JSON.stringify(e.before)} → ${JSON.stringify(e.after)}: ${why}`);
  };
  switch (e.rule) {
    case "html-markup":
      if (typeof e.after !== "string") fail("not text");
      else if (HTML_TAG.test(e.after)) fail("tags left");
      break;
    case "label-variant":
    case "era-out-of-range": {
      const was = parseFiscalYearLabel(e.before);
      const now = parseFiscalYearLabel(e.after);
      if (!was || !now) fail("not a fiscal-year label");
      else if (now.fiscalYear !== was.fiscalYear || now.variant || now.outOfRange) fail("not the canonical label of the same year");
      break;
    }
    case "percent-from-fraction": {
      const was = parseEffect(e.before, null);
      const now = parseEffect(e.after, null);
      if (was.kind !== "fraction" || now.kind !== "percentFraction") fail(`kinds ${was.kind} → ${now.kind}`);
      expect(now.fraction).toEqual(was.fraction);
      const check = now.checks.find((c) => c.kind === "percent-fraction");
      if (!check || !(check.ok || check.capped)) fail("the added percentage disagrees with the fraction");
      break;
    }
    case "status-column":
      if (typeof e.after !== "string" || !STATUS_TEXTS(lang).has(e.after)) fail("not a status text");
      break;
    default:
      fail("unknown fill rule");
  }
}

/** Every cell of `a` and `b` over the union of their blocks is the same value (Object.is: -0 stays -0). */
export function sameCells(a: WorkbookGrid, b: WorkbookGrid): void {
  expect(b.sheets.map((s) => s.name)).toEqual(a.sheets.map((s) => s.name));
  a.sheets.forEach((sa, i) => {
    const sb = b.sheets[i];
    const ea = extent(sa);
    const eb = extent(sb);
    const top = Math.min(sa.top, sb.top);
    const left = Math.min(sa.left, sb.left);
    for (let r = top; r < Math.max(ea.rows, eb.rows); r++)
      for (let c = left; c < Math.max(ea.cols, eb.cols); c++)
        if (!Object.is(cellAt(sa, r, c), cellAt(sb, r, c)))
          throw new Error(
            `cell (${r}, ${c}) of ${sa.name}: ${JSON.stringify(cellAt(sa, r, c))} became ${JSON.stringify(cellAt(sb, r, c))}`,
          );
    expect(sb.numFmts).toEqual(sa.numFmts);
  });
}

/**
 * Asserted for every workbook:
 * - every edit does what its rule says (checkEditMeaning);
 * - every edit passes EditSchema, names a sheet of the workbook and a valid A1 cell, at most one edit per
 *   cell, `before` is exactly the cell's current value, and `after` differs from it;
 * - with no protected sheet every edit applies (none skipped); applying leaves the input grid untouched
 *   and number formats unchanged;
 * - proposing again on the result gives no edit (idempotence);
 * - the inverse edits all apply and give back every cell exactly;
 * - with a protected sheet among the edited ones, nothing applies and the grid is unchanged.
 */
export function checkFill(wb: WorkbookGrid, lang: "ja" | "en"): void {
  const before = snapshot(wb);
  const edits = proposeFill(wb, { lang });
  expect(wb).toEqual(before);
  const sheets = new Map(wb.sheets.map((s) => [s.name, s]));
  const seen = new Set<string>();
  for (const e of edits) {
    EditSchema.parse(e);
    const s = sheets.get(e.sheet);
    if (!s) throw new Error(`edit on a sheet that does not exist: ${e.sheet}`);
    if (!isValidA1(e.cell)) throw new Error(`edit on an invalid cell ${e.cell}`);
    const key = `${e.sheet}\u0000${e.cell}`;
    if (seen.has(key)) throw new Error(`two edits on ${e.sheet}!${e.cell}`);
    seen.add(key);
    const { row, col } = parseA1(e.cell);
    if (!Object.is(cellAt(s, row, col), e.before))
      throw new Error(`edit ${e.cell}: before ${JSON.stringify(e.before)} is not the cell's ${JSON.stringify(cellAt(s, row, col))}`);
    if (Object.is(e.before, e.after)) throw new Error(`edit ${e.cell} changes nothing`);
    checkEditMeaning(e, lang);
  }
  const { workbook: applied, result } = applyEditsToGrid(wb, edits);
  expect(wb).toEqual(before);
  if (edits.some((e) => sheets.get(e.sheet)?.protected)) {
    expect(result.applied).toEqual([]);
    sameCells(wb, applied);
    return;
  }
  expect(result.skipped).toEqual([]);
  expect(result.applied).toHaveLength(edits.length);
  applied.sheets.forEach((s, i) => expect(s.numFmts).toEqual(wb.sheets[i].numFmts));

  const again = proposeFill(applied, { lang });
  if (again.length > 0) throw new Error(`fill is not idempotent: ${JSON.stringify(again.slice(0, 3).map(({ reason: _r, ...e }) => e))}`);

  const undo = applyEditsToGrid(applied, inverseEdits(result.applied));
  expect(undo.result.skipped).toEqual([]);
  sameCells(wb, undo.workbook);
}
