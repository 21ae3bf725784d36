/**
 * Hand-made reports, edits, a recording fake gateway and a fake engine for the component tests: the
 * panels are tested on what they do with data, not on the rules (those have their own tests).
 */
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ApplyResult, CellMark, SkippedEdit, WorkbookGateway, WriteSheetsResult } from "../../src/core/model/gateway";
import type { CellValue, WorkbookGrid } from "../../src/core/model/grid";
import type { Edit, Finding, MeasureReport, Report } from "../../src/core/model/schemas";
import type { SheetSpec } from "../../src/core/model/sheetSpec";
import { defaultSettings, type Settings, type SettingsStore } from "../../src/core/model/settings";
import { NewMeasureInputSchema } from "../../src/core/produce/template";
import { TaskpaneApp, type PanelId } from "../../src/taskpane/App";
import type { EngineApi } from "../../src/taskpane/engineApi";

export function finding(f: Partial<Finding> & Pick<Finding, "sheet" | "cell">): Finding {
  const ja = f.messages?.ja ?? `${f.cell} の指摘`;
  const en = f.messages?.en ?? `Finding at ${f.cell}`;
  return { rule: "arithmetic", severity: "error", message: ja, messages: { ja, en }, ...f };
}

export function measure(m: Partial<MeasureReport> & Pick<MeasureReport, "sheet">): MeasureReport {
  return {
    number: m.sheet,
    name: `施策 ${m.sheet}`,
    department: "企画課",
    departments: ["企画課"],
    activityTarget: "",
    years: [],
    latestProgress: null,
    delayed: false,
    delayedNow: false,
    notEvaluated: false,
    indicators: [],
    ...m,
  };
}

export const FINDINGS: Finding[] = [
  finding({
    sheet: "①-01",
    cell: "G13",
    severity: "warning",
    rule: "over-100",
    messages: { ja: "100% を超えています", en: "Passes 100%" },
  }),
  finding({
    sheet: "②-05",
    cell: "F8",
    severity: "info",
    rule: "label-variant",
    messages: { ja: "見出しがありません", en: "Header missing" },
  }),
  finding({
    sheet: "①-01",
    cell: "E10",
    severity: "error",
    rule: "missing-summary",
    messages: { ja: "進捗総括が空です", en: "Progress summary is empty" },
  }),
  finding({
    sheet: "②-05",
    cell: "G9",
    severity: "error",
    rule: "arithmetic",
    messages: { ja: "計算が合いません", en: "The sum is wrong" },
  }),
];

export function makeReport(over: Partial<Report> = {}): Report {
  const measures = over.measures ?? [
    measure({ sheet: "①-01", name: "ホームページの充実", delayed: true, delayedNow: false, latestProgress: 100 }),
    measure({ sheet: "②-05", name: "施設予約システム", delayed: true, delayedNow: true, latestProgress: 25 }),
    measure({ sheet: "③-02", name: "情報セキュリティ", latestProgress: 80 }),
  ];
  const findings = over.findings ?? FINDINGS;
  return {
    schemaVersion: 1,
    source: "test.xlsx",
    lang: "ja",
    measures,
    findings,
    totals: {
      measures: measures.length,
      errors: findings.filter((f) => f.severity === "error").length,
      warnings: findings.filter((f) => f.severity === "warning").length,
      infos: findings.filter((f) => f.severity === "info").length,
      delayed: measures.filter((m) => m.delayed).length,
      delayedNow: measures.filter((m) => m.delayedNow).length,
    },
    ...over,
  };
}

export function edit(sheet: string, cell: string, before: CellValue, after: CellValue, why = "分数から割合を計算"): Edit {
  return { sheet, cell, before, after, rule: "fill-percent", reason: { ja: why, en: `EN: ${why}` } };
}

export const EDITS: Edit[] = [
  edit("①-01", "G11", "2/8施設", "25% (2/8施設)"),
  edit("①-01", "H9", null, "○ 計画通り", "評価を記入"),
  edit("②-05", "F10", "<ul><li>a</li></ul>", "・a", "HTML を除去"),
];

type Method = "readWorkbook" | "applyEdits" | "writeSheets" | "selectCell" | "markCells" | "clearMarks";

/**
 * A gateway over a map of cells that keeps the contract: an edit is written only where the cell still
 * holds `before`, nothing is written when a target sheet is protected, a missing sheet is skipped.
 */
export class FakeGateway implements WorkbookGateway {
  cells = new Map<string, CellValue>();
  sheets = new Set<string>(["①-01", "②-05", "③-02"]);
  protectedSheets = new Set<string>();
  marks: CellMark[] = [];
  failures: Partial<Record<Method, unknown>> = {};
  grid: WorkbookGrid = { sheets: [], generatedSheets: [] };
  writeResult: ((specs: SheetSpec[]) => WriteSheetsResult) | null = null;

  readWorkbook = jest.fn(async (): Promise<WorkbookGrid> => {
    this.maybeFail("readWorkbook");
    return this.grid;
  });

