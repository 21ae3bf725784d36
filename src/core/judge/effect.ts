/**
 * The 効果（額） cell of a year row (the README's "The measure sheet"): what kind of value it holds, the progress it states or
 * implies, and the arithmetic it claims (a percentage against its fraction, a ratio against its counts,
 * a-b=c in money). Parsing runs on an NFKC copy; every `stated` text is cut from the original cell.
 *
 * Number cells: with a % format the value is a fraction of one (0.33 → 33%). Without one, a number from 0
 * to 100 reads as the percentage it shows (50 → 50%), except values strictly between 0 and 1: "0.33" in a
 * progress column may mean 33% or 0.33%, so it is left `unrecognized` for a person to decide. A currency
 * format (円, ¥) makes it money; a date format, or a value outside 0–100, makes it `unrecognized`.
 */
import type { CellValue } from "../model/grid";
import { isBlank, isDash } from "../text/normalize";
import { nfkcMapped } from "../text/mappedNfkc";
import { matchesAtDecimals, matchesAtWrittenPrecision, roundHalfUp } from "../text/precision";

export type EffectKind =
  | "empty"
  | "dash"
  | "percent"
  | "percentFraction"
  | "fraction"
  | "money"
  | "ratio"
  | "count"
  /** A reduction (作業時間を40%削減): a saving, not progress. */
  | "reduction"
  /** A price ratio (予定価格の85%, 落札率85.5%): a procurement figure, not progress. */
  | "priceRatio"
  | "unrecognized";

export interface EffectCheck {
  kind: "percent-fraction" | "ratio" | "money";
  /** The stated value agrees with the computed one at its written precision (see precision.ts). */
  ok: boolean;
  /** percent-fraction only: the fraction passes 1 and the percentage is stated as 100% (a cap, not a mismatch). */
  capped: boolean;
  /** As written in the cell: "14%", "1.82倍", "約400万". */
  stated: string;
  /** In the unit of `stated`: 14.2857…, 1.82, 400. */
  computed: number;
  /** Where `computed` comes from: "1/7", "91/50", "3400-3000". */
  detail: string;
}

export interface EffectParse {
  kind: EffectKind;
  /** 0..100, capped; null when the kind carries none (dash, money, count, empty, unrecognized). */
  progress: number | null;
  /** Uncapped (15/7 → 214.2857…); equal to progress when not capped. */
  progressRaw: number | null;
  statedPercent: number | null;
  fraction: { numerator: number; denominator: number; unit: string } | null;
  checks: EffectCheck[];
}

// ---------------------------------------------------------------------------------------------------
// The NFKC copy (white space kept), minus signs folded to "-" (the katakana ー is left alone: サーバー is
// not a subtraction); stated values are cut from the original through its map.

interface Folded {
  text: string;
  originalSlice(start: number, end: number): string;
}

const MINUS = /[\u2010-\u2013\u2212\uFE63\uFF0D]/g;

function fold(original: string): Folded {
  const mapped = nfkcMapped(original, "keep");
  return { text: mapped.text.replace(MINUS, "-"), originalSlice: mapped.originalSlice };
}

/**
 * Rewrites the folded text where `re` matches, keeping the map back to the original: each output
 * character of a replacement maps to the whole span it replaced.
 */
function rewrite(f: Folded, re: RegExp, replace: (m: RegExpExecArray) => string): Folded {
  re.lastIndex = 0;
  if (!re.test(f.text)) return f;
  // For each character of the new text, the span of f.text it came from.
  const from: number[] = [];
  const to: number[] = [];
  let text = "";
  let pos = 0;
  const copy = (end: number) => {
    for (let i = pos; i < end; i++) {
      from.push(i);
      to.push(i + 1);
    }
    text += f.text.slice(pos, end);
  };
  re.lastIndex = 0;
  for (let m = re.exec(f.text); m !== null; m = re.exec(f.text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    copy(m.index);
    const out = replace(m);
    for (let k = 0; k < out.length; k++) {
      from.push(m.index);
      to.push(m.index + m[0].length);
    }
    text += out;
    pos = m.index + m[0].length;
  }
  copy(f.text.length);
  return { text, originalSlice: (start, end) => (end <= start ? "" : f.originalSlice(from[start], to[end - 1])) };
}

const KANJI_DIGIT: Record<string, number> = { 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const KANJI_SCALE: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 百七十六 → 176, 二千三百 → 2300, 十二 → 12 (below 一万; 万 and 億 stay as units). */
function kanjiNumber(s: string): number {
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in KANJI_DIGIT) digit = digit < 0 ? KANJI_DIGIT[ch] : digit * 10 + KANJI_DIGIT[ch];
    else {
      total += (digit < 0 ? 1 : digit) * KANJI_SCALE[ch];
      digit = -1;
    }
  }
  return total + (digit < 0 ? 0 : digit);
}

