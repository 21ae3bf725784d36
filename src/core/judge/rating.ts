/**
 * Ratings (product.md §6): the value of the office's scale written for a year (`B`, `B：概ね順調`,
 * `B評価（概ね順調）`, `◎`, `順調`, `4`, `達成A`, `横ばいC`), and what it means as a status.
 *
 * A letter or digit means what the office's profile or its printed legend says; symbols (◎○△×) and
 * words (順調, やや遅れ, 達成, 横ばい, 未着手, 中止 …) need no legend: a few rating words the progress
 * classifier does not know (前進, 横ばい, 後退, 要改善 …) are read here, everything else goes through
 * the classifier (status.ts), like a 進捗総括.
 */
import type { Status } from "../model/schemas";
import type { ScaleValue } from "../model/profile";
import { classifyStatus } from "./status";
import { memoByString } from "../text/memo";
import { isDash } from "../text/normalize";

export type RatingSource = "profile" | "legend" | "symbol" | "word";

export interface RatingRead {
  /** The cell's text as written. */
  text: string;
  /** The scale value named (a letter, digit or symbol), or null for a word alone. */
  code: string | null;
  /** The words with it (概ね順調 in `B：概ね順調`), or the whole text for a word rating. */
  descriptor: string | null;
  /** null when the value is no value of the scale (rule rating-unknown). */
  status: Status | null;
  source: RatingSource | null;
  /** The word 未着手 (not started): delayed only where the plan expected work that year. */
  notStarted: boolean;
}

/** For matching: NFKC, no white space, one spelling of the circle and the cross. */
export function ratingKey(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/〇/g, "○")
    .replace(/[✕✖]/g, "×")
    .replace(/^[（(](.*)[）)]$/, "$1");
}

/** Symbols any office uses the same way. */
const SYMBOLS: Record<string, Status> = { "◎": "ahead", "○": "on_track", "●": "achieved", "△": "delayed", "▲": "delayed", "×": "at_risk" };

/**
 * Rating words the 進捗総括 classifier has no verdict for, most specific first. Matched inside the
 * normalised descriptor. 評価困難 is a value of the scale meaning "cannot be rated": status unknown.
 */
const RATING_WORDS: [RegExp, Status][] = [
  [/評価困難|判定不能|評価不能/, "unknown"],
  [/中止|廃止|休止|統合|対象外|評価対象外/, "not_evaluated"],
  [/未着手|着手していない|着手して(い)?ない/, "delayed"],
  [/事業完了|完了/, "achieved"],
  [/大きく上回|大幅に上回|目標値以上|以上の成果|よりも進んで|より進んで|前倒し/, "ahead"],
  [/大幅改善|大きく下回|大幅に下回|後退/, "at_risk"],
  [/要改善|下回|横ばい|変動が見られない|変化なし/, "delayed"],
  // A grade that asks for more work (宇陀市 C:努力が必要(60%以上80%未満)).
  [/努力が必要|努力を要する/, "delayed"],
  // A grade below 概ね達成 on a scale of how much was reached (C 少し達成した).
  [/少し達成|わずかに達成|僅かに達成/, "delayed"],
  // 三重県's 進展度 (進んだ / ある程度進んだ / あまり進まなかった / 進まなかった) and scales like it.
  [/あまり進ま|あまり進んで(い)?ない/, "delayed"],
  [/進まなかった|進んで(い)?ない/, "at_risk"],
  // 概ね達成 is a step below 達成 (北川村 A:達成している、B:概ね達成している): on plan, not done.
  [/前進|目標値どおり|ほぼ達成|概ね達成|おおむね達成|概ね計画/, "on_track"],
  // A 総合評価 that keeps the results where they are (つくば市 A:成果を維持して継続実施).
  [/成果を維持|高水準を維持|水準を維持/, "on_track"],
  [/ある程度進|概ね進|おおむね進|進んだ|進んでいる/, "on_track"],
  // A grade of movement from the baseline (日進市 `B:概ね改善、やや改善`); 要改善 and 大幅改善 are read above.
  [/改善|向上/, "on_track"],
  // A scale of quality (佐渡市 極めて良好 / 良好 / 平均的 / 問題が見られる / 極めて問題; 良好 / 概ね良好 / やや不十分):
  // its top above good, good on plan, a problem behind. The middle (平均的, 普通) tells nothing.
  [/^(?:極めて|非常に|特に|大変)(?:良好|優れ|優秀)|^優れ(?:ている)?$|^優秀$/, "achieved"],
  [/^(?:概ね|おおむね|ほぼ|やや)?良好(?:である|です|に(?:進んで(?:いる)?|推移して(?:いる)?|進んだ|推移した))?$/, "on_track"],
  [/^(?:極めて|非常に|大いに|重大な|大きな|やや|一部)?問題(?:が|点が)?(?:見られる|ある|あり|有り)?$/, "delayed"],
];

/** The name of a scale, not a value on it: 達成レベル, 達成水準, 進捗ランク (a header beside its legend). */
const SCALE_NAME = /(?:レベル|水準|ランク|段階)$/;

/** A word or descriptor's status: rating words, else the classifier; null when neither can tell. */
export const wordStatus = memoByString((text: string): Status | null => {
  const k = ratingKey(text);
  if (k === "" || SCALE_NAME.test(k)) return null;
  if (k in SYMBOLS) return SYMBOLS[k];
  for (const [re, st] of RATING_WORDS) if (re.test(k)) return st;
  const { status } = classifyStatus(text);
  return status === "unknown" ? null : status;
}, 2_000);

