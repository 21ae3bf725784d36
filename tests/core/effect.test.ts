import fc from "fast-check";
import { parseEffect, withPercentAdded, type EffectKind, type EffectParse } from "../../src/core/judge/effect";
import type { CellValue } from "../../src/core/model/grid";
import { roundHalfUp } from "../../src/core/text/precision";
import seed from "../../samples/sodegaura-2016-sheets.json";

const text = (t: string): EffectParse => parseEffect(t, null);

/** Per measure, H28..R2: [kind, progress, progressRaw, number of checks]. */
type Row = [EffectKind, number | null, number | null, number];
const D: Row = ["dash", null, null, 0];
const E: Row = ["empty", null, null, 0];
const P100: Row = ["percent", 100, 100, 0];
const pct = (n: number): Row => ["percent", n, n, 0];
const ratio = (raw: number): Row => ["ratio", 100, raw, 1];
const C: Row = ["count", null, null, 0];
const M: Row = ["money", null, null, 2];

const SEED: Record<string, Row[]> = {
  "①-01": [
    D,
    ["percentFraction", 14, 14, 1],
    ["percentFraction", 43, 43, 1],
    ["percentFraction", 43, 43, 1],
    ["percentFraction", 100, 1500 / 7, 1],
  ],
  "①-02": [D, P100, P100, P100, P100],
  "①-03": [D, D, P100, P100, P100],
  "①-04": [D, D, D, P100, P100],
  "②-01": [D, P100, P100, P100, P100],
  "②-02": [D, pct(33), D, P100, P100],
  "②-03": [D, pct(50), pct(75), pct(90), P100],
  "②-04": [D, M, M, M, M],
  "②-05": [D, pct(33), pct(66), P100, P100],
  "②-06": [D, pct(50), P100, P100, P100],
  "②-07": [D, E, E, E, E],
  "③-01": [ratio(182), ratio(214), ratio(288), ratio(260), ratio(186)],
  "④-01": [C, C, C, C, C],
  "④-02": [D, D, D, pct(90), P100],
};

/** The seed's empty strings stand for empty cells, which a gateway hands over as null. */
const cellOf = (effect: string): CellValue => (effect === "" ? null : effect);

describe("parseEffect on the seed", () => {
  const cells = seed.flatMap((sheet) => sheet.years.map((y, i) => ({ sheet: sheet.number, year: y.labelRaw, i, effect: y.effect })));

  it("covers all 70 effect cells", () => {
    expect(cells).toHaveLength(70);
    expect(Object.keys(SEED).sort()).toEqual(seed.map((s) => s.number).sort());
  });

  it.each(cells)("$sheet $year: $effect", ({ sheet, i, effect }) => {
    const [kind, progress, progressRaw, checks] = SEED[sheet][i];
    const p = parseEffect(cellOf(effect), null);
    expect(p.kind).toBe(kind);
    if (progress === null) expect(p.progress).toBeNull();
    else expect(p.progress).toBeCloseTo(progress, 9);
    if (progressRaw === null) expect(p.progressRaw).toBeNull();
    else expect(p.progressRaw).toBeCloseTo(progressRaw, 9);
    expect(p.checks).toHaveLength(checks);
    // Every check in the seed holds; the one cap is ①-01 R2's 100% (15/7施設).
    for (const c of p.checks) expect(c.ok).toBe(true);
    const capped = sheet === "①-01" && i === 4;
    expect(p.checks.some((c) => c.capped)).toBe(capped);
  });

  it("gives ①-01 H29–R2 the stated percentages and their fractions", () => {
    const years = seed.find((s) => s.number === "①-01")!.years.slice(1);
    expect(years.map((y) => text(y.effect).progress)).toEqual([14, 43, 43, 100]);
    expect(years.map((y) => text(y.effect).fraction)).toEqual([
      { numerator: 1, denominator: 7, unit: "施設" },
      { numerator: 3, denominator: 7, unit: "施設" },
      { numerator: 3, denominator: 7, unit: "施設" },
      { numerator: 15, denominator: 7, unit: "施設" },
    ]);
    const r2 = text("100% (15/7施設)");
    expect(r2.checks).toEqual([
      { kind: "percent-fraction", ok: true, capped: true, stated: "100%", computed: expect.closeTo(214.2857, 3), detail: "15/7" },
    ]);
    expect(r2.statedPercent).toBe(100);
  });

  it("checks ②-04's money a-b=c and the leading total", () => {
    const p = text("約400万円 (仮想化済サーバーのハードウェア費用推計額の約3400万-仮想基盤サーバー導入費用約3000万=削減効果額約400万)");
    expect(p.checks).toEqual([
      { kind: "money", ok: true, capped: false, stated: "約400万", computed: 400, detail: "3400-3000" },
      { kind: "money", ok: true, capped: false, stated: "約400万円", computed: 400, detail: "3400-3000=400" },
    ]);
    const cumulative = text(
      "累計効果額 約800万円 (仮想化済サーバーのハードウェア費用推計額の約3800万-仮想基盤サーバー導入費用約3000万=削減効果額約800万)",
    );
    expect(cumulative.checks.map((c) => [c.stated, c.computed, c.ok])).toEqual([
      ["約800万", 800, true],
      ["約800万円", 800, true],
    ]);
  });

  it("checks ③-01's ratios against their counts", () => {
    expect(text("研修受講者目標数 50名に対し1.82倍の 91名受講").checks).toEqual([
      { kind: "ratio", ok: true, capped: false, stated: "1.82倍", computed: 1.82, detail: "91/50" },
    ]);
    const r1 = text("研修受講者目標数 50名に対し2.60倍の 130名受講");
    expect(r1.checks[0]).toMatchObject({ ok: true, stated: "2.60倍", detail: "130/50" });
    expect(r1.checks[0].computed).toBeCloseTo(2.6, 12);
  });
});