/** Kanji numerals followed by a unit or counter (約百七十六キロメートル, 三百件): 十分 or 一部 are words. */
const KANJI_NUMERAL = new RegExp(
  `(?<![\\d,.〇一二三四五六七八九十百千])[〇一二三四五六七八九十百千]+(?=\\s{0,2}(?:万|億|円|%|割|件|人|名|回|台|校|園|館|枚|社|本|基|戸|者|世帯|団体|施設|箇所|か所|ヶ所|地区|事業|項目|キロ|km|ha|倍))`,
  "g",
);

/** The folded copy with what reads as a number spelt out: 55パーセント, 62・4%, 百七十六件. */
function numerals(f: Folded): Folded {
  let g = rewrite(f, /パーセント|ﾊﾟｰｾﾝﾄ/g, () => "%");
  g = rewrite(g, /(?<=\d)[・･](?=\d)/g, () => ".");
  return rewrite(g, KANJI_NUMERAL, (m) => String(kanjiNumber(m[0])));
}

// ---------------------------------------------------------------------------------------------------
// Shared pieces. Every pattern is linear: bounded repeats, no nested quantifiers over the same text.
// Sticky (y) patterns are matched in place with lastIndex, so no tail of the text is ever copied.

/** Counters a fraction or a count may carry (施設, か所, 名…). Longer first so か所 wins over 所. */
const COUNTER =
  "(?:施設|か所|ケ所|ヶ所|カ所|ヵ所|箇所|個所|拠点|団体|地区|部署|部門|システム|業務|手続き|手続|様式|種類|項目|事業|施策|路線|世帯|件|人|名|台|校|園|館|課|室|回|本|個|枚|基|社|所)";
const COUNTER_AT = new RegExp(`\\s{0,4}(${COUNTER})`, "y");
/** After a bare fraction: a closing bracket, a separator or the end (1/7) — not 4/1から or 4/1運用開始. */
const BARE_END_AT = /\s{0,4}(?:$|[)\]、。,;・]|\s)/y;

/** The count kind: N件/名/回/人/台. */
/** Counters a count may carry beyond those of a fraction: 枚, 社, 都道府県, 戸, 点 … */
const COUNT_UNIT = `(?:${COUNTER}|都道府県|市町村|者|戸|点|枚|社|園|館|世帯|時間|キロメートル|km|ha|棟|灯|橋|冊|区画|頭)`;
/** The count kind: N件, 1箇所, 約66万枚, 69,077千人, (12)件. */
const COUNT = new RegExp(`\\d\\s{0,4}\\)?\\s{0,4}(?:億|万|千|百)?\\s{0,4}${COUNT_UNIT}`);

const NUM = "(\\d{1,3}(?:,\\d{3})+|\\d+)";
/** Where a number may start in an unanchored search: not inside another number (keeps scans linear). */
const NUM_START = "(?<![\\d.])";
/** A percentage leading the cell, after at most a short label or a year in brackets (（令和2年度）41.5%). */
const PERCENT_LEAD = /^((?:\s{0,4}\([^()]{0,14}\))?[^\d%]{0,16}?)(\d+(?:\.\d+)?)\s{0,4}%/;
/** A named rate anywhere in the cell: …に対する進捗率は66%だった, …に対して87.9%の到達率. */
const RATE_PERCENT =
  /(?:進捗率|達成率|進捗度|達成度|整備率|実施率|導入率|普及率|利用率|執行率|完了率|耐震化率|組織率|改良率|接種率|加入率|設置率|充足率|受診率|割合)(?:[^\d%。]|\d{1,4}(?=\s?(?:年|月))){0,30}?(?:約)?(\d+(?:\.\d+)?)\s{0,4}%(?!\s{0,4}(?:以上|未満|以下|超))|(\d+(?:\.\d+)?)\s{0,4}%の(?:到達|達成|進捗|執行|実施|整備)率/;
/** The rest of a band after its first percentage: 100%∼80%, 80%~60%. */
const RANGE_AFTER_AT = /\s{0,4}[~∼〜～]\s{0,4}\d+(?:\.\d+)?\s{0,4}%/y;
/** A percentage ending a cell after a label, perhaps numbered: 1.市民の暮らしを守り支えるまちづくり 29.47%. */
const TRAILING_PERCENT = /^(?:\d{1,2}[.)、]\s{0,2})?[^\d%]{1,40}?(\d+(?:\.\d+)?)\s{0,4}%\s*$/;
/** A fraction a/b: not part of a date (2020/4/1) and not inside a longer number. */
const FRACTION = /(?<![\d./])(\d{1,9})\s{0,4}\/\s{0,4}(\d{1,9})(?![\d.]|\s{0,4}\/\s{0,4}\d)/g;
/** 目標数 50名に対し …; the target is the count right before に対し. */
const RATIO_TARGET = new RegExp(`${NUM_START}${NUM}\\s{0,4}${COUNTER}?\\s{0,4}に対し(?:て)?`);
/** … 1.82倍の 91名 (the ratio first). */
const RATIO_THEN_COUNT = new RegExp(`[^\\d]{0,8}?(?:約)?(\\d+(?:\\.\\d+)?)\\s{0,4}倍\\s{0,4}の?[^\\d]{0,4}?${NUM}`, "y");
/** … 91名受講（1.82倍） (the count first, the ratio close after). */
const COUNT_THEN_RATIO = new RegExp(`[^\\d]{0,8}?${NUM}\\s{0,4}${COUNTER}`, "y");
const RATIO_AT = /[^\d]{0,12}?(?:約)?(\d+(?:\.\d+)?)\s{0,4}倍/y;

function matchAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

const NONE: Omit<EffectParse, "kind"> = {
  progress: null,
  progressRaw: null,
  statedPercent: null,
  fraction: null,
  checks: [],
};

function result(kind: EffectKind, rest: Partial<Omit<EffectParse, "kind">> = {}): EffectParse {
  return { kind, ...NONE, checks: [], ...rest };
}

function cap(x: number): number {
  return Math.min(100, Math.max(0, x));
}

function toNumber(digits: string): number {
  return Number(digits.replace(/,/g, ""));
}

/** A readable number for `detail`: at most ten decimals, no float noise. */
function show(x: number): string {
  return String(roundHalfUp(x, 10));
}

// ---------------------------------------------------------------------------------------------------
// Fractions

interface FoundFraction {
  numerator: number;
  denominator: number;
  unit: string;
  start: number;
}

/**
 * The first fraction in text[from..] that reads as a count of things: followed by a counter (1/7施設) or
 * standing bare before a bracket, a space or the end (1/7). "4/1から" and "4/1運用開始" are dates.
 */
function findFraction(text: string, from: number): FoundFraction | null {
  FRACTION.lastIndex = from;
  for (let m = FRACTION.exec(text); m; m = FRACTION.exec(text)) {
    const end = m.index + m[0].length;
    const resume = FRACTION.lastIndex;
    const unit = matchAt(COUNTER_AT, text, end)?.[1] ?? "";
    const bare = !unit && matchAt(BARE_END_AT, text, end) !== null;
    FRACTION.lastIndex = resume;
    if (!unit && !bare) continue;
    const denominator = Number(m[2]);
    if (denominator === 0) continue;
    return { numerator: Number(m[1]), denominator, unit, start: m.index };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Money: amounts such as 約3400万, 1億2,000万円, ¥50,000, 800千円.

interface Amount {
  start: number;
  end: number;
  yen: number;
  /** Yen per unit of the last number written (万 → 10000): with `decimals`, the written precision. */
  scale: number;
  decimals: number;
  /** The amount in the unit of its last number (約400万 → 400, 1億2000万 → 12000). */
  inUnit: number;
  money: boolean;
}

const UNITS: Record<string, number> = { 億: 1e8, 万: 1e4, 千: 1e3, 百: 1e2 };
/** Compound units read as one: 百万 (52百万円), 千万 (3千万円). */
const COMPOUND_UNITS: Record<string, number> = { 百万: 1e6, 千万: 1e7 };

/** The unit written at text[i] and its length, or null. */
function unitAt(text: string, i: number): [number, number] | null {
  const two = COMPOUND_UNITS[text.slice(i, i + 2)];
  if (two !== undefined) return [two, 2];
  const one = UNITS[text[i]];
  return one === undefined ? null : [one, 1];
}
const AMOUNT_START = new RegExp(`(約|およそ)?\\s{0,4}(¥)?\\s{0,4}${NUM_START}${NUM}(?:\\.(\\d+))?`, "g");
const NUMBER_AT = new RegExp(`${NUM}(?:\\.(\\d+))?`, "y");
const SPACES_AT = /\s{0,4}/y;
const YEN_AT = /\s{0,4}円/y;
/** What may follow 万 when it counts people or things rather than yen (1万人, 2万件). */
const NOT_MONEY_AT = new RegExp(
  `\\s{0,4}(?:${COUNTER}|都道府県|市町村|者|戸|点|枚|社|アクセス|PV|ページ|時間|分|秒|日|年|月|回線|部|トン|[A-Za-z])`,
  "y",
);
/** A number glued on after the unit that counts things (2万3400件): the whole is a count, not yen. */
const COUNT_FOLLOWS_AT = new RegExp(`${NUM}(?:\\.\\d+)?\\s{0,4}(?:${COUNTER}|都道府県|者|戸|点|枚|社)`, "y");

interface Written {
  value: number;
  decimals: number;
}

function written(intPart: string, fracPart: string | undefined): Written {
  return { value: toNumber(intPart) + (fracPart ? Number(`0.${fracPart}`) : 0), decimals: fracPart ? fracPart.length : 0 };
}

/** Units after a number, possibly compound (1億2000万円 = 1×億 + 2000×万). */
function readUnits(text: string, pos: number, first: Written) {
  let yen = 0;
  let scale = 0;
  let last = first;
  let cur: Written | null = first;
  while (cur) {
    const ws = matchAt(SPACES_AT, text, pos)![0].length;
    const unit = unitAt(text, pos + ws);
    if (unit === null || (scale > 0 && unit[0] >= scale)) break;
    const unitScale = unit[0];
    yen += cur.value * unitScale;
    scale = unitScale;
    last = cur;
    cur = null;
    pos += ws + unit[1];
    // A number glued on belongs to this amount only when a smaller unit or 円 follows it.
    const nx = matchAt(NUMBER_AT, text, pos);
    if (!nx) break;
    const after = text[pos + nx[0].length];
    const afterScale = unitAt(text, pos + nx[0].length)?.[0];
    if (after === "円") {
      last = written(nx[1], nx[2]);
      yen += last.value;
      scale = 1;
      pos += nx[0].length;
    } else if (afterScale !== undefined && afterScale < scale) {
      cur = written(nx[1], nx[2]);
      pos += nx[0].length;
    } else if (afterScale === undefined && written(nx[1], nx[2]).value < scale) {
      // 3万1,178人: the rest of the amount, before its counter.
      last = written(nx[1], nx[2]);
      yen += last.value;
      scale = 1;
      pos += nx[0].length;
    }
  }
  return scale > 0 ? { yen, scale, last, pos, unit: true } : { yen: first.value, scale: 1, last: first, pos, unit: false };
}

function scanAmounts(text: string): Amount[] {
  const out: Amount[] = [];
  AMOUNT_START.lastIndex = 0;
  for (let m = AMOUNT_START.exec(text); m; m = AMOUNT_START.exec(text)) {
    const u = readUnits(text, m.index + m[0].length, written(m[3], m[4]));
    const yenMark = matchAt(YEN_AT, text, u.pos);
    const end = yenMark ? u.pos + yenMark[0].length : u.pos;
    const money =
      Boolean(m[2]) ||
      Boolean(yenMark) ||
      (u.unit && matchAt(NOT_MONEY_AT, text, u.pos) === null && matchAt(COUNT_FOLLOWS_AT, text, u.pos) === null);
    AMOUNT_START.lastIndex = Math.max(end, AMOUNT_START.lastIndex);
    if (!Number.isFinite(u.yen)) continue;
    // In its last unit, so 1億2000万 is 12000 (万) at the precision of its last number.
    out.push({ start: m.index, end, yen: u.yen, scale: u.scale, decimals: u.last.decimals, inUnit: u.yen / u.scale, money });
  }
  return out;
}

const OPERATOR_AT = /\s{0,4}([+-])/y;

/** The operator written right after an amount (spaces aside), or null: 約3400万-… → "-". */
function operatorAfter(text: string, a: Amount): "+" | "-" | null {
  const m = matchAt(OPERATOR_AT, text, a.end);
  return m ? (m[1] as "+" | "-") : null;
}

function moneyChecks(f: Folded, amounts: Amount[]): EffectCheck[] {
  const text = f.text;
  const money = amounts.filter((a) => a.money);
  // The first chain of amounts joined by + or -: 約3400万-…約3000万.
  let first = -1;
  let last = -1;
  for (let i = 0; i + 1 < money.length; i++) {
    if (operatorAfter(text, money[i])) {
      first = i;
      last = i + 1;
      while (last + 1 < money.length && operatorAfter(text, money[last])) last++;
      break;
    }
  }
  if (first < 0) return [];
  const terms = money.slice(first, last + 1);
  const ops = terms.slice(0, -1).map((a) => operatorAfter(text, a)!);
  let sumYen = terms[0].yen;
  ops.forEach((op, k) => (sumYen += op === "+" ? terms[k + 1].yen : -terms[k + 1].yen));
  const asWritten = (a: Amount) => f.originalSlice(a.start, a.end).trim();
  const termsIn = (scale: number) => terms.map((a, k) => (k === 0 ? "" : ops[k - 1]) + show(a.yen / scale)).join("");

  const checks: EffectCheck[] = [];
  // "= c": the first amount after an = that follows the chain.
  const chainEnd = terms[terms.length - 1].end;
  const next = money[last + 1];
  const eq = text.indexOf("=", chainEnd);
  const c = next && eq >= 0 && eq < next.start ? next : null;
  if (c) {
    const computed = sumYen / c.scale;
    checks.push({
      kind: "money",
      ok: matchesAtDecimals(c.inUnit, c.decimals, computed),
      capped: false,
      stated: asWritten(c),
      computed,
      detail: termsIn(c.scale),
    });
  }
  // A leading total (約400万円 (…)) must equal c, or the sum when no c is written.
  const total = first > 0 ? money[0] : null;
  if (total) {
    const computed = (c ? c.yen : sumYen) / total.scale;
    checks.push({
      kind: "money",
      ok: matchesAtDecimals(total.inUnit, total.decimals, computed),
      capped: false,
      stated: asWritten(total),
      computed,
      detail: c ? `${termsIn(total.scale)}=${show(computed)}` : termsIn(total.scale),
    });
  }
  return checks;
}

// ---------------------------------------------------------------------------------------------------
// The kinds

function parsePercentText(f: Folded): EffectParse | null {
  const m = PERCENT_LEAD.exec(f.text);
  if (!m) {
    const r = RATE_PERCENT.exec(f.text) ?? TRAILING_PERCENT.exec(f.text);
    if (!r) return null;
    const stated = Number(r[1] ?? r[2]);
    return Number.isFinite(stated) ? result("percent", { progress: cap(stated), progressRaw: stated, statedPercent: stated }) : null;
  }
  // A band (〔100%∼80%〕, a legend's) is no value.
  if (matchAt(RANGE_AFTER_AT, f.text, m.index + m[0].length)) return null;
  const statedPercent = Number(m[2]);
  if (!Number.isFinite(statedPercent)) return null;
  const pctStart = m.index + m[1].length;
  const pctEnd = m.index + m[0].length;
  const fr = findFraction(f.text, pctEnd);
  if (!fr) {
    return result("percent", { progress: cap(statedPercent), progressRaw: statedPercent, statedPercent });
  }
  return percentWithFraction(m[2], f.originalSlice(pctStart, pctEnd).trim(), fr);
}

/**
 * A stated percentage with the fraction it comes from (14% (1/7施設), 62項目(65・26%)): progress is the stated
 * value, checked against the fraction at its written precision. `digits` as written, `stated` as the cell shows it.
 */
function percentWithFraction(
  digits: string,
  stated: string,
  fraction: { numerator: number; denominator: number; unit: string },
): EffectParse {
  const statedPercent = Number(digits);
  const computed = (fraction.numerator * 100) / fraction.denominator;
  const capped = computed > 100 && statedPercent === 100;
  const ok = capped || matchesAtWrittenPrecision(digits, computed);
  return result("percentFraction", {
    progress: cap(statedPercent),
    // A capped 100% keeps what the fraction really says (15/7 → 214.29); otherwise the stated value.
    progressRaw: capped && Number.isFinite(computed) ? computed : statedPercent,
    statedPercent,
    fraction: { numerator: fraction.numerator, denominator: fraction.denominator, unit: fraction.unit },
    checks: [{ kind: "percent-fraction", ok, capped, stated, computed, detail: `${fraction.numerator}/${fraction.denominator}` }],
  });
}

// ---------------------------------------------------------------------------------------------------
// Figures that are not progress, and targets written before the actual

const REDUCTION_WORD = "(?:削減|縮減|短縮|節減|節約|低減|圧縮|カット|ペーパーレス)";
const REDUCTION = new RegExp(
  `${REDUCTION_WORD}(?:率|効果)?[^。、\\d%]{0,6}?(?:約|平均)?\\d+(?:\\.\\d+)?\\s{0,4}%|\\d+(?:\\.\\d+)?\\s{0,4}%[^。、]{0,12}?(?:${REDUCTION_WORD}|(?<!ポイント|pt)減(?!少率))`,
);
const PRICE_RATIO = /落札率|予定価格|設計価格|契約率|価格比|積算額/;
/** A quantity saved, next to the word for it (15人削減, 削減量 293,554キロワット時). */
const REDUCTION_COUNT = new RegExp(`\\d[^。、\\d]{0,10}?${REDUCTION_WORD}|${REDUCTION_WORD}(?:量|数|時間|人数)?[^。\\d]{0,6}?\\d`);
/** A figure with a minus sign before it (▲30%, ▲2,500時間, マイナス74%): a fall, not progress; a signed amount alone is money (SIGNED_TABLE_AMOUNT). */
const SIGNED_FALL = /(?:[▲△]|マイナス)\s{0,2}(?:約)?\d[\d,.]*\s{0,2}(?:万|千)?\s{0,2}(?:%|時間|分|枚|件|人|日)/;
/** Before and after (収納率(R1)99.2%→(R4)99.5%): the percentage now, the last. */
const PERCENT_BEFORE_AFTER = /\d+(?:\.\d+)?\s{0,2}%\s{0,2}[→⇒]\s{0,2}(?:\([^()]{0,8}\))?\s{0,2}(\d+(?:\.\d+)?)\s{0,2}%\s*$/;

/** A percentage that measures a saving or a price, not progress: their own kinds, without progress. */
function parseRate(f: Folded): EffectParse | null {
  if (!f.text.includes("%")) return null;
  if (PRICE_RATIO.test(f.text)) return result("priceRatio");
  if (REDUCTION.test(f.text)) return result("reduction");
  return null;
}

interface Quantity {
  value: number;
  percent: boolean;
  /** Written in yen (98億695万6000円). */
  yen: boolean;
  start: number;
  end: number;
}

const QUANTITY = new RegExp(`${NUM_START}${NUM}(?:\\.(\\d+))?`, "g");
/** Numbers that are dates or years, not quantities: H27年, 3月, 令和2年度. */
const DATE_AFTER = /\s{0,2}(?:年|月|日|度|期|号|次|位|時|分)/y;
const ERA_BEFORE = /[HRSＨＲＳ平成令和]$/;

/** The quantities in text[from..], in order: value with its units (70万人 → 700000), dates skipped. */
function* quantities(text: string, from: number): Generator<Quantity> {
  QUANTITY.lastIndex = from;
  for (let m = QUANTITY.exec(text); m !== null; m = QUANTITY.exec(text)) {
    const resume = QUANTITY.lastIndex;
    const end = m.index + m[0].length;
    if (matchAt(DATE_AFTER, text, end) || ERA_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index))) {
      QUANTITY.lastIndex = resume;
      continue;
    }
    const u = readUnits(text, end, written(m[1], m[2]));
    const ws = matchAt(SPACES_AT, text, u.pos)![0].length;
    const percent = text[u.pos + ws] === "%";
    const yen = text[u.pos + ws] === "円";
    QUANTITY.lastIndex = Math.max(resume, u.pos);
    yield { value: u.yen, percent, yen, start: m.index, end: u.pos + (percent || yen ? ws + 1 : 0) };
  }
}

