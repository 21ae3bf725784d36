/**
 * Measures stacked in blocks on one sheet (川崎市's 施策進行管理・評価表): each rule of measureBlocks.ts, and the legend
 * printed as a column under its heading, on made-up sheets read through the whole analysis.
 */
import { analyze } from "../../../src/core/produce/report";
import { makeSheet, makeWorkbook } from "../../../src/core/model/gridSchema";
import type { Report } from "../../../src/core/model/schemas";

type Row = (string | number | null)[];

function report(values: Row[]): Report {
  return analyze(makeWorkbook({ sheets: [makeSheet({ name: "評価表", values })] }), { source: "x.xlsx", lang: "ja" });
}

/** Each measure as name, department and its years: [fiscal year, plan, summary, rating, status]. */
function blocks(r: Report) {
  return r.measures.map((m) => [m.name, m.department, m.years.map((y) => [y.fiscalYear, y.plan, y.summary, y.rating, y.status])]);
}

/** A block: its name and office, its own verdict, and its table of years. */
function block(name: string, office: string, verdict: string | null, years: Row, plan: Row, done: Row): Row[] {
  return [
    ["事務事業名", name, null, "所管課", office],
    ["達成度", verdict, null, "事業の妥当性", "3"],
    ["年度", "現状", ...years],
    ["事業目標", "－", ...plan],
    ["実績", null, ...done],
    [],
  ];
}

