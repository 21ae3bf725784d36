/**
 * The words of the headers and labels that lists of measures (measureList.ts) and stacked blocks of measures
 * (measureBlocks.ts) share: what a column or a row holds (a name, a number, a department, a verdict, an account),
 * the year a header names, and whether a value is a verdict, an account or a figure.
 */
import { looksLikeRating } from "../judge/rating";
import { parseFiscalYearLabel, type FiscalYearLabel } from "../text/fiscalYear";
import { hasLabelKey, labelKey, matchLabel, type LabelAliases } from "./labels";

/** What a column of the list holds, told by its header. */
export type Role = "number" | "name" | "department" | "rating" | "text";

export const keys = (words: string[]) => new Set(words.map(labelKey));

const NAME_HEADERS = keys([
  "施策名",
  "事業名",
  "施策",
  "取組名",
  "取組名称",
  "事業名称",
  "事務事業名",
  "事務事業名称",
  "施策名称",
  "個別施策",
  "具体的施策",
  "具体的な施策",
  "取組",
  "取組項目",
  "取組事項",
  "具体的な取組",
  "具体的取組",
  "主要施策",
  "主な取組",
  "主な事業",
  "施策・事業名",
  "事業・取組名",
  "実施項目",
  "推進項目",
  "重点取組",
  "展開する施策",
  "展開する施策群",
  "項目",
  "項目名",
  "評価項目",
  "アクションプラン",
  "事業項目",
  "行動計画",
  "小項目",
  "小区分",
  "重点目標",
  // A 指定管理者's evaluation lists its facilities (南相馬市 施設名 | 指定管理者 | 所管課 | 総合評価).
  "施設名",
  "施設の名称",
]);
const NUMBER_HEADERS = keys(["番号", "整理番号", "No", "No.", "№", "NO", "通番", "項番", "施策番号", "施策No.", "取組番号", "事業番号"]);
const DEPARTMENT_HEADERS = keys([
  "担当",
  "所管",
  "課名",
  "担当部署名",
  "所管部署",
  "主管課",
  "担当所属",
  "所管課名",
  "担当課等",
  "担当課室",
  "所管課室",
  "所管グループ",
  "担当グループ",
  "担当係",
  "実施主体",
]);
/** A verdict: a rating or a status word, or a short text saying one. */
const RATING_HEADERS = keys([
  "評価",
  "総合評価",
  "総合的評価",
  "評価結果",
  "自己評価",
  "所管課評価",
  "担当課評価",
  "達成度",
  "達成状況",
  "目的達成度",
  "目標達成度",
  "達成度合い",
  "進捗状況",
  "進行状況",
  "進捗",
  "進捗度",
  "進捗評価",
  "進捗区分",
  "評価区分",
  "実施状況",
  "判定",
  "ランク",
  "評価ランク",
  "一次評価",
  "二次評価",
  "内部評価",
  "外部評価",
  "事後評価",
  "取組の評価",
  "取組みの評価",
  "点検・評価",
  "点検評価",
]);
/** The year's account: what was done, or the reasons for the verdict. */
const TEXT_HEADERS = keys([
  "評価内容",
  "評価理由",
  "評価の理由",
  "判断理由",
  "理由",
  "実績",
  "取組実績",
  "取組結果",
  "取組状況",
  "取組内容",
  "実施内容",
  "事業実績",
  "進捗状況の説明",
  "評価の説明",
  "評価コメント",
  "コメント",
  "説明",
  "所見",
  "総合所見",
  "成果",
  "取組の成果",
]);
/** Where the plan goes next, or what it is: no verdict on the year (今後の施策の展開, 施策の方向性, 概要). */
const NOT_A_VERDICT = /今後|方向性|概要|目的|内容$|課題|改善策/;

/** A year heading a column: R4, 令和4年度, 2022年度, H28, with a word after it (令和4年度実績, R5進捗). */
const LEADING_YEAR = /^(?:(令和|平成|[RH])(\d{1,2}|元)|((?:20|19)\d{2}))(?:年度|年)?/;
/** A period of months after a calendar year (H29年10月∼12月の, a quarter): part of the fiscal year it falls in. */
const MONTHS = /^(\d{1,2})月(?:[~〜∼～-](?:\d{1,2})月)?(?:の|分)?/;

/**
 * The fiscal year a list's or a block's header begins with (R5 of R5進捗), or null. Not text/fiscalYear's headerYear,
 * which reads an indicator table's year with its note after it (20年度(実績)).
 */
