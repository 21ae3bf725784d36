/**
 * Table tests for one rule, in the style of ESLint's RuleTester: valid workbooks give no finding of the
 * rule, invalid ones give exactly the listed findings (sheet, cell, and words of the English message).
 */
import { analyzeWorkbook } from "../../../src/core/produce/report";
import { makeSheet, makeWorkbook } from "../../../src/core/model/gridSchema";
import type { CellValue } from "../../../src/core/model/grid";
import { ProfileSchema, type ProfileInput } from "../../../src/core/model/profileSchema";

export interface Case {
  name: string;
  sheets: Record<string, CellValue[][]>;
  profile?: ProfileInput;
}
export interface InvalidCase extends Case {
  findings: { sheet: string; cell: string; severity?: string; en?: string }[];
}

function findingsOf(rule: string, c: Case) {
  const wb = makeWorkbook({ sheets: Object.entries(c.sheets).map(([name, values]) => makeSheet({ name, values })) });
  const profile = c.profile ? ProfileSchema.parse(c.profile) : null;
  return analyzeWorkbook(wb, { source: c.name, lang: "en", profile }).report.findings.filter((f) => f.rule === rule);
}

export function ruleTable(rule: string, { valid, invalid }: { valid: Case[]; invalid: InvalidCase[] }) {
  describe(rule, () => {
    test.each(valid.map((c) => [c.name, c] as const))("valid: %s", (_n, c) => {
      expect(findingsOf(rule, c)).toEqual([]);
    });
    test.each(invalid.map((c) => [c.name, c] as const))("invalid: %s", (_n, c) => {
      const got = findingsOf(rule, c);
      expect(got.map((f) => ({ sheet: f.sheet, cell: f.cell }))).toEqual(c.findings.map((f) => ({ sheet: f.sheet, cell: f.cell })));
      got.forEach((f, i) => {
        const e = c.findings[i];
        if (e.severity) expect(f.severity).toBe(e.severity);
        if (e.en) expect(f.messages.en).toContain(e.en);
        expect(f.messages.ja).not.toMatch(/\{\w+\}/);
      });
    });
  });
}