const TARGET_WORD = /(?:目標|計画|予定|目安)(?:値|数|額|件数|人数)?/;
/** Between the target and the actual: に対し, には届かず, → … */
const CONNECTOR = /に対し|には届か|に届か|を下回|を上回|を超え|→|⇒|->|のところ|に比べ|実績|結果|、|,|:/;
/** 3,250戸(H28年度目標) → …: a quantity labelled as the target right after it. */
const LABELLED_TARGET_AT = /\s{0,4}[^\d\s(]{0,4}\([^()]{0,14}目標[^()]{0,4}\)/y;
/** 1万2600回の目標に対し …: a quantity named as the target right after it. */
const NAMED_TARGET_AT = /[^\d\s、。]{0,3}?の(?:目標|計画)(?:値|数)?(?:に対し|に対して)/y;

/**
 * A target written before the actual (目標200件に対し実績187件, 目標の12万人には届かず約10万人,
 * 目標(60%)に対し58.3%, 3,250戸(目標) → 3,505戸): progress is actual / target. Not for texts with a
 * stated multiple (… 1.82倍の 91名): parseRatio checks those.
 */
function parseTargetFirst(f: Folded): EffectParse | null {
  const text = f.text;
  if (text.includes("倍")) return null;
  let it = quantities(text, 0);
  let first = it.next();
  if (first.done) return null;
  let target = first.value;
  const labelled = matchAt(LABELLED_TARGET_AT, text, target.end) ?? matchAt(NAMED_TARGET_AT, text, target.end);
  if (!labelled) {
    // Else the first quantity after the target's word (目標値の73%に対して…, past a 30分圏域 before it).
    const word = TARGET_WORD.exec(text);
    if (!word) return null;
    const wordEnd = word.index + word[0].length;
    it = quantities(text, wordEnd);
    first = it.next();
    if (first.done) return null;
    target = first.value;
    if (target.start - wordEnd > 12) return null;
  }
  let second = it.next();
  // A target in yen is met by an amount in yen, past the counts told between (…に対し、工事41件を起工し、執行額は5億…円).
  while (target.yen && !second.done && !second.value.yen) second = it.next();
  if (second.done) return null;
  const actual = second.value;
  const between = text.slice(target.end, actual.start);
  if (!CONNECTOR.test(between) || actual.percent !== target.percent || !(target.value > 0)) return null;
  const raw = (actual.value * 100) / target.value;
  if (!Number.isFinite(raw)) return null;
  return result("ratio", { progress: cap(raw), progressRaw: raw });
}

/** Part of a whole: 30校中24校, 対象件数108件のうち87件完了. */
const OF_WHOLE = new RegExp(
  `${NUM_START}${NUM}\\s{0,4}(${COUNTER})?(?:の?[^\\d\\s。、のに]{1,6}?)?\\s{0,4}(の?うち[、,]?|中)[^\\d。、]{0,12}?(?:約)?${NUM}(?![\\d,.]|\\s{0,4}%)\\s{0,4}(${COUNTER})?`,
);
/**
 * The whole, with words between it and its part (項目数95項目のうち、「計画どおり」の進ちょくは62項目, 117項目に及ぶ改革を
 * 掲げており、このうち64項目, 橋梁(94橋)のうち…24橋): the part is the next number in the sentence with the whole's unit.
 */
const WHOLE_THEN_WORDS = new RegExp(
  `${NUM_START}${NUM}\\s{0,4}(${COUNTER}|[一-龥])\\)?(?:の[^\\d\\s。、のに]{1,6}?)?(?:のうち|[^\\d。]{0,24}?[、,]\\s{0,2}(?:この|その)うち)`,
);
/** A percentage close after the part: 62項目(65・26%), 18項目の指標で24.7%, 24橋(約26%). */
const PERCENT_NEAR_AT = /[^\d%。]{0,8}?(?:約)?(\d+(?:\.\d+)?)\s{0,4}%/y;

/** The part of a whole, and where it ends: from OF_WHOLE, else from WHOLE_THEN_WORDS. */
function findPartOfWhole(text: string): { numerator: number; denominator: number; unit: string; end: number } | null {
  const m = OF_WHOLE.exec(text);
  // 中 only after a counter (30校中, 全47小学校中46校): 実施中 or 集中 is no whole.
  if (m && (m[2] || m[3] === "のうち" || m[5])) {
    return { denominator: toNumber(m[1]), numerator: toNumber(m[4]), unit: m[5] ?? m[2] ?? "", end: m.index + m[0].length };
  }
  const w = WHOLE_THEN_WORDS.exec(text);
  if (!w) return null;
  const unit = w[2];
  const stop = text.indexOf("。", w.index);
  const part = new RegExp(`${NUM_START}(?:約)?${NUM}\\s{0,4}${unit}`, "g");
  part.lastIndex = w.index + w[0].length;
  const p = part.exec(text);
  if (!p || (stop >= 0 && p.index > stop)) return null;
  return { denominator: toNumber(w[1]), numerator: toNumber(p[1]), unit, end: p.index + p[0].length };
}

function parseOfWhole(f: Folded): EffectParse | null {
  const found = findPartOfWhole(f.text);
  if (!found || !(found.denominator > 0)) return null;
  const { numerator, denominator, unit } = found;
  const raw = (numerator * 100) / denominator;
  const fraction = { numerator, denominator, unit };
  const pct = matchAt(PERCENT_NEAR_AT, f.text, found.end);
  if (pct) {
    // The percentage it states: a percentage with its fraction, checked as 14% (1/7施設) is.
    const start = found.end + pct[0].indexOf(pct[1]);
    return percentWithFraction(pct[1], f.originalSlice(start, found.end + pct[0].length).trim(), fraction);
  }
  return result("fraction", { progress: cap(raw), progressRaw: raw, fraction });
}

/** A number alone in a text cell. */
const PLAIN_NUMBER = /^\s*(\d+(?:\.\d+)?)\s*$/;
/** A thousand-yen table cell: △12,345 / ▲1,015,338 (minus signs of a money column). */
const SIGNED_TABLE_AMOUNT = /^\s*[△▲]\s{0,2}\d{1,3}(?:,\d{3})+(?:\.\d+)?\s*$/;

function parseRatio(f: Folded): EffectParse | null {
  const text = f.text;
  if (!text.includes("に対し")) return null;
  const t = RATIO_TARGET.exec(text);
  // Against a target or a plan, or with the multiple stated (…に対し1.82倍): 開札件数1760件に対し、65件の不調 is no ratio.
  if (!t || (!text.includes("倍") && !TARGET_WORD.test(text.slice(0, t.index + t[0].length)))) return null;
  const target = toNumber(t[1]);
  if (!(target > 0)) return null;
  const after = t.index + t[0].length;
  let actual: number;
  let ratio: { digits: string; start: number; end: number } | null = null;
  const a = matchAt(RATIO_THEN_COUNT, text, after);
  if (a) {
    actual = toNumber(a[2]);
    const start = text.indexOf(a[1], after);
    ratio = { digits: a[1], start, end: text.indexOf("倍", start) + 1 };
  } else {
    const b = matchAt(COUNT_THEN_RATIO, text, after);
    if (!b) return null;
    actual = toNumber(b[1]);
    const countEnd = after + b[0].length;
    const r = matchAt(RATIO_AT, text, countEnd);
    if (r) {
      const start = text.indexOf(r[1], countEnd);
      ratio = { digits: r[1], start, end: text.indexOf("倍", start) + 1 };
    }
  }
  const raw = (actual * 100) / target;
  if (!Number.isFinite(raw)) return null;
  const checks: EffectCheck[] = [];
  if (ratio) {
    const computed = actual / target;
    checks.push({
      kind: "ratio",
      ok: matchesAtWrittenPrecision(ratio.digits, computed),
      capped: false,
      stated: f.originalSlice(ratio.start, ratio.end).trim(),
      computed,
      detail: `${actual}/${target}`,
    });
  }
  return result("ratio", { progress: cap(raw), progressRaw: raw, checks });
}

function parseFractionOnly(f: Folded): EffectParse | null {
  // The fraction leads the cell, after at most a short label (導入済 2/8施設).
  const lead = /^[^\d%]{0,16}?(?=\d)/.exec(f.text);
  if (!lead) return null;
  const fr = findFraction(f.text, lead[0].length);
  if (!fr || fr.start !== lead[0].length) return null;
  const raw = (fr.numerator * 100) / fr.denominator;
  if (!Number.isFinite(raw)) return null;
  return result("fraction", {
    progress: cap(raw),
    progressRaw: raw,
    fraction: { numerator: fr.numerator, denominator: fr.denominator, unit: fr.unit },
  });
}

/** What a number format says about its value: a percentage, money, a date, or nothing in particular. */
function formatKind(numFmt: string | null): "percent" | "money" | "date" | "plain" {
  if (!numFmt) return "plain";
  // Quoted literals, escapes and [colour/locale] sections say nothing about the value's kind.
  const code = numFmt
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  if (code.includes("%")) return "percent";
  // A currency sign, quoted (#,##0"円") or not, or a currency locale tag ([$¥-411]; [$-ja-JP] is only a locale).
  if (/[円¥￥$]/.test(numFmt.replace(/\[[^\]]*\]/g, "")) || /\[\$[^-\]]/.test(numFmt)) return "money";
  if (/general/i.test(code)) return "plain";
  // y m d h s, and g/e/b for Japanese and Buddhist era dates; E+ / E- is scientific notation, not an era.
  if (/[ymdhsegb]/i.test(code.replace(/e[+-]/gi, ""))) return "date";
  return "plain";
}

