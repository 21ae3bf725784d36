import fc from "fast-check";
import { fiscalYearLabel, fiscalYearOfMonth, findOutOfRangeHeisei, parseFiscalYearLabel } from "../../src/core/text/fiscalYear";
import type { CellValue } from "../../src/core/model/grid";
import seed from "../../samples/sodegaura-2016-sheets.json";

type Expect = [CellValue, number, "H" | "R" | null, number | null, string | null, boolean];

describe("parseFiscalYearLabel", () => {
  // [cell, fiscalYear, era, eraYear, canonical, variant]
  it.each<Expect>([
    ["H28年度", 2016, "H", 28, "H28年度", false],
    ["H 28年度", 2016, "H", 28, "H28年度", true],
    ["H28", 2016, "H", 28, "H28年度", true],
    ["平成28年度", 2016, "H", 28, "H28年度", true],
    ["Ｈ２８年度", 2016, "H", 28, "H28年度", true],
    ["h28年度", 2016, "H", 28, "H28年度", true],
    ["H28年度 ", 2016, "H", 28, "H28年度", true],
    ["H28年度\u3000", 2016, "H", 28, "H28年度", true],
    ["H30年度", 2018, "H", 30, "H30年度", false],
    // FY2019 is 令和元年度: a real Heisei label, but its canonical form is R1年度.
    ["H31年度", 2019, "H", 31, "R1年度", true],
    ["平成31年度", 2019, "H", 31, "R1年度", true],
    ["平成元年度", 1989, "H", 1, "H1年度", true],
    ["R1年度", 2019, "R", 1, "R1年度", false],
    ["R01年度", 2019, "R", 1, "R1年度", true],
    ["R元年度", 2019, "R", 1, "R1年度", true],
    ["令和元年度", 2019, "R", 1, "R1年度", true],
    ["令和2年度", 2020, "R", 2, "R2年度", true],
    ["令和 2 年度", 2020, "R", 2, "R2年度", true],
    ["r2年度", 2020, "R", 2, "R2年度", true],
    ["R2年度", 2020, "R", 2, "R2年度", false],
    ["H28年度（2016年度）", 2016, "H", 28, "H28年度", true],
    ["2020年度", 2020, null, null, null, false],
    ["FY2020", 2020, null, null, null, false],
    ["2020", 2020, null, null, null, false],
    [2020, 2020, null, null, null, false],
    [1989, 1989, null, null, null, false],
    [2100, 2100, null, null, null, false],
    ["FY 2020", 2020, null, null, null, true],
    ["fy2020", 2020, null, null, null, true],
    ["ＦＹ２０２０", 2020, null, null, null, true],
    ["２０２０年度", 2020, null, null, null, true],
  ])("%p → FY%p", (cell, fiscalYear, era, eraYear, canonical, variant) => {
    expect(parseFiscalYearLabel(cell)).toEqual({ fiscalYear, era, eraYear, outOfRange: false, canonical, variant });
  });

  it("accepts Heisei years after 31 as Reiwa fiscal years, flagged", () => {
    expect(parseFiscalYearLabel("H32年度")).toEqual({
      fiscalYear: 2020,
      era: "H",
      eraYear: 32,
      outOfRange: true,
      canonical: "R2年度",
      variant: true,
    });
    expect(parseFiscalYearLabel("平成33年度")).toMatchObject({ fiscalYear: 2021, outOfRange: true, canonical: "R3年度" });
    expect(parseFiscalYearLabel("H31年度")).toMatchObject({ outOfRange: false, canonical: "R1年度" });
  });

  it.each<CellValue>([
    "H28年度の実績",
    "2020/4/1",
    "28",
    "R",
    "H",
    "H0",
    "H0年度",
    "R0年度",
    "H28年",
    "2020年",
    "H280年度",
    "年度",
    "実施予定",
    "H28年度(2017年度)",
    "H28年度 H29年度",
    "",
    "   ",
    "1988年度",
    "2101年度",
    28,
    1988,
    2101,
    2020.5,
    -2020,
    NaN,
    true,
    false,
    null,
  ])("%p is not a year label", (cell) => {
    expect(parseFiscalYearLabel(cell)).toBeNull();
  });

  it("reads every year label of the seed to the seed's fiscal year", () => {
    for (const sheet of seed) {
      for (const y of sheet.years) {
        const label = parseFiscalYearLabel(y.labelRaw);
        expect(label?.fiscalYear).toBe(y.fiscalYear);
        // ④-01's "H 28年度" is the seed's one variant spelling.
        expect(label?.variant).toBe(y.labelRaw.includes(" "));
      }
    }
  });

  it("never throws on arbitrary cells", () => {
    const pieces = fc.constantFrom(
      "H",
      "R",
      "h",
      "平成",
      "令和",
      "元",
      "年度",
      "年",
      "FY",
      " ",
      "\u3000",
      "(",
      ")",
      "（",
      "2",
      "0",
      "3",
      "１",
      "/",
      "x",
    );
    const texts = fc.array(pieces, { maxLength: 10 }).map((a) => a.join(""));
    const cells = fc.oneof(fc.string(), texts, fc.double(), fc.integer(), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(cells, (cell) => {
        const label = parseFiscalYearLabel(cell);
        if (label) {
          expect(label.fiscalYear).toBeGreaterThanOrEqual(1989);
          expect(label.fiscalYear).toBeLessThanOrEqual(2100);
        }
      }),
    );
  });
});

