/** The counting helpers that stand in for `replace(/\s/g, "")` on every cell of a workbook. */
import fc from "fast-check";
import { isBlank, isDash, isWhiteSpace, longerWithoutSpace } from "../../src/core/text/normalize";

test("isWhiteSpace is the regular expression \\s, on every UTF-16 unit", () => {
  const wrong: number[] = [];
  for (let c = 0; c <= 0xffff; c++) if (isWhiteSpace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
  expect(wrong).toEqual([]);
});

test("longerWithoutSpace counts what is left once white space is removed", () => {
  const text = fc
    .array(fc.constantFrom("施", "a", " ", "\u3000", "\n", "\u00a0", "\ufeff", "策", "\u2003"), { maxLength: 40 })
    .map((a) => a.join(""));
  fc.assert(
    fc.property(text, fc.integer({ min: 0, max: 30 }), (s, limit) => {
      expect(longerWithoutSpace(s, limit)).toBe(s.replace(/\s/g, "").length > limit);
    }),
  );
});

test("isDash: a dash alone, whatever white space (and zero-width space) surrounds it", () => {
  const reference = (text: string) => {
    const t = text.replace(/[\s\u3000\u200B\uFEFF]+/g, "");
    return t.length > 0 && t.length <= 2 && /^[\u002D\u2010-\u2015\u2212\u30FC\uFF0D\uFF70\u2500\u2501]+$/.test(t);
  };
  const text = fc
    .array(fc.constantFrom("-", "－", "ー", "―", " ", "\u3000", "\u200b", "\ufeff", "\n", "a", "施"), { maxLength: 8 })
    .map((a) => a.join(""));
  fc.assert(
    fc.property(text, (s) => expect(isDash(s)).toBe(reference(s))),
    { numRuns: 3000 },
  );
  expect(isDash("－\u200b\u200b")).toBe(true);
  expect(isDash(" ― ")).toBe(true);
  expect(isDash("---")).toBe(false);
});

test("isBlank is the pattern /^[\\s\\u200B\\uFEFF]*$/ the classifier and the effect parser tested with", () => {
  const text = fc
    .array(fc.constantFrom(" ", "\u3000", "\n", "\t", "\u200b", "\ufeff", "\u00a0", "a", "施", "\u2028"), { maxLength: 8 })
    .map((a) => a.join(""));
  fc.assert(
    fc.property(text, (s) => expect(isBlank(s)).toBe(/^[\s\u200B\uFEFF]*$/.test(s))),
    { numRuns: 3000 },
  );
  expect(isBlank("")).toBe(true);
});