export function leadingYear(text: string): FiscalYearLabel | null {
  const t = text.normalize("NFKC").replace(/\s+/g, "");
  // (A quarter's header is longer: H29年10月∼12月の取組みの評価.)
  if (t.length > (/^\S{2,6}年\d{1,2}月/.test(t) ? 24 : 16)) return null;
  const whole = parseFiscalYearLabel(t);
  if (whole) return whole;
  const m = LEADING_YEAR.exec(t);
  if (!m) return null;
  // Months after a calendar year: the fiscal year they fall in (H30年1月∼3月 is H29年度's last quarter).
  const months = m[0].endsWith("年") ? MONTHS.exec(t.slice(m[0].length)) : null;
  if (months) {
    const year = parseFiscalYearLabel(m[0].replace(/年$/, "") + "年度");
    if (!year) return null;
    const month = Number(months[1]);
    if (month < 1 || month > 12) return null;
    if (month >= 4) return year;
    return parseFiscalYearLabel(`${year.fiscalYear - 1}年度`);
  }
  // The year before the column's words (R5 of R5進捗, 令和4年 of 令和4年実績).
  return parseFiscalYearLabel(m[0]) ?? parseFiscalYearLabel(m[0].replace(/年$/, "") + "年度");
}

/** A year column's own words (実績 of 令和4年度実績); "" where the year is all it says. */
export function afterYear(text: string): string {
  const rest = text.normalize("NFKC").replace(/\s+/g, "").replace(LEADING_YEAR, "");
  // (H28年度末までの実績: what was done through the year's end, that year's account.)
  return /^\d{1,2}月/.test(rest) ? rest.replace(MONTHS, "") : rest.replace(/^末(?:まで|迄)(?:の)?/, "");
}

/** A header's note listing the values of a scale, (○・△・×), (A・B・C), (◎/○/△): the column holds ratings. */
const SCALE_NOTE = /[(（]\s*(?:[◎○〇●△▲×✕ABCDＡＢＣＤ]\s*[・･、,/／]\s*){1,4}[◎○〇●△▲×✕ABCDＡＢＣＤ]\s*[)）]/;

/**
 * Two levels named in one cell (基本的方向\n重点目標, 加古川市), a line naming the measures' column; not one word
 * wrapped (重点\n施策), whose pieces are short.
 */
function twoLevels(text: string): boolean {
  if (!text.includes("\n")) return false;
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  return lines.every((l) => l.length >= 3) && lines.some((l) => hasLabelKey(NAME_HEADERS, l));
}

const SCALE_RANGE = /^(?:[SA-E][~〜～∼\-－][A-EX]|[1-5][~〜～∼\-－][1-5])(?:評価|判定|段階評価)$/;

export function roleOf(text: string, aliases: LabelAliases | undefined): Role | null {
  const alias = aliases?.get(labelKey(text));
  if (alias === "name" || alias === "number" || alias === "department") return alias;
  if (alias === "rating" || alias === "status") return "rating";
  if (alias === "progress") return "text";
  // Named exactly (目的達成度), else not where the plan goes next (今後の方向性(評価) is no verdict).
  const key = labelKey(text);
  if (RATING_HEADERS.has(key)) return "rating";
  if (TEXT_HEADERS.has(key)) return "text";
  if (NOT_A_VERDICT.test(key)) return null;
  if (hasLabelKey(NAME_HEADERS, text) || twoLevels(text)) return "name";
  if (hasLabelKey(NUMBER_HEADERS, text)) return "number";
  if (hasLabelKey(DEPARTMENT_HEADERS, text) || matchLabel(text) === "department") return "department";
  if (hasLabelKey(RATING_HEADERS, text)) return "rating";
  if (hasLabelKey(TEXT_HEADERS, text)) return "text";
  // A scale's range heading its column (福岡市 A~C評価, A~E評価; S~D評価, 1~5評価).
  if (SCALE_RANGE.test(text.normalize("NFKC").replace(/\s+/g, ""))) return "rating";
  // 計画通りの進捗か (○・△・×) (大淀町): a question answered on a scale.
  if (text.length <= 40 && SCALE_NOTE.test(text)) return "rating";
  return null;
}

/** A cell holding a figure alone: 1,234 / 98.3% / ▲12 / 3.5万人 / 算定中 is words. */
const FIGURE = /^[\s\u3000]*[▲△+\-－]?[0-9０-９][0-9０-９,，.．]*[\s\u3000]*(?:%|％|[^\s\u3000\d]{1,3})?[\s\u3000]*$/;

/** A rating, not a sentence: a sentence is an account, however short (遅れている。). */
export function isVerdict(text: string): boolean {
  return !/[。、]/.test(text) && looksLikeRating(text);
}

/** A figure alone: an amount, a count or a rate, neither a verdict nor an account. */
export function isFigure(text: string): boolean {
  return FIGURE.test(text);
}
