/** The counting helpers that stand in for `replace(/\s/g, "")` on every cell of a workbook. */
import fc from "fast-check";
import { isWhiteSpace, longerWithoutSpace } from "../../src/core/text/normalize";

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
