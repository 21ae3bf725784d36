/** The pieces: rating cells, legends, numbers with units, achievement and grades, profiles. */
import { COLON_SEPARATOR } from "../../../src/core/read/legend";
import { readRating, splitRating, starScale, starStatus } from "../../../src/core/judge/rating";
import { computeAchievement, gradeFor, parseQuantity } from "../../../src/core/judge/kpi";
import { gradeRuleFromEntries, gradeRuleFromLegend, readLegend } from "../../../src/core/read/legend";
import { makeSheet, makeWorkbook } from "../../../src/core/model/gridSchema";
import { DEFAULT_GRADES } from "../../../src/core/model/profile";
import { parseProfile } from "../../../src/core/model/profileSchema";
import { analyzeWorkbook } from "../../../src/core/produce/report";

const none = { profile: [], legend: [] };

test.each([
  ["B", "B", null],
  ["B：概ね順調", "B", "概ね順調"],
  ["B評価（概ね順調）", "B", "概ね順調"],
  ["◎", "◎", null],
  ["〇", "○", null],
  ["順調", null, "順調"],
  ["4", "4", null],
  ["達成A", "A", "達成"],
  ["横ばいC", "C", "横ばい"],
])("splitRating(%s)", (text, code, descriptor) => {
  expect(splitRating(text)).toEqual({ code, descriptor });
});

test.each([
  ["◎", "ahead"],
  ["○", "on_track"],
  ["△", "delayed"],
  ["×", "at_risk"],
  ["順調", "on_track"],
  ["概ね順調", "on_track"],
  ["やや遅れ", "delayed"],
  ["達成", "achieved"],
  ["前進", "on_track"],
  ["横ばい", "delayed"],
  ["後退", "at_risk"],
  ["中止", "not_evaluated"],
  ["統合", "not_evaluated"],
  ["評価困難", "unknown"],
  ["未着手", "delayed"],
  ["B：概ね順調", "on_track"],
  ["達成A", "achieved"],
  // 三重県's 進展度, as its sheets print it (in brackets).
  ["(進んだ)", "on_track"],
  ["(ある程度進んだ)", "on_track"],
  ["(あまり進まなかった)", "delayed"],
  ["(進まなかった)", "at_risk"],
  // つくば市's 総合評価: the results kept.
  ["A:成果を維持して継続実施", "on_track"],
  // A scale of quality (佐渡市's 評定基準; 良好 / 概ね良好 / やや不十分 / 不十分).
  ["極めて良好", "achieved"],
  ["A:良好", "on_track"],
  ["B(概ね良好)", "on_track"],
  ["良好に進んでいる", "on_track"],
  ["問題が見られる", "delayed"],
  ["E:極めて問題", "delayed"],
  ["やや不十分", "delayed"],
])("a word or symbol scale needs no legend: %s → %s", (text, status) => {
  expect(readRating(text, none)?.status).toBe(status);
});

test.each([
  ["★★★★★", 5, "on_track"],
  ["★★★★☆", null, "on_track"],
  ["★★★☆☆", null, "on_track"],
  ["★★☆☆☆", null, "delayed"],
  ["★☆☆☆☆", null, "at_risk"],
  ["☆☆☆☆", 4, "on_track"],
  ["☆☆☆", 4, "on_track"],
  ["☆☆", 4, "delayed"],
  ["☆", 4, "at_risk"],
  // Stars of one kind with no scale say nothing; more stars than the scale holds are no value of it.
  ["☆☆☆", null, null],
  ["★★★★★", null, null],
  ["☆☆☆☆☆", 4, null],
])("stars: %s on a scale of %s → %s", (text, max, status) => {
  expect(starStatus(text, max)).toBe(status);
});

test("a scale of stars is read from its legend; a mixed value needs none", () => {
  expect(starScale("H28事後評価(部局長評価)【☆☆☆☆(高)∼☆(低)】")).toBe(4);
  expect(starScale("評価 ★")).toBeNull();
  expect(splitRating("☆☆☆☆")).toEqual({ code: "☆☆☆☆", descriptor: null });
  expect(readRating("★★☆☆☆", none)).toMatchObject({ status: "delayed", source: "symbol" });
  expect(readRating("☆☆☆", none)?.status).toBeNull();
});

