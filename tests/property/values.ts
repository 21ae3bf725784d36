/**
 * Arbitraries for single cell values: every kind a gateway can hand the engine (text, numbers, booleans,
 * empty, error values as text, dates as serials) and the vocabulary of the form (labels, fiscal-year
 * labels in every spelling, effect texts, progress summaries), so random grids reach the reader and rules.
 */
import fc from "fast-check";
import type { CellValue } from "../../src/core/model/grid";
import { FIELD_LABELS } from "../../src/core/read/labels";

const JA = Array.from(
  "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをんがぎぐげござじずぜぞだでどばぶぽっゃゅょ" +
    "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンガギグゲゴザジズゼゾダデドバビブベボパピプペポッャュョヶヵー" +
    "施策番号名担当部署課情報化概要他計画掲載実施予定設計開発構築運用進捗総括内容作業効果額期待活動目標年度令和平成元市町村図書館公民館" +
    "研修受講者削減万円約倍件整備導入検討完了達成遅延困難統合評価区分。、・（）「」【】〜：；！？①②③④⑤⑩ｱｲｶﾞﾊﾟｰ　０１２３４５６７８９ＡＢＨＲＦＹ％／－",
);

/** Characters that break naive code: zero-width, combining and voicing marks, lone surrogates, NUL, line breaks. */
const ODD = [
  "\u200B",
  "\uFEFF",
  "\u3000",
  "\t",
  "\n",
  "\r\n",
  "\r",
  "\u0301",
  "\u3099",
  "ﾞ",
  "㍻",
  "㍼",
  "\uD800",
  "\uDFFF",
  "\u0000",
  "\u2028",
  "\u00A0",
  "'",
  '"',
  "{label}",
  "{x}",
  "$&",
  "$1",
  "\\",
  "%",
  "=",
  "+",
  "-",
  "@",
  ",",
];

const EMOJI = ["😀", "👍🏽", "🇯🇵", "👨‍👩‍👧", "🏯", "🗾", "❤️", "🙇‍♀️"];

export const jaText = (maxLength = 40) => fc.string({ unit: fc.constantFrom(...JA), maxLength });
export const latinText = (maxLength = 40) => fc.string({ maxLength });
export const unicodeText = (maxLength = 30) =>
  fc.string({
    unit: fc.oneof(
      { weight: 4, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
      { weight: 2, arbitrary: fc.constantFrom(...ODD) },
      { weight: 1, arbitrary: fc.constantFrom(...EMOJI) },
      { weight: 3, arbitrary: fc.constantFrom(...JA) },
    ),
    maxLength,
  });

// ------------------------------------------------------------------------------------------------------
// The form's vocabulary

export const ALL_LABELS: readonly string[] = Object.values(FIELD_LABELS).flat();

/** A label as people type it: variants, a trailing colon, spaces, full width, a line break inside. */
export const labelText: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...ALL_LABELS), fc.constantFrom("", "", "", ":", "：", " ", "　", "\n"), fc.constantFrom("", "", "", " ", "　"))
  .map(([l, tail, head]) => head + l + tail);

const FIXED_YEAR_LABELS: readonly CellValue[] = [
  "H28年度",
  "H 28年度",
  "H28",
  "平成28年度",
  "R1年度",
  "R01年度",
  "R元年度",
  "令和元年度",
  "令和2年度",
  "2020年度",
  "FY2020",
  2020,
  "H32年度",
  "H31年度",
  "H33年度",
  "Ｈ２８年度",
  "Ｈ　２８年度",
  "H28年度（2016年度）",
  "fy 2021",
  "R 3年度",
  "平成元年度",
  "H0年度",
  "R0年度",
  "R99年度",
  "1988年度",
  "2101年度",
  1988,
  2101,
  "H28年度の実績",
  "2020/4/1",
  "28",
  "h28年度",
  "令和 元 年度",
  "H28年度(2017年度)",
  "（H28年度）",
  "H28年",
  "平成32年度",
];

const ERA_STYLES = ["H", "H ", "平成", "R", "R0", "令和", "west", "FY", "num", "full", "bracket"] as const;

