/**
 * The classifier's regression suite: the development set of real text from other municipalities'
 * published documents (devset/). The floors are the figures the classifier and the effect parser reach
 * today; a change that makes either read real text worse fails here. Raise the floors when they improve.
 */
import { isFlip, loadDevset, scoreCells, scoreEffects, scoreSentences } from "./devset/score";

const { documents, sentences, effects, genres, cells, effectsApart } = loadDevset();

/** Today's figures (see the README's classifier section). */
const FLOOR = { acceptable: 651, flips: 0, effectsRight: 263 };
/** Today's figures on the sentences of other genres, scored apart (no target: a floor). */
const GENRES_FLOOR = { acceptable: 507, flips: 9 };
/** Today's figures on a progress column's short cells (round 9), each read on its table's legend where it prints one. */
const CELLS_FLOOR = { acceptable: 21, flips: 0 };
/** Today's figure on effect phrasings gathered after the rules (round 12), scored apart. */
const EFFECTS_APART_FLOOR = { right: 95 };

describe("development set", () => {
  it("is real text from enough documents: 680+ sentences and 270+ effect phrasings from 380+ documents", () => {
    expect(sentences.length).toBeGreaterThanOrEqual(680);
    expect(effects.length).toBeGreaterThanOrEqual(270);
    const used = new Set([...sentences, ...effects].map((i) => i.doc));
    expect(used.size).toBeGreaterThanOrEqual(380);
    for (const doc of used) expect(documents[doc].url).toMatch(/^https?:\/\//);
    expect(new Set(sentences.map((s) => s.id)).size).toBe(sentences.length);
    expect(new Set(effects.map((e) => e.id)).size).toBe(effects.length);
  });

  it("sentences: at least 95% get an acceptable status, and no fewer than today", () => {
    const s = scoreSentences(sentences);
    expect(s.acceptable / s.total).toBeGreaterThanOrEqual(0.95);
    expect(s.acceptable).toBeGreaterThanOrEqual(FLOOR.acceptable);
  });

  it("sentences: fewer than 1 in 100 verdicts flip direction, and no more than today", () => {
    const s = scoreSentences(sentences);
    expect(s.flips / s.total).toBeLessThan(0.01);
    expect(s.flips).toBeLessThanOrEqual(FLOOR.flips);
  });

  it("effect phrasings: at least 90% parse to the right kind and progress, and no fewer than today", () => {
    const e = scoreEffects(effects);
    expect(e.right / e.total).toBeGreaterThanOrEqual(0.9);
    expect(e.right).toBeGreaterThanOrEqual(FLOOR.effectsRight);
  });

  it("sentences of other genres: no fewer acceptable and no more flips than today", () => {
    expect(genres.length).toBeGreaterThanOrEqual(673);
    const s = scoreSentences(genres);
    expect(s.acceptable).toBeGreaterThanOrEqual(GENRES_FLOOR.acceptable);
    expect(s.flips).toBeLessThanOrEqual(GENRES_FLOOR.flips);
  });

  it("a progress column's short cells: no fewer acceptable and no more flips than today", () => {
    expect(cells.length).toBeGreaterThanOrEqual(25);
    const s = scoreCells(cells);
    expect(s.acceptable).toBeGreaterThanOrEqual(CELLS_FLOOR.acceptable);
    expect(s.flips).toBeLessThanOrEqual(CELLS_FLOOR.flips);
  });

  it("effect phrasings gathered after the rules: no fewer right than today", () => {
    expect(effectsApart.length).toBeGreaterThanOrEqual(104);
    expect(scoreEffects(effectsApart).right).toBeGreaterThanOrEqual(EFFECTS_APART_FLOOR.right);
  });

  it("counts a flip only where the verdict points against every acceptable label", () => {
    expect(isFlip("on_track", ["delayed"])).toBe(true);
    expect(isFlip("delayed", ["on_track", "unknown"])).toBe(true);
    expect(isFlip("delayed", ["on_track", "delayed"])).toBe(false);
    expect(isFlip("unknown", ["on_track"])).toBe(false);
    expect(isFlip("achieved", ["unknown"])).toBe(false);
    expect(isFlip("not_evaluated", ["delayed"])).toBe(false);
  });
});