test("a letter needs the legend or the profile; a dash is no rating", () => {
  expect(readRating("B", none)?.status).toBeNull();
  expect(readRating("B", { profile: [], legend: [{ value: "B", status: "delayed" }] })?.status).toBe("delayed");
  expect(readRating("B", { profile: [{ value: "B", status: "on_track" }], legend: [{ value: "B", status: "delayed" }] })).toMatchObject({
    status: "on_track",
    source: "profile",
  });
  expect(readRating("－", none)).toBeNull();
  expect(readRating("", none)).toBeNull();
});

test("legends: lines in one cell on the measure sheet, a table on a 評価基準 sheet, value lines on a 凡例 sheet", () => {
  const wb = makeWorkbook({
    sheets: [
      makeSheet({
        name: "S",
        values: [
          ["施策番号", "1"],
          ["凡例　A：計画通り　B：概ね計画通り　C：やや遅れている　D：遅れている"],
          ["1) 概要の箇条書きは凡例ではない"],
        ],
      }),
      makeSheet({
        name: "評価基準",
        values: [
          ["F 事業完了", "S 目標値以上"],
          ["X", "事業に着手していない"],
        ],
      }),
      makeSheet({ name: "凡例", values: [["1 目標を大きく上回って達成"], ["5 目標を大きく下回った"]] }),
    ],
  });
  const legend = readLegend(wb, new Map([["S", new Set<number>()]]));
  expect(legend.map((e) => [e.value, e.status, e.sheet, e.cell])).toEqual([
    ["F", "achieved", "評価基準", "A1"],
    ["S", "ahead", "評価基準", "B1"],
    ["X", "delayed", "評価基準", "A2"],
    ["1", "ahead", "凡例", "A1"],
    ["5", "at_risk", "凡例", "A2"],
    ["A", "on_track", "S", "A2"],
    ["B", "on_track", "S", "A2"],
    ["C", "delayed", "S", "A2"],
    ["D", "delayed", "S", "A2"],
  ]);
});

test.each([
  ["1,234", null, 1234],
  ["12件", null, 12],
  ["3.5万人", null, 35000],
  ["186百万円", null, 186000000],
  ["▲12", null, -12],
  ["△3.5", null, -3.5],
  ["95.0%", null, 95],
  [0.833, "0.0%", 83.3],
  [42, null, 42],
  ["-", null, null],
  ["未集計", null, null],
])("parseQuantity(%s)", (raw, fmt, value) => {
  expect(parseQuantity(raw as string | number, fmt as string | null)).toBe(value);
});

test("achievement: higher, lower, from the baseline", () => {
  expect(computeAchievement(91, 50, null, "higher", "target")).toBeCloseTo(182);
  expect(computeAchievement(20, 15, null, "lower", "target")).toBeCloseTo(75);
  expect(computeAchievement(0, 0, null, "lower", "target")).toBe(100);
  expect(computeAchievement(60, 100, 20, "higher", "baseline")).toBeCloseTo(50);
  expect(computeAchievement(null, 100, null, "higher", "target")).toBeNull();
  expect(computeAchievement(5, 0, null, "higher", "target")).toBeNull();
});

test("grades: the default 100/80/50 rule and the baseline band", () => {
  expect([120, 100, 99.9, 80, 50, 49].map((a) => gradeFor(DEFAULT_GRADES, a, null, null, null, "higher"))).toEqual([
    "A",
    "A",
    "B",
    "B",
    "C",
    "D",
  ]);
  const band = { kind: "baselineBand" as const, band: 10, grades: ["S", "A", "B", "C"] as [string, string, string, string] };
  expect([130, 115, 105, 95, 80].map((a) => gradeFor(band, null, a, 100, 130, "higher"))).toEqual(["S", "A", "B", "B", "C"]);
  expect(gradeFor(band, null, 12, 20, 10, "lower")).toBe("A");
});

