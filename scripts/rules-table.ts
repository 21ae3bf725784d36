/**
 * Writes the README's rule table from the rules' own meta (src/core/rules/docs.ts), between the markers
 * `<!-- rules:start -->` and `<!-- rules:end -->`. A test fails when the README is out of date.
 * Run: npm run docs:rules
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { replaceRuleTable } from "../src/core/rules/docs";

const path = join(__dirname, "..", "README.md");
const before = readFileSync(path, "utf8");
const after = replaceRuleTable(before);
if (after !== before) writeFileSync(path, after);
process.stdout.write(after !== before ? "README.md: rule table updated\n" : "README.md: rule table up to date\n");
