/**
 * How many cases each property generates, in one place so the README can quote the total (11,400).
 * Tuned so the whole property suite stays under about 40 s on two cores. On two cores jest runs one
 * worker, so the suite's time is the sum of its files. Change the counts here, never in a test.
 *
 * Seeds are fixed so the suite is the same on every run (CI stays deterministic); set FC_SEED to a number
 * to replay another seed, or FC_SEED=random to explore (fast-check puts the seed in any failure message).
 */
export const RUNS = {
  // analyze.test.ts
  analyzeNoise: 1500,
  analyzeLabelSoup: 1500,
  analyzeMutatedSeed: 700,
  analyzeRandomForms: 700,
  // reader.test.ts
  readerNoise: 1500,
  readerForms: 1000,
  readerLayouts: 300,
  // fill.test.ts
  fillForms: 600,
  fillNoise: 400,
  // summaryExport.test.ts
  summaryExport: 700,
  csvDirect: 600,
  // summaryPackage.test.ts (each case writes a package twice and reads it back)
  summaryPackage: 100,
  // metamorphic.test.ts
  shift: 500,
  rename: 400,
  whitespace: 400,
  lang: 300,
  // damagedPackages.test.ts (each case runs check, fill and summary on a real writer's package)
  damagedPackages: 200,
} as const;

export type PropertyName = keyof typeof RUNS;

/** Cases generated per run of the suite (the "no hang" examples aside). */
export const TOTAL_RUNS: number = Object.values(RUNS).reduce((a, b) => a + b, 0);

function baseSeed(): number | null {
  const env = process.env.FC_SEED;
  if (env === undefined || env === "") return 20160401;
  if (env === "random") return null;
  const n = Number(env);
  return Number.isInteger(n) ? n : 20160401;
}

/** Parameters for fc.assert: this property's run count and a seed of its own (derived from its name). */
/** A failure in a big workbook can take minutes to shrink: report the smallest case found in a minute. */
export const SHRINK_TIME_LIMIT_MS = 60_000;

export function params(name: PropertyName): { numRuns: number; seed?: number; interruptAfterTimeLimit: number } {
  const seed = baseSeed();
  const own = seed === null ? {} : { seed: (seed + hash(name)) | 0 };
  return { numRuns: RUNS[name], interruptAfterTimeLimit: SHRINK_TIME_LIMIT_MS, ...own };
}

function hash(s: string): number {
  let h = 0;
  for (const ch of s) h = (h * 31 + ch.charCodeAt(0)) | 0;
  return h;
}