test("a profile is checked field by field", () => {
  expect(parseProfile({ id: "x", scale: [{ value: "A", status: "on_track" }] }).ok).toBe(true);
  const bad = parseProfile({ id: "", scale: [{ value: "A", status: "fine" }] });
  expect(bad.ok).toBe(false);
  if (!bad.ok) expect(bad.issues.join(" ")).toMatch(/scale\.0\.status/);
});

test("the legend's quick pass over a measure sheet's cells misses no character whose NFKC is : or =", () => {
  const missed: string[] = [];
  const extra: string[] = [];
  for (let cp = 0; cp < 0x110000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    const separates = /[:=]/.test(ch.normalize("NFKC"));
    if (separates && !COLON_SEPARATOR.test(ch)) missed.push(ch);
    if (!separates && COLON_SEPARATOR.test(ch)) extra.push(ch);
  }
  expect(missed).toEqual([]);
  expect(extra).toEqual([]);
});

test("a legend table's circle typed as the kanji zero (〇) is the circle", () => {
  const wb = makeWorkbook({
    sheets: [
      makeSheet({
        name: "評価の基準",
        values: [
          ["◎", "目標を大幅に上回っている"],
          ["〇", "目標に達している"],
        ],
      }),
    ],
  });
  expect(readLegend(wb, new Map()).map((e) => [e.value, e.cell])).toEqual([
    ["◎", "A1"],
    ["○", "A2"],
  ]);
});

test("a legend across a row: each value under its meaning (佐渡市's 評定基準 over 評定); the middle of a quality scale tells nothing", () => {
  const wb = makeWorkbook({
    sheets: [
      makeSheet({
        name: "評価基準",
        values: [
          ["評定基準", "極めて良好", "良好", "平均的", "問題が見られる", "極めて問題"],
          ["評定", "A", "B", "C", "D", "E"],
        ],
      }),
    ],
  });
  expect(readLegend(wb, new Map()).map((e) => [e.value, e.status, e.cell])).toEqual([
    ["A", "achieved", "B2"],
    ["B", "on_track", "C2"],
    ["D", "delayed", "E2"],
    ["E", "delayed", "F2"],
  ]);
});

test.each([
  [
    "評価(A:計画どおり B:やや遅れている C:遅れている)",
    [
      ["A", "on_track"],
      ["B", "delayed"],
      ["C", "delayed"],
    ],
  ],
  [
    "1 目標を大きく上回って達成 2 目標を上回って達成 3 目標をほぼ達成 4 目標を下回った 5 目標を大きく下回った",
    [
      ["1", "ahead"],
      ["2", "achieved"],
      ["3", "on_track"],
      ["4", "delayed"],
      ["5", "at_risk"],
    ],
  ],
  [
    "I 当初の目標を上回って達成 II 当初の目標どおり達成 III 当初の目標を下回った",
    [
      ["I", "achieved"],
      ["II", "achieved"],
      ["III", "delayed"],
    ],
  ],
  [
    "A 期待通りの成果 B 概ね期待通りの成果 C 期待した成果を下回っている",
    [
      ["A", "on_track"],
      ["B", "on_track"],
      ["C", "delayed"],
    ],
  ],
  // Out of the scale's order, or two values only: no legend.
  ["A 計画どおり C 遅れている B やや遅れ", []],
  ["1 順調 2 遅れ", []],
])("a legend in one cell on a measure sheet: %s", (line, entries) => {
  const wb = makeWorkbook({ sheets: [makeSheet({ name: "施策1", values: [[line]] })] });
  expect(readLegend(wb, new Map([["施策1", new Set<number>()]])).map((e) => [e.value, e.status])).toEqual(entries);
});

test("a sentence that starts with a quality word is no rating word (良好な関係を築いた)", () => {
  expect(readRating("良好な関係を築いた", none)?.status).toBeNull();
});

