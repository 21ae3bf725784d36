/**
 * Classifying stays linear in the text's length: 1 MB texts built from the phrases the lexicon and its
 * scope rules react to (questions, quotes, tallies, negations across an object …) are classified, and the
 * work the classifier's own loops do grows in proportion to the text. No timings: the work is counted.
 */
import fc from "fast-check";
import { classifierMeter, classifyStatus } from "../../src/core/judge/status";
import { LEXICON } from "../../src/core/judge/lexicon";

jest.setTimeout(300_000);

const MB = 1 << 20;

const PIECES = [
  "計画通り進捗している",
  "遅れが生じている",
  "目標を達成した",
  "完了",
  "一部達成",
  "は",
  "を",
  "が",
  "、",
  "。",
  "か。",
  "のか、伺います",
  "していただきたい",
  "した場合",
  "「",
  "」",
  "」との報告",
  "」から",
  "8件は",
  "3件",
  "できなかった",
  "はありません",
  "予定どおり",
  "推進することは",
  "目標値を上回",
  "下回った",
  "横ばい",
  "中止",
  "次年度にずれ込む",
  "着手",
  "の有無",
  "on schedule",
  "behind schedule",
  "not",
  "ものの",
  "しかし",
  "\n",
  " ",
];

/** `pieces` repeated to exactly `size` UTF-16 units. */
function repeatTo(pieces: string[], size: number): string {
  const unit = pieces.join("") || "。";
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

function work(text: string): number {
  const before = classifierMeter.steps;
  classifyStatus(text);
  return classifierMeter.steps - before;
}

describe("classifier work on 1 MB texts", () => {
  it("is bounded by a constant per character, and doubling the text at most doubles the work", () => {
    // Each line of the lexicon may mask the working copy once: that bounds the constant.
    const perChar = LEXICON.length + 64;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }), fc.nat(1000), (pieces, salt) => {
        const half = repeatTo(pieces, MB / 2 - 8) + `#${salt}`.padEnd(8, ".");
        const whole = half + repeatTo(pieces, MB / 2 - 8) + `$${salt}`.padEnd(8, ".");
        const small = work(half);
        const big = work(whole);
        expect(big).toBeLessThanOrEqual(perChar * whole.length);
        expect(big).toBeLessThanOrEqual(2.2 * small + 1000);
      }),
      { numRuns: 4, seed: 10 },
    );
  });

  it("classifies 1 MB of each phrase that opens a scope (questions, quotes, tallies, negation across an object)", () => {
    for (const piece of ["か。", "のか、伺います", "「", "」との報告", "8件は完了", "はありません", "予定どおり", "遅れが生じている"]) {
      const text = repeatTo([piece], MB);
      expect(text).toHaveLength(MB);
      expect(["unknown", "on_track", "delayed", "achieved", "at_risk", "not_evaluated", "ahead", null]).toContain(
        classifyStatus(text).status,
      );
    }
  });
});
