/**
 * The classifier part of `npm run bench`: how the status classifier and the effect parser read real text
 * from other municipalities (the development set in tests/judge/devset), with the confusion matrix, and
 * how fast they read it. Also runnable alone: `npx tsx scripts/bench/classifier.ts`.
 */
import { loadDevset, report, scoreCells, scoreEffects, scoreSentences } from "../../tests/judge/devset/score";
import { classifyStatus } from "../../src/core/judge/status";
import { parseEffect } from "../../src/core/judge/effect";
import { median } from "./stats";

type Out = (line?: string) => void;
type Check = (what: string, value: string, ok: boolean | null) => void;

const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;

/** Microseconds per item, median of `runs` passes over fresh copies (the classifier memoises by text). */
function microsPerItem(texts: string[], read: (t: string) => unknown, runs: number): number {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const fresh = texts.map((t) => `${t}\u200B${r}`);
    const t0 = performance.now();
    for (const t of fresh) read(t);
    times.push(((performance.now() - t0) * 1000) / texts.length);
  }
  return median(times);
}

export function classifierSection(out: Out, check: Check): void {
  const { sentences, effects, genres, cells, effectsApart } = loadDevset();
  const s = scoreSentences(sentences);
  const e = scoreEffects(effects);
  out("### Status classifier and effect parser on real text (development set)");
  out();
  out(report(s, e));
  out();
  const g = scoreSentences(genres);
  out(
    `Sentences of other genres, scored apart (genres.json): ${g.acceptable}/${g.total} = ${pct(g.acceptable, g.total)} acceptable, ${g.flips} flips, from ${g.documents} documents.`,
  );
  const c = scoreCells(cells);
  const a = scoreEffects(effectsApart);
  out(
    `Short cells of progress columns, on their legends (cells.json): ${c.acceptable}/${c.total} acceptable, ${c.flips} flips; effect phrasings gathered after the rules (effectsApart.json): ${a.right}/${a.total} = ${pct(a.right, a.total)} right.`,
  );
  out();
  const sentenceUs = microsPerItem(
    sentences.map((x) => x.text),
    classifyStatus,
    5,
  );
  const effectUs = microsPerItem(
    effects.map((x) => x.text),
    (t) => parseEffect(t, null),
    5,
  );
  const mb = "計画通り進捗しているが、一部に遅れが生じている。".repeat(1 << 16).slice(0, 1 << 20);
  const t0 = performance.now();
  classifyStatus(mb);
  const mbMs = performance.now() - t0;
  out(
    `Speed: ${sentenceUs.toFixed(0)} µs a sentence, ${effectUs.toFixed(0)} µs an effect cell (medians of 5 passes); a 1 MB summary in ${mbMs.toFixed(0)} ms.`,
  );
  out();
  check(
    "real sentences with an acceptable status ≥ 95%",
    `${s.acceptable}/${s.total} = ${pct(s.acceptable, s.total)}`,
    s.acceptable / s.total >= 0.95,
  );
  check("direction flips < 1%", `${s.flips}/${s.total} = ${pct(s.flips, s.total)}`, s.flips / s.total < 0.01);
  check(
    "real effect phrasings right (kind and progress) ≥ 90%",
    `${e.right}/${e.total} = ${pct(e.right, e.total)}`,
    e.right / e.total >= 0.9,
  );
}

if (require.main === module) {
  const results: string[] = [];
  classifierSection(
    (line = "") => process.stdout.write(`${line}\n`),
    (what, value, ok) => results.push(`| ${what} | ${value} | ${ok ? "PASS" : "FAIL"} |`),
  );
  process.stdout.write(["| target | measured | result |", "|---|---|---|", ...results, ""].join("\n"));
}