describe("fiscalYearLabel", () => {
  it.each([
    [1989, "H1年度"],
    [2016, "H28年度"],
    [2018, "H30年度"],
    [2019, "R1年度"],
    [2020, "R2年度"],
    [2023, "R5年度"],
  ])("%p → %p", (year, label) => {
    expect(fiscalYearLabel(year)).toBe(label);
  });

  it("round-trips through parseFiscalYearLabel for 1989..2100", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1989, max: 2100 }), (year) => {
        const label = parseFiscalYearLabel(fiscalYearLabel(year));
        expect(label).not.toBeNull();
        expect(label!.fiscalYear).toBe(year);
        expect(label!.canonical).toBe(fiscalYearLabel(year));
        expect(label!.variant).toBe(false);
        expect(label!.outOfRange).toBe(false);
      }),
    );
  });
});

describe("findOutOfRangeHeisei", () => {
  it("finds H32 and friends with their positions", () => {
    const text = "H32年3月から開始し、平成32年度、H32年度以降も";
    expect(findOutOfRangeHeisei(text)).toEqual([
      { text: "H32", index: 0, eraYear: 32, fiscalYear: 2020, replacement: "R2" },
      { text: "平成32", index: 12, eraYear: 32, fiscalYear: 2020, replacement: "令和2" },
      { text: "H32", index: 19, eraYear: 32, fiscalYear: 2020, replacement: "R2" },
    ]);
    for (const m of findOutOfRangeHeisei(text)) expect(text.slice(m.index, m.index + m.text.length)).toBe(m.text);
  });

  it("reads full-width and spaced forms", () => {
    expect(findOutOfRangeHeisei("Ｈ３３年度")).toMatchObject([{ text: "Ｈ３３", eraYear: 33, fiscalYear: 2021, replacement: "R3" }]);
    expect(findOutOfRangeHeisei("H 40年")).toMatchObject([{ text: "H 40", eraYear: 40, fiscalYear: 2028 }]);
    expect(findOutOfRangeHeisei("㍻35年")).toMatchObject([{ eraYear: 35, replacement: "令和5" }]);
  });

  it.each(["H31年度", "H28年度", "CH32", "H320", "AH32年", "H32A", "h32", "2H32", "平成31年3月", "R32年度", ""])(
    "finds nothing in %p",
    (text) => {
      expect(findOutOfRangeHeisei(text)).toEqual([]);
    },
  );

  it("finds the seed's H32 mentions and no others", () => {
    const found: string[] = [];
    for (const sheet of seed) {
      const texts = [
        sheet.overview,
        sheet.activityTarget,
        sheet.expectedEffect,
        ...sheet.years.flatMap((y) => [y.summary, y.workRaw, y.effect]),
      ];
      for (const t of texts) for (const m of findOutOfRangeHeisei(t)) found.push(m.text);
    }
    expect(found.length).toBeGreaterThanOrEqual(4);
    expect(new Set(found)).toEqual(new Set(["H32"]));
  });
});

test.each([
  ["H28.3", 2015],
  ["H28.4", 2016],
  ["平成28年3月", 2015],
  ["R2年9月末", 2020],
  ["令和元年5月", 2019],
  ["2016/3", 2015],
  ["2016年12月", 2016],
  ["H28.13", null],
  ["28.3", null],
  ["平成28年度", null],
])("a month written as a date: %p is in FY%p", (text, fiscalYear) => {
  expect(fiscalYearOfMonth(text)).toBe(fiscalYear);
});
