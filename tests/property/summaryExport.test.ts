/**
 * Summary tabs and the open-data export of random workbooks' reports: specs pass SheetSpecSchema and
 * point only at real sheets and valid cells; CSV parses back (RFC 4180) to exactly the rows, with every
 * text a spreadsheet would run as a formula neutralised; JSON parses back to the same rows.
 */
import fc from "fast-check";
import { parseRange } from "../../src/core/model/address";
import { analyze, buildSummarySheets, exportData } from "../../src/core/engine";
import { EXPORT_COLUMNS, exportRows, type ExportRow } from "../../src/core/produce/export";
import type { WorkbookGrid } from "../../src/core/model/grid";
import type { Report } from "../../src/core/model/schemas";
import { SheetSpecSchema, type SheetSpec } from "../../src/core/model/sheetSpec";
import { anyWorkbook, sheetName } from "./grids";
import { parseCsv } from "./csv";
import { isValidA1 } from "./invariants";
import { params } from "./runs";
import { SUMMARY_ROLES } from "../../src/core/engine";

function validRange(ref: string): boolean {
  const [a, b = a] = ref.split(":");
  return isValidA1(a) && isValidA1(b);
}

/**
 * Each spec passes SheetSpecSchema and has a non-empty name; links name a sheet of the workbook and a
 * valid cell; table refs, conditional-format refs and chart refs are valid; a table has as many distinct,
 * non-empty column names as its header row has cells, and as many data rows as the spec has below it.
 */
function checkSpecs(wb: WorkbookGrid, specs: SheetSpec[]): void {
  // 指標一覧 (indicators) is written only for a workbook with indicators.
  const roles = specs.map((s) => s.role);
  expect(roles).toEqual(SUMMARY_ROLES.filter((r) => r !== "indicators" || roles.includes("indicators")));
  const names = new Set(wb.sheets.map((s) => s.name));
  for (const spec of specs) {
    SheetSpecSchema.parse(spec);
    expect(spec.name.trim()).not.toBe("");
    for (const row of spec.rows)
      for (const cell of row) {
        const link = cell?.link;
        if (link && "sheet" in link) {
          if (!names.has(link.sheet)) throw new Error(`${spec.role}: link to a sheet that does not exist: ${link.sheet}`);
          if (!isValidA1(link.cell)) throw new Error(`${spec.role}: link to an invalid cell ${link.cell}`);
        }
      }
    for (const t of spec.tables) {
      expect(isValidA1(t.ref)).toBe(true);
      expect(t.columns.length).toBe(spec.rows[0].length);
      expect(t.columns.every((c) => c.trim() !== "")).toBe(true);
      expect(new Set(t.columns.map((c) => c.toUpperCase())).size).toBe(t.columns.length);
      expect(t.rows).toBe(spec.rows.length - 1);
    }
    for (const cf of spec.conditionalFormats) {
      if (!validRange(cf.ref)) throw new Error(`${spec.role}: conditional format on ${cf.ref}`);
      expect(parseRange(cf.ref).bottom).toBeLessThan(spec.rows.length);
    }
    for (const ch of spec.charts) {
      expect(validRange(ch.dataRef)).toBe(true);
      expect(isValidA1(ch.anchor)).toBe(true);
    }
  }
}

const DANGEROUS = /^[=+\-@\t\r]/;

/** What csvField writes for a value, before quoting, given the text it reads back. */
function expectedField(v: ExportRow[keyof ExportRow]): string {
  if (v === null) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v;
}

/**
 * The CSV starts with a BOM, every record ends in CRLF, it parses as RFC 4180 to a header of
 * EXPORT_COLUMNS and one record per measure-year. A text field reads back as written, except that one
 * starting with =, +, -, @, tab or CR reads back with an apostrophe in front; a lone "-" (white space
 * around it aside) stays as it is. Numbers and booleans are never prefixed.
 */
