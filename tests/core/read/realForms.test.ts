/**
 * Forms of offices the reader was not built against, rebuilt from their published documents (each folder
 * of tests/fixtures/real-forms/ holds the source notes and the openpyxl script that made its workbook).
 * None holds the seed's year table: each sheet is a measure's indicators (the years across the columns or
 * in the headers' notes) or one year's evaluation (a verdict and its reasons), or both. What a careful
 * reader takes from them, per the sources.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxPackage } from "../../../src/xlsx/package";
import { zlibCodec } from "../../../src/node/zlibCodec";
import { analyze } from "../../../src/core/produce/report";
import { makeSheet, makeWorkbook } from "../../../src/core/model/gridSchema";
import { seedWorkbook } from "../seedWorkbook";
import { proposeFill } from "../../../src/core/produce/fill";

const DIR = join(__dirname, "..", "..", "fixtures", "real-forms");

function reportOf(name: string) {
  const grid = XlsxPackage.open(readFileSync(join(DIR, name, "form.xlsx")), zlibCodec).grid();
  return analyze(grid, { source: `${name}.xlsx`, lang: "ja" });
}

/** Each measure's indicators: name → [fiscal year, target, actual][] of the years with an actual. */
function actuals(name: string) {
  const r = reportOf(name);
  return Object.fromEntries(
    r.measures.map((m) => [
      m.sheet,
      Object.fromEntries(
        m.indicators.map((i) => [i.name, i.years.filter((y) => y.actual !== null).map((y) => [y.fiscalYear, y.target, y.actual])]),
      ),
    ]),
  );
}