describe("parseEffect kinds", () => {
  it.each(["-", "－", "―", "—", "ー", " - ", "－　"])("%p is a dash", (t) => {
    expect(text(t)).toEqual({ kind: "dash", progress: null, progressRaw: null, statedPercent: null, fraction: null, checks: [] });
  });

  it.each<[CellValue]>([[null], [""], ["   "], ["\u3000"], ["\u200B"]])("%p is empty", (v) => {
    expect(parseEffect(v, null).kind).toBe("empty");
  });

  it.each([
    ["100%", 100],
    ["33% (方針決定)", 33],
    ["100% （公開開始）", 100],
    ["１００％", 100],
    ["進捗率 50%", 50],
    ["12.5%", 12.5],
    ["100% (4/1運用開始)", 100], // a date in the note is not a fraction
  ])("%p is a percentage (%p)", (t, progress) => {
    const p = text(t);
    expect(p.kind).toBe("percent");
    expect(p.progress).toBe(progress);
    expect(p.statedPercent).toBe(progress);
    expect(p.checks).toEqual([]);
  });

  it("caps a stated percentage over 100 and keeps the raw value", () => {
    expect(text("120%")).toMatchObject({ kind: "percent", progress: 100, progressRaw: 120, statedPercent: 120 });
  });

  it.each([
    ["14% (1/7施設)", 14, 1, 7, "施設", "14%"],
    ["43% (3/7か所)", 43, 3, 7, "か所", "43%"],
    ["４３％（３／７か所）", 43, 3, 7, "か所", "４３％"],
    ["25% (2/8)", 25, 2, 8, "", "25%"],
    ["50%（導入 2/4施設）", 50, 2, 4, "施設", "50%"],
  ])("%p is a percentage with a fraction", (t, progress, numerator, denominator, unit, stated) => {
    const p = text(t);
    expect(p.kind).toBe("percentFraction");
    expect(p.progress).toBe(progress);
    expect(p.fraction).toEqual({ numerator, denominator, unit });
    expect(p.checks).toHaveLength(1);
    expect(p.checks[0]).toMatchObject({ kind: "percent-fraction", ok: true, capped: false, stated, detail: `${numerator}/${denominator}` });
  });

  it.each([
    ["2/8施設", 25, 25, 2, 8, "施設"],
    ["3／7か所", 300 / 7, 300 / 7, 3, 7, "か所"],
    ["３／７か所", 300 / 7, 300 / 7, 3, 7, "か所"],
    ["導入済 2/8施設", 25, 25, 2, 8, "施設"],
    ["9/8施設", 100, 112.5, 9, 8, "施設"],
    ["1/7", 100 / 7, 100 / 7, 1, 7, ""],
  ])("%p is a fraction only", (t, progress, raw, numerator, denominator, unit) => {
    const p = text(t);
    expect(p.kind).toBe("fraction");
    expect(p.progress).toBeCloseTo(progress, 9);
    expect(p.progressRaw).toBeCloseTo(raw, 9);
    expect(p.statedPercent).toBeNull();
    expect(p.fraction).toEqual({ numerator, denominator, unit });
    expect(p.checks).toEqual([]);
  });

  it("reads a ratio written count first", () => {
    const p = text("目標50名に対し91名受講（1.82倍）");
    expect(p).toMatchObject({ kind: "ratio", progress: 100, progressRaw: 182 });
    expect(p.checks).toEqual([{ kind: "ratio", ok: true, capped: false, stated: "1.82倍", computed: 1.82, detail: "91/50" }]);
  });

  it("reads a ratio below the target as progress under 100", () => {
    const p = text("研修受講者目標数 50名に対し0.8倍の 40名受講");
    expect(p).toMatchObject({ kind: "ratio", progress: 80, progressRaw: 80 });
    expect(p.checks[0].ok).toBe(true);
  });

  it("reads a ratio without a stated multiple as progress, with nothing to check", () => {
    expect(text("目標 50名に対し 25名受講")).toMatchObject({ kind: "ratio", progress: 50, progressRaw: 50, checks: [] });
  });

  it.each(["約400万円", "1億2,000万円", "¥50,000", "累計効果額 約800万円 (詳細は別紙)", "削減効果額 300千円"])(
    "%p is money with nothing to check",
    (t) => {
      const p = text(t);
      expect(p.kind).toBe("money");
      expect(p.progress).toBeNull();
      expect(p.checks).toEqual([]);
    },
  );

  it("checks money written in other units, sums and compound amounts", () => {
    expect(text("約0.04億 (約3400万-約3000万)").checks).toEqual([
      { kind: "money", ok: true, capped: false, stated: "約0.04億", computed: 0.04, detail: "0.34-0.3" },
    ]);
    expect(text("累計 約800万円 (約400万+約400万=約800万)").checks.map((c) => c.ok)).toEqual([true, true]);
    expect(text("1億2000万円-1億円=2000万円").checks).toEqual([
      { kind: "money", ok: true, capped: false, stated: "2000万円", computed: 2000, detail: "12000-10000" },
    ]);
    expect(text("1億2000万円 (1億5000万円-3000万円)").checks).toEqual([
      { kind: "money", ok: true, capped: false, stated: "1億2000万円", computed: 12000, detail: "15000-3000" },
    ]);
    // 1.2億 written as 1億 (or 2億) is a floor (a ceiling) at its precision, and so accepted; 3億 is not.
    expect(text("1億円 (1億5000万円-3000万円)").checks[0].ok).toBe(true);
    expect(text("3億円 (1億5000万円-3000万円)").checks[0].ok).toBe(false);
    expect(text("約３，４００万－約３，０００万＝約４００万").checks).toEqual([
      { kind: "money", ok: true, capped: false, stated: "約４００万", computed: 400, detail: "3400-3000" },
    ]);
  });

  it.each(["情報漏えい事故 0件 職員研修 88名実施", "説明会を3回開催", "1万人が利用"])("%p is a count", (t) => {
    expect(text(t)).toMatchObject({ kind: "count", progress: null, progressRaw: null, checks: [] });
  });

  it.each(["2020/4/1", "4/1から運用開始", "検討中", "達成", "H30年度", "0.5", "150", "効果（額）… 活動目標に対する進捗率"])(
    "%p is unrecognized",
    (t) => {
      expect(text(t)).toMatchObject({ kind: "unrecognized", progress: null, progressRaw: null, checks: [] });
    },
  );

  it("treats booleans as unrecognized", () => {
    expect(parseEffect(true, null).kind).toBe("unrecognized");
  });
});