function checkCsv(report: Report): void {
  const csv = exportData(report, "csv");
  expect(csv.startsWith("\uFEFF")).toBe(true);
  expect(csv.endsWith("\r\n")).toBe(true);
  const records = parseCsv(csv.slice(1, -2));
  const rows = exportRows(report);
  expect(records[0]).toEqual([...EXPORT_COLUMNS]);
  expect(records.length - 1).toBe(rows.length);
  // A row per measure-year; a measure with indicators has one per indicator and year instead.
  if (report.measures.every((m) => m.indicators.length === 0))
    expect(rows.length).toBe(report.measures.reduce((n, m) => n + m.years.length, 0));
  rows.forEach((row, i) => {
    const rec = records[i + 1];
    expect(rec.length).toBe(EXPORT_COLUMNS.length);
    EXPORT_COLUMNS.forEach((col, j) => {
      const v = row[col];
      const got = rec[j];
      const plain = expectedField(v);
      if (typeof v === "string" && DANGEROUS.test(v) && v.trim() !== "-") {
        if (got !== `'${plain}`) throw new Error(`${col} ${JSON.stringify(v)} not neutralised: ${JSON.stringify(got)}`);
      } else if (got !== plain) throw new Error(`${col} ${JSON.stringify(v)} read back as ${JSON.stringify(got)}`);
      if (typeof v === "string" && DANGEROUS.test(got) && got.trim() !== "-")
        throw new Error(`${col} reads back as a formula: ${JSON.stringify(got)}`);
    });
  });
}

function checkJson(report: Report): void {
  const parsed = JSON.parse(exportData(report, "json"));
  expect(parsed.schemaVersion).toBe(1);
  expect(parsed.source).toBe(report.source);
  expect(parsed.columns).toEqual([...EXPORT_COLUMNS]);
  // JSON has no -0; everything else comes back as it went.
  expect(parsed.rows).toEqual(JSON.parse(JSON.stringify(exportRows(report))));
}

const tabNames = fc.option(fc.dictionary(fc.constantFrom(...SUMMARY_ROLES), sheetName, { maxKeys: 3 }), { nil: undefined });

describe("summary tabs and export of random workbooks", () => {
  it("never throw; specs are valid and point at real sheets; CSV and JSON read back to the rows", () => {
    fc.assert(
      fc.property(
        anyWorkbook,
        fc.constantFrom("ja" as const, "en" as const),
        tabNames,
        fc.string({ maxLength: 20 }),
        (wb, lang, names, source) => {
          const report = analyze(wb, { source, lang });
          checkSpecs(wb, buildSummarySheets(report, { lang, names }));
          checkCsv(report);
          checkJson(report);
        },
      ),
      params("summaryExport"),
    );
  });

  it("neutralises every formula-looking text the export can carry", () => {
    // Direct: formula texts in every text column of a report, not only where random sheets put them.
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom("=", "+", "-", "@", "\t", "\r", "", " ", "'"), fc.string({ maxLength: 8 })), {
          minLength: 6,
          maxLength: 6,
        }),
        (parts) => {
          const [a, b, c, d, e, f] = parts.map(([p, s]) => p + s);
          const report: Report = {
            schemaVersion: 1,
            source: "x",
            lang: "ja",
            measures: [
              {
                sheet: a,
                number: b,
                name: c,
                department: d,
                departments: [d],
                activityTarget: "",
                years: [
                  {
                    label: e,
                    fiscalYear: 2016,
                    cell: "A9",
                    status: null,
                    statusPhrase: f,
                    summary: f,
                    effect: e,
                    effectCell: "G9",
                    effectKind: "dash",
                    progress: null,
                    progressRaw: null,
                    rating: null,
                    ratingStatus: null,
                    textStatus: null,
                  },
                ],
                latestProgress: null,
                delayed: false,
                delayedNow: false,
                notEvaluated: false,
                indicators: [],
              },
            ],
            findings: [],
            totals: { measures: 1, errors: 0, warnings: 0, infos: 0, delayed: 0, delayedNow: 0 },
          };
          checkCsv(report);
          checkJson(report);
        },
      ),
      params("csvDirect"),
    );
  });
});