describe("real forms of other offices", () => {
  test("三重県 施策評価: a target and an actual under each year, the first year's 現状値 the baseline", () => {
    const m = actuals("mie-pref");
    expect(m["施策234"]["電子申請により受け付けた申請件数"]).toEqual([
      [2012, 15000, 14100],
      [2013, 17500, 15200],
      [2014, 20000, 16400],
    ]);
    const ind = reportOf("mie-pref").measures[1].indicators[0];
    expect(ind.baseline).toBe(12500);
    // The kinds under the years (現状値 | 目標値 | 実績値) head no table of their own: each indicator once, nothing under 目標項目の説明.
    expect(Object.fromEntries(Object.entries(m).map(([sheet, byName]) => [sheet, Object.keys(byName)]))).toEqual({
      施策111: ["率先して防災活動に参加する県民の割合"],
      施策234: ["電子申請により受け付けた申請件数", "23401 電子申請対象手続の拡大"],
    });
  });

  test("佐賀市 施策評価表: actuals by year, the last year's target over its actual; 待ち時間 is fewer-is-better", () => {
    const r = reportOf("saga-city");
    const m = r.measures.find((x) => x.sheet === "施策35")!;
    expect(m.number).toBe("35");
    expect(m.name).toBe("行政サービスの情報化の推進");
    const wait = m.indicators.find((i) => i.name === "市民課窓口での平均待ち時間")!;
    expect(wait.direction).toBe("lower");
    expect(wait.years.at(-1)).toMatchObject({ fiscalYear: 2014, target: 10, actual: 12.5, achievement: 80 });
  });

  test("大阪府立図書館 重点目標評価: 実績 and 達成度 under each year, the year before the plan a baseline", () => {
    const r = reportOf("osaka-pref-library");
    const ind = r.measures.find((x) => x.sheet === "5-1")!.indicators.find((i) => i.name === "イベント参加者数")!;
    expect(ind.baseline).toBe(5229);
    expect(ind.years.map((y) => [y.fiscalYear, y.actual, y.statedGrade])).toEqual([
      [2013, 5424, "B"],
      [2014, 6568, "A"],
      [2015, 6254, "A"],
    ]);
  });

  test("大阪府立図書館: the grade rule printed on its 評価の基準 sheet (A ≥ 110%, B ≥ 80%, C ≥ 50%) grades its indicators", () => {
    const r = reportOf("osaka-pref-library");
    const ind = r.measures.find((x) => x.sheet === "1-1")!.indicators.find((i) => i.name === "協力貸出冊数(市町村)")!;
    expect(ind.years.map((y) => [y.fiscalYear, y.achievement, y.grade, y.statedGrade])).toEqual([
      [2013, 93.8, "B", "B"],
      [2014, 92.7, "B", "B"],
      [2015, 93.8, "B", "B"],
    ]);
    expect(r.findings.filter((f) => f.rule === "kpi-arithmetic")).toEqual([]);
  });

  test("江田島市 KPI 検証: one year's 実績 and 達成度 under it, the final target of H31, notes between the indicators", () => {
    const m = actuals("etajima");
    expect(m["施策①"]).toEqual({
      "有害鳥獣による農作物年間被害額(千円)": [[2015, 20000, 20563]],
      "農業の後継者・担い手の育成(人)": [[2015, 5, 4]],
      "オリーブ栽培の面積(ha)": [[2015, 35, 24.6]],
    });
    // 達成度:順調A,要改善B: the office's judgment, not a percentage's (A at 80% of H31's target in H27).
    expect(reportOf("etajima").findings.filter((f) => f.rule === "kpi-arithmetic")).toEqual([]);
  });

  test("加古川市 施策評価: the year in 実績値(H29), that year's target beside the final one, and a table of related indicators across", () => {
    const m = actuals("kakogawa");
    expect(m["水産業"]).toEqual({
      水産業の振興に関して満足している市民の割合: [[2017, 56, 48]],
      漁業経営体数: [
        [2015, null, 41],
        [2016, null, 36],
        [2017, null, 42],
      ],
    });
  });

  test("羽村市 施策評価シート, read after the readers were built (a check): H24実績 … H28実績 across, rows numbered 指標1 …, 現状 the baseline", () => {
    const r = reportOf("hamura-shi");
    const m = actuals("hamura-shi")["施策35 経営管理"];
    expect(m["行財政改革基本計画達成率"]).toEqual([
      [2012, 80, 57.8],
      [2013, 80, 62.2],
      [2014, 80, 68.9],
      [2015, 80, 76.1],
    ]);
    expect(m["自主財源比率"].map((y) => y[2])).toEqual([59.8, 60.3, 60.9, 60.1]);
    // The header row of a table of projects (進捗状況 | 妥当性 …) and a column of their statuses are no verdict of the measure's.
    expect(r.measures.map((x) => [x.sheet, x.years.length])).toEqual([["施策35 経営管理", 0]]);
  });

  test("no sheet holds the form: each sheet is a measure of its indicators, with no finding that the form is missing", () => {
    for (const name of ["mie-pref", "saga-city", "osaka-pref-library", "etajima", "kakogawa"]) {
      const r = reportOf(name);
      expect(r.measures.length).toBeGreaterThan(0);
      expect(r.measures.every((m) => m.indicators.length > 0)).toBe(true);
      expect(r.findings.filter((f) => ["required-field", "no-measure-sheets", "form-not-read", "label-variant"].includes(f.rule))).toEqual(
        [],
      );
    }
  });

  test("群馬県 情報化推進計画 (round D): 策定時 | 現状値 | 目標値 per indicator, the year a row of column years names; 達成A / 前進B / 横ばいC / 後退D graded by movement from the baseline", () => {
    const r = reportOf("gunma-pref");
    const first = r.measures.find((m) => m.sheet === "平成29年度")!;
    expect(
      first.indicators.map((i) => [
        i.name.slice(0, 12),
        i.baseline,
        i.target,
        i.years.map((y) => [y.fiscalYear, y.actual, y.grade, y.statedGrade]),
      ]),
    ).toEqual([
      ["ア コンピュータで文字を", 95, 100, [[2017, 92.9, "横ばいC", "横ばいC"]]],
      ["イ コンピュータ等の情報", 82.5, 100, [[2017, 83.3, "横ばいC", "横ばいC"]]],
      ["インターネット利用時に守", 97, 100, [[2017, 95.4, "横ばいC", "横ばいC"]]],
      // (平成28年度)\n20.7%: the figure, not the year in its note.
      ["県民の活動拠点となる県有", 20.7, 70, [[2017, 27.6, "前進B", "前進B"]]],
    ]);
    expect(r.measures.find((m) => m.sheet === "令和元年度")!.indicators[3].years.map((y) => [y.fiscalYear, y.actual])).toEqual([
      [2019, 32.8],
    ]);
    expect(r.findings.filter((f) => f.rule === "kpi-arithmetic")).toEqual([]);
  });

  test("長野県 信州創生戦略 (round D): the baseline and target in the name's cell (H26年1.54→H31年1.68), the year in the 目安値's note, ▲ figures, 進捗区分 as the stated grade", () => {
    const r = reportOf("nagano-pref");
    const ind = r.measures[0].indicators;
    expect(
      ind
        .slice(0, 2)
        .map((i) => [i.name, i.baseline, i.target, i.years.map((y) => [y.fiscalYear, y.target, y.actual, y.achievement, y.statedGrade])]),
    ).toEqual([
      ["合計特殊出生率", 1.54, 1.68, [[2017, 1.62, 1.56, 96.3, "C"]]],
      // A smaller loss is the better: ▲2,700 aimed, ▲2,530 reached.
      ["社会増減(人)", -3703, -2000, [[2017, -2700, -2530, 106.7, "A"]]],
    ]);
    // 「-」: no grade given, nothing to check against.
    expect(ind[5].years[0].statedGrade).toBeNull();
  });

  /** Each indicator: [name, baseline, target, [fiscal year, year's target, actual, stated achievement][]]. */
  const kpis = (name: string, sheet: string) =>
    reportOf(name)
      .measures.find((m) => m.sheet === sheet)!
      .indicators.map((i) => [i.name, i.baseline, i.target, i.years.map((y) => [y.fiscalYear, y.target, y.actual, y.statedAchievement])]);

  test("round D, kinds down the rows: 茨城県 期待値 / 実績値 / 達成率評価 under H26…H30 (a note row between), 現状値 H25 and 目標値 H31 beside them, the name left of the kinds", () => {
    expect(kpis("ibaraki-pref", "農業産出額(H27調書)")).toEqual([
      [
        "農業産出額",
        4356,
        4380,
        [
          [2014, 4278, 4292, null],
          [2015, 4300, null, null],
          [2016, 4320, null, null],
          [2017, 4340, null, null],
          [2018, 4360, null, null],
        ],
      ],
    ]);
    expect(reportOf("ibaraki-pref").measures[0].indicators[0].unit).toBe("億円");
    expect(kpis("ibaraki-pref", "雇用創出数(H29調書)")[0][3]).toEqual([
      [2015, 2000, 2748, 137.4],
      [2016, 4000, 5163, 129],
      [2017, 6000, 7077, 117.9],
      [2018, 8000, null, null],
    ]);
    // 施 策 left empty on a KPI of a 基本目標 is no 施策名 missing.
    expect(reportOf("ibaraki-pref").findings.filter((f) => f.rule === "required-field")).toEqual([]);
  });

  test("round D, kinds down the rows: 島根県 目標値 / 実績値 / 達成率 beside 指標名 and 式・定義; an unused block (指標名 left empty) is no indicator", () => {
    const r = reportOf("shimane");
    expect(r.measures[0].name).toBe("離島航路整備事業");
    expect(kpis("shimane", "離島航路整備事業")).toEqual([
      [
        "岸壁の整備率",
        null,
        // The plan's last year's target is its final one; 19年度, with no target of its own, has none.
        76,
        [
          [2007, null, 49.7, null],
          [2008, 54, 54, 100],
          [2009, 57, 57.3, 100.5],
          [2010, 62, null, null],
          [2011, 76, null, null],
        ],
      ],
    ]);
  });

  test("round D, kinds down the rows: 西尾市 ① and ② blocks of 目標値 / 実績値 / <達成度>, each named where its number is listed for its group; 大月市 the table under the sheet's name", () => {
    expect(reportOf("nishio").measures.map((m) => [m.name, m.department])).toEqual([["健康診査事業(がん・骨粗鬆症)", "保健センター"]]);
    expect(kpis("nishio", "健康診査事業")).toEqual([
      [
        "乳がん検診受診者数",
        null,
        1700,
        [
          [2004, 1700, 1680, 98.82],
          [2005, 1700, 1712, 100.71],
          [2006, 1700, null, null],
        ],
      ],
      [
        "乳がん検診受診率",
        null,
        6,
        [
          [2004, 6, 5.4, 90],
          [2005, 6, 7.9, 131.67],
          [2006, 6, null, null],
        ],
      ],
    ]);
    expect(kpis("otsuki", "№1")).toEqual([["№1", null, 50, [[2016, 50, 65, 130]]]]);
  });

  test("round D: 松戸市 数値目標, a header of years alone over one row of figures, each year's kind in its note (基準値 / 現状値 / 目標値), named in one cell above (数値目標① 婚姻率)", () => {
    expect(kpis("matsudo-shi", "基本目標Ⅰ")).toEqual([
      [
        "婚姻率",
        5.5,
        5.9,
        [
          [2015, 5.9, 5.4, null],
          [2016, 5.9, 5, null],
          [2019, 5.9, null, null],
        ],
      ],
      [
        "出生数",
        3823,
        4107,
        [
          [2015, 4107, 3975, null],
          [2016, 4107, 3782, null],
          [2017, 4107, 3679, null],
          [2019, 4107, null, null],
        ],
      ],
    ]);
  });

  test("round D: 石巻市 KPI評価シート, the KPI's 目標値 / 実績値 rows beside its 視点 marks, 総合評価 A for the latest year with an actual, 事業実績 its text", () => {
    const m = reportOf("ishinomaki-shi").measures[0];
    expect(
      m.indicators.map((i) => [i.name, i.years.filter((y) => y.actual !== null).map((y) => [y.fiscalYear, y.target, y.actual])]),
    ).toEqual([
      [
        "戸建宅地の供給率",
        [
          [2015, 53.4, 53.4],
          [2016, 92.5, 92.5],
          [2017, 98.4, 100],
        ],
      ],
    ]);
    expect(m.years.map((y) => [y.fiscalYear, y.rating, y.status])).toEqual([[2017, "A", "achieved"]]);
  });

  test("round E: 阿波市 評価シート, a bare B whose wording is printed under it (優れた取り組みがいくつかあり、成果が上がっている) reads by that wording", () => {
    const r = reportOf("awa-shi");
    expect(r.measures.map((m) => [m.name, m.department, m.years.map((y) => [y.fiscalYear, y.rating, y.status])])).toEqual([
      ["学習体系の定期的な見直し", "社会教育課", [[2015, "B", "on_track"]]],
      ["関係機関との連携強化", "社会教育課", [[2015, "B", "on_track"]]],
      ["指導者の養成", "社会教育課", [[2015, "B", "on_track"]]],
    ]);
    // The letter's wording is its legend, not the year's text: no finding that it is unknown or boilerplate.
    expect(r.findings.filter((f) => ["rating-unknown", "boilerplate-summary"].includes(f.rule))).toEqual([]);
  });

  test("round E: 泉大津市 施策評価シート, 目標 over 実績 for each numbered indicator, 総合計画記載 (現状値) the baseline and 総合計画記載 31年度 the final target; 目標達成度合い(評価) over C 概ね順調, 理由 beside it", () => {
    const m = reportOf("izumiotsu-shi").measures.find((x) => x.sheet === "1-1 市民参画・協働")!;
    expect(m.years.map((y) => [y.fiscalYear, y.rating, y.status, y.summary.slice(0, 9)])).toEqual([
      [2015, "C 概ね順調", "on_track", "成果指標の1つであ"],
    ]);
    expect(
      m.indicators.map((i) => [
        i.name.slice(0, 10),
        i.baseline,
        i.target,
        i.years.filter((y) => y.actual !== null).map((y) => [y.fiscalYear, y.actual]),
      ]),
    ).toEqual([
      ["地域活動やボランティ", 51.8, 60, []],
      ["市政への市民参画の機", 44.6, 55, []],
      ["市民活動団体として登", 9, 50, [[2015, 51]]],
    ]);
  });

  test("round E: 伊丹市 施策評価, the indicator named under 指標名(単位) on the header row, ↓ under 性質 fewer-is-better; 評価部局 its department; the year's stars on the scale its label shows", () => {
    const measure = reportOf("itami-shi").measures[0];
    expect([measure.name, measure.department]).toEqual(["地球温暖化対策", "市民自治部"]);
    // H28事後評価(部局長評価)【☆☆☆☆(高)∼☆(低)】 | ☆☆☆☆, its reasons beside 事後評価の理由.
    expect(measure.years.map((y) => [y.fiscalYear, y.rating, y.ratingStatus, y.status, y.summary.slice(0, 8)])).toEqual([
      [2016, "☆☆☆☆", "on_track", "on_track", "運用面の徹底や、"],
    ]);
    const ind = measure.indicators;
    expect(ind.map((i) => [i.name, i.direction, i.target, i.years[0]])).toEqual([
      [
        "温室効果ガスの総排出量",
        "lower",
        28577,
        expect.objectContaining({ fiscalYear: 2016, target: 18313, actual: 18893, achievement: 96.9 }),
      ],
    ]);
  });

  test("round E: 中野区 分野, bare era years under a 年度 corner (21 | 22 | 23 | 24 | 24目標 | (達成度) | 31目標), the names under the corner, a stated percentage under 達成度 an achievement, ー no figure", () => {
    const ind = reportOf("nakano-ku").measures[0].indicators;
    expect(ind.map((i) => i.name.slice(0, 10))).toHaveLength(7);
    const points = ind.find((i) => i.name.startsWith("なかのエコポイントの参加登録世帯数"))!;
    expect([points.unit, points.years.map((y) => [y.fiscalYear, y.target, y.actual, y.statedAchievement])]).toEqual([
      "世帯",
      [
        [2011, null, 1099, null],
        [2012, 2000, 1295, 64.8],
        [2019, 3000, null, null],
      ],
    ]);
    // 90.8万 トン is read scaled, its unit without the scale; 削減 in the target says fewer is better.
    expect([ind[0].unit, ind[0].direction, ind[0].years.map((y) => [y.fiscalYear, y.actual])]).toEqual([
      "トン",
      "lower",
      [
        [2009, 908000],
        [2010, 954000],
        [2019, null],
      ],
    ]);
    expect(reportOf("nakano-ku").findings.filter((f) => f.rule === "kpi-arithmetic")).toEqual([]);
  });

  test("round E: 愛知県 管理事業評価調書, 評価 C:相当程度進展あり for the title's year (its indicator blocks, targets in words, are not read)", () => {
    expect(reportOf("aichi-ken").measures.map((m) => m.years.map((y) => [y.fiscalYear, y.rating, y.status]))).toEqual([
      [[2016, "C:相当程度進展あり", "on_track"]],
    ]);
  });

  /** Each measure's evaluated years: [fiscal year, rating, status, the start of its text]. */
  const evaluations = (name: string) =>
    Object.fromEntries(
      reportOf(name).measures.map((m) => [m.sheet, m.years.map((y) => [y.fiscalYear, y.rating, y.status, y.summary.slice(0, 12)])]),
    );

  test("鳥取県 工程表: one year's 進捗評価 per sheet, the year its title names, 評価理由 as its text", () => {
    expect(evaluations("tottori-pref")).toEqual({
      "Society5.0の推進": [[2021, "△(やや遅れ)", "delayed", "新型コロナウィルスの影響"]],
      情報システム調達最適化: [[2021, "○(予定どおり)", "on_track", expect.any(String)]],
      道路建設課: [[2021, "◎(予定以上)", "ahead", expect.any(String)]],
    });
  });

  test("三重県 and 加古川市: the year evaluated is the latest with an actual, not the title's; a verdict written in its label's cell", () => {
    expect(evaluations("mie-pref")).toEqual({
      施策111: [[2014, "(ある程度進んだ)", "on_track", "県民指標について、昨年度"]],
      施策234: [[2014, "(あまり進まなかった)", "delayed", "県民指標について、前年度"]],
    });
    const kakogawa = evaluations("kakogawa");
    expect(kakogawa["水産業"]).toEqual([[2017, "B 概ね期待どおり", "on_track", "●のり養殖漁場周辺の浮標"]]);
    expect(kakogawa["地域福祉"][0].slice(0, 3)).toEqual([2017, "C 期待を下回る", "delayed"]);
    expect(reportOf("kakogawa").measures.map((m) => m.name)).toEqual(["水産業を振興する", "地域福祉を推進する"]);
  });

  test("つくば市 実績評価シート: 進捗状況 概ね順調 for the year of the KPI's actual, 効果発現要因(総合所見) as its text; the KPI's 目標値 and 実績値 rows under the years", () => {
    expect(evaluations("tsukuba")["KPIその1"]).toEqual([[2015, "概ね順調", "on_track", "TGI,県,市がそれぞれ"]]);
    const r = reportOf("tsukuba");
    const kpi = r.measures.find((m) => m.sheet === "KPIその1")!;
    expect(kpi.name).toBe("(1)科学技術の振興によるまちづくり");
    expect(
      kpi.indicators.map((i) => [i.name.replace(/\n/g, ""), i.unit, i.baseline, i.target, i.years.map((y) => [y.fiscalYear, y.actual])]),
    ).toEqual([
      [
        "平成27年度から平成31年度までの国際戦略総合特区新規プロジェクトの創出数",
        "プロジェクト",
        7,
        12,
        [
          [2015, 8],
          [2019, null],
        ],
      ],
    ]);
    // A verdict without a 進捗総括 on a sheet that never had one is nothing missing.
    expect(r.findings.filter((f) => f.sheet === "KPIその1")).toEqual([]);
  });

  test("a measure named by its number at the head of its sheet: 施策111 | name (三重県), ■施策① name in one cell (江田島市), 施策35 over a table headed 事業名 (羽村市)", () => {
    const names = (name: string) => reportOf(name).measures.map((m) => [m.number, m.name]);
    expect(names("mie-pref")).toEqual([
      ["施策111", "防災・減災対策の推進"],
      ["施策234", "ICTを活用した県民サービスの向上"],
    ]);
    expect(names("etajima").slice(1)).toEqual([
      ["施策①", "農林業の振興"],
      ["施策②", "水産業の振興"],
    ]);
    expect(names("hamura-shi")).toEqual([["施策35", "経営管理"]]);
    // 進捗状況 heads the table of its projects on 施策27: no form there to have been missed.
    expect(reportOf("hamura-shi").findings.filter((f) => f.rule === "form-not-read")).toEqual([]);
  });

  test("beside sheets of the form, a sheet of indicators alone is no measure", () => {
    const seed = seedWorkbook();
    const kpi = makeSheet({
      name: "指標",
      values: [
        ["成果指標", "R3年度", "R4年度"],
        ["電子申請件数", 100, 120],
      ],
    });
    const r = analyze(makeWorkbook({ ...seed, sheets: [...seed.sheets, kpi] }), { source: "x.xlsx", lang: "ja" });
    expect(r.measures.map((m) => m.sheet)).not.toContain("指標");
    expect(r.measures).toHaveLength(14);
  });
});