describe("measures stacked in blocks on one sheet", () => {
  test("headings over small tables naming their year (佐渡市): a measure each, the accounts joined, the scale's worst verdict", () => {
    const r = report([
      ["市民環境部による自己評価"],
      [],
      ["市税等の財源確保"],
      ["平成18年度目標", "平成18年度実績", "自己評価"],
      ["口座振替率:45%", "46.10%", "A"],
      ["市税徴収率:93.1%", "90.90%", "A"],
      ["対応するマニフェスト"],
      [],
      ["トキ野生復帰への取組み"],
      ["平成18年度目標", "平成18年度実績", "自己評価"],
      ["餌場の整備:10.7ヘクタール", "9ヘクタール", "A"],
      ["トキファンクラブ登録会員:2,000人", "322人", "E"],
      [],
      ["評価基準", "A:計画どおり", "E:大幅に遅れている"],
    ]);
    expect(blocks(r)).toEqual([
      ["市税等の財源確保", "", [[2006, "口座振替率:45%\n市税徴収率:93.1%", "46.10%\n90.90%", "A", "on_track"]]],
      [
        "トキ野生復帰への取組み",
        "",
        [[2006, "餌場の整備:10.7ヘクタール\nトキファンクラブ登録会員:2,000人", "9ヘクタール\n322人", "E", "delayed"]],
      ],
    ]);
  });

  test("a header naming one year twice is no table of years across; a lone cell over no such header starts no measure", () => {
    const r = report([["市税等の財源確保"], ["平成18年度目標", "平成18年度実績", "備考"], ["口座振替率:45%", "46.10%", "A"]]);
    expect(blocks(r)).toEqual([]);
  });

  test("a block per measure: its name and office by their labels, its years across, what each year planned and did", () => {
    const r = report([
      ["施策進行管理・評価表"],
      ...block(
        "電子申請の推進",
        "情報政策課",
        null,
        ["2021年度", "2022年度"],
        ["手続の洗い出し", "50手続を電子化"],
        ["120手続を調査した", "48手続を電子化した"],
      ),
      ...block("庁内LANの無線化", "総務課", null, ["2021年度", "2022年度"], ["設計", "全庁に展開"], ["設計を終えた", null]),
    ]);
    expect(blocks(r)).toEqual([
      [
        "電子申請の推進",
        "情報政策課",
        [
          [2021, "手続の洗い出し", "120手続を調査した", null, "unknown"],
          [2022, "50手続を電子化", "48手続を電子化した", null, "unknown"],
        ],
      ],
      [
        "庁内LANの無線化",
        "総務課",
        [
          [2021, "設計", "設計を終えた", null, "achieved"],
          [2022, "全庁に展開", "", null, null],
        ],
      ],
    ]);
    // Both on the one sheet; a year's cell is its header's in its own block.
    expect(r.measures.map((m) => [m.sheet, m.years[0].cell])).toEqual([
      ["評価表", "C4"],
      ["評価表", "C10"],
    ]);
  });

  test("the block's own verdict is for the year the title names, read by the legend printed under its heading", () => {
    const r = report([
      ["施策進行管理・評価表"],
      ["評価年度:2022年度"],
      ["達成度"],
      ["1 目標を上回って達成"],
      ["2 目標をほぼ達成"],
      ["3 目標を下回った"],
      [],
      ...block(
        "電子申請の推進",
        "情報政策課",
        "2",
        ["2021年度", "2022年度"],
        ["手続の洗い出し", "50手続を電子化"],
        ["120手続を調査した", "48手続を電子化した"],
      ),
      ...block(
        "庁内LANの無線化",
        "総務課",
        "3",
        ["2021年度", "2022年度", "2023年度"],
        ["設計", "全庁に展開", "運用"],
        ["設計を終えた", null, null],
      ),
    ]);
    expect(r.measures.map((m) => m.years.map((y) => [y.fiscalYear, y.rating, y.status]))).toEqual([
      [
        [2021, null, "unknown"],
        [2022, "2", "on_track"],
      ],
      [
        [2021, null, "achieved"],
        [2022, "3", "delayed"],
        [2023, null, null],
      ],
    ]);
  });

  test("without a year in the title, the block's verdict is for the latest year with an account", () => {
    const r = report([
      ...block("電子申請の推進", "情報政策課", "A", ["R3", "R4", "R5"], ["調査", "電子化", "拡大"], ["調査した", "電子化した", null]),
    ]);
    expect(r.measures[0].years.map((y) => [y.fiscalYear, y.rating])).toEqual([
      [2021, null],
      [2022, "A"],
      [2023, null],
    ]);
  });

  test("a row of verdicts in the table gives each year its own", () => {
    const r = report([
      ["事業名", "窓口のキャッシュレス化"],
      ["年度", "R4", "R5"],
      ["評価", "順調", "遅れ"],
      ["事業目標", "端末の調達", "全窓口に導入"],
      ["事業名", "AI-OCRの導入"],
      ["年度", "R4", "R5"],
      ["評価", "順調", "順調"],
    ]);
    expect(blocks(r)).toEqual([
      [
        "窓口のキャッシュレス化",
        "",
        [
          [2022, "端末の調達", "", "順調", "on_track"],
          [2023, "全窓口に導入", "", "遅れ", "delayed"],
        ],
      ],
      [
        "AI-OCRの導入",
        "",
        [
          [2022, "", "", "順調", "on_track"],
          [2023, "", "", "順調", "on_track"],
        ],
      ],
    ]);
  });

  test("a row of accounts across the years is no indicator's (no figure in it): the blocks are read", () => {
    const r = report([
      ["事業名", "窓口のキャッシュレス化"],
      ["年度", "R4", "R5"],
      ["実績", "端末を調達した", "調達が遅れている"],
      ["事業名", "AI-OCRの導入"],
      ["年度", "R4", "R5"],
      ["実績", "帳票を選定した", "全庁で運用を始め、目標を達成した"],
    ]);
    expect(r.measures.map((m) => [m.name, m.indicators.length, m.years.map((y) => [y.fiscalYear, y.summary, y.status])])).toEqual([
      [
        "窓口のキャッシュレス化",
        0,
        [
          [2022, "端末を調達した", "unknown"],
          [2023, "調達が遅れている", "delayed"],
        ],
      ],
      [
        "AI-OCRの導入",
        0,
        [
          [2022, "帳票を選定した", "unknown"],
          [2023, "全庁で運用を始め、目標を達成した", "achieved"],
        ],
      ],
    ]);
  });

  test("a label and its value in one cell (事務事業名：…, 所管課：…)", () => {
    const r = report([
      ["事務事業名：電子申請の推進", null, "所管課：情報政策課"],
      ["年度", "R4", "R5"],
      ["事業目標", "手続の洗い出し", "50手続を電子化"],
      ["事務事業名: 庁内LANの無線化", null, "所管課: 総務課"],
      ["年度", "R4", "R5"],
      ["事業目標", "設計", "全庁に展開"],
    ]);
    expect(r.measures.map((m) => [m.name, m.department, m.years.map((y) => [y.fiscalYear, y.plan])])).toEqual([
      [
        "電子申請の推進",
        "情報政策課",
        [
          [2022, "手続の洗い出し"],
          [2023, "50手続を電子化"],
        ],
      ],
      [
        "庁内LANの無線化",
        "総務課",
        [
          [2022, "設計"],
          [2023, "全庁に展開"],
        ],
      ],
    ]);
  });

  test("a table with the years down (年度 | 事業目標 | 実績 | 評価, a row per year)", () => {
    const r = report([
      ["事業名", "電子申請の推進", "担当課", "情報政策課"],
      ["年度", "事業目標", "実績", "評価"],
      ["R3年度", "手続の洗い出し", "120手続を調査した", "順調"],
      ["R4年度", "50手続を電子化", "30手続にとどまった", "遅れ"],
      ["R5年度", "100手続を電子化", null, null],
      ["事業名", "庁内LANの無線化", "担当課", "総務課"],
      ["年度", "事業目標", "実績", "評価"],
      ["R3年度", "設計", "設計を終えた", "順調"],
      ["R4年度", "全庁に展開", "全庁に展開した", "順調"],
    ]);
    expect(blocks(r)).toEqual([
      [
        "電子申請の推進",
        "情報政策課",
        [
          [2021, "手続の洗い出し", "120手続を調査した", "順調", "on_track"],
          [2022, "50手続を電子化", "30手続にとどまった", "遅れ", "delayed"],
          [2023, "100手続を電子化", "", null, null],
        ],
      ],
      [
        "庁内LANの無線化",
        "総務課",
        [
          [2021, "設計", "設計を終えた", "順調", "on_track"],
          [2022, "全庁に展開", "全庁に展開した", "順調", "on_track"],
        ],
      ],
    ]);
  });

  test("no block without a table of years; a label beside a header (事業名 | 評価) starts none", () => {
    expect(
      report([
        ["事務事業名", "電子申請の推進"],
        ["達成度", "3"],
        ["概要", "手続を電子化する"],
      ]).measures,
    ).toEqual([]);
    // A list's header row, not a block: its rows are read as the list's.
    const list = report([
      ["令和4年度 進捗状況"],
      ["事業名", "評価", "所管課"],
      ["電子申請の推進", "順調", "情報政策課"],
      ["AI-OCRの導入", "遅れ", "行政改革課"],
    ]);
    expect(list.measures.map((m) => [m.name, m.years.length])).toEqual([
      ["電子申請の推進", 1],
      ["AI-OCRの導入", 1],
    ]);
  });

  test("a legend column needs its heading and three values in order", () => {
    const verdicts = (legend: Row[]) =>
      report([
        ...legend,
        [],
        ...block("電子申請の推進", "情報政策課", "2", ["2021年度", "2022年度"], ["a", "b"], ["調査した", "電子化した"]),
      ]).measures[0].years.map((y) => y.status);
    // Without a heading over it, or with two values only, it is no legend: the verdict is unknown.
    expect(verdicts([["1 目標を上回って達成"], ["2 目標をほぼ達成"], ["3 目標を下回った"]])).toEqual(["unknown", "unknown"]);
    expect(verdicts([["達成度"], ["1 目標を上回って達成"], ["2 目標をほぼ達成"]])).toEqual(["unknown", "unknown"]);
    expect(verdicts([["達成度"], ["1 目標を上回って達成"], ["3 目標を下回った"], ["2 目標をほぼ達成"]])).toEqual(["unknown", "unknown"]);
    expect(verdicts([["評価区分"], ["3 目標を上回って達成"], ["2 目標をほぼ達成"], ["1 目標を下回った"]])).toEqual(["unknown", "on_track"]);
  });
});
