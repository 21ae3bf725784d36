import fc from "fast-check";
import { classifyStatus } from "../../src/core/judge/status";

/** The module's own definition of blank: white space, zero-width space, BOM. */
const isBlank = (text: string): boolean => /^[\s\u200B\uFEFF]*$/.test(text);

/** Pieces of real summaries, so the random texts hit the phrase table, negations and separators. */
const FRAGMENTS = [
  "計画通り",
  "計画どおり",
  "計画 通り",
  "計画　通り",
  "進捗",
  "している",
  "していない",
  "できておらず",
  "進んで",
  "いない",
  "わけではない",
  "とは言えない",
  "活動目標",
  "を",
  "は",
  "が",
  "達成",
  "できた",
  "できるよう",
  "既に",
  "遅延",
  "遅れ",
  "生じ",
  "ている",
  "ることなく",
  "解消し",
  "前年度の",
  "目標",
  "困難",
  "見込みが立って",
  "前倒し",
  "計画以上に",
  "順調に",
  "施策を統合",
  "により施策を推進し",
  "評価を行います",
  "に至らなかった",
  "ため",
  "ものの",
  "しかし",
  "。",
  "、",
  "，",
  "；",
  "\n",
  " ",
  "\u3000",
  "ＩＣＴ",
  "ｽｹｼﾞｭｰﾙ",
  "①-01",
  "100%",
  "-",
];

const fragmentText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }).map((parts) => parts.join(""));

/** Any code point, plus lone surrogate halves and combining marks that `binary` leaves out or rarely makes. */
const anyUnit = fc.oneof(
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom("\u3099", "\u309A", "\uFF9E", "\uFF9F", "\u0301", "\u200B", "\uFEFF", "\u3000", "\r\n", "㍻", "ﾞ"),
);
const anyText = fc.oneof(
  fc.string({ unit: anyUnit, maxLength: 60 }),
  fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), anyUnit), { maxLength: 40 }).map((parts) => parts.join("")),
);

describe("classifyStatus properties", () => {
  it("never throws; phrase is a substring or null; status is null iff the text is blank", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { status, phrase } = classifyStatus(text);
        expect(status === null).toBe(isBlank(text));
        if (phrase !== null) expect(text.includes(phrase)).toBe(true);
        // Only a decided status carries a phrase.
        expect(phrase === null).toBe(status === null || status === "unknown");
      }),
      { numRuns: 2000 },
    );
  });

  it("does not depend on white space between characters (line breaks aside)", () => {
    const spaced = fragmentText.chain((text) =>
      fc
        .array(fc.constantFrom(" ", "\u3000", "\t", ""), { minLength: text.length, maxLength: text.length })
        .map((spaces) => ({ text, spaced: Array.from(text, (c, i) => c + spaces[i]).join("") })),
    );
    fc.assert(
      fc.property(spaced, ({ text, spaced: withSpaces }) => {
        expect(classifyStatus(withSpaces).status).toBe(classifyStatus(text).status);
      }),
      { numRuns: 500 },
    );
  });

  it("reads a half-width voicing mark after white space with its character (ｼ ﾞ is ジ)", () => {
    // Found by the property above: スケジュール written half-width with a space before its ﾞ.
    const text = "計画通りｽｹｼﾞｭｰﾙ100%はわけではない";
    const spaced = "計 画 通 り ｽ ｹ ｼ ﾞ ｭ ｰ ﾙ 1 0 0 % は わ け で は な い ";
    expect(classifyStatus(spaced).status).toBe(classifyStatus(text).status);
    expect(classifyStatus("ｼ\tﾞｽﾃﾑ構築は計画通り進捗している").status).toBe(classifyStatus("ｼﾞｽﾃﾑ構築は計画通り進捗している").status);
  });

  it("does not depend on full-width / half-width forms (NFKC)", () => {
    fc.assert(
      fc.property(fragmentText, (text) => {
        expect(classifyStatus(text.normalize("NFKC")).status).toBe(classifyStatus(text).status);
      }),
      { numRuns: 500 },
    );
  });

  it("finds a verdict in random real-looking text often enough for the properties to mean something", () => {
    const statuses = fc.sample(fragmentText, { numRuns: 300, seed: 42 }).map((t) => classifyStatus(t).status);
    const decided = statuses.filter((s) => s !== null && s !== "unknown");
    expect(new Set(decided).size).toBeGreaterThanOrEqual(5);
  });
});