function yearIn(style: (typeof ERA_STYLES)[number], fy: number): CellValue {
  const h = fy - 1988;
  const r = fy - 2018;
  switch (style) {
    case "H":
      return `H${h}年度`;
    case "H ":
      return `H ${h}年度`;
    case "平成":
      return `平成${h === 1 ? "元" : h}年度`;
    case "R":
      return `R${r}年度`;
    case "R0":
      return `R${String(r).padStart(2, "0")}年度`;
    case "令和":
      return `令和${r === 1 ? "元" : r}年度`;
    case "west":
      return `${fy}年度`;
    case "FY":
      return `FY${fy}`;
    case "num":
      return fy;
    case "full":
      return `${fy}年度`.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case "bracket":
      return `${fy <= 2018 ? `H${h}` : `R${r}`}年度（${fy}年度）`;
  }
}

export const eraStyle = fc.constantFrom(...ERA_STYLES);
export const fiscalYear = fc.integer({ min: 1985, max: 2105 });
export const yearLabelIn = yearIn;

export const yearLabel: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...FIXED_YEAR_LABELS),
  fc.tuple(eraStyle, fiscalYear).map(([s, y]) => yearIn(s, y)),
);

const COUNTERS = ["施設", "か所", "ヶ所", "名", "件", "校", "システム", "", "課", "人"];

const FIXED_EFFECTS = [
  "14% (1/7施設)",
  "100% (15/7施設)",
  "2/8施設",
  "3／7か所",
  "約400万円 (約3400万-約3000万=削減効果額約400万)",
  "累計効果額 約800万円 (約3400万-約3000万=約400万、前年度 約400万)",
  "研修受講者目標数 50名に対し1.82倍の 91名受講",
  "研修受講者目標数50名に対し 91名受講（1.82倍）",
  "情報漏えい事故 0件 職員研修 88名実施",
  "-",
  "－",
  "―",
  "—",
  "ー",
  "100%",
  "33% (方針決定)",
  "100% （公開開始）",
  "0%",
  "43% (3/7施設)",
  "14%(1/7)",
  "1/0施設",
  "0/0",
  "4/1から運用開始",
  "¥50,000",
  "1億2,000万円",
  "800千円",
  "約1万人",
  "50%（2/4）",
  "１００％",
  "12.5%",
  "1/3",
  "2020/4/1",
  "- ",
  "約4.5万円 (約10万-約5.5万=約4.5万)",
  "1億-2000万=8000万",
  "=1+1",
  "+81",
  "@SUM(A1)",
  "-1",
  "\t=cmd",
];

const small = fc.integer({ min: 0, max: 40 });
const effectGenerated: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: 250 }), small, fc.integer({ min: 0, max: 40 }), fc.constantFrom(...COUNTERS))
    .map(([p, a, b, u]) => `${p}% (${a}/${b}${u})`),
  fc
    .tuple(small, fc.integer({ min: 1, max: 40 }), fc.constantFrom(...COUNTERS))
    .map(([a, b, u]) => `${Math.round((a * 100) / b)}% (${a}/${b}${u})`),
  fc.tuple(small, small, fc.constantFrom(...COUNTERS)).map(([a, b, u]) => `${a}/${b}${u}`),
  fc.tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 99999 }), fc.boolean()).map(([x, y, right]) => {
    const c = right ? x - y : x - y + 1;
    return `約${c}万円 (約${x}万-約${y}万=削減効果額約${c}万)`;
  }),
  fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 900 }), fc.boolean()).map(([t, a, right]) => {
    const r = t === 0 ? 1 : right ? Math.round((a / t) * 100) / 100 : Math.round((a / t) * 100) / 100 + 0.5;
    return `研修受講者目標数 ${t}名に対し${r}倍の ${a}名受講`;
  }),
  fc.tuple(small, fc.integer({ min: 0, max: 9999 })).map(([n, m]) => `情報漏えい事故 ${n}件 職員研修 ${m}名実施`),
);

export const effectText: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...FIXED_EFFECTS), effectGenerated);

const PHRASES = [
  "計画通り進捗している",
  "計画どおり",
  "順調に進捗",
  "遅延が生じている",
  "遅れが生じている",
  "遅れている",
  "予定より遅れ",
  "目標達成が困難",
  "計画通り進捗できておらず",
  "見込みが立っていない",
  "施策を統合",
  "により施策を推進し、評価を行います",
  "活動目標を達成できた",
  "既に達成している",
  "計画以上に進捗",
  "前倒し",
  "できておらず",
  "前年度の遅延を解消し",
  "しかし",
  "ものの",
  "ため",
  "H32年度",
  "平成32年度から",
  "ICT-BCP研修",
  "<ul><li>",
  "</li></ul>",
  "<br>",
  "、",
  "。",
  "\n",
  " ",
  "　",
  "導入",
  "検討した",
  "している",
  "ない",
  "ことなく",
  "評価",
  "運用",
  "進捗総括",
  "活動目標",
  "2/8施設",
];

