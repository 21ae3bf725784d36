/**
 * Indicator tables with the years across the columns, in the shapes offices print them (the real forms
 * under tests/fixtures/real-forms/ are read whole in realForms.test.ts).
 */
import { makeSheet } from "../../../src/core/model/gridSchema";
import type { CellValue } from "../../../src/core/model/grid";
import { readIndicators } from "../../../src/core/read/indicators";
import { unitInName } from "../../../src/core/read/indicatorParts";
import { headerYear, noteYear } from "../../../src/core/text/fiscalYear";

const sheet = (values: CellValue[][]) => makeSheet({ name: "S", values });
const figures = (values: CellValue[][]) =>
  readIndicators(sheet(values), null).map((i) => ({
    name: i.name,
    direction: i.direction,
    baseline: i.baseline,
    target: i.target,
    years: i.years.map((y) => [
      y.fiscalYear,
      y.target,
      y.actual,
      y.achievement === null ? null : Math.round(y.achievement * 10) / 10,
      y.statedGrade,
    ]),
  }));

describe("years across the columns", () => {
  test("a row of kinds under the years: 現状値, then a target and an actual each year (三重県 施策評価)", () => {
    expect(
      figures([
        ["目標項目", "23年度", "24年度", null, "25年度", null, "目標達成\n状況"],
        [null, "現状値", "目標値", "実績値", "目標値", "実績値"],
        ["電子申請により受け付けた申請件数", 12500, 15000, 14100, 17500, 15200, 0.87],
        ["目標項目\nの説明", "県の電子申請・届出システムで1年間に受け付けた件数"],
      ]),
    ).toEqual([
      {
        name: "電子申請により受け付けた申請件数",
        direction: "higher",
        baseline: 12500,
        target: null,
        years: [
          [2012, 15000, 14100, 94, null],
          [2013, 17500, 15200, 86.9, null],
        ],
      },
    ]);
  });

  test("the kind in each year's note, a target over its actual in the last year (佐賀市 施策評価表)", () => {
    expect(
      figures([
        ["成果指標", null, "単位", "24年度\n(実績)", "25年度\n(実績)", "26年度\n(上段:目標)\n(下段:実績)"],
        ["A", "市民課窓口での平均待ち時間", "分", 14.1, 13.6, 10],
        [null, null, null, null, null, 12.5],
        ["B", "電子申請で手続をしたことがある市民の割合", "%", 12.5, 13, 16],
        [null, null, null, null, null, 14.2],
        ["C"],
      ]),
    ).toEqual([
      {
        name: "市民課窓口での平均待ち時間",
        direction: "lower",
        baseline: null,
        target: null,
        years: [
          [2012, null, 14.1, null, null],
          [2013, null, 13.6, null, null],
          [2014, 10, 12.5, 80, null],
        ],
      },
      {
        name: "電子申請で手続をしたことがある市民の割合",
        direction: "higher",
        baseline: null,
        target: null,
        years: [
          [2012, null, 12.5, null, null],
          [2013, null, 13, null, null],
          [2014, 16, 14.2, 88.8, null],
        ],
      },
    ]);
  });

  test("a group header over each year's columns; the year left of 目標 is the figure before the plan (大阪府立図書館)", () => {
    expect(
      figures([
        ["重点指標", "24年度\n実績", "目標", "実績 / 達成度"],
        [null, null, null, "25年度", null, "26年度"],
        ["イベント参加者数", 5229, "毎年5,300人", 5424, "A", 6568, "A"],
      ]),
    ).toEqual([
      {
        name: "イベント参加者数",
        direction: "higher",
        baseline: 5229,
        target: 5300,
        years: [
          [2013, 5300, 5424, 102.3, "A"],
          [2014, 5300, 6568, 123.9, "A"],
        ],
      },
    ]);
  });

  test("one year with its kinds under it; notes between the indicators passed over; a target well below the baseline is fewer-is-better (江田島市)", () => {
    expect(
      figures([
        ["指 標 名", "現状値\n(H26)", "H27", null, null, "目標値\n(H31)"],
        [null, null, "実績", "改善・\n悪化", "達成度"],
        ["有害鳥獣による農作物年間被害額(千円)", 22585, 20563, "○", "A", 20000],
        ["≪成果と見直し≫\n防護柵の設置等による防除対策の普及により,減少した。"],
        ["オリーブ栽培の面積(ha)", 22.6, 24.6, "○", "B", 35],
        ["≪成果と見直し≫\nオリーブ栽培の普及活動(3年目)"],
      ]),
    ).toEqual([
      {
        name: "有害鳥獣による農作物年間被害額(千円)",
        direction: "lower",
        baseline: 22585,
        target: 20000,
        years: [[2015, 20000, 20563, 97.3, "A"]],
      },
      { name: "オリーブ栽培の面積(ha)", direction: "higher", baseline: 22.6, target: 35, years: [[2015, 35, 24.6, 70.3, "B"]] },
    ]);
  });

  test("a running total's target and actuals (累積目標 | 累積実績値 over the years); the unit the target is written with (足寄町 事後評価)", () => {
    const values: CellValue[][] = [
      ["指標", "累積目標\n(目標年度)", "累積実績値"],
      [null, null, "令和5年度", "令和6年度", "令和7年度"],
      ["公共施設\nWi-Fi", "29箇所(令和4年度)", "26", "28", "28"],
    ];
    expect(figures(values)).toEqual([
      {
        name: "公共施設\nWi-Fi",
        direction: "higher",
        baseline: null,
        target: 29,
        years: [
          [2023, 29, 26, 89.7, null],
          [2024, 29, 28, 96.6, null],
          [2025, 29, 28, 96.6, null],
        ],
      },
    ]);
    expect(readIndicators(sheet(values), null)[0].unit).toBe("箇所");
  });

  test("years that skip one (2001 … 2004 | 2006) still head the table; the unit in the name's brackets (三重県 基本事業目的評価表)", () => {
    const values: CellValue[][] = [
      [null, null, 2001, 2002, 2003, 2004, 2006],
      ["ブロードバンド普及率(%) [目標指標]", "目標", 17, 30, 40, 50],
      [null, "実績", 13.8, 23.7, 33],
      ["必要概算コスト(千円)", null, 2607487, 2200192, 178729, 1783540, 0],
    ];
    const [ind] = readIndicators(sheet(values), null);
    expect([ind.unit, ind.years.map((y) => [y.fiscalYear, y.target, y.actual])]).toEqual([
      "%",
      [
        [2001, 17, 13.8],
        [2002, 30, 23.7],
        [2003, 40, 33],
        [2004, 50, null],
      ],
    ]);
    // Two numbers are years only one apart; a bracketed note is no unit.
    expect(
      readIndicators(
        sheet([
          [null, null, 2001, 2003],
          ["率", "目標", 17, 30],
          [null, "実績", 13, 23],
        ]),
        null,
      ),
    ).toEqual([]);
    expect(unitInName("施設の利用者数(仮称)")).toBeNull();
    expect(unitInName("図書館の貸出人数(人)")).toBe("人");
  });

  test("years out of order date the columns of a table of kinds: no table of years (軽米町 平成27年度末 | 平成22年度末 | 平成25年度末)", () => {
    expect(
      readIndicators(
        sheet([
          ["指標", "目標", "計画策定時", "現在"],
          ["財政健全化指標", "平成27年度末", "平成22年度末", "平成25年度末"],
          ["実質公債費比率", "18.00%以下", "14.9%", "10.9%"],
        ]),
        null,
      ),
    ).toEqual([]);
  });

  test("a kind's label over the years, merged over those it heads: 現状値 | 実績値 (two years) | 目標値 (箱根町 図表19)", () => {
    const values: CellValue[][] = [
      ["基本目標", "指標", "単位", "現状値", "実績値", null, "目標値", "達成度"],
      [null, null, null, "15年度", "21年度", "25年度", "26年度"],
      ["基礎づくり", "Ⅰ-1", "%", 10.7, 12.8, 17.7, 20, "×"],
    ];
    const s = makeSheet({ name: "S", values, merges: ["E1:F1"] });
    const [ind] = readIndicators(s, null);
    expect([ind.baseline, ind.target, ind.years.map((y) => [y.fiscalYear, y.target, y.actual])]).toEqual([
      10.7,
      20,
      [
        [2009, 20, 12.8],
        [2013, 20, 17.7],
        [2014, 20, null],
      ],
    ]);
  });

  test("a name with nothing beside it under a table is no indicator (東大和市: 嘱託員・臨時 under 成果指標 | 実績)", () => {
    expect(
      readIndicators(
        sheet([["活動指標", "(4)の数値", null, "台", 385], ["成果指標", "(6)の数値", "実績", null, 82.62], ["嘱託員・臨時"]]),
        null,
      ),
    ).toEqual([]);
  });

  test("a running total over the plan's period is the actual to its end; a target written as an amount to cut counts up (福知山市)", () => {
    const inds = readIndicators(
      sheet([
        ["項目", "目標値", "2年度実績", "累計\n(H28~R2年度)", "進捗率"],
        ["削減効果額(108項目)", "3,297百万円", "1,092百万円", "4,533百万円", "137.5%"],
        ["職員の適正配置", "一般職員数 15人削減", "4人削減", "31人削減", "206.7%"],
      ]),
      null,
    );
    expect(inds.map((i) => [i.name, i.unit, i.direction, i.target, i.years.map((y) => [y.fiscalYear, y.actual])])).toEqual([
      ["削減効果額(108項目)", "円", "higher", 3297000000, [[2020, 4533000000]]],
      ["職員の適正配置", "人", "higher", 15, [[2020, 31]]],
    ]);
  });

  test("計画額 and 実績額 down the rows under the years; a name after its bracketed label above (いわき市 【目標指標1】…)", () => {
    const [ind] = readIndicators(
      sheet([
        ["【目標指標1】改革の効果額(累計額)150億円を目指す。"],
        ["区分", "18年度", "19年度"],
        ["計画額\n(累計額)", "950", "1,030"],
        ["実績額", 2085],
      ]),
      null,
    );
    expect([ind.name, ind.years.map((y) => [y.fiscalYear, y.target, y.actual])]).toEqual([
      "改革の効果額(累計額)150億円を目指す。",
      [
        [2006, 950, 2085],
        [2007, 1030, null],
      ],
    ]);
  });

  test("number cells are years only as a run on a row of no other number; a long text with a digit is no figure", () => {
    expect(
      figures([
        ["指標", 2021, 2022, 2023],
        ["申請件数", 100, 120, null],
        ["説明", "過去1年間に受け付けた件数"],
      ]),
    ).toEqual([
      {
        name: "申請件数",
        direction: "higher",
        baseline: null,
        target: null,
        years: [
          [2021, null, 100, null, null],
          [2022, null, 120, null, null],
        ],
      },
    ]);
    // A data row of a table with a row per year: its target of 2000 is no year.
    expect(
      figures([
        ["指標名", "単位", "目標値", "年度", "目安値", "実績値"],
        ["件数", "件", 2000, "R3年度", 1000, 900],
      ]).map((i) => i.years),
    ).toEqual([[[2021, 1000, 900, 90, null]]]);
  });
});

