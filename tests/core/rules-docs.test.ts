/** Each rule's help comes from its meta: complete in every language, and the README's table is made from it. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { RULES } from "../../src/core/rules";
import { replaceRuleTable, ruleDocs } from "../../src/core/rules/docs";

test.each(["ja", "en"] as const)("every rule has a title, what it checks, how to fix it, its cell and an example (%s)", (lang) => {
  const docs = ruleDocs(lang);
  expect(docs.map((d) => d.id)).toEqual(RULES.map((r) => r.id));
  for (const d of docs)
    for (const v of [d.title, d.about, d.howToFix, d.cell, d.example]) expect([d.id, v.trim().length > 0]).toEqual([d.id, true]);
});

test("rule ids are unique", () => {
  expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
});

test("the README's rule table is the one the rules' meta makes (npm run docs:rules)", () => {
  const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");
  expect(replaceRuleTable(readme)).toBe(readme);
});