export const summaryText: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...PHRASES), { minLength: 1, maxLength: 12 })
  .map((p) => p.join(""));

export const errorText = fc.constantFrom(
  "#REF!",
  "#DIV/0!",
  "#N/A",
  "#VALUE!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  " #REF! ",
  "#GETTING_DATA",
);

export const htmlText = fc.constantFrom(
  '<ul style="list-style:none"><li>計画通り</li><li>・導入</li></ul>',
  "<br>",
  "a<br/>b",
  "&lt;b&gt;太字&lt;/b&gt;",
  "&lt;ul&gt;<br>",
  "<p>H32年度</p>",
  "<b>2/8施設</b>",
  "<script>alert(1)</script>",
  "a < b > c",
  "<ul",
  "&amp;lt;ul&amp;gt;",
  "<li>計画<b>通り</b>進捗している</li>",
  "<b>H 28年度</b>",
  "<i>施策番号</i>",
  "<div>遅延が生じている</div><div>計画通り進捗している</div>",
);

/** Texts a spreadsheet would run as formulas, for the CSV export. */
export const formulaText = fc
  .tuple(
    fc.constantFrom("=", "+", "-", "@", "\t", "\r", "\t-", "\r-", " -", "-\n"),
    fc.constantFrom("", "1+1", "cmd|' /C calc'!A0", "SUM(A1:A2)", "-"),
  )
  .map(([a, b]) => a + b);

export const whitespaceText = fc.constantFrom("", " ", "\u3000", "\n", "\t", "\u200B", "\uFEFF", "  \u3000\n");

/** Big texts, built by repetition (cheap to generate): up to 100k characters. */
export const hugeText = fc
  .tuple(
    fc.constantFrom("計画通り進捗している。", "あ", "1/", "約1万-", "9", " ", "<ul>", "に対し", "%", "H32年度", "遅延が生じ", "施策番号"),
    fc.integer({ min: 1000, max: 100000 }),
  )
  .map(([p, n]) => p.repeat(Math.ceil(n / p.length)).slice(0, n));

export const textValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: jaText() },
  { weight: 2, arbitrary: latinText() },
  { weight: 2, arbitrary: unicodeText() },
  { weight: 1, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 4, arbitrary: labelText },
  { weight: 3, arbitrary: yearLabel.map((v) => (typeof v === "number" ? String(v) : (v as string))) },
  { weight: 4, arbitrary: effectText },
  { weight: 4, arbitrary: summaryText },
  { weight: 1, arbitrary: errorText },
  { weight: 1, arbitrary: htmlText },
  { weight: 1, arbitrary: formulaText },
  { weight: 1, arbitrary: whitespaceText },
);

/** Numbers Excel can hold: no NaN, no infinities; negatives, huge, tiny, -0, years, date serials, 0.33. */
export const numberValue: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.integer({ min: 1985, max: 2105 }),
  fc.integer({ min: 36000, max: 50000 }),
  fc.constantFrom(
    0,
    -0,
    1,
    100,
    0.33,
    0.5,
    1.82,
    2021,
    1e308,
    -1e308,
    5e-324,
    Number.MAX_SAFE_INTEGER,
    -Number.MAX_SAFE_INTEGER,
    1e21,
    0.1 + 0.2,
    99.99999,
  ),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

export const numFmt = fc.constantFrom(
  "General",
  "0%",
  "0.0%",
  "0.00",
  "#,##0",
  '#,##0"円"',
  "[$¥-411]#,##0",
  "yyyy/m/d",
  'ggge"年"m"月"d"日"',
  "[$-ja-JP]ge.m.d",
  "0.00E+00",
  "@",
  "h:mm",
  '"%"0',
  "0.0",
  "[Red]0%",
);

export const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 8, arbitrary: textValue },
  { weight: 2, arbitrary: numberValue },
  { weight: 1, arbitrary: fc.boolean() },
);

/** Mostly the form's own words: dense grids of these are what trips a label-anchored reader. */
export const formValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 5, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: labelText },
  { weight: 3, arbitrary: yearLabel },
  { weight: 2, arbitrary: summaryText },
  { weight: 2, arbitrary: effectText },
  { weight: 1, arbitrary: cellValue },
);