describe("a row per indicator with the year in its headers' notes (加古川市 施策評価シート)", () => {
  test("実績値(H29) gives the year; of two 目標値, the one of that year is the year's target and the other the final one", () => {
    expect(
      figures([
        ["まちづくりの指標", "基準値", "実績値\n(H29)", "目標値\n(H29)", "目標値\n(H32)"],
        ["水産業の振興に関して満足している市民の割合", "44.2%(H26年度)", 48, 56, 59],
      ]),
    ).toEqual([
      {
        name: "水産業の振興に関して満足している市民の割合",
        direction: "higher",
        baseline: 44.2,
        target: 59,
        years: [[2017, 56, 48, 85.7, null]],
      },
    ]);
  });

  test("a figure that opens with a year is none (H27年度現在 127件)", () => {
    expect(
      figures([
        ["数値目標項目", "基準値", "実績値"],
        ["空き店舗数", "H27年度現在 127件", 127],
      ])[0].baseline,
    ).toBeNull();
  });
});

describe("header years", () => {
  test.each([
    ["H27", 2015, ""],
    ["23年度", 2011, ""],
    ["5年度", 2023, ""],
    ["元年度", 2019, ""],
    ["20年度\n(実績)", 2008, "(実績)"],
    ["26年度\n(上段:目標)\n(下段:実績)", 2014, "(上段:目標)(下段:実績)"],
    ["平成25年度", 2013, ""],
    [2022, 2022, ""],
    ["H24実績", 2012, "実績"],
    ["R5目標", 2023, "目標"],
  ])("%s", (text, fiscalYear, note) => {
    expect(headerYear(text)).toEqual({ fiscalYear, note });
  });
  test.each(["実績値", "H27年度現在 127件", "目標", 5000, "27", "H27年度現在127件"])("%s is no year header", (v) => {
    expect(headerYear(v)).toBeNull();
  });
  test.each([
    ["実績値\n(H29)", 2017],
    ["目標値（R6年度）", 2024],
    ["基準値(平成26年度)", 2014],
    ["目標値(2030)", 2030],
    ["基準値(策定時)", null],
  ])("the note of %s names %s", (text, year) => {
    expect(noteYear(text)).toBe(year);
  });
});

