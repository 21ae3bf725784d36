/**
 * firstChars: the characters a pattern's match can start with. The status classifier skips a lexicon line
 * whose start characters a text lacks, so a set that misses one would lose a verdict: every lexicon line is
 * checked against texts made of its own characters.
 */
import fc from "fast-check";
import { LEXICON } from "../../src/core/judge/lexicon";
import { firstChars } from "../../src/core/text/firstChars";

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

test("every match of every lexicon line starts with one of its start characters", () => {
  const lines = LEXICON.map((r) => ({
    re: new RegExp(r.re.source, r.re.flags.replace("y", "") + (r.re.global ? "" : "g")),
    first: firstChars(r.re),
  }));
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
      for (const { re, first } of lines) {
        if (first === null) continue;
        re.lastIndex = 0;
        for (let m = re.exec(t); m !== null; m = re.exec(t)) {
          matches++;
          expect(first.has(t.charCodeAt(m.index))).toBe(true);
          if (m[0].length === 0) re.lastIndex++;
        }
      }
    }),
    { numRuns: 3000 },
  );
  expect(matches).toBeGreaterThan(1000);
});

test("most lexicon lines have a start set (the classifier's skip is worth having)", () => {
  expect(LEXICON.filter((r) => firstChars(r.re) !== null).length).toBeGreaterThan(LEXICON.length * 0.9);
});
