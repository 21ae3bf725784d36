/** A rule added to RULES without its own table of cases fails here, not silently. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { RULES } from "../../../src/core/rules";

describe("rule tables", () => {
  it.each(RULES.map((r) => r.id))("%s has tests/core/rules/<id>.test.ts built on the rule tester", (id) => {
    const file = join(__dirname, `${id}.test.ts`);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, "utf8")).toMatch(/\bruleTester\(/);
  });
});
