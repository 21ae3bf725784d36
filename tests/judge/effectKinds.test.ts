/** The effect phrasings other cities write (issue 10), each to its kind and progress. */
import { parseEffect, withPercentAdded } from "../../src/core/judge/effect";

type Case = [text: string, kind: string, progress: number | null];

const CASES: Case[] = [
  ["（令和2年度）41.5%", "percent", 41.5],
  ["(平成28年度) 20.7%", "percent", 20.7],
  ["55パーセント", "percent", 55],
  ["62・4%", "percent", 62.4],
  ["5年間の目標効果額に対する進捗率は66%だった。", "percent", 66],
  ["約百七十六件", "count", null],
  ["目標200件に対し実績187件", "ratio", 93.5],
  ["目標の12万人には届かず約10万人", "ratio", 83.33],
  ["目標(60%)に対し58.3%", "ratio", 97.17],
  ["計画額6億2,630万円に対して実績額は6億2,890万円", "ratio", 100],
  ["3,250戸(H28年度目標) → H27年3月末3,505戸", "ratio", 100],
  ["30校中24校", "fraction", 80],
  ["対象件数108件のうち87件完了", "fraction", 80.56],
  ["2万3400件", "count", null],
  ["183 万回(令和2年度)→ 8,030 万回(令和6年度)", "count", null],
  ["作業時間を平均40%削減", "reduction", null],
  ["計画期間内に概ね430人(約10%)の職員数の削減", "reduction", null],
  ["予定価格の85%", "priceRatio", null],
  ["落札率は85.5%", "priceRatio", null],
  ["52百万円", "money", null],
  ["約7,739百万円", "money", null],
  ["△12,345", "money", null],
  ["▲1,015,338", "money", null],
  ["-6,479千円", "money", null],
  ["12箇所", "count", null],
  ["A4版の紙約66万枚", "count", null],
  ["参加企業15社", "count", null],
  ["47都道府県", "count", null],
  ["(12)件", "count", null],
  ["69,077千人", "count", null],
  ["2.9万TJ", "unrecognized", null],
  // A second round of real cells and sentences.
  ["一般職員数 15人削減", "reduction", null],
  ["電力削減量 293,554キロワット時", "reduction", null],
  ["本計画による耐震化率は100パーセントとなりました。", "percent", 100],
  ["自主防災組織の組織率は85.2%となっております", "percent", 85.2],
  ["7年間の目標値3万7千人に対し、6年間の合計は3万1,178人", "ratio", 84.26],
  ["全170自治会のうち組織化できているのは81となっている。", "fraction", 47.65],
  ["雨水整備率:平成29年度末 45.3%", "percent", 45.3],
  ["組織率は1月末現在、47・6%と、目標とする60%に届かない見込み", "percent", 47.6],
  ["1万2600回の目標に対し、実績が1万155回であり", "ratio", 80.6],
  ["IC30分圏域人口率の1項目で、目標値の73%に対して直近値は65%。", "ratio", 89.04],
  ["全47小学校中46校にとどまった", "fraction", 97.87],
  ["実施中3件", "count", null],
  // A figure with a minus sign before it is a fall (the development set accepts reduction or count).
  ["▲4,906時間", "reduction", null],
  // A third round: the part of a whole with words between, its percentage beside it.
  ["施策数60項目を掲げており、このうち45項目は完了した", "fraction", 75],
  ["対象80項目のうち、「順調」「概ね順調」の評価は60項目(75%)であった", "percentFraction", 75],
  ["市が管理する橋梁(120橋)のうち、建設後50年を経過した橋梁は30橋(約25%)", "percentFraction", 25],
  ["防犯灯約5,000灯のうち、LED化済みは約4,000灯", "fraction", 80],
  ["20項目のうち達成率100%以上が12項目", "fraction", 60],
  // Named rates, bands and labels.
  ["指標の達成度の平均値は、26 年度と同じく88.5%", "percent", 88.5],
  ["目標の100億円に対して85.5%の到達率となった", "percent", 85.5],
  ["2.安全安心のまちづくり 45.25%", "percent", 45.25],
  ["B(概ね)目標通り 〔100%∼80%〕", "unrecognized", null],
  ["工事は88.6%で前年度比0.5ポイント減", "percent", 88.6],
  // No target named: no ratio (開札件数…に対し); a target in yen met by the next amount in yen.
  ["開札件数500件に対し、20件の不調が発生した", "count", null],
  ["執行予定額10億円に対し、工事20件を起工し、執行額は2億5000万円となった。", "ratio", 25],
  ["年間約3万枚のペーパーレス", "reduction", null],
  ["申請件数1,200棟", "count", null],
  // Round 12 (IT, DX and reform measures' effects).
  ["・2万3,791時間の事務時間を節約(職員12人相当)", "reduction", null],
  ["▲30%", "reduction", null],
  ["1年前の同月時点と比較してマイナス50%", "reduction", null],
  ["▲2,530", "money", null],
  ["水道料金収納率(R1)99.2%→(R4)99.5%", "percent", 99.5],
  ["2,915種類(94.4%)", "count", null],
  ["様式中に印の表示がある736箇所うち、602箇所(81.8%)を廃止することにしました。", "percentFraction", 81.8],
];

describe("effect phrasings of other cities", () => {
  it.each(CASES)("%s → %s %s", (text, kind, progress) => {
    const p = parseEffect(text, null);
    expect(p.kind).toBe(kind);
    if (progress === null) expect(p.progress).toBeNull();
    else expect(p.progress).toBeCloseTo(progress, 2);
  });

  it("checks the percentage stated beside the part of a whole against it", () => {
    expect(parseEffect("対象80項目のうち、評価Aは60項目(75%)", null).checks[0]).toMatchObject({ kind: "percent-fraction", ok: true });
    expect(parseEffect("対象80項目のうち、評価Aは60項目(70%)", null).checks[0]).toMatchObject({
      kind: "percent-fraction",
      ok: false,
      stated: "70%",
    });
  });

  it("keeps the uncapped value of an actual past its target", () => {
    const p = parseEffect("計画額7億250万円に対して実績額(決算額)は7億3,340万円", null);
    expect(p.progress).toBe(100);
    expect(p.progressRaw).toBeCloseTo(104.4, 1);
  });

  it("leaves a stated multiple to the ratio check (the seed's form)", () => {
    const p = parseEffect("研修受講者目標数 50名に対し1.82倍の 91名受講", null);
    expect(p.kind).toBe("ratio");
    expect(p.checks[0]).toMatchObject({ kind: "ratio", ok: true, stated: "1.82倍" });
  });

  it("reads words that only look like numerals as words", () => {
    for (const text of ["十分な成果", "一部で導入", "千葉県と連携"]) expect(parseEffect(text, null).kind).toBe("unrecognized");
  });

  it("fill puts the percentage before part of a whole, as before a fraction", () => {
    expect(withPercentAdded("30校中24校")).toBe("80% (30校中24校)");
    expect(parseEffect("80% (30校中24校)", null)).toMatchObject({ kind: "percent", progress: 80 });
  });
});