test("a grade rule printed on a legend sheet: each letter's lower bound, the last letter below them all", () => {
  const wb = (values: (string | null)[][]) => makeWorkbook({ sheets: [makeSheet({ name: "評価の基準", values })] });
  expect(
    gradeRuleFromLegend(
      wb([
        ["A", "数値目標を上回る成果を達成", "(達成度110%以上)"],
        ["B", "数値目標を達成", "(達成度80%以上110%未満)"],
        ["C", "数値目標を2分の1以上達成", "(達成度50%以上80%未満)"],
        ["D", "数値目標をかなり下回っており、大幅な改善が必要", "(達成度50%未満)"],
      ]),
    ),
  ).toEqual({
    kind: "achievement",
    grades: [
      { grade: "A", min: 110 },
      { grade: "B", min: 80 },
      { grade: "C", min: 50 },
      { grade: "D", min: null },
    ],
  });
  // Letters with words only (順調A, 要改善B) give no rule.
  expect(
    gradeRuleFromLegend(
      wb([
        ["A", "順調"],
        ["B", "要改善"],
      ]),
    ),
  ).toBeNull();
});

test("a legend listed after its column's name, each word before its value (達成度:順調A,要改善B,未実施-)", () => {
  const wb = makeWorkbook({
    sheets: [makeSheet({ name: "施策①", values: [["改善・悪化:改善○,維持△,悪化×,未実施"], ["達成度:順調A,要改善B,未実施-"]] })],
  });
  const legend = readLegend(wb, new Map([["施策①", new Set<number>()]]));
  expect(legend.filter((e) => /[AB]/.test(e.value)).map((e) => [e.value, e.descriptor, e.status])).toEqual([
    ["A", "順調", "on_track"],
    ["B", "要改善", "delayed"],
  ]);
  // Grade letters given words alone: the office's judgment, a rule that computes no grade.
  expect(gradeRuleFromEntries(legend)).toEqual({ kind: "achievement", grades: [] });
});

test("a grade rule from the legend's lines wherever printed (A：達成度100%以上 …); none from a legend of symbols", () => {
  const entry = (value: string, descriptor: string) => ({ value, descriptor, status: "on_track" as const, sheet: "S", cell: "A1" });
  expect(gradeRuleFromEntries([entry("A", "目標達成(100%以上)"), entry("B", "概ね達成(80%以上100%未満)"), entry("C", "80%未満")])).toEqual({
    kind: "achievement",
    grades: [
      { grade: "A", min: 100 },
      { grade: "B", min: 80 },
      { grade: "C", min: null },
    ],
  });
  expect(gradeRuleFromEntries([entry("◎", "順調"), entry("○", "概ね順調")])).toBeNull();
});

test("a grade rule by movement from the baseline, as a legend words it", () => {
  const entry = (value: string, descriptor: string) => ({ value, descriptor, status: "on_track" as const, sheet: "S", cell: "A1" });
  // S / A / B / C with the flat band stated (△10%以内).
  expect(
    gradeRuleFromEntries([
      entry("S", "令和元年度の現在値が、目標値を超えている"),
      entry("A", "令和元年度の現在値が、基準値を超えている"),
      entry("B", "令和元年度の現在値が、基準値と同水準である(△10%以内)"),
      entry("C", "令和元年度の現在値が、基準値より下落している"),
    ]),
  ).toEqual({ kind: "baselineBand", band: 10, grades: ["S", "A", "B", "C"] });
  // A band of its own (±5%未満); the words of movement alone.
  expect(
    gradeRuleFromEntries([
      entry("A", "目標達成"),
      entry("B", "策定時より改善"),
      entry("C", "策定時と同程度(±5%未満)"),
      entry("D", "策定時より悪化"),
    ]),
  ).toEqual({ kind: "baselineBand", band: 5, grades: ["A", "B", "C", "D"] });
  // No grade for the same level: only an actual equal to the baseline is not better.
  expect(gradeRuleFromEntries([entry("A", "目標値を達成"), entry("B", "基準値から改善"), entry("C", "基準値から悪化")])).toEqual({
    kind: "baselineBand",
    band: 0,
    grades: ["A", "B", "C", "C"],
  });
  // Two grades for one movement, or no grade below the baseline: no rule of movement.
  expect(gradeRuleFromEntries([entry("A", "基準値より改善"), entry("B", "基準値を上回る"), entry("C", "基準値より悪化")])).toEqual({
    kind: "achievement",
    grades: [],
  });
  expect(gradeRuleFromEntries([entry("A", "目標値を達成"), entry("B", "基準値より改善")])).toEqual({ kind: "achievement", grades: [] });
});

