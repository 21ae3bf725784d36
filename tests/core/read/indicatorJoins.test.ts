import { readIndicators } from "../../../src/core/read/indicators";
import { makeSheet } from "../../../src/core/model/gridSchema";

const list = [
  ["KPI", "指標名", "基準値(H26)", "目標値(H31)"],
  ["重要業績評価指標1", "転入者数", 100, 150],
  ["重要業績評価指標2", "待機児童数", 40, 0],
  [],
];

test("a list of the indicators' names, baselines and targets names the table's indicators by their labels and gives their targets", () => {
  const sheet = makeSheet({
    name: "KPI",
    values: [...list, ["年度", "H27", "H28", "H29"], ["重要業績評価指標1", 110, 130, 160], ["重要業績評価指標2", 30, 12, 5]],
  });
  const inds = readIndicators(sheet, null);
  expect(inds.map((i) => [i.name, i.baseline, i.target, i.direction, i.years.map((y) => [y.fiscalYear, y.target, y.actual])])).toEqual([
    [
      "転入者数",
      100,
      150,
      "higher",
      [
        [2015, 150, 110],
        [2016, 150, 130],
        [2017, 150, 160],
      ],
    ],
    [
      "待機児童数",
      40,
      0,
      "lower",
      [
        [2015, 0, 30],
        [2016, 0, 12],
        [2017, 0, 5],
      ],
    ],
  ]);
  expect(inds[0].years.map((y) => y.achievement)).toEqual([73.333333, 86.666667, 106.666667]);
});

test("an indicator with a target of its own keeps it; one the list does not name keeps its name", () => {
  const sheet = makeSheet({
    name: "KPI",
    values: [...list, ["指標名", "目標値", "H27", "H28"], ["重要業績評価指標1", 140, 110, 130], ["重要業績評価指標3", 10, 4, 6]],
  });
  expect(readIndicators(sheet, null).map((i) => [i.name, i.target])).toEqual([
    ["重要業績評価指標1", 140],
    ["重要業績評価指標3", 10],
  ]);
});

test("an indicator named again under the years in a table of its 達成率 and grade is one indicator; two tables that state the same year's actual stay two", () => {
  const sheet = makeSheet({
    name: "KPI",
    values: [
      ["年度", null, "H27", "H28"],
      ["合計特殊出生率", null, 1.2, 1.3],
      [],
      ["年度", null, "H27", "H28"],
      ["合計特殊出生率", "達成率", "80%", "90%"],
      [null, "評価", "C", "B"],
    ],
  });
  const inds = readIndicators(sheet, null);
  expect(inds.map((i) => [i.name, i.years.map((y) => [y.fiscalYear, y.actual, y.statedAchievement, y.statedGrade])])).toEqual([
    [
      "合計特殊出生率",
      [
        [2015, 1.2, 80, "C"],
        [2016, 1.3, 90, "B"],
      ],
    ],
  ]);
  const twice = makeSheet({
    name: "KPI",
    values: [["年度", "H27", "H28"], ["転入者数", 100, 120], [], ["年度", "H27", "H28"], ["転入者数", 90, 95]],
  });
  expect(readIndicators(twice, null).map((i) => i.years.map((y) => y.actual))).toEqual([
    [100, 120],
    [90, 95],
  ]);
});

test("a 目標 right before each year is that year's target; a budget's lines under the years (当初, 決算) are no indicators", () => {
  const sheet = makeSheet({
    name: "評価票",
    values: [
      ["成果指標", "単位", "目標", "H23年度", "目標", "H24年度"],
      ["利用者数", "人", 100, 110, 120, 115],
      [],
      ["年度", null, "H23年度", null, "H24年度"],
      ["当初", null, 5000, null, 5200],
      ["決算", null, 4900, null, 5100],
    ],
  });
  expect(readIndicators(sheet, null).map((i) => [i.name, i.target, i.years.map((y) => [y.fiscalYear, y.target, y.actual])])).toEqual([
    [
      "利用者数",
      null,
      [
        [2011, 100, 110],
        [2012, 120, 115],
      ],
    ],
  ]);
});