describe("lists of measures, a row each (rebuilt from published lists)", () => {
  /** Each measure as number, name, department and its years: [fiscal year, rating, status]. */
  const listed = (name: string) =>
    reportOf(name).measures.map((m) => [m.number, m.name, m.department, m.years.map((y) => [y.fiscalYear, y.rating, y.status])]);

  test("能勢町 施策評価一覧表: the overall verdict of three, the year from the title, a heading row across the list skipped", () => {
    expect(listed("nose-cho")).toEqual([
      ["1", "特色ある教育の推進", "学校教育課", [[2016, "C", "unknown"]]],
      ["2", "未来を切り開く「生きる力」の醸成", "学校教育課", [[2016, "C", "unknown"]]],
    ]);
    // The letters without a legend: each reported, not read as a status.
    expect(
      reportOf("nose-cho")
        .findings.filter((f) => f.rule === "rating-unknown")
        .map((f) => f.cell),
    ).toEqual(["F7", "F8"]);
  });

  test("秋田県 事後評価実施事業一覧表: 課名 the department, 総合評価 the verdict; the notes under the list are no measures", () => {
    expect(listed("list-akita-pref")).toEqual([
      ["", "児童生徒の学びの保障推進事業 [17KB]", "義務教育課", [[2021, "B", "unknown"]]],
      ["", "スクール・サポート・スタッフ配置事業 [17KB]", "義務教育課", [[2021, "B", "unknown"]]],
      ["", "社会教育施設改修事業 [17KB]", "生涯学習課", [[2021, "A", "unknown"]]],
    ]);
  });

  test("高浜市 アクションプラン一覧: the year's verdicts under H23評価結果, no verdict under H24達成率 (figures), 所管グループ the department", () => {
    expect(listed("list-takahama-shi")).toEqual([
      ["1", "総合計画進行管理事業", "", [[2011, "要改善(進捗状況)", "delayed"]]],
      ["2", "行政評価システム運用事業", "財務G", [[2011, "要改善(コスト面での効率性)", "delayed"]]],
      ["3", "わかりやすい財政運営事業", "財務G", [[2011, "要改善(進捗状況)", "delayed"]]],
      ["4", "公共施設のあり方検討事業", "経営戦略G", [[2011, "要改善(進捗状況)", "delayed"]]],
    ]);
  });

  test("台東区 事務事業評価: three levels of headers, 事業名称(PDF資料) the name, 総務課 over the list the department; no year printed, so no year read", () => {
    const r = reportOf("list-taito-ku");
    expect(new Set(r.measures.map((m) => m.department))).toEqual(new Set(["総務課"]));
    expect(r.measures.map((m) => [m.number, m.name, m.years.length])).toEqual([
      ["25", "文書事務", 0],
      ["26", "文書ファイリングシステム管理", 0],
      ["27", "情報公開・個人情報保護制度", 0],
      ["28", "庁舎維持管理", 0],
      ["29", "庁舎老朽化対策", 0],
      ["30", "栄典事務", 0],
      ["31", "外国人学校保護者補助", 0],
      ["32", "たいとう音頭普及啓発", 0],
    ]);
  });

  test("羽村市: a sheet named by its measure (施策27) over a list of its projects is not read as a list", () => {
    expect(reportOf("hamura-shi").measures.map((m) => m.sheet)).toEqual(["施策35 経営管理"]);
  });
});

