/**
 * One line of the status lexicon: a core phrase (matched on the normalised text: NFKC, no white space),
 * what it means when affirmed (`yes`) and when its verb chain negates it (`no`), and what an intention
 * after it means. A status ending in `~` is a weak signal: it decides only when no strong one speaks.
 */
import type { Status } from "../../model/schemas";
import { patternFilter } from "../../text/patternFilter";

/** A status, a weak status (`~`, decides only when no strong signal speaks), or null (says nothing). */
export type Verdict = Status | `${Status}~` | null;
/** What an intention (〜するよう, 〜に向け) after the core means: drop the hit, ignore the intention, or a verdict. */
export type Intent = "drop" | "keep" | Verdict;

export interface Row {
  re: RegExp;
  yes: Verdict;
  no: Verdict;
  intent: Intent;
  /**
   * The core is an adverb of manner (計画通り, 予定どおり, 順調に): its verb comes later in the clause, so a
   * negated predicate anywhere in the clause negates it (予定どおり施策を推進することはできなかった).
   */
  adverb: boolean;
  /**
   * A finished task (準備を完了した) rather than a verdict on the measure: among weak signals it yields
   * to any other positive one (システムの更新が完了し、計画に沿って運用している is on track).
   */
  minor: boolean;
  /** Words of which the text must hold one for the line to match at all: a cheap skip before the regex. */
  needs: readonly string[] | null;
  /** The characters a match can start with (read from the pattern), or null for any: a text holding none is skipped. */
  first: readonly number[] | null;
  /** Words one of which every match contains (read from the pattern), or null: a text holding none is skipped. */
  words: readonly string[] | null;
  /** The verdict when affirmed, read from the match itself (a result against its target); `yes` when absent. */
  judge?: (m: RegExpExecArray) => Verdict;
}

const POSITIVE: ReadonlySet<string> = new Set(["achieved", "ahead", "on_track"]);

export function baseStatus(v: Verdict): Status | null {
  return v === null ? null : (v.replace("~", "") as Status);
}

/**
 * A lexicon line. Positive and not-evaluated phrases drop intentions by default (統合する予定 is not a
 * merge yet); delays and risks keep them (遅延のため is a cause, not a plan).
 */
export function row(
  re: RegExp,
  yes: Verdict,
  no: Verdict,
  options: { intent?: Intent; adverb?: boolean; minor?: boolean; needs?: readonly string[]; judge?: (m: RegExpExecArray) => Verdict } = {},
): Row {
  const base = baseStatus(yes);
  const plannable = base !== null && (POSITIVE.has(base) || base === "not_evaluated");
  const filter = patternFilter(re);
  return {
    re,
    yes,
    no,
    intent: options.intent ?? (plannable ? "drop" : "keep"),
    adverb: options.adverb ?? false,
    minor: options.minor ?? false,
    needs: options.needs ?? null,
    first: filter.first && [...filter.first],
    words: filter.words,
    judge: options.judge,
  };
}

// Shared fragments. GAP never crosses a clause separator.
export const GAP = "[^。、,;\\n]";
export const AS_PLANNED = "(?:通り|どおり|とおり|の通り|のとおり|通)";
export const PROGRESS_VERB = "(?:進捗|進ん|進ま|進め|推移|進行|実施|展開|推進|遂行|完了|稼働|運用|進)";
export const DELAY = "遅(?:延|れ)";
/** After 達成 / 完了: a compound noun (達成率, 達成状況, 完了予定), not a verdict. */
export const NOT_A_VERDICT = "(?!率|度|状況|感|件数|数|値|目標|基準|区分|見込|予定|時期|後|まで|済み?の|に(?!至|到|向|むけ|むか))";
/** Words one of which a TARGET phrase holds (for `needs`). */
export const TARGET_WORDS = ["目標", "計画", "期待値", "目安値", "めざそう値", "目指そう値"] as const;
/** What a measure is compared with: its target, plan or baseline. */
export const TARGET =
  "(?:(?:活動|計画|施策|数値|成果|当初の?|年次|事業)?目標(?:値|数値|数|額)?|計画(?:値|額|数)|期待値|目安値|めざそう値|目指そう値)";
/** Degree words that may sit between an object and its verb (計画をやや上回る). */
export const DEGREE = "(?:大きく|大幅に|著しく|やや|若干|わずかに|僅かに|少し|多少|かなり|さらに|更に)?";
/** An amount that may sit between a comparison's object and its verb (計画額を260万円上回り). */
export const AMOUNT =
  "(?:約)?(?:[\\d,.]+(?:(?:億|万|千|百)[\\d,.]*)*(?:円|件|人|名|%|ポイント|pt|冊|回|か所|箇所|校|戸|世帯|団体|施設|社|台|点|時間|日|組)?)?";