test("a legend of movement grades the indicators by the baseline band", () => {
  const wb = makeWorkbook({
    sheets: [
      makeSheet({
        name: "KPI",
        values: [
          ["評価 S：目標値を達成　A：基準値より改善　B：基準値と同水準（±10％以内）　C：基準値より悪化"],
          [],
          ["指標名", "基準値", "目標値", "実績値", "評価"],
          ["観光入込客数", 1000, 1500, 1600, "S"],
          ["移住者数", 100, 200, 150, "A"],
          ["出生数", 300, 350, 290, "B"],
          ["就業者数", 500, 600, 400, "A"],
        ],
      }),
    ],
  });
  const { forms, report } = analyzeWorkbook(wb, { source: "t.xlsx", lang: "ja" });
  expect(forms.profile.indicator.grades).toEqual({ kind: "baselineBand", band: 10, grades: ["S", "A", "B", "C"] });
  const years = report.measures.flatMap((m) => m.indicators.flatMap((i) => i.years.map((y) => [i.name, y.grade, y.statedGrade])));
  expect(years).toEqual([
    ["観光入込客数", "S", "S"],
    ["移住者数", "A", "A"],
    ["出生数", "B", "B"],
    ["就業者数", "C", "A"],
  ]);
  // The one grade the figures do not bear out is reported; the others agree.
  expect(report.findings.filter((f) => f.rule === "kpi-arithmetic").map((f) => f.cell)).toEqual(["E7"]);
});

test("legends: a list's last item no value of the scale (斜線:該当なし) ends the one before; 概ね達成 a step below 達成, 少し達成 behind", () => {
  const wb = makeWorkbook({
    sheets: [
      makeSheet({
        name: "S",
        values: [["施策番号", "1"], ["A:達成している、 B:概ね達成している、 C:少し達成した、 D:達成していない、 斜線:該当なし"]],
      }),
    ],
  });
  expect(readLegend(wb, new Map([["S", new Set<number>()]])).map((e) => [e.value, e.descriptor, e.status])).toEqual([
    ["A", "達成している", "achieved"],
    ["B", "概ね達成している", "on_track"],
    ["C", "少し達成した", "delayed"],
    ["D", "達成していない", "delayed"],
  ]);
});

test("legends: on a verdict's row, a line under the legend's own heading (判定基準) is read; another cell of the row is not", () => {
  const wb = makeWorkbook({
    sheets: [
      makeSheet({
        name: "S",
        values: [
          [null, "平成22年度評価", null, "● 施策評価の判定基準"],
          ["総合評価", "A", "B:ここは凡例ではない", "A : 施策の目的を効果的に達成しているので継続する"],
          [null, null, null, "B : 施策推進の実施手法等に改善の必要がある"],
        ],
      }),
    ],
  });
  expect(readLegend(wb, new Map([["S", new Set<number>([1, 2])]])).map((e) => [e.value, e.cell])).toEqual([
    ["A", "D2"],
    ["B", "D3"],
  ]);
});

test("legends: a value right after the bracket closing the one before (…80%未満)D:) starts its own line; 努力が必要 is behind", () => {
  const wb = makeWorkbook({
    sheets: [
      makeSheet({
        name: "S",
        values: [
          ["施策番号", "1"],
          ["達成状況評価 A:既達成(100%以上) B:概ね順調(80%以上100%未満) C:努力が必要(60%以上80%未満)D:あまり順調ではない(60%未満)"],
        ],
      }),
    ],
  });
  expect(readLegend(wb, new Map([["S", new Set<number>()]])).map((e) => [e.value, e.descriptor, e.status])).toEqual([
    ["A", "既達成(100%以上)", "achieved"],
    ["B", "概ね順調(80%以上100%未満)", "on_track"],
    ["C", "努力が必要(60%以上80%未満)", "delayed"],
    ["D", "あまり順調ではない(60%未満)", "delayed"],
  ]);
});