describe("one year's evaluation on a sheet without the year table", () => {
  const workbook = (values: (string | number | null)[][]) => makeWorkbook({ sheets: [makeSheet({ name: "S", values })] });
  const report = (values: (string | number | null)[][]) => analyze(workbook(values), { source: "x.xlsx", lang: "ja" });

  test("the verdict beside its label, the reasons beside theirs, the year from the title; Fill leaves the title alone", () => {
    const values = [
      ["令和5年度 事業評価シート"],
      ["事業名", "電子申請の拡充"],
      ["進捗評価", "△(やや遅れ)"],
      ["評価理由", "システム改修の入札不調により、稼働が翌年度にずれ込んだ。"],
    ];
    const r = report(values);
    expect(proposeFill(workbook(values), { lang: "ja" })).toEqual([]);
    expect(r.measures.map((m) => [m.name, m.years.map((y) => [y.fiscalYear, y.label, y.rating, y.status, y.textStatus])])).toEqual([
      ["電子申請の拡充", [[2023, "令和5年度", "△(やや遅れ)", "delayed", "delayed"]]],
    ]);
    expect(r.findings).toEqual([]);
  });

  test("an evaluation written out under its heading, with nothing beside it, is the year's text (上士幌町 評価 over its sentences)", () => {
    const values = [
      ["令和4年度 事業評価"],
      ["評価"],
      ["【電子申請の利用件数】"],
      ["計画どおり進捗しています。"],
      [],
      ["担当課", "情報政策課"],
    ];
    expect(report(values).measures.map((m) => m.years.map((y) => [y.fiscalYear, y.rating, y.status, y.summary]))).toEqual([
      [[2022, null, "on_track", "【電子申請の利用件数】\n計画どおり進捗しています。"]],
    ]);
    // A heading over a column of short values is a table's, not an evaluation.
    expect(report([["令和4年度 事業評価"], ["評価"], ["A"], ["B"], ["C"]]).measures).toEqual([]);
    const kamishihoro = reportOf("kamishihoro-cho").measures[0];
    // No 単位 column: the unit every actual is written with (250台 …).
    expect(kamishihoro.indicators.map((i) => i.unit)).toEqual(["台", "台"]);
    expect(kamishihoro.indicators.map((i) => [i.name, i.target, i.years.map((y) => [y.fiscalYear, y.actual])])).toEqual([
      [
        "各家庭WiFi設置数",
        352,
        [
          [2020, 250],
          [2021, 280],
          [2022, 304],
        ],
      ],
      [
        "公共施設WiFi設置数",
        3,
        [
          [2020, 3],
          [2021, 3],
          [2022, 3],
        ],
      ],
    ]);
    expect(kamishihoro.years.map((y) => [y.fiscalYear, y.rating, y.summary.slice(0, 14)])).toEqual([
      [2022, null, "【各家庭WiFi設置数】\nお"],
    ]);
  });

  test("round F: 日進市 食育推進計画の評価, grades a footnote defines by movement from 策定時 (A:目標達成、B:概ね改善、やや改善、C:変化なし、D:悪化); names over merged groups; targets merged down a group", () => {
    const r = reportOf("nisshin-shi");
    const ind = r.measures[0].indicators;
    expect(ind).toHaveLength(16);
    // A group's name carried down its merged cells, each row an indicator of its own (not another year).
    expect(ind.slice(3, 7).map((i) => [i.name, i.direction, i.baseline, i.target])).toEqual([
      ["朝食欠食者の割合 児童 高校生", "lower", 7.3, 0],
      ["朝食欠食者の割合 児童 中学生", "lower", 3.4, 0],
      ["朝食欠食者の割合 児童 小学校高学年", "lower", 0.9, 0],
      ["朝食欠食者の割合 児童 小学校低学年", "lower", 0.4, 0],
    ]);
    // Every printed grade is the one the footnote's rule gives (the band for 変化なし ±10% of 策定時).
    expect(ind.map((i) => [i.years[0].grade, i.years[0].statedGrade])).toEqual(
      ind.map((i) => [i.years[0].statedGrade, i.years[0].statedGrade]),
    );
    expect(ind.map((i) => i.years[0].statedGrade).join("")).toBe("BCABDDDCCCCADBDA");
    // 月1回 beside 年4回 / 年156回: the target per year, more is better.
    expect(ind[15]).toMatchObject({ direction: "higher", baseline: 4, target: 12 });
    expect(r.findings.filter((f) => f.rule === "kpi-arithmetic")).toEqual([]);
  });

  test("round F: 東海市 健康増進計画, tables with no header over the names (a group and its 男性 / 女性), 目指す方向 the direction, 策定時(H20) | 現状値(H24) and no target", () => {
    const ind = reportOf("tokai-shi").measures.flatMap((m) => m.indicators);
    expect(ind).toHaveLength(11);
    expect(ind.slice(0, 3).map((i) => [i.name, i.direction, i.baseline, i.target, i.years.map((y) => [y.fiscalYear, y.actual])])).toEqual([
      ["東海市特定健康診査受診率", "higher", 48.1, null, [[2012, 48.7]]],
      ["肥満者の割合(腹囲基準値以上) 男性", "lower", 51.2, null, [[2012, 51]]],
      ["肥満者の割合(腹囲基準値以上) 女性", "lower", 23.7, null, [[2012, 20.3]]],
    ]);
    expect(ind[5]).toMatchObject({ name: "拠点トレーニング室年間利用者数", unit: "人", baseline: 5888 });
  });

  test("round G: 平塚市 事業評価シート, blocks headed 活動指標① | 指標名 | name | 単位 | unit over 目標 / 実績 rows; an empty block no indicator; 事業担当 the department", () => {
    const r = reportOf("hiratsuka-shi");
    expect(r.measures.map((m) => [m.name, m.department, m.years.map((y) => [y.fiscalYear, y.rating, y.status])])).toEqual([
      ["刊行物の作成適正化事業", "総務部 行政総務課", [[2015, "①:予定どおり", "on_track"]]],
      ["競輪事業経営改善事業", "公営事業部 事業課", [[2015, "①:予定どおり", "on_track"]]],
    ]);
    expect(r.measures[1].indicators.map((i) => [i.name, i.unit, i.years.map((y) => [y.fiscalYear, y.target, y.actual])])).toEqual([
      [
        "チャリロト会員登録数",
        "人",
        [
          [2013, 220000, 171397],
          [2014, 174000, 178733],
          [2015, 176500, 177394],
        ],
      ],
      [
        "重勝式車券の売上増加率",
        "%",
        [
          [2013, 5, 6],
          [2014, 1, 1],
          [2015, 1, -42],
        ],
      ],
    ]);
  });

  test("round G: 小矢部市 成果指標達成状況, calendar years (平成12年 | 平成13年実績 …), the bare first year the baseline, a forecast (平成15年末見込) and a part year (平成15年9月30日現在) no year's actual, 5ヵ年目標 the target, milestone rows in words passed over", () => {
    const ind = reportOf("oyabe-shi").measures.flatMap((m) => m.indicators);
    expect(ind).toHaveLength(11);
    const library = ind.find((i) => i.name === "図書館入館者数")!;
    expect([library.unit, library.baseline, library.target, library.years.map((y) => [y.fiscalYear, y.actual])]).toEqual([
      "人",
      102521,
      105000,
      [
        [2001, 105757],
        [2002, 117857],
      ],
    ]);
    expect(ind.find((i) => i.name === "IT講座修了者数")).toMatchObject({ unit: "人", target: 1400 });
  });

  test("round H: 瑞浪市 施策評価調書, each block's name beside 成果指標名 and its final target beside 令和5年度目標値 (the unit of 71.6%), an unused block no indicator", () => {
    const ind = reportOf("mizunami-shi").measures[0].indicators;
    expect(ind.map((i) => [i.name.slice(0, 12), i.unit, i.target, i.years.length])).toEqual([
      ["福祉ボランティアグループ", "", 23, 6],
      ["地域の支えや社会保障が充", "%", 71.6, 6],
    ]);
    expect(ind[1].years.map((y) => [y.fiscalYear, y.target, y.actual])[2]).toEqual([2015, 68.4, 59.6]);
  });

  test("瑞浪市 施策評価調書: the measure is the last level of 大区分 › 中区分 › 小区分 (it was named after the sheet)", () => {
    expect(reportOf("mizunami-shi").measures.map((m) => [m.name, m.department])).toEqual([
      ["地域福祉活動、ボランティア組織の育成・充実", "民生部"],
    ]);
  });

  test("round H: 長崎市 基本施策, the baseline left of the kinds column (15.5%(26年度) under 基準値(時期)) and its unit, 達成率 under the year", () => {
    const [ind] = reportOf("nagasaki-shi").measures[0].indicators;
    expect([ind.name, ind.unit, ind.baseline, ind.target, ind.years[0]]).toEqual([
      "リサイクル率",
      "%",
      15.5,
      20,
      expect.objectContaining({ fiscalYear: 2016, target: 16, actual: 14.8, statedAchievement: 92.5 }),
    ]);
  });

  test("round H: 多摩市議会 施策評価, a row of headers (施策名 | 施策評価指数) over their values, the year from the document's cover, the letter by the cover's legend", () => {
    const r = reportOf("tama-shi");
    expect(r.measures.map((m) => [m.sheet, m.name, m.years.map((y) => [y.fiscalYear, y.rating, y.status])])).toEqual([
      ["1", "観光の視点からのまちの魅力づくりの推進", [[2015, "C:政策の実現に近づいていないので、分析と見直しが必要", "delayed"]]],
    ]);
  });

  test("no verdict or no year: no measure", () => {
    expect(report([["令和5年度 事業評価シート"], ["評価理由", "順調に進捗している。"]]).measures).toEqual([]);
    expect(report([["事業評価シート"], ["進捗評価", "A"]]).measures).toEqual([]);
  });
});

