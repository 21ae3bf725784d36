import { gatewayCosts } from "./gatewayCosts";
import { seedSheets } from "./workbooks";

// The targets: validate in 1 round trip once the sheets are known (2 for a workbook never seen), fill in 2,
// summary in at most 3, at any sheet count while every payload stays under Excel on the web's 5 MB.
test.each([14, 500])("round trips at %i sheets", async (n) => {
  const c = await gatewayCosts(seedSheets(n));
  expect(c.validateCold.syncs).toBe(2);
  expect(c.validate.syncs).toBe(1);
  expect(c.edits).toBeGreaterThan(0);
  expect(c.fill.syncs).toBe(2);
  expect(c.summary.syncs).toBeLessThanOrEqual(3);
  for (const step of [c.validateCold, c.validate, c.fill, c.summary]) {
    expect(step.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
    expect(step.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
  }
});