function parseNumber(value: number, numFmt: string | null): EffectParse {
  if (!Number.isFinite(value)) return result("unrecognized");
  if (value === 0) value = 0; // -0 reads as 0
  const fmt = formatKind(numFmt);
  if (fmt === "money") return result("money");
  if (fmt === "date") return result("unrecognized");
  // 0.33 * 100 is 33.00000000000000x; round off the float noise, not the value.
  const statedPercent = fmt === "percent" ? roundHalfUp(value * 100, 10) : value;
  if (!Number.isFinite(statedPercent) || statedPercent < 0) return result("unrecognized");
  if (fmt === "plain" && (statedPercent > 100 || (statedPercent > 0 && statedPercent < 1))) {
    return result("unrecognized");
  }
  return result("percent", { progress: cap(statedPercent), progressRaw: statedPercent, statedPercent });
}

export function parseEffect(value: CellValue, numFmt: string | null): EffectParse {
  if (value === null) return result("empty");
  if (typeof value === "boolean") return result("unrecognized");
  if (typeof value === "number") return parseNumber(value, numFmt);
  if (isBlank(value)) return result("empty");
  if (isDash(value)) return result("dash");
  const f = numerals(fold(value));
  // A number typed into a text cell reads as the same number in a cell without a format.
  const plain = PLAIN_NUMBER.exec(f.text);
  if (plain) return parseNumber(Number(plain[1]), null);
  if (SIGNED_TABLE_AMOUNT.test(f.text)) return result("money");
  if (SIGNED_FALL.test(f.text)) return result("reduction");
  const now = PERCENT_BEFORE_AFTER.exec(f.text);
  if (now) {
    const stated = Number(now[1]);
    return result("percent", { progress: cap(stated), progressRaw: stated, statedPercent: stated });
  }
  const rate = parseRate(f);
  if (rate) return rate;
  const targetFirst = parseTargetFirst(f);
  if (targetFirst) return targetFirst;
  const percent = parsePercentText(f);
  if (percent) return percent;
  const ratio = parseRatio(f);
  if (ratio) return ratio;
  const amounts = scanAmounts(f.text);
  if (amounts.some((a) => a.money)) return result("money", { checks: moneyChecks(f, amounts) });
  const fraction = parseFractionOnly(f) ?? parseOfWhole(f);
  if (fraction) return fraction;
  // 15人削減, 電力削減量 293,554キロワット時: a saving counted, not progress.
  if (REDUCTION_COUNT.test(f.text)) return result("reduction");
  if (COUNT.test(f.text)) return result("count");
  return result("unrecognized");
}

/**
 * For fill: the text with a percentage put before a fraction-only effect, "2/8施設" → "25% (2/8施設)";
 * null when the text is not of kind "fraction". Rounds half-up to a whole percent; a fraction over 1
 * gives "100% (…)", the cap the over-100 rule expects.
 */
export function withPercentAdded(text: string): string | null {
  const p = parseEffect(text, null);
  if (p.kind !== "fraction" || p.progressRaw === null) return null;
  const pct = Math.min(100, roundHalfUp(p.progressRaw, 0));
  return `${pct}% (${text.trim()})`;
}