describe("measures stacked in blocks on one sheet (rebuilt from published sheets)", () => {
  test("川崎市 施策進行管理・評価表: a block per 事務事業 with its 所管課 and its years across; 達成度 for the evaluation's year, read by the legend above", () => {
    const r = reportOf("kawasaki");
    expect(r.measures.map((m) => [m.sheet, m.name, m.department, m.years.map((y) => [y.fiscalYear, y.rating, y.status])])).toEqual([
      [
        "62401000",
        "区民祭開催事業",
        "総合企画局自治政策部区行政改革推進担当",
        [
          [2005, null, "unknown"],
          [2006, null, "unknown"],
          [2007, "3", "on_track"],
          [2008, null, null],
        ],
      ],
      ["62401000", "市民文化大使事業", "市民局市民文化室", [[2007, "3", "on_track"]]],
      [
        "54101000",
        "臨海部産学公民連携の推進",
        "経済局産業振興部工業振興課",
        [
          [2005, null, "unknown"],
          [2006, null, "unknown"],
          [2007, "3", "on_track"],
          [2008, null, null],
        ],
      ],
      [
        "51301000",
        "川崎駅周辺市街地活性化等推進事業",
        "経済労働局産業振興部商業観光課",
        [
          [2008, null, "unknown"],
          [2009, "3", "on_track"],
          [2010, null, null],
          [2011, null, null],
        ],
      ],
      ["51301000", "拠点商業賑わい事業", "経済労働局産業振興部商業観光課", [[2009, "3", "on_track"]]],
    ]);
    // What each year planned (事業目標) and what was done (実績); the year's cell is its header's.
    const first = r.measures[0].years[0];
    expect([first.plan, first.summary, first.cell]).toEqual(["継続実施", "市内6区で開催", "D25"]);
    // 3ヵ年の事業目標に対する達成状況 (II) is on the whole period, and 点検結果 (C) on the budget: no year's verdict.
    expect(r.measures.flatMap((m) => m.years.map((y) => y.rating)).filter((x) => x !== null)).toEqual(["3", "3", "3", "3", "3"]);
  });
});

describe("round J (gathered after the block reader was built, read as they came)", () => {
  test("田辺市 and 吉賀町 事後評価: the 事業名 after its item number; indicators with targets by milestone (初年度 | 最終) and actuals by year", () => {
    const tanabe = reportOf("j-tanabe-shi").measures;
    expect(tanabe.map((m) => m.name)).toEqual(["田辺市地域情報通信基盤整備事業"]);
    expect(tanabe[0].indicators.map((i) => [i.name, i.target, i.years.map((y) => [y.fiscalYear, y.target, y.actual])])).toEqual([
      [
        "整備地域の世帯数",
        4873,
        [
          [2008, 4873, 4862],
          [2012, 4873, 4769],
        ],
      ],
      [
        "加入世帯数",
        974,
        [
          [2008, 487, 934],
          [2012, 974, 1113],
        ],
      ],
      [
        "加入率(%)",
        19.99,
        [
          [2008, 9.99, 19.21],
          [2012, 19.99, 23.34],
        ],
      ],
      [
        "整備地域の世帯数",
        4873,
        [
          [2008, 4873, 4862],
          [2012, 4873, 4769],
        ],
      ],
      [
        "加入世帯数",
        4873,
        [
          [2008, 4873, 4660],
          [2012, 4873, 4533],
        ],
      ],
      [
        "加入率(%)",
        100,
        [
          [2008, 100, 95.85],
          [2012, 100, 95.05],
        ],
      ],
    ]);
    const yoshika = reportOf("j-yoshika-cho").measures;
    expect(yoshika.map((m) => m.name)).toEqual(["地域情報通信基盤整備推進交付金事業"]);
    const joined = yoshika[0].indicators.find((i) => i.name === "加入世帯数")!;
    expect([joined.target, joined.years.map((y) => [y.fiscalYear, y.target, y.actual])]).toEqual([
      712,
      [
        [2011, 325, 1379],
        [2012, 712, 1499],
        [2013, 712, 1617],
        [2014, 712, 1739],
        [2015, 712, 1860],
      ],
    ]);
    // The CATV block's table is cut off: no indicator from it.
    expect(yoshika[0].indicators).toHaveLength(3);
  });

  test("貝塚市's costs by year and 木津川市's tallies of grades (S | A | B | C over counts) give no measure a verdict", () => {
    for (const name of ["j-kaizuka-shi", "j-kizugawa-shi"]) {
      const r = reportOf(name);
      expect(r.measures.flatMap((m) => m.years.map((y) => y.status)).filter((s) => s !== null && s !== "unknown")).toEqual([]);
    }
  });

  test("佐渡市: each heading over its small table a measure, its 自己評価 read by the legend sheet's row of quality words (評定基準 極めて良好 … over 評定 A …)", () => {
    const r = reportOf("j-sado-shi");
    expect(r.measures.map((m) => [m.sheet, m.name, m.years.map((y) => [y.fiscalYear, y.rating, y.status])])).toEqual([
      ["企画財政部", "成果重視の予算編成の改革", [[2006, "A", "achieved"]]],
      ["企画財政部", "実質公債費比率の改革", [[2006, "A", "achieved"]]],
      ["企画財政部", "地域情報化の推進", [[2006, null, "unknown"]]],
      ["市民環境部", "市税等の財源確保", [[2006, "A", "achieved"]]],
      ["市民環境部", "地球温暖化対策の取組み", [[2006, "A", "achieved"]]],
      // A and E under one heading: the scale's worst.
      ["市民環境部", "トキ野生復帰への取組み", [[2006, "E", "delayed"]]],
      ["市民環境部", "ごみの減量化、再資源化の推進の改革", [[2006, "B", "on_track"]]],
    ]);
  });
});