describe("one indicator with its kinds down the rows under the years", () => {
  test("目標値, 実績値 and 達成率 rows; the name beside its numbered label above; dashes are no figure", () => {
    expect(
      figures([
        ["KPI その1", "電子申請の利用件数"],
        [],
        ["区分", "基準値", "R2", "R3", "R4", "目標値"],
        ["目標値", 100, 120, 140, 160, 160],
        ["実績値", null, 110, 150, "-"],
        ["達成率", null, "92%", "107%", "-"],
      ]),
    ).toEqual([
      {
        name: "電子申請の利用件数",
        direction: "higher",
        baseline: 100,
        target: 160,
        years: [
          [2020, 120, 110, 91.7, null],
          [2021, 140, 150, 107.1, null],
          [2022, 160, null, null, null],
        ],
      },
    ]);
  });

  test("two tables on a sheet, each named by the label nearest above it; a corner 指標名 over rows of kinds", () => {
    const read = figures([
      ["指標①", "窓口の平均待ち時間（分）"],
      ["指標名", "H30", "R1"],
      ["目標", 15, 12],
      ["実績", 14, 13],
      [],
      ["指標②", "オンライン手続の数"],
      [null, "H30", "R1"],
      ["実績値", 20, 35],
    ]);
    expect(read.map((i) => [i.name, i.direction, i.years.map((y) => [y[0], y[1], y[2]])])).toEqual([
      [
        "窓口の平均待ち時間（分）",
        "lower",
        [
          [2018, 15, 14],
          [2019, 12, 13],
        ],
      ],
      [
        "オンライン手続の数",
        "higher",
        [
          [2018, null, 20],
          [2019, null, 35],
        ],
      ],
    ]);
  });

  test("unlabelled, the name right over the header with its unit beside it (那覇市: 入場者数 | 単 位 | 人)", () => {
    const [ind] = readIndicators(
      sheet([
        ["入場者数", null, "単 位", "人"],
        ["年度", null, "基準年度", "H13年度", "H14年度", "H15年度"],
        ["目標値", null, null, null, 3000, 3000],
        ["実績値", null, null, null, 2870],
      ]),
      null,
    );
    expect([ind.name, ind.unit, ind.years.map((y) => [y.fiscalYear, y.target, y.actual])]).toEqual([
      "入場者数",
      "人",
      [
        [2002, 3000, 2870],
        [2003, 3000, null],
      ],
    ]);
  });

  test("a row of one kind alone is no table of kinds (a 実績 row of a year-per-row table)", () => {
    expect(
      figures([
        ["成果指標", "R3年度", "R4年度"],
        ["電子申請件数", 100, 120],
      ]).map((i) => i.name),
    ).toEqual(["電子申請件数"]);
  });
});

