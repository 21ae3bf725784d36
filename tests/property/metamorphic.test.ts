/**
 * Metamorphic properties: changes a person would call cosmetic change nothing in the report but what
 * they must. Shifting every sheet's content moves every finding and year cell by the same offset; renaming
 * sheets changes only sheet names; white space inside the form's labels reads the same; the report's
 * language changes only the message shown.
 */
import fc from "fast-check";
import { parseA1, toA1 } from "../../src/core/model/address";
import { analyze } from "../../src/core/engine";
import type { SheetGrid, WorkbookGrid } from "../../src/core/model/grid";
import { t, type EngineKey } from "../../src/core/messages";
import type { Report } from "../../src/core/model/schemas";
import { anyWorkbook, sheetName, uniqueNames } from "./grids";
import { params } from "./runs";
import { SEED, seedSheet } from "./seed";
import { ALL_LABELS } from "./values";

const LANG = fc.constantFrom("ja" as const, "en" as const);

// ------------------------------------------------------------------------------------------------------
// Shift

/**
 * Moves a sheet's content down dr rows and right dc columns, either by its top/left or by padding the
 * stored block with empty rows and columns (as a used range that starts at A1 would come back).
 */
function shiftSheet(s: SheetGrid, dr: number, dc: number, pad: boolean): SheetGrid {
  if (!pad) return { ...s, top: s.top + dr, left: s.left + dc };
  const padRow = <T>(r: T[]): (T | null)[] => [...new Array<null>(dc).fill(null), ...r];
  const rows = <T>(block: T[][]): (T | null)[][] => [...Array.from({ length: dr }, () => [] as (T | null)[]), ...block.map(padRow)];
  return { ...s, values: rows(s.values), ...(s.numFmts ? { numFmts: rows(s.numFmts) } : {}) };
}

function moveCell(a1: string, dr: number, dc: number): string {
  const { row, col } = parseA1(a1);
  return toA1(row + dr, col + dc);
}

/**
 * The report expected after shifting: every cell moved, except no-measure-sheets (always A1). A year row
 * with no label is named by its label cell in messages (yearName), so those addresses move in the text.
 */
function shiftedReport(r: Report, dr: number, dc: number): Report {
  const unlabeled = new Map<string, string[]>();
  for (const m of r.measures)
    unlabeled.set(
      m.sheet,
      m.years.filter((y) => y.label.trim() === "").map((y) => y.cell),
    );
  const moveNames = (sheet: string, text: string) => {
    const cells = unlabeled.get(sheet) ?? [];
    if (cells.length === 0) return text;
    const re = new RegExp(`(?<![A-Z0-9])(${cells.join("|")})(?![0-9])`, "g");
    return text.replace(re, (a1) => moveCell(a1, dr, dc));
  };
  return {
    ...r,
    findings: r.findings.map((f) =>
      f.rule === "no-measure-sheets"
        ? f
        : {
            ...f,
            cell: moveCell(f.cell, dr, dc),
            message: moveNames(f.sheet, f.message),
            messages: { ja: moveNames(f.sheet, f.messages.ja), en: moveNames(f.sheet, f.messages.en) },
          },
    ),
    measures: r.measures.map((m) => ({
      ...m,
      ...(m.numberCell === undefined ? {} : { numberCell: moveCell(m.numberCell, dr, dc) }),
      years: m.years.map((y) => ({
        ...y,
        cell: moveCell(y.cell, dr, dc),
        effectCell: y.effectCell === null ? null : moveCell(y.effectCell, dr, dc),
      })),
    })),
  };
}

/**
 * The base keeps its content at least 5 rows below row 1: a form whose expected labels would fall above
 * row 1 has them pinned to row 1 (a clamp, not a shift), which no offset can reproduce.
 */
function awayFromEdges(wb: WorkbookGrid): WorkbookGrid {
  return { ...wb, sheets: wb.sheets.map((s) => ({ ...s, top: (s.top % 500) + 5, left: s.left % 60 })) };
}

// ------------------------------------------------------------------------------------------------------
// Rename

/** Stands in for the measure number while matching a message against its template. */
const NUMBER_SLOT = "\u0001<number slot>\u0001";

/**
 * The duplicate-number message with its sheet renamed: find which old sheet name (and which number)
 * fills the template to exactly this message, then fill it with the new name.
 */
function sameMessageWithOther(
  key: EngineKey,
  lang: "ja" | "en",
  message: string,
  oldNames: string[],
  rename: Map<string, string>,
): string | null {
  for (const other of oldNames) {
    const template = t(key, lang, { other, number: NUMBER_SLOT });
    const [head, tail] = template.split(NUMBER_SLOT);
    if (message.startsWith(head) && message.endsWith(tail) && message.length >= head.length + tail.length) {
      const number = message.slice(head.length, message.length - tail.length);
      if (t(key, lang, { other, number }) === message) return t(key, lang, { other: rename.get(other)!, number });
    }
  }
  return null;
}

// ------------------------------------------------------------------------------------------------------
// White space in labels

const SPACE = fc.constantFrom(" ", "\u3000", "\t", "\n", "\u00A0", "\u200B", "  ");

