/** The suite's size is part of its contract: at least 10,000 generated cases per run. */
import { RUNS, TOTAL_RUNS, params } from "./runs";

describe("property run counts", () => {
  it("generates at least 10,000 cases per run of the suite", () => {
    expect(TOTAL_RUNS).toBe(Object.values(RUNS).reduce((a, b) => a + b, 0));
    expect(TOTAL_RUNS).toBeGreaterThanOrEqual(10_000);
  });

  it("gives each property its own count and, unless FC_SEED=random, a fixed seed", () => {
    const p = params("analyzeNoise");
    expect(p.numRuns).toBe(RUNS.analyzeNoise);
    if (process.env.FC_SEED !== "random") expect(Number.isInteger(p.seed)).toBe(true);
    expect(params("shift").seed).not.toBe(params("rename").seed);
  });
});
