/**
 * A table tester for one rule, in the manner of ESLint's RuleTester: `valid` cases must give no hit,
 * `invalid` cases exactly the hits listed (sheet, cell, message key; order aside). The workbook goes
 * through the engine's own analysis and the rule is run as the engine runs it, so a rule that stops
 * reporting fails its own table at once.
 */
import type { Fixture, LayoutFor, MeasureFixtureOptions } from "../fixtures/fixture";
import { fixtureFromMeasures } from "../fixtures/fixture";
import { basePlan } from "../fixtures/mistakes";
import { cloneMeasures } from "../fixtures/plan";
import type { MeasureSheetInput } from "../../src/core/produce/layout";
import type { WorkbookGrid } from "../../src/core/model/grid";
import { LangSchema, type Lang, type Severity } from "../../src/core/model/schemas";
import type { Rounding } from "../../src/core/text/precision";
import type { Profile } from "../../src/core/model/profile";
import { analyzeWorkbook } from "../../src/core/produce/report";
import { RULES, type Rule, type RuleHit } from "../../src/core/rules";
import { engineCatalogues, t, type Params } from "../../src/core/messages";

/** A workbook for a case: a fixture, a bare grid, or a function making either (built when the case runs). */
export type WorkbookSource = Fixture | WorkbookGrid | (() => Fixture | WorkbookGrid);

export interface Case {
  /** Shown as the test title. */
  name: string;
  workbook: WorkbookSource;
  /** The office's rounding rule (the workbook setting); default: any of the three. */
  rounding?: Rounding;
  /** The office's form profile (product.md §6); default: told from the labels. */
  profile?: Profile;
  /** A known bug of the rule, kept as a test that fails until it is fixed: says what is wrong. */
  failing?: string;
  /** Last year's workbook: the rules that compare with it (RuleContext.previous) run against it. */
  previous?: WorkbookSource;
}

export interface Expected {
  sheet: string;
  cell: string;
  /** `rule.<id>` or `rule.<id>.<variant>`. */
  messageKey: string;
  /** Only when the hit overrides the rule's default severity. */
  severity?: Severity;
  /** Parameters the hit must carry (a subset of its params). */
  params?: Params;
}

export interface InvalidCase extends Case {
  findings: Expected[];
}

export interface RuleTable {
  valid: Case[];
  invalid: InvalidCase[];
}

// ---------------------------------------------------------------------------------------------------
// The message catalogue, seen from the tests: the one place that knows its shape.

const LANGS: readonly Lang[] = LangSchema.options;

/** The template of a message key in one language, or undefined when the catalogue has none. */
export function messageTemplate(key: string, lang: Lang): string | undefined {
  return (engineCatalogues[lang] as Record<string, string>)[key];
}

/** The message of a key with its params, in one language (what the report shows). */
export function messageText(key: string, lang: Lang, params: Params): string {
  return t(key as Parameters<typeof t>[0], lang, params);
}

/** Every finding message key of a rule: `rule.<id>` and `rule.<id>.<variant>`. */
export function ruleMessageKeys(ruleId: string): string[] {
  const base = `rule.${ruleId}`;
  return Object.keys(engineCatalogues[LANGS[0]]).filter((k) => k === base || k.startsWith(`${base}.`));
}

export function languages(): readonly Lang[] {
  return LANGS;
}

// ---------------------------------------------------------------------------------------------------
// Workbooks for cases: the clean plan with one thing changed.

/**
 * Measures of the clean plan (tests/fixtures/mistakes.ts basePlan): one per effect kind, H28–R2, canonical
 * labels, on sheets named by their numbers. Rows of every form: A1 title · A3 施策番号 B3 · D3 担当部署 E3 ·
 * A4 施策名 B4 · A5 概要 · A6 他計画 · header rows 7–8 (E7 進捗総括, G8 効果（額）) · years in rows 9–13
 * (A label, B–D phases, E 進捗総括, F 作業内容, G 効果) · A14 期待される効果 · A15 活動目標 B15 · A16 footnote.
 */
export const M = {
  /** ①-01: 25% (仕様決定) … 100% (運用開始), H28 "-". */
  percent: 0,
  /** ①-02: 33% (3/9校) … 100% (9/9校), H28 "-". */
  fraction: 1,
  /** ①-03: 約300万円 (…約4300万-…約4000万=…約300万) …, H28 "-". */
  money: 2,
  /** ①-04: 研修受講者目標数 60名に対し1.17倍の 70名受講 … */
  ratio: 3,
  /** ②-01: 情報漏えい事故 0件 職員研修 61名実施 … */
  count: 4,
} as const;

/** Sheet names of the clean plan, by measure index. */
export const SHEETS = ["①-01", "①-02", "①-03", "①-04", "②-01"] as const;

/** Row (1-based) of a year of the clean plan: 0 → 9 (H28) … 4 → 13 (R2). */
export function yearRow(year: number): number {
  return 9 + year;
}

/**
 * The clean plan, changed by `change` (which edits a deep copy of its measures), drawn by the layout.
 * With no change, no rule has anything to say about it.
 */