/** A verdict's length at most: B, △(やや遅れ), ある程度進んだ; longer is an account. */
export const VERDICT_MAX = 30;

/** A cell that reads as a rating: a scale value (B, ◎, 4) or words of a status, short as a verdict is. */
export function looksLikeRating(text: string): boolean {
  const t = text.trim();
  return t !== "" && t.length <= VERDICT_MAX && (splitRating(t).code !== null || wordStatus(t) !== null);
}

const CODE = "[A-Z]{1,2}[+\\-]?|[1-9]|10|[◎○●△▲×]|[IVX]{1,4}|[☆★]{1,10}";
/** `B`, `B評価`, `B:概ね順調`, `B(概ね順調)`, `B評価(概ね順調)`, `4`, `◎`. */
const CODE_FIRST = new RegExp(`^(${CODE})(?:評価)?(?:$|[:.\\-=・](.+)$|\\((.+)\\)$|\\s(.+)$)`);
/** `達成A`, `横ばいC`. */
const WORD_THEN_CODE = /^([^A-Za-z0-9\s]{1,12})([A-Z][+-]?)$/;

export interface ParsedRating {
  code: string | null;
  descriptor: string | null;
}

/** Splits a rating cell into its scale value and its words (no meaning yet). */
export function splitRating(text: string): ParsedRating {
  const k = text.normalize("NFKC").trim().replace(/〇/g, "○");
  const tight = k.replace(/\s+/g, "");
  let m = CODE_FIRST.exec(tight) ?? CODE_FIRST.exec(k);
  if (m) return { code: m[1], descriptor: (m[2] ?? m[3] ?? m[4] ?? "").trim() || null };
  m = WORD_THEN_CODE.exec(tight);
  if (m) return { code: m[2], descriptor: m[1] };
  return { code: null, descriptor: k === "" ? null : k };
}

/** The scale values known for a workbook: the profile's first, then the printed legend's. */
export interface ScaleLookup {
  profile: readonly ScaleValue[];
  legend: readonly ScaleValue[];
}

function findValue(values: readonly ScaleValue[], text: string, code: string | null): ScaleValue | undefined {
  const whole = ratingKey(text);
  const c = code === null ? null : ratingKey(code);
  return values.find((v) => ratingKey(v.value) === whole) ?? (c === null ? undefined : values.find((v) => ratingKey(v.value) === c));
}

/** What a rating cell means. Returns null for an empty cell. */
export function readRating(text: string, scale: ScaleLookup): RatingRead | null {
  // A dash is no rating yet (a future year), not a value of the scale.
  if (text.trim() === "" || isDash(text)) return null;
  const { code, descriptor } = splitRating(text);
  const base = { text, code, descriptor, notStarted: /未着手|着手して(い)?ない/.test(ratingKey(text)) };
  const fromProfile = findValue(scale.profile, text, code);
  if (fromProfile) return { ...base, status: fromProfile.status, source: "profile" };
  const fromLegend = findValue(scale.legend, text, code);
  if (fromLegend) return { ...base, status: fromLegend.status, source: "legend" };
  if (code !== null && ratingKey(code) in SYMBOLS) return { ...base, status: SYMBOLS[ratingKey(code)], source: "symbol" };
  // Filled stars of a scale the value shows whole (★★★☆☆).
  const stars = code === null ? null : starStatus(code, null);
  if (stars !== null) return { ...base, status: stars, source: "symbol" };
  // A letter the office has not explained: its words may still say it (`B：概ね順調`).
  const word = descriptor === null ? null : wordStatus(descriptor);
  if (word !== null) return { ...base, status: word, source: "word" };
  return { ...base, status: null, source: null };
}

/**
 * A rating in stars (☆☆☆☆ on 【☆☆☆☆(高)∼☆(低)】, ★★★☆☆): its status by its place on the scale. The scale's
 * size is the stars of a mixed value (★ filled of ★ and ☆), else `max` (from the legend beside it); null when
 * neither tells it. The top is on plan (a scale of stars says how well, not that the target is reached), the
 * bottom at risk, above the middle on plan, else behind.
 */
export function starStatus(text: string, max: number | null): Status | null {
  const k = ratingKey(text);
  if (!/^[☆★]+$/.test(k)) return null;
  const filled = (k.match(/★/g) ?? []).length;
  const mixed = filled > 0 && filled < k.length;
  const n = mixed ? filled : k.length;
  const of = mixed ? k.length : max;
  if (of === null || of < 2 || n > of) return null;
  if (n === of) return "on_track";
  if (n <= 1) return "at_risk";
  return n / of > 0.5 ? "on_track" : "delayed";
}

/** The size of a scale of stars its legend shows (【☆☆☆☆(高)∼☆(低)】 → 4), or null. */
export function starScale(legend: string): number | null {
  const runs = legend.normalize("NFKC").match(/[☆★]+/g);
  return runs && runs.length >= 2 ? Math.max(...runs.map((r) => r.length)) : null;
}

/** Positive verdicts and negative ones: a rating and a text on opposite sides conflict. */
export const POSITIVE_STATUSES: ReadonlySet<Status> = new Set<Status>(["ahead", "on_track", "achieved"]);
export const NEGATIVE_STATUSES: ReadonlySet<Status> = new Set<Status>(["delayed", "at_risk"]);

/** 0 best … 3 worst, for comparing a rating with the grade its indicators earn; null: not comparable. */
export function statusRank(s: Status | null): number | null {
  switch (s) {
    case "ahead":
    case "achieved":
      return 0;
    case "on_track":
      return 1;
    case "delayed":
      return 2;
    case "at_risk":
      return 3;
    default:
      return null;
  }
}
