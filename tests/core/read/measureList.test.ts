/**
 * A list of measures on one sheet, a row each (施策評価一覧表, 進捗状況一覧): each rule of measureList.ts on a made-up
 * list, read through the whole analysis as a workbook of that sheet alone.
 */
import { analyze } from "../../../src/core/produce/report";
import { makeSheet, makeWorkbook } from "../../../src/core/model/gridSchema";
import type { Report } from "../../../src/core/model/schemas";

type Row = (string | number | null)[];

function report(values: Row[], merges: string[] = []): Report {
  return analyze(makeWorkbook({ sheets: [makeSheet({ name: "一覧", values, merges })] }), { source: "x.xlsx", lang: "ja" });
}

/** Each measure as number, name, department and its years: [fiscal year, rating, status, summary]. */
function rows(r: Report) {
  return r.measures.map((m) => ({
    number: m.number,
    name: m.name,
    department: m.department,
    years: m.years.map((y) => [y.fiscalYear, y.rating, y.status, y.summary]),
  }));
}

describe("a list of measures on one sheet", () => {
  test("facilities under 施設名 with their grade under a scale's range (A~C評価); a count of each grade under 総合評価 is no verdict", () => {
    const r = report([
      ["令和5年度 指定管理者評価結果"],
      [null, "総合評価"],
      [null, "S", "A", "B", "C"],
      ["施設数", 1, 2, 3, 0],
      [],
      ["施設名", "所管課", "A~C\n評価"],
      ["市民会館", "文化課", "A"],
      ["総合体育館", "スポーツ課", "B"],
    ]);
    expect(rows(r).map((m) => [m.name, m.department, m.years.map(([fy, rating]) => [fy, rating])])).toEqual([
      ["市民会館", "文化課", [[2023, "A"]]],
      ["総合体育館", "スポーツ課", [[2023, "B"]]],
    ]);
  });

  test("two levels named in one header cell (基本的方向\\n重点目標) head the names; a row of totals is no measure; a wrapped word (重点\\n施策) is no name", () => {
    const r = report([
      ["基本的方向\n重点目標", "H29", "H30"],
      ["①地域の教育力を高める", "A", "B"],
      ["②家庭の教育力を高める", "B", "B"],
      ["評価Aの合計", 1, 0],
      ["合計", 2, 2],
    ]);
    expect(rows(r).map((m) => [m.name, m.years.map(([fy, rating]) => [fy, rating])])).toEqual([
      [
        "①地域の教育力を高める",
        [
          [2017, "A"],
          [2018, "B"],
        ],
      ],
      [
        "②家庭の教育力を高める",
        [
          [2017, "B"],
          [2018, "B"],
        ],
      ],
    ]);
    const wrapped = report([
      ["重点\n施策", "整理番号", "事業項目", "H29"],
      ["1", "1", "応急仮設住宅の建設", "完了"],
      [null, "2", "公費解体撤去等の支援", "実施中"],
    ]);
    expect(rows(wrapped).map((m) => m.name)).toEqual(["応急仮設住宅の建設", "公費解体撤去等の支援"]);
  });

  test("a bare year (19年度進捗状況 beside H17 … H21) is the era of the list's years, and the 評価 after it that year's (朝日町)", () => {
    const r = report([
      ["集中改革プラン進捗状況(実績)"],
      ["NO", "実施項目", "担当課", "H18", "H19", "H20", "19年度進捗状況", "評価"],
      ["1", "職員数の削減", "総務", "△71,000", "△11,000", "△48,500", "定員管理計画に基づき、採用を実施。", "A"],
      ["2", "給与構造の見直し", "総務", "実施", "△20,900", "→", "職員労働組合と交渉を行った。", "B"],
    ]);
    expect(
      rows(r).map((m) => [m.number, m.years.filter(([fy]) => fy === 2007).map(([fy, rating, , summary]) => [fy, rating, summary])]),
    ).toEqual([
      ["1", [[2007, "A", "定員管理計画に基づき、採用を実施。"]]],
      ["2", [[2007, "B", "職員労働組合と交渉を行った。"]]],
    ]);
  });

  test("a column whose header lists its scale, (○・△・×), holds the ratings; アクションプラン names the measures (大淀町)", () => {
    const r = report([
      ["アクションプラン進捗管理状況表(平成19年度)"],
      ["No.", "アクションプラン", "担当課", "計画通りの\n進捗か\n(○・△・×)", "現状及び今後の対応"],
      ["1", "財政健全化計画の策定", "財政課", "○", "見直しを実施した。"],
      ["2", "定員管理計画の策定", "総務課", "△", "資料作成にとどまった。"],
    ]);
    expect(rows(r).map((m) => [m.number, m.name, m.years.map(([fy, rating, status]) => [fy, rating, status])])).toEqual([
      ["1", "財政健全化計画の策定", [[2007, "○", "on_track"]]],
      ["2", "定員管理計画の策定", [[2007, "△", "delayed"]]],
    ]);
  });

  test("a quarter's column is its fiscal year's (H30年1月∼3月 is H29年度's): the rating of H29年10月∼12月 for 2017 (大津町)", () => {
    const r = report([
      [
        "整理番号",
        "事業項目",
        "H28年度末までの実績",
        "H29年10月∼12月の実績",
        "H30年1月∼3月の実績",
        "H29年10月∼12月\nの\n取組みの評価",
        "担当課",
      ],
      ["1", "応急仮設住宅の建設", "6カ所を建設した。", "―", "―", "―", "都市計画課"],
      ["2", "公費解体撤去等の支援", "申請件数1,428棟", "申請件数22棟", null, "B(ほぼ)目標通り", "環境保全課"],
    ]);
    expect(rows(r).map((m) => [m.number, m.years.map(([fy, rating, status]) => [fy, rating, status])])).toEqual([
      ["1", [[2016, null, "achieved"]]],
      [
        "2",
        [
          [2016, null, "unknown"],
          [2017, "B(ほぼ)目標通り", "on_track"],
        ],
      ],
    ]);
  });

  test("a row per measure under a header row; the year from the title; the rating's words give its status", () => {
    const r = report([
      ["令和4年度 DX推進計画 進捗状況一覧"],
      ["番号", "取組項目", "担当課", "進捗状況", "取組実績"],
      ["1", "電子申請の拡充", "DX推進課", "順調", "対象手続を120件に拡大した。"],
      ["2", "窓口のキャッシュレス化", "市民課", "やや遅れ", "機器の調達が遅れ、導入は翌年度となった。"],
      ["3", "テレワーク環境の整備", "職員課", "未着手", null],
    ]);
    expect(rows(r)).toEqual([
      { number: "1", name: "電子申請の拡充", department: "DX推進課", years: [[2022, "順調", "on_track", "対象手続を120件に拡大した。"]] },
      {
        number: "2",
        name: "窓口のキャッシュレス化",
        department: "市民課",
        years: [[2022, "やや遅れ", "delayed", "機器の調達が遅れ、導入は翌年度となった。"]],
      },
      { number: "3", name: "テレワーク環境の整備", department: "職員課", years: [[2022, "未着手", "delayed", ""]] },
    ]);
    // Every measure on the one sheet, pinned to its own row.
    expect(r.measures.map((m) => [m.sheet, m.years[0].cell])).toEqual([
      ["一覧", "D3"],
      ["一覧", "D4"],
      ["一覧", "D5"],
    ]);
  });

  test("a column per year (R4 | R5): a year for each, the account under 実績 of its year", () => {
    const r = report([
      ["施策名", "所管課", "R4", "R5", "令和5年度実績"],
      ["オープンデータの推進", "情報政策課", "実施中", "完了", "公開データセットを200件とし、目標を達成した。"],
      ["AI-OCRの導入", "行政改革課", "検討中", "大幅に遅れ", null],
      ["庁内LANの無線化", "情報政策課", "実施済", "実施済", null],
    ]);
    expect(rows(r).map((m) => [m.name, m.years])).toEqual([
      [
        "オープンデータの推進",
        [
          [2022, "実施中", "on_track", ""],
          [2023, "完了", "achieved", "公開データセットを200件とし、目標を達成した。"],
        ],
      ],
      [
        "AI-OCRの導入",
        [
          // Not a verdict of any scale: the year's words, for the classifier.
          [2022, null, "unknown", "検討中"],
          [2023, "大幅に遅れ", "delayed", ""],
        ],
      ],
      [
        "庁内LANの無線化",
        [
          [2022, "実施済", "achieved", ""],
          [2023, "実施済", "achieved", ""],
        ],
      ],
    ]);
  });

  test("two levels of headers: the year over its columns, the overall verdict preferred, where the plan goes next is no verdict", () => {
    const r = report(
      [
        ["施策", "担当課名", "令和3年度", null, "評価担当課の評価", null, null],
        [null, null, "評価", "取組状況", "進行状況", "今後の方向性", "総合的評価"],
        ["1 行政手続のオンライン化", "企画課", "B", "申請の一部をオンライン化した。", "A", "拡充", "◎"],
        ["2 庁内ネットワークの更新", "情報課", "A", "更新を終えた。", "A", "継続", "○"],
      ],
      ["A1:A2", "B1:B2", "C1:D1", "E1:G1"],
    );
    expect(rows(r).map((m) => [m.number, m.name, m.years.map((y) => [y[0], y[1]])])).toEqual([
      ["1", "行政手続のオンライン化", [[2021, "◎"]]],
      ["2", "庁内ネットワークの更新", [[2021, "○"]]],
    ]);
    // The year's account from its own columns.
    expect(r.measures[0].years[0].summary).toBe("申請の一部をオンライン化した。");
  });

  test("three levels of headers: the verdict under its group's group, scores of other things passed over", () => {
    const r = report(
      [
        ["令和2年度 事務事業評価"],
        ["No.", "事業名称", "評価内容", null, null, null],
        [null, null, "評価の視点", null, "方向性", "説明"],
        [null, null, "必要性", "目的達成度", null, null],
        ["1", "文書事務", 4, 2, "維持", "電子決裁の導入が遅れている。"],
        ["2", "庁舎管理", 1, 3, "廃止・終了", "改修工事は完了した。"],
      ],
      ["A2:A4", "B2:B4", "C2:F2", "C3:D3", "E3:E4", "F3:F4"],
    );
    expect(rows(r).map((m) => [m.number, m.name, m.years])).toEqual([
      ["1", "文書事務", [[2020, "2", "delayed", "電子決裁の導入が遅れている。"]]],
      ["2", "庁舎管理", [[2020, "3", "achieved", "改修工事は完了した。"]]],
    ]);
  });

  test("a heading row across the list and a repeated header are no measures; a note under it ends the list", () => {
    const r = report(
      [
        ["令和5年度 取組一覧"],
        ["No.", "取組名", "担当課", "評価"],
        ["①行政サービスの向上", null, null, null],
        ["1", "マイナンバーカードの活用", "市民課", "A"],
        ["No.", "取組名", "担当課", "評価"],
        ["2", "公式LINEの開設", "広報課", "B"],
        ["※評価 A:計画どおり B:やや遅れ"],
        ["3", "凡例の後の行", "広報課", "A"],
      ],
      ["A3:D3"],
    );
    expect(r.measures.map((m) => m.name)).toEqual(["マイナンバーカードの活用", "公式LINEの開設"]);
  });

  test("figures under a year are neither verdicts nor accounts; a rating of 1–5 is kept", () => {
    const r = report([
      ["令和4年度 事業一覧"],
      ["事業名", "決算額(円)", "執行率", "達成度"],
      ["防災アプリの運用", 1234567, "98.3%", 3],
      ["Wi-Fiの整備", "2,000,000", "85%", "4"],
    ]);
    expect(rows(r).map((m) => m.years.map((y) => [y[0], y[1], y[3]]))).toEqual([[[2022, "3", ""]], [[2022, "4", ""]]]);
  });

  test("a sheet that is one measure's stays one measure: its list of projects is not read as measures", () => {
    const r = report([
      ["令和4年度 施策評価シート"],
      ["施策名", "情報化の推進"],
      ["進捗評価", "B"],
      ["評価理由", "計画どおり進んでいる。"],
      [],
      ["事業名", "評価"],
      ["電子申請", "A"],
      ["ネットワーク更新", "B"],
    ]);
    expect(r.measures.map((m) => m.name)).toEqual(["情報化の推進"]);
  });

  test("a number set off before the name is the measure's number; one run into its word is the name's", () => {
    const r = report([
      ["令和5年度 取組一覧"],
      ["取組名", "評価"],
      ["(2)電子申請の拡充", "A"],
      ["①-3 窓口改革", "B"],
      ["5G基地局の整備", "A"],
      ["2020年度からの継続事業", "B"],
    ]);
    expect(r.measures.map((m) => [m.number, m.name])).toEqual([
      ["2", "電子申請の拡充"],
      ["①-3", "窓口改革"],
      ["", "5G基地局の整備"],
      ["", "2020年度からの継続事業"],
    ]);
  });

  test("without a department column, the department the list's heading names (総務課 alone, 担当課：情報政策課)", () => {
    const list = (heading: string) =>
      report([[heading], ["取組名", "評価"], ["文書事務", "A"], ["庁舎管理", "B"]]).measures.map((m) => m.department);
    expect(list("総務課")).toEqual(["総務課", "総務課"]);
    expect(list("担当課：情報政策課")).toEqual(["情報政策課", "情報政策課"]);
    // A title is no department, nor a label of something else.
    expect(list("令和5年度 取組一覧")).toEqual(["", ""]);
    expect(list("所管：市民課")).toEqual(["市民課", "市民課"]);
    expect(list("事業名：庁舎管理")).toEqual(["", ""]);
  });

  test("one row under the header is no list", () => {
    const r = report([
      ["施策名", "評価"],
      ["電子申請", "A"],
    ]);
    expect(r.measures).toHaveLength(0);
  });
});