describe("parseEffect on number cells", () => {
  it.each<[number, string | null, EffectKind, number | null]>([
    [0.33, "0%", "percent", 33],
    [0.333, "0.0%", "percent", 33.3],
    [1, "0%", "percent", 100],
    [0, "0%", "percent", 0],
    [0.5, '[Red]0%;"▲"0%', "percent", 50],
    // Without a % format the number is read as the percentage it shows…
    [50, null, "percent", 50],
    [50, "General", "percent", 50],
    [42.5, "0.0", "percent", 42.5],
    [0, null, "percent", 0],
    [100, null, "percent", 100],
    // …except where that reading is a guess (0.33: 33% or 0.33%?) or impossible.
    [0.33, null, "unrecognized", null],
    [0.5, "General", "unrecognized", null],
    [150, null, "unrecognized", null],
    [-5, null, "unrecognized", null],
    [-0.1, "0%", "unrecognized", null],
    [44000, "yyyy/m/d", "unrecognized", null],
    [44000, "[$-ja-JP]ggge年m月d日", "unrecognized", null],
    [50, "0.00E+00", "percent", 50],
    [NaN, null, "unrecognized", null],
    [4000000, "#,##0円", "money", null],
    [4000000, '"¥"#,##0', "money", null],
    [4000000, '#,##0"円"', "money", null],
    [4000000, "[$¥-411]#,##0", "money", null],
  ])("%p with format %p is %p", (value, numFmt, kind, progress) => {
    const p = parseEffect(value, numFmt);
    expect(p.kind).toBe(kind);
    expect(p.progress).toBe(progress);
    expect(p.statedPercent).toBe(kind === "percent" ? progress : null);
  });

  it("caps a % cell above 1 and keeps the raw value", () => {
    expect(parseEffect(1.5, "0%")).toMatchObject({ kind: "percent", progress: 100, progressRaw: 150, statedPercent: 150 });
  });

  it("reads a number typed as text like a number cell", () => {
    expect(text("50")).toMatchObject({ kind: "percent", progress: 50 });
    expect(text("0.5").kind).toBe("unrecognized");
  });
});