/** Inserts white space around and between a label's characters, keeping the cell at most `max` long. */
function spaced(label: string, picks: (string | null)[], max: number): string {
  const chars = Array.from(label);
  let out = "";
  let budget = max - label.length;
  for (let i = 0; i <= chars.length; i++) {
    const ws = picks[i % picks.length];
    if (ws && ws.length <= budget) {
      out += ws;
      budget -= ws.length;
    }
    if (i < chars.length) out += chars[i];
  }
  return out;
}

const LABELS = new Set(ALL_LABELS);

function withSpacedLabels(sheet: SheetGrid, picks: (string | null)[], max: number): SheetGrid {
  let k = 0;
  return {
    ...sheet,
    values: sheet.values.map((r) =>
      r.map((v) => (typeof v === "string" && LABELS.has(v) ? spaced(v, picks.slice(k++ % picks.length), max) : v)),
    ),
  };
}

describe("metamorphic properties", () => {
  it("shifting every sheet's content moves every finding and year cell by the same offset, nothing else", () => {
    // (Nothing else but the name of a year row without a label, which is its cell: it moves too.)
    fc.assert(
      fc.property(
        anyWorkbook.map(awayFromEdges),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 40 }),
        fc.boolean(),
        LANG,
        (wb, dr, dc, pad, lang) => {
          const shifted = { ...wb, sheets: wb.sheets.map((s) => shiftSheet(s, dr, dc, pad)) };
          const before = analyze(wb, { source: "s", lang });
          const after = analyze(shifted, { source: "s", lang });
          expect(after).toEqual(shiftedReport(before, dr, dc));
        },
      ),
      params("shift"),
    );
  });

  it("renaming sheets changes nothing but sheet names (and the names quoted in messages)", () => {
    fc.assert(
      fc.property(anyWorkbook, fc.array(sheetName, { minLength: 16, maxLength: 16 }), LANG, (wb, names, lang) => {
        const oldNames = wb.sheets.map((s) => s.name);
        const strangers = wb.generatedSheets.map((g) => g.name).filter((n) => !oldNames.includes(n));
        // New names distinct from each other and from names of generated tabs that are not in the workbook.
        const fresh = uniqueNames([...strangers, ...names.slice(0, oldNames.length)]).slice(strangers.length);
        const rename = new Map(oldNames.map((n, i) => [n, fresh[i]]));
        const to = (n: string) => rename.get(n) ?? n;
        const renamed: WorkbookGrid = {
          sheets: wb.sheets.map((s) => ({ ...s, name: to(s.name) })),
          generatedSheets: wb.generatedSheets.map((g) => ({ ...g, name: to(g.name) })),
        };
        const before = analyze(wb, { source: "s", lang });
        const after = analyze(renamed, { source: "s", lang });
        const expected: Report = {
          ...before,
          measures: before.measures.map((m) => ({ ...m, sheet: to(m.sheet) })),
          findings: before.findings.map((f) => {
            if (f.rule !== "duplicate-number") return { ...f, sheet: to(f.sheet) };
            const ja = sameMessageWithOther("rule.duplicate-number", "ja", f.messages.ja, oldNames, rename);
            const en = sameMessageWithOther("rule.duplicate-number", "en", f.messages.en, oldNames, rename);
            if (ja === null || en === null) throw new Error(`duplicate-number message names no sheet: ${f.messages.en}`);
            return { ...f, sheet: to(f.sheet), messages: { ja, en }, message: lang === "ja" ? ja : en };
          }),
        };
        expect(after).toEqual(expected);
      }),
      params("rename"),
    );
  });

  it("the seed with white space inside its labels (cells up to 24 characters) reads the same", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat({ max: SEED.length - 1 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.option(SPACE, { freq: 2, nil: null }), { minLength: 1, maxLength: 30 }),
        (picks, spaces) => {
          const sheets = picks.map((i) => seedSheet(i));
          const wb: WorkbookGrid = { sheets, generatedSheets: [] };
          const spacedWb: WorkbookGrid = { sheets: sheets.map((s) => withSpacedLabels(s, spaces, 24)), generatedSheets: [] };
          const before = analyze(wb, { source: "s", lang: "ja" });
          const after = analyze(spacedWb, { source: "s", lang: "ja" });
          // Short cells of the year rows (計画・設計, 開発・構築, 運用, 作業内容) are spaced too: they are values
          // reported as written, not labels, so they are left out of the comparison.
          const read = (r: Report) =>
            r.measures.map((m) => ({ ...m, years: m.years.map(({ plan: _p, build: _b, operation: _o, work: _w, ...y }) => y) }));
          expect(read(after)).toEqual(read(before));
          // Only label-variant may add findings (a label written with spaces is a variant spelling).
          const other = (r: Report) => r.findings.filter((f) => f.rule !== "label-variant");
          expect(other(after)).toEqual(other(before));
        },
      ),
      params("whitespace"),
    );
  });

  it("the report language changes only `lang` and each finding's `message`", () => {
    fc.assert(
      fc.property(anyWorkbook, (wb) => {
        const ja = analyze(wb, { source: "s", lang: "ja" });
        const en = analyze(wb, { source: "s", lang: "en" });
        expect(en).toEqual({ ...ja, lang: "en", findings: ja.findings.map((f) => ({ ...f, message: f.messages.en })) });
      }),
      params("lang"),
    );
  });
});