describe("targets by milestone (総務省's 事後評価 form)", () => {
  const table = (top: CellValue[], costs = false): CellValue[][] => [
    [null, null, "整備計画時の目標", null, "実績"],
    [null, null, ...top, "平成20年度", "平成24年度"],
    ["ブロードバンド", "加入世帯数", costs ? null : 487, costs ? null : 974, 934, 1113],
    [null, "加入率(%)", costs ? null : "9.99%", costs ? null : "19.99%", "19.21%", "23.34%"],
  ];

  test("初年度 | 最終 under 整備計画時の目標: the final one the target, the first the first year's; names with no header over them", () => {
    expect(figures(table(["初年度", "最終"]))).toEqual([
      {
        name: "加入世帯数",
        direction: "higher",
        baseline: null,
        target: 974,
        years: [
          [2008, 487, 934, 191.8, null],
          [2012, 974, 1113, 114.3, null],
        ],
      },
      {
        name: "加入率(%)",
        direction: "higher",
        baseline: null,
        target: 19.99,
        years: [
          [2008, 9.99, 19.21, 192.3, null],
          [2012, 19.99, 23.34, 116.8, null],
        ],
      },
    ]);
  });

  test("without milestones under a target, names under no header make no indicators (a table of costs by year)", () => {
    expect(figures(table(["当初", "補正"]))).toEqual([]);
    expect(
      figures([
        [null, "平成24年度", "平成25年度"],
        ["事業費", 52310, 49880],
        ["人件費", 21400, 21950],
      ]),
    ).toEqual([]);
  });
});