describe("planted mistakes", () => {
  it("fails a percentage that disagrees with its fraction", () => {
    const p = text("50% (1/7施設)");
    expect(p.kind).toBe("percentFraction");
    expect(p.progress).toBe(50);
    expect(p.checks).toEqual([
      { kind: "percent-fraction", ok: false, capped: false, stated: "50%", computed: expect.closeTo(14.2857, 3), detail: "1/7" },
    ]);
  });

  it("does not call a wrong cap a cap: 100% of 3/7 fails, 90% of 15/7 fails", () => {
    expect(text("100% (3/7施設)").checks[0]).toMatchObject({ ok: false, capped: false });
    expect(text("90% (15/7施設)").checks[0]).toMatchObject({ ok: false, capped: false });
  });

  it("fails a ratio that disagrees with its counts", () => {
    const p = text("研修受講者目標数 50名に対し1.5倍の 91名受講");
    expect(p.kind).toBe("ratio");
    expect(p.checks).toEqual([{ kind: "ratio", ok: false, capped: false, stated: "1.5倍", computed: 1.82, detail: "91/50" }]);
  });

  it("fails a money sum that does not add up", () => {
    const p = text("約500万円 (仮想化済サーバーのハードウェア費用推計額の約3400万-仮想基盤サーバー導入費用約3000万=削減効果額500万)");
    expect(p.kind).toBe("money");
    expect(p.checks[0]).toEqual({ kind: "money", ok: false, capped: false, stated: "500万", computed: 400, detail: "3400-3000" });
  });

  it("fails a leading total that differs from c", () => {
    const p = text("約500万円 (約3400万-約3000万=削減効果額約400万)");
    expect(p.checks.map((c) => [c.stated, c.ok])).toEqual([
      ["約400万", true],
      ["約500万円", false],
    ]);
  });
});