describe("round K (gathered after round J's fixes, read as they came)", () => {
  const years = (name: string) =>
    reportOf(name).measures.map((m) => [
      m.number,
      m.name.slice(0, 12),
      m.years.map((y) => [y.fiscalYear, y.rating, y.status, y.summary.slice(0, 10)]),
    ]);

  test("磐田市 図書館評価: 評価項目 merged over the items' numbers and names; 自己評価 without a legend unknown; 取組結果 the account; 外部評価 ― nothing", () => {
    expect(years("k-iwata-shi")).toEqual([
      ["1", "「図書館の自由に関する宣", [[2014, "C", "unknown", "「図書館の自由に関す"]]],
      ["2", "磐田市立図書館の中期計画", [[2014, "B", "unknown", "中期計画書に代わるも"]]],
      ["3", "現状を反映した規則・規程", [[2014, "B", "unknown", "随時、担当者会で現状"]]],
      ["4", "実態に即した事務分掌事項", [[2014, "B", "unknown", "H26年度に事務分掌"]]],
      ["5", "妥当性がある選定基準・資", [[2014, "B", "unknown", "基準はあるが、各館の"]]],
    ]);
  });

  test("岡山県立図書館: 達成レベル, the scale's name beside its label, is no verdict (it read as achieved)", () => {
    expect(reportOf("k-okayama-pref-library").measures.flatMap((m) => m.years.map((y) => y.status))).toEqual([]);
  });

  test("新庄市 事務事業評価: 計画 and 見込 rows are the targets, 実績 the actuals under each year", () => {
    const m = actuals("k-shinjo-shi")["シートA"];
    expect(m["利用者数(人)"]).toEqual([
      [2014, null, 96227],
      [2015, null, 91796],
      [2016, null, 89164],
    ]);
    expect(m["貸出冊数(冊)"]).toEqual([
      [2014, null, 150091],
      [2015, null, 150855],
      [2016, null, 149875],
    ]);
    expect(reportOf("k-shinjo-shi").measures[0].indicators.map((i) => [i.name, i.target])).toEqual([
      ["利用者数(人)", 95000],
      ["貸出冊数(冊)", 160000],
      ["図書館の貸出人数(人)", 32000],
    ]);
  });

  test("郡山市 事務事業評価: empty 成果指標2・3 slots are no indicators; the unit beside 単位: (人), not the year's figure under it", () => {
    const m = reportOf("k-koriyama-shi").measures[0];
    expect(m.indicators.map((i) => [i.name, i.unit, i.years.map((y) => [y.fiscalYear, y.target, y.actual])])).toEqual([
      [
        "研修会参加人数(技術力が向上した職員数)",
        "人",
        [
          [2013, 240, 131],
          [2014, 241, 180],
          [2015, 364, 283],
        ],
      ],
      [
        "研修会開催回数",
        "回",
        [
          [2013, null, 4],
          [2014, null, 6],
          [2015, null, 8],
        ],
      ],
    ]);
  });
});

describe("round L (IT and reform plans, gathered after round 8's text, read as they came)", () => {
  const indicators = (name: string) =>
    reportOf(name).measures.flatMap((m) =>
      m.indicators.map((i) => [i.name, i.unit, i.target, i.years.map((y) => [y.fiscalYear, y.actual])]),
    );

  test("足寄町 事後評価: 累積目標 and 累積実績値 over the years; the unit and target of 177箇所(令和5年度) (targets and units were lost)", () => {
    expect(indicators("l-ashoro-cho")).toEqual([
      [
        "住家・事業所等\nWi-Fi",
        "箇所",
        177,
        [
          [2023, 187],
          [2024, 211],
          [2025, 222],
        ],
      ],
      [
        "公共施設\nWi-Fi",
        "箇所",
        29,
        [
          [2023, 26],
          [2024, 28],
          [2025, 28],
        ],
      ],
    ]);
  });

  test("三重県 基本事業目的評価表: years that skip 2005 head the table; the unit in the name's brackets (nothing was read)", () => {
    expect(indicators("l-mie-pref")).toEqual([
      [
        "ブロードバンド普及率(%) [目標指標]",
        "%",
        50,
        [
          [2001, 13.8],
          [2002, 23.7],
          [2003, 33],
          [2004, null],
        ],
      ],
    ]);
  });

  test("軽米町 行革進捗: dates out of order over a target, a baseline and the latest figure are no table of years (it read 18.00%以下 as 2015's actual)", () => {
    expect(indicators("l-karumai-machi")).toEqual([]);
  });

  test("龍郷町 工程表: ▲ and ● under the years are plan phases, and 玉野市's unlabelled rows of figures say nothing: no verdict on either", () => {
    for (const name of ["l-tatsugo-cho", "l-tamano-shi"]) {
      const r = reportOf(name);
      expect(
        r.measures.flatMap((m) => m.years.map((y) => y.status)).filter((s) => s !== null && s !== "unknown" && s !== "not_evaluated"),
      ).toEqual([]);
    }
  });
});

