import fc from "fast-check";
import { clean, matchesAtDecimals, matchesAtWrittenPrecision, readWrittenNumber, roundHalfUp } from "../../src/core/text/precision";
import { analyze } from "../../src/core/engine";
import { makeWorkbook } from "../../src/core/model/gridSchema";

describe("roundHalfUp", () => {
  it.each([
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [1.045, 2, 1.05],
    [0.5, 0, 1],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [14.2857, 0, 14],
    [42.857, 0, 43],
    [91.89, 0, 92],
    [1.82, 2, 1.82],
    [92.68, 1, 92.7],
    [123.456, -1, 120],
    [0, 3, 0],
    [7 / 40, 3, 0.175],
  ])("roundHalfUp(%p, %p) = %p", (x, d, expected) => {
    expect(roundHalfUp(x, d)).toBe(expected);
  });

  it("leaves non-finite input alone", () => {
    expect(roundHalfUp(NaN, 0)).toBeNaN();
    expect(roundHalfUp(Infinity, 2)).toBe(Infinity);
  });
});

describe("readWrittenNumber", () => {
  it("reads the first number and its decimals", () => {
    expect(readWrittenNumber("1.82倍")).toEqual({ value: 1.82, decimals: 2 });
    expect(readWrittenNumber("2.60倍")).toEqual({ value: 2.6, decimals: 2 });
    expect(readWrittenNumber("約1,000万")).toEqual({ value: 1000, decimals: 0 });
    expect(readWrittenNumber("１４％")).toEqual({ value: 14, decimals: 0 });
    expect(readWrittenNumber("-5")).toEqual({ value: -5, decimals: 0 });
    expect(readWrittenNumber("なし")).toBeNull();
  });
});

describe("matchesAtWrittenPrecision", () => {
  it.each([
    ["14%", 100 / 7],
    ["43%", 300 / 7],
    ["91%", 9189 / 100],
    ["92%", 9189 / 100],
    ["1.82", 1.82],
    ["2.60", 2.6],
    ["92.6", 92.68],
    ["92.7", 92.68],
    ["15%", 100 / 7], // ceiled
    ["1.8倍", 1.82],
    ["約400万", 400],
    ["1,000", 1000],
    ["１４％", 100 / 7],
    ["0.3", 0.1 + 0.2],
  ])("%p agrees with %p", (stated, computed) => {
    expect(matchesAtWrittenPrecision(stated, computed)).toBe(true);
  });

  it.each([
    ["50%", 100 / 7],
    ["13%", 100 / 7],
    ["16%", 100 / 7],
    ["1.5倍", 1.82],
    ["1.83", 1.82],
    ["2.61", 2.6],
    ["92.5", 92.68],
    ["500万", 400],
    // Float noise (0.30000000000000004) must not make 0.4 a "ceiling".
    ["0.4", 0.1 + 0.2],
    ["なし", 1],
  ])("%p disagrees with %p", (stated, computed) => {
    expect(matchesAtWrittenPrecision(stated, computed)).toBe(false);
  });

  it("never agrees with a non-finite computed value", () => {
    expect(matchesAtWrittenPrecision("100%", NaN)).toBe(false);
    expect(matchesAtWrittenPrecision("100%", Infinity)).toBe(false);
    expect(matchesAtDecimals(1, 0, NaN)).toBe(false);
  });

  it("accepts the half-up rounding of any fraction, at any precision", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 1, max: 100000 }), fc.integer({ min: 0, max: 3 }), (a, b, d) => {
        const computed = (a * 100) / b;
        const stated = roundHalfUp(computed, d).toFixed(d);
        expect(matchesAtWrittenPrecision(stated, computed)).toBe(true);
      }),
    );
  });

  it("rejects a value two steps off at its precision", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 1, max: 100000 }), fc.integer({ min: 0, max: 3 }), (a, b, d) => {
        const computed = (a * 100) / b;
        const off = (roundHalfUp(computed, d) + 2 / 10 ** d).toFixed(d);
        expect(matchesAtWrittenPrecision(off, computed)).toBe(false);
      }),
    );
  });
});

describe("an office's own rounding rule", () => {
  const m = matchesAtWrittenPrecision;
  test("3/7 = 42.86%: 43% is half-up and ceiling, 42% is the floor", () => {
    const x = (3 / 7) * 100;
    expect([m("43%", x, "any"), m("43%", x, "halfUp"), m("43%", x, "ceil"), m("43%", x, "floor")]).toEqual([true, true, true, false]);
    expect([m("42%", x, "any"), m("42%", x, "halfUp"), m("42%", x, "ceil"), m("42%", x, "floor")]).toEqual([true, false, false, true]);
  });
});

describe("rounding reaches the report", () => {
  const wb = makeWorkbook({
    sheets: [
      {
        name: "S",
        values: [
          ["施策番号", "A-1", null, "担当部署", "課"],
          ["施策名", "x"],
          ["実施予定", "計画・設計", "開発・構築", "運用", "進捗総括", "実施内容"],
          [null, null, null, null, null, "作業内容", "効果（額）"],
          ["R3年度", null, null, null, "計画通り進捗している。", "作業", "14% (1/7施設)"],
          ["R4年度", null, null, null, "計画通り進捗している。", "作業", "42% (3/7施設)"],
          ["活動目標", "7施設"],
        ],
      },
    ],
  });
  const mismatches = (rounding?: "any" | "halfUp" | "floor" | "ceil") =>
    analyze(wb, { source: "", lang: "en", rounding })
      .findings.filter((f) => f.rule === "percent-fraction-mismatch")
      .map((f) => f.cell);
  test("any accepts both; half-up rejects the floored 42%; ceiling rejects the floored 14% and 42%", () => {
    expect(mismatches()).toEqual([]);
    expect(mismatches("floor")).toEqual([]);
    expect(mismatches("halfUp")).toEqual(["G6"]);
    expect(mismatches("ceil")).toEqual(["G5", "G6"]);
  });
});

test("clean is the value rounded through 15 significant digits, whole numbers included (its fast path)", () => {
  const slow = (x: number) => Number(x.toPrecision(15));
  fc.assert(
    fc.property(
      fc.oneof(fc.double({ noNaN: true }), fc.integer(), fc.constantFrom(0, -0, 1e15 - 1, 1e15, -1e15, 1e15 + 1, 2 ** 53, 0.1 * 3)),
      (x) => {
        expect(Object.is(clean(x), slow(x))).toBe(true);
      },
    ),
    { numRuns: 5000 },
  );
});