describe("withPercentAdded", () => {
  it.each([
    ["2/8施設", "25% (2/8施設)"],
    ["3／7か所", "43% (3／7か所)"],
    ["1/8施設", "13% (1/8施設)"], // 12.5 rounds half up
    ["15/7施設", "100% (15/7施設)"],
    [" 2/8施設 ", "25% (2/8施設)"],
  ])("%p → %p", (t, expected) => {
    expect(withPercentAdded(t)).toBe(expected);
  });

  it.each(["14% (1/7施設)", "100%", "-", "", "約400万円", "情報漏えい事故 0件"])("leaves %p alone", (t) => {
    expect(withPercentAdded(t)).toBeNull();
  });

  it("produces text whose check passes, capped or not", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 500 }), (a, b) => {
        const filled = withPercentAdded(`${a}/${b}施設`);
        expect(filled).not.toBeNull();
        const p = text(filled!);
        expect(p.kind).toBe("percentFraction");
        expect(p.checks).toHaveLength(1);
        expect(p.checks[0].ok).toBe(true);
        expect(p.checks[0].capped).toBe(a > b);
      }),
    );
  });
});

describe("properties", () => {
  const pieces = fc.constantFrom(
    "1",
    "7",
    "15",
    "0",
    "3400",
    "1.82",
    "/",
    "／",
    "%",
    "％",
    "約",
    "万",
    "億",
    "千",
    "円",
    "¥",
    "-",
    "－",
    "+",
    "=",
    "＝",
    "に対し",
    "倍",
    "の",
    "名",
    "件",
    "施設",
    "か所",
    "(",
    ")",
    "（",
    "）",
    " ",
    "\u3000",
    ",",
    ".",
    "H",
    "32",
    "年度",
    "ー",
    "―",
  );
  const texts = fc.oneof(
    fc.string(),
    fc.array(pieces, { maxLength: 16 }).map((a) => a.join("")),
  );
  const cells: fc.Arbitrary<CellValue> = fc.oneof(texts, fc.double(), fc.integer(), fc.boolean(), fc.constant(null));
  const formats = fc.constantFrom(null, "0%", "0.0%", "General", "yyyy/m/d", "#,##0円", "@");

  it("never throws, and progress stays within 0..100 or null", () => {
    fc.assert(
      fc.property(cells, formats, (value, numFmt) => {
        const p = parseEffect(value, numFmt);
        if (p.progress === null) {
          expect(p.progressRaw).toBeNull();
        } else {
          expect(p.progress).toBeGreaterThanOrEqual(0);
          expect(p.progress).toBeLessThanOrEqual(100);
          expect(Number.isFinite(p.progressRaw)).toBe(true);
          if (p.progressRaw! <= 100) expect(p.progress).toBe(p.progressRaw);
        }
        for (const c of p.checks) expect(Number.isFinite(c.computed)).toBe(true);
        if (typeof value === "string") withPercentAdded(value);
      }),
      { numRuns: 2000 },
    );
  });

  it("passes the check of a fraction with its correctly rounded percentage", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 1, max: 100000 }), (a, b) => {
        const computed = (a * 100) / b;
        const p = text(`${roundHalfUp(computed, 0)}% (${a}/${b}施設)`);
        expect(p.kind).toBe("percentFraction");
        expect(p.checks[0].ok).toBe(true);
        expect(p.checks[0].computed).toBeCloseTo(computed, 9);
      }),
    );
  });

  it("fails the check of a fraction with a percentage two points off", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 1000 }), (a, b) => {
        const stated = roundHalfUp((a * 100) / b, 0) + 2;
        if (stated === 100 && a > b) return; // a cap, legitimately accepted
        expect(text(`${stated}% (${a}/${b}施設)`).checks[0].ok).toBe(false);
      }),
    );
  });
});