describe("round M (lists of measures, gathered after round L's fixes, read as they came)", () => {
  const years = (name: string) =>
    reportOf(name).measures.map((m) => [m.number, m.name, m.years.map((y) => [y.fiscalYear, y.rating, y.status])]);

  test("大淀町 アクションプラン進捗管理状況表: アクションプラン names the rows, 計画通りの進捗か (○・△・×) holds their ratings (nothing was read)", () => {
    expect(years("m-oyodo-cho")).toEqual([
      ["1", "財政予測の作成による計画的な事業執行", [[2007, "○", "on_track"]]],
      ["2", "定員管理計画の策定と人件費の抑制", [[2007, "△", "delayed"]]],
      ["3", "定住促進計画の検討", [[2007, "○", "on_track"]]],
      ["4", "収入額の向上対策", [[2007, "○", "on_track"]]],
    ]);
  });

  test("大津町 進行管理シート: quarters are their fiscal year's, H29年10月∼12月の取組みの評価 the 2017 rating (nothing was read)", () => {
    expect(years("m-ozu-machi").map(([number, , ys]) => [number, ys])).toEqual([
      ["1", [[2016, null, "achieved"]]],
      [
        "2",
        [
          [2016, null, "unknown"],
          [2017, "B(ほぼ)目標通り\n〔100%∼80%〕", "on_track"],
        ],
      ],
    ]);
  });

  test("箱根町 目標値の達成状況: 現状値 | 実績値 | 目標値 over the years say each year's kind (26年度 was read as an actual equal to its target)", () => {
    const [ind] = reportOf("m-hakone-machi").measures[0].indicators;
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

  test("栗山町's counts of projects by result and 四万十市's list of reform items give no verdict", () => {
    for (const name of ["m-kuriyama-cho", "m-shimanto-shi"]) {
      const r = reportOf(name);
      expect(r.measures.flatMap((m) => m.years.map((y) => y.status)).filter((s) => s !== null && s !== "unknown")).toEqual([]);
    }
  });
});

describe("round N (one measure a sheet, gathered after round M's fixes, read as they came)", () => {
  test("那覇市 事務事業評価シート: the indicator named right over its table with its unit beside it (it took the sheet's name)", () => {
    const [ind] = reportOf("n-naha-shi").measures[0].indicators;
    expect([ind.name, ind.unit, ind.target, ind.years.map((y) => [y.fiscalYear, y.target, y.actual])]).toEqual([
      "入場者数",
      "人",
      3000,
      [
        [2002, 3000, 2870],
        [2003, 3000, null],
      ],
    ]);
  });

  test("東大和市 行政評価表: a name with nothing beside it under the table is no indicator (it read one of empty slots)", () => {
    const r = reportOf("n-higashiyamato-shi");
    expect(r.measures.map((m) => [m.name, m.indicators.length])).toEqual([["事務用パソコンの整備事業", 0]]);
  });

  test("池田市, 雄武町 and 宇多津町, cut before their evaluations, give no verdict (雄武町's 優先度 B is the plan's priority)", () => {
    for (const name of ["n-ikeda-shi", "n-oumu-cho", "n-utazu-cho"]) {
      const r = reportOf(name);
      expect(r.measures.flatMap((m) => m.years.map((y) => y.status)).filter((s) => s !== null && s !== "unknown")).toEqual([]);
    }
  });
});

describe("round O (KPI tables, gathered after round N's fixes, read as they came)", () => {
  const indicators = (name: string) =>
    reportOf(name).measures.flatMap((m) =>
      m.indicators.map((i) => [i.name, i.unit, i.direction, i.target, i.years.map((y) => [y.fiscalYear, y.actual, y.grade])]),
    );

  test("福知山市 行政改革: 累計 (H28~R2年度) the actual against the five years' target; 15人削減 an amount to cut (no actual was read)", () => {
    expect(indicators("o-fukuchiyama-shi")).toEqual([
      ["削減効果額(108項目)", "円", "higher", 3297000000, [[2020, 4533000000, "A"]]],
      ["公共施設マネジメントの推進", "", "higher", 45298, [[2020, 24672, "C"]]],
      ["職員の適正配置", "人", "higher", 15, [[2020, 31, "A"]]],
    ]);
  });

  test("いわき市 行財政改革: 計画額 and 実績額 under the years, the name after 【目標指標1】 (nothing was read)", () => {
    const [ind] = reportOf("o-iwaki-shi").measures[0].indicators;
    expect([ind.name, ind.years[0].fiscalYear, ind.years[0].target, ind.years[0].actual]).toEqual([
      "改革の効果額(累計額)150億円を目指す。",
      2006,
      950,
      2085,
    ]);
  });

  test("津和野町 事後評価: both services' targets by milestone and actuals; 大崎町's KPI cells (name and figure in one) and 神川町's savings give no verdict", () => {
    expect(indicators("o-tsuwano-cho").map(([name, , , target, ys]) => [name, target, ys])).toEqual([
      [
        "整備地域の世帯数",
        798,
        [
          [2007, 798, "A"],
          [2011, 758, "B"],
        ],
      ],
      [
        "加入世帯数",
        160,
        [
          [2007, 123, "C"],
          [2011, 173, "A"],
        ],
      ],
      [
        "加入率(%)",
        20,
        [
          [2007, 15.59, "C"],
          [2011, 22.82, "A"],
        ],
      ],
      [
        "整備地域の世帯数",
        798,
        [
          [2007, 789, "B"],
          [2011, 758, "B"],
        ],
      ],
      [
        "加入世帯数",
        798,
        [
          [2007, 756, "B"],
          [2011, 746, "B"],
        ],
      ],
      [
        "加入率(%)",
        100,
        [
          [2007, 95.82, "B"],
          [2011, 98.42, "B"],
        ],
      ],
    ]);
    for (const name of ["o-osaki-cho", "o-kamikawa-machi"]) {
      const r = reportOf(name);
      expect(r.measures.flatMap((m) => m.years.map((y) => y.status)).filter((s) => s !== null && s !== "unknown")).toEqual([]);
    }
  });
});

describe("round P (multi-year schedules and reform lists, gathered after round O's fixes, read as they came)", () => {
  test("朝日町 集中改革プラン: 評価 A after 19年度進捗状況 is H19's, with its account (it was put on H21, the list's last year)", () => {
    const r = reportOf("p-asahi-machi");
    expect(
      r.measures.map((m) => [
        m.number,
        m.years.filter((y) => y.rating !== null).map((y) => [y.fiscalYear, y.rating, y.status, y.summary.slice(0, 8)]),
      ]),
    ).toEqual([
      ["1", [[2007, "A", "on_track", "定員管理計画に基"]]],
      ["2", [[2007, "A", "on_track", "人事院勧告に基づ"]]],
      [
        "3",
        [
          [2006, "実施", "on_track", ""],
          [2007, "A", "on_track", "職員労働組合と交"],
        ],
      ],
      ["4", [[2007, "A", "on_track", "常勤の特別職（町"]]],
      ["5", [[2007, "A", "on_track", "管理職手当につい"]]],
    ]);
  });

  test("栗原市's and 長野市's tallies, 小山市's sheet of ● and 大宜味村's periods give no verdict", () => {
    for (const name of ["p-kurihara-shi", "p-nagano-shi", "p-oyama-shi", "p-ogimi-son"]) {
      const r = reportOf(name);
      expect(r.measures.flatMap((m) => m.years.map((y) => y.status)).filter((s) => s !== null && s !== "unknown")).toEqual([]);
    }
  });
});

describe("rounds Q and R (one measure a sheet, KPI sheets and lists, gathered after round P's fixes, read as they came)", () => {
  const years = (name: string) => reportOf(name).measures.map((m) => [m.name, m.years.map((y) => [y.fiscalYear, y.rating, y.status])]);

  test("枚方市 実績測定調書: each indicator named under 指標説明, its unit under 単位 and its direction under 指標種類 (it named all three 増加することが良いとされる指標)", () => {
    const inds = reportOf("q-hirakata-shi").measures[0].indicators;
    expect(inds.map((i) => [i.name, i.unit, i.direction, i.years[0].fiscalYear, i.years[0].target, i.years[0].actual])).toEqual([
      ["証明交付件数に占めるコンビニ交付の割合", "%", "higher", 2020, 6.8, 9.79],
      ["コンビニ交付による各種証明書交付件数", "件", "higher", 2020, 26000, 36159],
      ["コンビニ交付の利用可能な事業者数", "社", "higher", 2020, 5, 67],
    ]);
  });

  test("豊明市 施策評価票: 1−1施策の名称 names it, 平成22年度評価 over the verdict dates it, the 判定基準 beside it gives A (the sheet was not read)", () => {
    expect(years("r-toyoake-shi")).toEqual([["観光(豊明まつり)", [[2010, "A", "achieved"]]]]);
  });

  test("宇陀市 数値目標評価シート: each KPI's actuals and, from the table under them, its 達成率 and 達成状況評価 are one indicator's, named with its target by the list above (it read four, none with a target)", () => {
    const r = reportOf("r-uda-shi");
    const inds = r.measures[0].indicators;
    expect(
      inds.map((i) => [
        i.name,
        i.direction,
        i.baseline,
        i.target,
        i.years.map((y) => [y.fiscalYear, y.actual, y.statedAchievement, y.statedGrade, y.grade]),
      ]),
    ).toEqual([
      [
        "合計特殊出生率",
        "higher",
        0.9,
        1.4,
        [
          [2015, 0.93, 66.4, "C", "C"],
          [2016, 1.11, 79.3, "C", "C"],
          [2017, 1, 71.4, "C", "C"],
          [2018, null, null, "X", null],
          [2019, null, null, "X", null],
        ],
      ],
      [
        "人口移動(社会減)",
        "lower",
        300,
        150,
        [
          [2015, 385, 39, "D", "D"],
          [2016, 245, 61.2, "C", "C"],
          [2017, 205, 73.2, "C", "C"],
          [2018, null, null, "X", null],
          [2019, null, null, "X", null],
        ],
      ],
    ]);
    // The grades the legend's percentages give (C:努力が必要(60%以上80%未満)D:…) are the sheet's: nothing to report.
    expect(r.findings.filter((f) => f.rule === "kpi-arithmetic")).toEqual([]);
  });

  test("森町 事業評価調書: 総合進捗状況 遅れ for H28, the KPI column the target, 平成28年度中間実績値 the actual, 過去5年間実績 6件 a baseline of 6", () => {
    const m = reportOf("r-mori-machi").measures[0];
    expect(m.name).toBe("創業者支援");
    expect(m.years.map((y) => [y.fiscalYear, y.rating, y.status])).toEqual([[2016, "遅れ", "delayed"]]);
    expect(
      m.indicators.map((i) => [i.name.replace(/\s+/g, ""), i.baseline, i.target, i.years.map((y) => [y.fiscalYear, y.actual])]),
    ).toEqual([
      ["町内就業件数", null, 21, [[2016, 2]]],
      ["就業に関する相談受付件数", null, 15, [[2016, 0]]],
      ["町全体の空き店舗数増加の抑制", null, 139, [[2016, 127]]],
      ["大通り空き店舗数の維持", null, 18, [[2016, 18]]],
      ["町内創業件数", 6, 11, [[2016, 0]]],
      ["新規就農者数", null, 3, [[2016, 0]]],
      ["新規漁業就業支援事業利用者数", null, 3, [[2016, 0]]],
      ["森高インターンシップに登録する町内水産加工業者数", null, 5, [[2016, 0]]],
    ]);
  });

  test("北川村 自己点検・評価シート: a row per 小項目, 点検・評価 this year's and H26評価 last year's; B 概ね達成している is on plan (the sheet was not read)", () => {
    expect(years("r-kitagawa-mura")).toEqual([
      [
        "①教育委員会会議の開催",
        [
          [2014, "A", "achieved"],
          [2015, "A", "achieved"],
        ],
      ],
      [
        "②会議の運営上の工夫",
        [
          [2014, "B", "on_track"],
          [2015, "B", "on_track"],
        ],
      ],
    ]);
  });

  test("沖縄県 総括表 順調 on plan; 礼文町 事後評価 the subscriptions missed and the rate met at the plan's end; みなかみ町's yearly targets", () => {
    expect(years("q-okinawa-ken").map(([, y]) => y)).toEqual([
      [[2015, "順調", "on_track"]],
      [[2015, "順調", "on_track"]],
      [[2015, "順調", "on_track"]],
    ]);
    const rebun = Object.fromEntries(
      reportOf("q-rebun-cho").measures[0].indicators.map((i) => [i.name, i.years.map((y) => [y.fiscalYear, y.target, y.actual])]),
    );
    expect(rebun["加入世帯数"]).toEqual([
      [2011, 430, 437],
      [2015, 570, 555],
    ]);
    expect(rebun["加入率(%)"]).toEqual([
      [2011, 30.3, 32.2],
      [2015, 40, 42.4],
    ]);
    const waste = reportOf("r-minakami-machi").measures[0].indicators.find((i) => i.name === "ごみの資源化率(リサイクル率)")!;
    expect(waste.years.filter((y) => y.actual !== null).map((y) => [y.fiscalYear, y.target, y.actual])).toEqual([
      [2011, null, 59.7],
      [2012, 60.5, 59],
      [2013, 61, 59.3],
      [2014, 61.5, 56.9],
    ]);
  });

  test("浜松市's page of KPIs (進捗 第2期計画での継続 in place of a grade) and 那須塩原市's targets without actuals give no verdict", () => {
    for (const name of ["q-hamamatsu-shi", "q-nasushiobara-shi"]) {
      const r = reportOf(name);
      expect(r.measures.flatMap((m) => m.years.map((y) => y.status)).filter((s) => s !== null && s !== "unknown")).toEqual([]);
    }
  });
});

describe("rounds S and T (measure sheets, lists and KPI reports, gathered after round R's fixes, read as they came)", () => {
  test("加古川市教育委員会 重点目標評価の推移: 基本的方向\\n重点目標 heads the names, a letter a year; the rows of totals are no measures (it was not read)", () => {
    const r = reportOf("s-kakogawa-shi");
    expect(r.measures).toHaveLength(19);
    expect(r.measures.some((m) => /合計/.test(m.name))).toBe(false);
    const second = r.measures.find((m) => m.name.startsWith("②"))!;
    expect(second.years.map((y) => [y.fiscalYear, y.rating, y.status])).toEqual([
      [2016, "A", "ahead"],
      [2017, "B", "on_track"],
      [2018, "B", "on_track"],
      [2019, "A", "ahead"],
    ]);
  });

  test("玉東町 様式2 (地方創生先行型): 指標値 is the target and 目標年月 H28.3 dates the actual in FY2015 (no target nor year was read)", () => {
    const inds = reportOf("t-gyokuto-machi").measures[0].indicators;
    expect(inds.map((i) => [i.name, i.unit, i.years.map((y) => [y.fiscalYear, y.target, y.actual])])).toEqual([
      ["おためし暮らし利用件数", "件", [[2015, 2, null]]],
      ["失業者の雇用", "人", [[2015, 3, null]]],
      ["移住希望者の雇用", "人", [[2015, 1, null]]],
      ["全国的な販路拡大", "個", [[2015, 9000, null]]],
      ["出生数前年比増", "人", [[2015, 3, 11]]],
      ["第3子以降の出生数前年比増", "世帯", [[2015, 1, 1]]],
    ]);
  });

  test("貝塚市 事務事業評価: H30計画 is the year's plan, not an actual (9360 was read as FY2018's actual)", () => {
    const [ind] = reportOf("s-kaizuka-shi").measures[0].indicators;
    expect(ind.years.map((y) => [y.fiscalYear, y.target, y.actual])).toEqual([
      [2015, null, 10852],
      [2016, null, 10436],
      [2018, 9360, null],
    ]);
  });

  test("川崎市 地域情報化推進事業's account, 豊島区's 一次/二次評価 (decisions, not progress), 葛飾区, 千葉県, いの町 and 長岡市 give no false verdict", () => {
    for (const name of ["s-kawasaki-shi", "s-toshima-ku", "s-katsushika-ku", "t-chiba-ken", "t-ino-cho", "t-nagaoka-shi"]) {
      const r = reportOf(name);
      expect(r.measures.flatMap((m) => m.years.map((y) => y.status)).filter((s) => s !== null && s !== "unknown")).toEqual([]);
    }
  });
});

describe("rounds U and V (KPI sheets and evaluation sheets, gathered after round T's fixes, read as they came)", () => {
  test("高根沢町 施策評価調書: each indicator named under 施策の評価指標, the header's row above the years (it took the baseline's note); 当初 and 決算 are money, no indicators", () => {
    const inds = reportOf("u-takanezawa-machi").measures[0].indicators;
    expect(
      inds.map((i) => [i.name, i.direction, i.years.filter((y) => y.actual !== null).map((y) => [y.fiscalYear, y.target, y.actual])]),
    ).toEqual([
      [
        "指標①:交通事故発生件数(件)",
        "lower",
        [
          [2006, 240, 212],
          [2007, 235, 199],
          [2008, 230, 146],
          [2009, 225, 121],
        ],
      ],
      [
        "指標②:人口10万人当り交通事故発生件数(件/人)",
        "lower",
        [
          [2006, 761.9, 682.7],
          [2007, 739.7, 640.1],
          [2008, 718.2, 472],
          [2009, 697.3, 394.5],
        ],
      ],
    ]);
  });

  test("南相馬市 指定管理者の評価結果: a row per facility under 施設名, its 総合評価 and 所管課; the count of each grade (総合評価 over S | A | B …) is no verdict", () => {
    const r = reportOf("v-minamisoma-shi");
    expect(r.measures.map((m) => [m.name, m.department, m.years.map((y) => [y.fiscalYear, y.rating])])).toEqual([
      ["野馬追通り銘醸館", "観光交流課", [[2023, "B"]]],
      ["道の駅南相馬・南相馬市サービスエリア利活用拠点施設", "観光交流課", [[2023, "A"]]],
      ["大町地域商業施設", "商工労政課", [[2023, "B"]]],
      ["原町斎場", "生活環境課", [[2023, "A"]]],
      ["小高区子どもの遊び場", "こども家庭課", [[2023, "S"]]],
      ["かしま交流センター", "鹿島区地域振興課", [[2023, "B"]]],
      ["真野交流センター", "鹿島区地域振興課", [[2023, "B"]]],
      ["健康づくりトレーニングセンター", "鹿島区地域振興課", [[2023, "B"]]],
      ["南相馬市パークゴルフ場", "スポーツ推進課", [[2023, "B"]]],
    ]);
    // No legend is printed: the letters are the office's, their meaning unknown.
    expect(new Set(r.measures.flatMap((m) => m.years.map((y) => y.ratingStatus)))).toEqual(new Set([null]));
  });

  test("尾道市 施設管理運営事業評価票: 目標 before each year is that year's target (the first was read as every year's)", () => {
    const [ind] = reportOf("v-onomichi-shi").measures[0].indicators;
    expect(ind.years.map((y) => [y.fiscalYear, y.target, y.actual])).toEqual([
      [2011, 60570, 62918],
      [2012, 60890, 61338],
      [2013, 61210, 59714],
      [2014, 61530, 58950],
      [2015, 61850, 58806],
    ]);
  });

  test("福岡市 指定管理者 評価シート: the grades under A~C評価 and A~E評価 are read as ratings (the reasons were taken for them); with the legend lost, none has a meaning", () => {
    const r = reportOf("v-fukuoka-shi");
    expect(r.measures.map((m) => [m.name, m.years[0]?.rating ?? null])).toEqual([
      ["施設の運営", "B"],
      ["施設等の維持管理", "A"],
      ["事業の実施", "A"],
      ["施設の利用状況", "C"],
      ["事業の実施状況", "C"],
      ["利用者満足度", "A"],
    ]);
    expect(r.measures.map((m) => m.years[0]?.ratingStatus ?? null).filter((s) => s !== null)).toEqual([]);
  });

  test("荒川区, みなかみ町 and 雄武町's traffic indicators are fewer-is-better; 瀬戸内町 and 鳥取県's 工程表 (its results lost) give no verdict", () => {
    for (const name of ["u-arakawa-ku", "u-minakami-machi", "u-oumu-cho"]) {
      const accidents = reportOf(name).measures[0].indicators.filter((i) => /事故/.test(i.name));
      expect(accidents.length).toBeGreaterThan(0);
      expect(accidents.map((i) => i.direction)).toEqual(accidents.map(() => "lower"));
    }
    for (const name of ["v-setouchi-cho", "v-tottori-ken-h25"]) {
      const r = reportOf(name);
      expect(r.measures.flatMap((m) => m.years.map((y) => y.status)).filter((s) => s !== null && s !== "unknown")).toEqual([]);
    }
  });
});