  applyEdits = jest.fn(async (edits: Edit[]): Promise<ApplyResult> => {
    this.maybeFail("applyEdits");
    if (edits.some((e) => this.protectedSheets.has(e.sheet))) {
      return { applied: [], skipped: edits.map((e) => ({ edit: e, reason: this.sheets.has(e.sheet) ? "protected" : "missing" })) };
    }
    const applied: Edit[] = [];
    const skipped: SkippedEdit[] = [];
    for (const e of edits) {
      const key = `${e.sheet}!${e.cell}`;
      if (!this.sheets.has(e.sheet)) skipped.push({ edit: e, reason: "missing" });
      else if ((this.cells.get(key) ?? null) !== e.before) skipped.push({ edit: e, reason: "changed" });
      else {
        this.cells.set(key, e.after);
        applied.push(e);
      }
    }
    return { applied, skipped };
  });

  writeSheets = jest.fn(async (specs: SheetSpec[]): Promise<WriteSheetsResult> => {
    this.maybeFail("writeSheets");
    if (this.writeResult) return this.writeResult(specs);
    for (const s of specs) this.sheets.add(s.name);
    return { written: specs.map((s) => s.name), replaced: [] };
  });

  selectCell = jest.fn(async (_sheet: string, _cell: string): Promise<void> => {
    this.maybeFail("selectCell");
  });

  markCells = jest.fn(async (marks: CellMark[]): Promise<void> => {
    this.maybeFail("markCells");
    this.marks.push(...marks);
  });

  clearMarks = jest.fn(async (): Promise<void> => {
    this.maybeFail("clearMarks");
    this.marks = [];
  });

  /** Seeds the cells the edits expect to find. */
  seed(edits: Edit[]): this {
    for (const e of edits) if (e.before !== null) this.cells.set(`${e.sheet}!${e.cell}`, e.before);
    return this;
  }

  private maybeFail(m: Method) {
    if (m in this.failures) throw this.failures[m];
  }
}

/** An Office.js-like error: a code, a localised message and a stack the UI must never show. */
export function officeError(code: string): Error & { code: string } {
  const e = new Error(`Zugriff verweigert / internal detail`) as Error & { code: string };
  e.code = code;
  e.stack = "RichApi.Error: at Excel.run (secret-stack-frame.js:1:1)";
  return e;
}

export function summarySpec(name: string, role: SheetSpec["role"]): SheetSpec {
  return {
    name,
    role,
    rows: [[{ value: name }]],
    merges: [],
    columnWidths: [],
    rowHeights: {},
    tables: [],
    conditionalFormats: [],
    charts: [],
  };
}

export function fakeEngine(report: Report = makeReport(), edits: Edit[] = EDITS) {
  return {
    analyze: jest.fn((_wb: WorkbookGrid, _o: { source: string; lang: "ja" | "en" }) => report),
    proposeFill: jest.fn((_wb: WorkbookGrid, _o: { lang: "ja" | "en" }) => edits),
    buildSummarySheets: jest.fn((_r: Report, o: { lang: "ja" | "en"; names?: Partial<Record<string, string>> }) => [
      summarySpec(o.names?.overview ?? (o.lang === "ja" ? "進捗一覧" : "Overview"), "overview"),
      summarySpec(o.lang === "ja" ? "遅延施策" : "Delayed", "delayed"),
    ]),
    exportData: jest.fn((_r: Report, format: "csv" | "json", _o?: { lang?: "ja" | "en" }) =>
      format === "csv" ? "\uFEFFsheet,year\n①-01,2016\n" : '{"rows":[]}',
    ),
    exportSheet: jest.fn((_r: Report, lang: "ja" | "en") => summarySpec(lang === "ja" ? "書き出し" : "Export", "export")),
    NewMeasureInputSchema,
    buildMeasureSheet: jest.fn((input: { number: string }, _lang: "ja" | "en") => summarySpec(input.number, "measure")),
    describeForm: undefined,
  } satisfies Record<keyof EngineApi, unknown>;
}

export class MemoryStore implements SettingsStore {
  saved: Settings[] = [];
  constructor(public current: Settings = defaultSettings) {}
  load = jest.fn(async () => this.current);
  save = jest.fn(async (s: Settings) => {
    this.saved.push(s);
    this.current = s;
  });
}

export function renderPane(
  opts: {
    gateway?: FakeGateway;
    engine?: ReturnType<typeof fakeEngine>;
    store?: MemoryStore;
    displayLanguage?: string;
    panel?: PanelId;
  } = {},
) {
  const gateway = opts.gateway ?? new FakeGateway();
  const engine = opts.engine ?? fakeEngine();
  const store = opts.store ?? new MemoryStore();
  const user = userEvent.setup();
  const utils = render(
    <TaskpaneApp
      services={{
        gateway,
        engine: engine as unknown as EngineApi,
        settingsStore: store,
        displayLanguage: opts.displayLanguage ?? "ja-JP",
        sourceName: () => "test.xlsx",
      }}
      initialPanel={opts.panel}
    />,
  );
  return { ...utils, gateway, engine, store, user };
}