export function measurePlan(
  change: (measures: MeasureSheetInput[]) => void = () => {},
  layout: LayoutFor = {},
  options: MeasureFixtureOptions = {},
): Fixture {
  const measures = cloneMeasures(basePlan());
  change(measures);
  return fixtureFromMeasures("rule-case", measures, layout, options);
}

// ---------------------------------------------------------------------------------------------------
// Running a rule.

function gridOf(source: WorkbookSource): WorkbookGrid {
  const built = typeof source === "function" ? source() : source;
  return "grid" in built ? built.grid : built;
}

/**
 * The hits of one rule on a workbook, as the engine computes them: the whole analysis runs, and the
 * rule's own call (with the context the engine built) is what is recorded.
 */
export function runRule(rule: Rule, source: WorkbookSource, rounding?: Rounding, profile?: Profile, previous?: WorkbookSource): RuleHit[] {
  if (!(RULES as readonly Rule[]).includes(rule)) throw new Error(`rule ${rule.id} is not in RULES`);
  // Last year's analysis first: the spy below records this year's call alone.
  const last =
    previous === undefined ? undefined : analyzeWorkbook(gridOf(previous), { source: "rule-test-last", lang: "ja", rounding }).measures;
  const spy = jest.spyOn(rule, "check");
  try {
    analyzeWorkbook(gridOf(source), { source: "rule-test", lang: "ja", rounding, profile, previous: last });
    expect(spy).toHaveBeenCalledTimes(1);
    const result = spy.mock.results[0];
    if (result.type !== "return") throw result.value;
    return result.value as RuleHit[];
  } finally {
    spy.mockRestore();
  }
}

export function messageKeyOf(rule: Rule, hit: RuleHit): string {
  return hit.variant ? `rule.${rule.id}.${hit.variant}` : `rule.${rule.id}`;
}

interface Seen {
  sheet: string;
  cell: string;
  messageKey: string;
  severity: Severity;
}

const order = (a: Seen, b: Seen) => JSON.stringify(a).localeCompare(JSON.stringify(b));

/** Every hit's message exists in every language and is complete with the hit's params. */
function expectMessages(rule: Rule, hits: RuleHit[]): void {
  for (const hit of hits) {
    const key = messageKeyOf(rule, hit);
    for (const lang of LANGS) {
      if (messageTemplate(key, lang) === undefined) throw new Error(`no ${lang} message for ${key}`);
      const text = messageText(key, lang, hit.params ?? {});
      expect({ key, lang, leftover: text.match(/\{\w+\}/g) ?? [] }).toEqual({ key, lang, leftover: [] });
    }
  }
}

function runValid(rule: Rule, c: Case): void {
  const hits = runRule(rule, c.workbook, c.rounding, c.profile, c.previous);
  expect(hits.map((h) => ({ sheet: h.sheet, cell: h.cell, messageKey: messageKeyOf(rule, h) }))).toEqual([]);
}

function runInvalid(rule: Rule, c: InvalidCase): void {
  for (const f of c.findings)
    for (const lang of LANGS)
      if (messageTemplate(f.messageKey, lang) === undefined) throw new Error(`case "${c.name}": no ${lang} message for ${f.messageKey}`);
  const hits = runRule(rule, c.workbook, c.rounding, c.profile, c.previous);
  const seen: Seen[] = hits.map((h) => ({
    sheet: h.sheet,
    cell: h.cell,
    messageKey: messageKeyOf(rule, h),
    severity: h.severity ?? rule.severity,
  }));
  const wanted: Seen[] = c.findings.map((f) => ({
    sheet: f.sheet,
    cell: f.cell,
    messageKey: f.messageKey,
    severity: f.severity ?? rule.severity,
  }));
  expect(seen.sort(order)).toEqual(wanted.sort(order));
  expectMessages(rule, hits);
  for (const f of c.findings) {
    if (!f.params) continue;
    const hit = hits.find((h) => h.sheet === f.sheet && h.cell === f.cell && messageKeyOf(rule, h) === f.messageKey);
    expect(hit?.params).toEqual(expect.objectContaining(f.params));
  }
}

/** Declares the table's tests: `<rule id>` › valid / invalid › one test per case. */
export function ruleTester(rule: Rule, table: RuleTable): void {
  describe(rule.id, () => {
    it("has a table of at least two valid and two invalid cases, each named once", () => {
      expect(table.valid.length).toBeGreaterThanOrEqual(2);
      expect(table.invalid.length).toBeGreaterThanOrEqual(2);
      const names = [...table.valid, ...table.invalid].map((c) => c.name);
      expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    });

    it("has every message of the rule among its invalid cases", () => {
      const keys = ruleMessageKeys(rule.id);
      expect(keys.length).toBeGreaterThan(0);
      const covered = new Set(table.invalid.flatMap((c) => c.findings.map((f) => f.messageKey)));
      expect(keys.filter((k) => !covered.has(k))).toEqual([]);
    });

    describe("valid", () => {
      for (const c of table.valid) (c.failing ? it.failing : it)(c.name, () => runValid(rule, c));
    });

    describe("invalid", () => {
      for (const c of table.invalid) (c.failing ? it.failing : it)(c.name, () => runInvalid(rule, c));
    });
  });
}
