/**
 * firstChars (the characters a pattern's match can start with) and requiredWords (words one of which every
 * match holds). The status classifier skips a lexicon line whose start characters or words a text lacks, so
 * a set that misses one would lose a verdict: every lexicon line, and the index built from them, is checked
 * against texts made of its own characters.
 */
import fc from "fast-check";
import { LEXICON } from "../../src/core/judge/lexicon";
import { indexLexicon } from "../../src/core/judge/lexiconIndex";
import { firstChars, requiredWords } from "../../src/core/text/patternFilter";

const chars = (s: ReadonlySet<number> | null) =>
  s === null
    ? null
    : [...s]
        .map((c) => String.fromCharCode(c))
        .sort()
        .join("");

test.each([
  [/施策を/, "施"],
  [/(?:計画|予定)通り/, "予計"],
  [/(?:を)?前倒し?/, "を前"],
  [/\d+件/, "0123456789"],
  [/[をは]が/, "はを"],
  [/(?=て|い)進/, "進"],
  [/(?<!一時)(?:中止|休止)/, "中休"],
  [/on(?:schedule|track)/gi, "Oo"],
  [/\u3000?x/, "x\u3000"],
  [/\bab/, "a"],
])("%s starts with one of %j", (re, expected) => {
  expect(chars(firstChars(re))).toBe([...expected].sort().join(""));
});

test.each([
  [/a*/, "can match the empty string"],
  [/(?:x|)/, "an empty alternative"],
  [/[^。]{1,3}中止/, "a negated class first"],
  [/^[^。、]{0,6}?中止/, "an optional negated class first"],
  [/.x/, "any character first"],
  [/\sx/, "white space first"],
  [/[一-龥]x/, "a range too wide to list"],
  [/(a)\1/, "a back-reference"],
  [/(?<name>a)/, "a named group"],
  [/x/u, "the unicode flag"],
])("%s gives null (%s)", (re) => {
  expect(firstChars(re)).toBeNull();
});

test.each([
  [/遅(?:延|れ)(?:が|は)?/, ["遅延", "遅れ"]],
  [/目標(?:の)?達成/, ["目標の達", "目標達成"]],
  [/(?<!一時)休止(?=し)/, ["休止"]],
  [/[^。]{0,3}中止/, ["中止"]],
  [/\d+件/, ["件"]],
  [/(?:計画|予定)(?:通り|どおり)/, ["予定", "計画"]],
  [/(?:見込み?|目処)(?:が)?(?:立|つか)/, ["目処", "見込"]],
  [/x(?:ab|cd)+y/, ["ab", "cd"]],
  [/(?:事業|施策)(?:を|は)?廃止|中止/, ["中止", "事業", "施策"]],
])("%s: every match holds one of %j", (re, expected) => {
  expect([...(requiredWords(re) ?? [])].sort()).toEqual([...expected].sort());
});

test.each([
  [/a*/, "can match the empty string"],
  [/(?:x|)/, "an empty alternative"],
  [/x|.+/, "an alternative that needs nothing"],
  [/on ?track/i, "a case-blind pattern"],
  [/(a)\1/, "a back-reference"],
])("requiredWords(%s) is null (%s)", (re) => {
  expect(requiredWords(re)).toBeNull();
});

test("every match of every lexicon line starts with one of its start characters and holds one of its words", () => {
  const lines = LEXICON.map((r) => ({
    re: new RegExp(r.re.source, r.re.flags.replace("y", "") + (r.re.global ? "" : "g")),
    first: firstChars(r.re),
    words: requiredWords(r.re),
    row: r,
  }));
  const index = indexLexicon(LEXICON);
  // Texts from the lexicon's own characters (so lines match often), and a few others.
  const alphabet = [
    ...new Set([...LEXICON.map((r) => r.re.source.replace(/[\\()?:|[\]{}*+^$!=<,.0-9]/g, "")).join(""), "A", "x", "。", "、", "1"]),
  ];
  const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }).map((a) => a.join(""));
  const phrase = fc.constantFrom(
    "計画通り進捗している",
    "遅延が生じた",
    "目標を達成した",
    "一時休止",
    "on track",
    "NOT DELAYED",
    "3件のうち2件完了",
  );
  let matches = 0;
  fc.assert(
    fc.property(fc.array(fc.oneof(text, phrase), { maxLength: 4 }), (parts) => {
      const t = parts.join("");
      const candidates = new Set(index.candidates(t));
      for (const { re, first, words, row } of lines) {
        re.lastIndex = 0;
        for (let m = re.exec(t); m !== null; m = re.exec(t)) {
          matches++;
          if (first !== null) expect(first.has(t.charCodeAt(m.index))).toBe(true);
          if (words !== null) expect(words.some((w) => m![0].includes(w))).toBe(true);
          expect(candidates.has(row)).toBe(true);
          if (m[0].length === 0) re.lastIndex++;
        }
      }
    }),
    { numRuns: 3000 },
  );
  expect(matches).toBeGreaterThan(1000);
});

test("most lexicon lines have a start set and words (the classifier's skip is worth having)", () => {
  expect(LEXICON.filter((r) => firstChars(r.re) !== null).length).toBeGreaterThan(LEXICON.length * 0.9);
  expect(LEXICON.filter((r) => requiredWords(r.re) !== null).length).toBeGreaterThan(LEXICON.length * 0.9);
});

test("the index names every line that matches a real progress summary, and few that do not", () => {
  const index = indexLexicon(LEXICON);
  const texts = [
    "計画通り進捗できておらず、目標達成が困難",
    "前年度の遅延を解消し、計画通り進捗している",
    "施策を統合",
    "10件のうち8件完了",
  ];
  let named = 0;
  for (const t of texts) {
    const candidates = index.candidates(t);
    named += candidates.length;
    for (const r of LEXICON) {
      r.re.lastIndex = 0;
      if (r.re.test(t)) expect(candidates).toContain(r);
    }
  }
  expect(named).toBeLessThan(LEXICON.length * texts.length * 0.25);
});
