/**
 * Classifies one year's 進捗総括 (progress summary) into a Status (the README's "Statuses").
 *
 * How it reads a summary, in one pass per step (linear in the text's length):
 *
 * 1. Normalise a copy for matching: NFKC per character (a base character with its combining or
 *    half-width voicing marks is normalised together), white space dropped, line breaks kept as a
 *    clause separator. Every normalised character remembers the span of the original it came from,
 *    so the deciding phrase is cut from the ORIGINAL text.
 * 2. Find phrases with the ROWS table, in order. A row is a core phrase plus what it means when
 *    affirmed (`yes`) and when negated (`no`); a status ending in `~` is a weak signal, which decides
 *    only when no strong one speaks; null means "says nothing". Each match masks its span, so an
 *    earlier, more specific row (計画通り進捗できておらず, 前年度の遅延を解消) wins over a later general one
 *    (計画通り, 遅延). Gaps inside a row never cross a clause separator (。、,; line break).
 * 3. After the core, read the verb chain (している, できておらず, には至らなかった, とは言えない …) token by
 *    token up to the first non-inflection character. An odd number of negations flips the row to its
 *    `no` meaning (so double negation cancels); the chain also ends the reported phrase.
 *    A core followed by an intention (〜できるよう, 〜するため, 〜に向け, 〜していく) is a plan, not a
 *    verdict: positive rows drop it (計画年度外の令和3年度以降に活動目標を達成できるよう → nothing).
 * 4. Japanese summaries end with the verdict, so a delay or risk that is conceded (〜が、/ものの /
 *    しかし …) or told in the past (遅延が生じた) is dropped when a strong positive verdict follows it.
 * 5. The strong signals (else the weak ones) decide by priority:
 *    not_evaluated > at_risk > delayed > achieved > ahead > on_track (a merged measure is not evaluated
 *    whatever else it says; a target achieved while also on plan is achieved); the last phrase of the
 *    winning status is reported. Nothing found → unknown; blank text → null.
 *
 * Adding a phrase is one `row(...)` line in ROWS; put it above any more general row it overlaps.
 *
 * Decisions worth knowing: 計画通りに進んでいない (not on plan) → delayed, but 計画通り進捗できておらず
 * (could not keep to plan) → at_risk, as the README's status table lists it; 活動目標を達成できなかった → at_risk, weak (mid-plan
 * 「まだ達成していないが計画通り」 stays on_track); 遅れはない / 前倒しできなかった → on_track, weak;
 * 目標以上の受講 / 目標を上回る人数 say nothing about progress.
 */
import { memoByString } from "../text/memo";
import { nfkcMapped } from "../text/mappedNfkc";
import type { Status } from "../model/schemas";

export interface StatusResult {
  status: Status | null;
  phrase: string | null;
}

/** A status, a weak status (`~`, decides only when no strong signal speaks), or null (says nothing). */
type Verdict = Status | `${Status}~` | null;
/** What an intention (〜するよう, 〜に向け) after the core means: drop the hit, ignore the intention, or a status. */
type Intent = "drop" | "keep" | Status;

interface Row {
  re: RegExp;
  yes: Verdict;
  no: Verdict;
  intent: Intent;
}

const POSITIVE: ReadonlySet<Status> = new Set<Status>(["achieved", "ahead", "on_track"]);
const NEGATIVE: ReadonlySet<Status> = new Set<Status>(["delayed", "at_risk"]);

function baseStatus(v: Verdict): Status | null {
  return v === null ? null : (v.replace("~", "") as Status);
}

/**
 * One table line. Positive and not-evaluated phrases drop intentions by default (統合する予定 is not a
 * merge yet); delays and risks keep them (遅延のため is a cause, not a plan).
 */
function row(re: RegExp, yes: Verdict, no: Verdict, intent?: Intent): Row {
  const base = baseStatus(yes);
  const plannable = base !== null && (POSITIVE.has(base) || base === "not_evaluated");
  return { re, yes, no, intent: intent ?? (plannable ? "drop" : "keep") };
}

// Shared fragments. GAP never crosses a clause separator.
const GAP = "[^。、,;\\n]";
const AS_PLANNED = "(?:通り|どおり|とおり|の通り|のとおり|通)";
const PROGRESS_VERB = "(?:進捗|進ん|進ま|進め|推移|進行|実施|展開|推進|遂行|完了|稼働|運用|進)";
const DELAY = "遅(?:延|れ)";
const NOT_A_VERDICT = "(?!率|度|状況|感)";

/** The phrase table, most specific first (an earlier match masks its span from later rows). */
const ROWS: readonly Row[] = [
  // — not evaluated: merged into another measure, or no longer evaluated —
  row(new RegExp(`施策(?:[をはがもの]|${GAP}{0,30}?に)統合`, "g"), "not_evaluated", null),
  row(/に統合して(?:推進|実施)/g, "not_evaluated", null),
  row(/により施策を推進し[、,]?評価/g, "not_evaluated", null),
  row(/評価(?:の)?対象外/g, "not_evaluated", null),
  row(/施策(?:を|は|が)?廃止/g, "not_evaluated", null),
  row(/評価(?:は|を)?(?:行わ|実施せ|実施し|せ|し)(?=ない|ず|ません)/g, null, "not_evaluated"),

  // — at risk: the target is unlikely to be reached —
  row(
    new RegExp(`計画${AS_PLANNED}に?(?:は)?(?:進捗|進め|実施|推進|推移)(?:すること(?:が)?)?(?:でき|出来)(?=ておらず|ていない|ていません|なかった|ず|ない|ません)`, "g"),
    "on_track~",
    "at_risk",
  ),
  row(
    /(?:(?:活動|計画|施策)?目標の?)?(?:達成|実現|実施|導入|完了|整備|構築|運用|開始|策定|見直し|継続|進捗)(?:は|が|も|すること(?:は|が)?)?(?:非常に|極めて|大変|かなり|やや)?(?:困難|難し|厳し|不可能|危ぶまれ|不透明)/g,
    "at_risk",
    "on_track~",
  ),
  row(/(?:見込み?|目処|目途|めど|見通し)(?:が|は|も)?(?:立|たた|たっ|つか|つい|つけ)/g, "on_track~", "at_risk"),
  row(/(?:見込み?|目処|目途|めど|見通し)(?:が|は|も)?な(?=[いくし])/g, "at_risk", null),
  row(/見込め(?=ない|ず|なかっ|ません)/g, "on_track~", "at_risk"),
  row(/断念/g, "at_risk", null),
  row(/未達成?/g, "at_risk~", null),

  // — a delay that is resolved (before the delays themselves) —
  row(new RegExp(`${DELAY}(?:の|を|が|は|も)?(?:解消|挽回|取り戻|取りもど|回復|解決)`, "g"), "on_track", "delayed", "delayed"),
  // — no delay —
  row(/遅滞なく|滞りなく|支障なく|問題なく(?:進|推移|実施|運用)/g, "on_track~", null),
  // — a delay mentioned as history, or as something to prevent: says nothing about now —
  row(new RegExp(`(?:前年度|昨年度|前年|過年度|前回)(?:まで)?の${DELAY}(?![がはも]?(?:続|継続|残|生じ|拡大))`, "g"), null, null),
  row(new RegExp(`${DELAY}(?:の|を)?(?:防止|対策|回避|防ぐ|防ぎ)`, "g"), null, null),
  row(new RegExp(`${DELAY}(?:の|が|る)?(?:おそれ|恐れ|可能性|懸念)`, "g"), "delayed~", null),

  // — delayed: behind plan —
  row(
    new RegExp(`(?:予定|計画|当初|スケジュール)(?:より|よりも|から|に比べ(?:て)?|に対し(?:て)?)(?:も)?(?:大幅に|大きく|やや|若干|少し|多少)?${DELAY}`, "g"),
    "delayed",
    "on_track~",
  ),
  row(new RegExp(`${DELAY}(?:が|は|も)?(?:生じ|発生し|発生|出|あり|ある|あっ|見られ|みられ|続い|続き|続け|残)`, "g"), "delayed", "on_track~"),
  row(new RegExp(`${DELAY}(?:気味|ぎみ|傾向)`, "g"), "delayed", "on_track~"),
  row(new RegExp(`${DELAY}(?:が|は|も)?`, "g"), "delayed", "on_track~"),
  row(/延期|後ろ倒し|後倒し|先送り|見送/g, "delayed", "on_track~"),
  row(/未(?:着手|実施|完了|整備|導入)/g, "delayed", null),
  row(/停滞|滞(?=っ|り|る)/g, "delayed", "on_track~"),

  // — achieved: the activity target is reached —
  row(
    new RegExp(`(?:(?:活動|計画|施策|数値|成果)?目標(?:値)?|計画)(?:を|は|が|も)?(?:既に|すでに|概ね|おおむね|ほぼ|十分に?|大きく上回り|上回り)?達成${NOT_A_VERDICT}`, "g"),
    "achieved",
    "at_risk~",
  ),
  row(new RegExp(`(?:既に|すでに)?達成${NOT_A_VERDICT}`, "g"), "achieved", "at_risk~"),
  row(/目標(?:値)?(?:に|を)(?:到達|クリア)/g, "achieved", "at_risk~"),
  // Numbers over a target (目標以上の受講, 目標を上回る人数) are about an indicator, not progress.
  row(/目標(?:値|数)?(?:以上|を上回|を超え|超え)/g, null, null),

  // — ahead of plan —
  row(
    /(?:計画|予定|当初(?:計画|予定)?)(?:以上|を上回|を超え|を超過)(?:る|って|り)?(?:に|の)?(?:は)?(?:進捗|進ん|進め|推移|進行|成果)?/g,
    "ahead",
    "on_track~",
  ),
  row(/(?:計画|予定|スケジュール|事業|工程)?(?:を)?前倒し?/g, "ahead", "on_track~"),
  row(/(?:予定|計画|当初)(?:より|よりも)早/g, "ahead", "on_track~"),

  // — on track —
  row(new RegExp(`(?:計画|予定|スケジュール|工程|目標)${AS_PLANNED}(?:に|で)?(?:は)?${PROGRESS_VERB}`, "g"), "on_track", "delayed"),
  row(/順調(?:に)?(?:進捗|進ん|進ま|進め|推移|進行|実施|展開|推進)?/g, "on_track", "delayed"),
  row(/計画(?:を|の|は)?(?:推進|遂行)/g, "on_track", "delayed"),
  row(/(?:計画|予定)に(?:沿|そ|則|基づ)/g, "on_track~", null),
  // Bare 計画通り (計画どおり、10月1日より…) is only a weak verdict; 計画通りではない is a strong one.
  row(new RegExp(`(?:計画|予定|スケジュール|工程|目標)${AS_PLANNED}`, "g"), "on_track~", "delayed"),

  // — last: 〜に至らなかった after anything not caught above (方針決定に至らなかった) —
  row(/(?:に|には|まで)至(?=[らっりれ])/g, null, "delayed~"),
];

/**
 * Verb-chain tokens after a core, longest first. `た`/`る` stop before ため/よう so the phrase ends at
 * the verb (達成できたため → 達成できた).
 */
const CHAIN_TOKEN =
  /することが|することは|ことなく|ことが|ことは|わけでは|訳では|とは|言い難|いい難|言え|いえ|には至|に至|至|でき|出来|され|させ|して|した|する|では|ません|ます|まし|でし|ある|あり|あっ|ない|なく|なかっ|し|さ|せ|れ|ら|て|で|い|お|り|っ|く|た(?!め)|だ|ず|ぬ|る(?!よう)/y;
const NEGATIONS: ReadonlySet<string> = new Set(["ず", "ぬ", "ない", "なく", "なかっ", "ません", "ことなく", "言い難", "いい難"]);

/** A plan rather than a verdict, right after the core: 〜できるよう, 〜するため, 〜に向け, 〜していく. */
const INTENT =
  /(?:することが|ことが)?(?:でき|出来|させ|され|せ|さ|し|れ|ら)?(?:する|る|す|う|く|ぐ|む|ぶ|つ)(?:よう|ため|べく|予定|見込|計画|方針|ことを目指|ことを目標)|(?:し|さ|せ|され|でき)?ないよう|(?:の|に|を|へ)?(?:ため|向け|向か|目指|図|目標とし|見込|見通|目処|目途|予定|検討)|(?:し|でき)?て(?:いく|ゆく|まいる|参る)/y;

/** A concession or a turn: the verdict that follows it outranks a delay told before it. */
const CONCESSION = /(?:た|る|ない|だ|す|ん|かった)が(?![ぁ-ゖ])|ものの|けれど(?:も)?|ながらも|にもかかわらず|にも関わらず|とはいえ|しかし(?:ながら)?|ところが|それでも/g;

const PRIORITY: readonly Status[] = ["not_evaluated", "at_risk", "delayed", "achieved", "ahead", "on_track"];

const BLANK = /^[\s\u200B\uFEFF]*$/;
/** Replaces matched spans in the working copy; no row matches it. */
const MASK = "\u0000";


interface Hit {
  start: number;
  /** End of core + verb chain: the phrase's end. */
  end: number;
  status: Status;
  weak: boolean;
  /** The chain ends in the past tense (遅延が生じた): a delay that may be over. */
  past: boolean;
}

function readChain(work: string, at: number): { end: number; negations: number; last: string } {
  let pos = at;
  let negations = 0;
  let last = "";
  while (pos < work.length) {
    CHAIN_TOKEN.lastIndex = pos;
    const m = CHAIN_TOKEN.exec(work);
    if (!m) break;
    last = m[0];
    if (NEGATIONS.has(last)) negations++;
    pos += last.length;
  }
  return { end: pos, negations, last };
}

function isIntention(work: string, at: number): boolean {
  INTENT.lastIndex = at;
  return INTENT.test(work);
}

function findHits(norm: string): Hit[] {
  let work = norm;
  const hits: Hit[] = [];
  // Spans matched by the current row, as start/end pairs; one array for all rows (most match nothing).
  const spans: number[] = [];
  for (const r of ROWS) {
    spans.length = 0;
    // exec over the shared /g pattern (matchAll would clone the RegExp on every call).
    const re = r.re;
    re.lastIndex = 0;
    for (let m = re.exec(work); m !== null; m = re.exec(work)) {
      const start = m.index;
      const coreEnd = start + m[0].length;
      if (coreEnd === start) {
        re.lastIndex = start + 1;
        continue;
      }
      const chain = readChain(work, coreEnd);
      spans.push(start, chain.end);
      let verdict = chain.negations % 2 === 1 ? r.no : r.yes;
      if (r.intent !== "keep" && isIntention(norm, coreEnd)) {
        if (r.intent === "drop") continue;
        verdict = r.intent;
      }
      const status = baseStatus(verdict);
      if (status === null) continue;
      hits.push({
        start,
        end: chain.end,
        status,
        weak: verdict !== null && verdict.endsWith("~"),
        past: chain.last === "た" && chain.negations % 2 === 0,
      });
    }
    if (spans.length > 0) {
      let next = "";
      let pos = 0;
      for (let k = 0; k < spans.length; k += 2) {
        const s = spans[k];
        const e = spans[k + 1];
        next += work.slice(pos, s) + MASK.repeat(e - s);
        pos = e;
      }
      work = next + work.slice(pos);
    }
  }
  return hits.length > 1 ? hits.sort((a, b) => a.start - b.start) : hits;
}

/** Drops a delay or risk that a later strong positive verdict overrides (conceded, or told in the past). */
function dropOverridden(hits: Hit[], norm: string): Hit[] {
  // Turns are looked for only when a delay has a positive verdict after it (rare).
  let turns: { start: number; end: number }[] | null = null;
  const findTurns = () => {
    const found: { start: number; end: number }[] = [];
    CONCESSION.lastIndex = 0;
    for (let m = CONCESSION.exec(norm); m !== null; m = CONCESSION.exec(norm)) {
      if (m[0].length === 0) CONCESSION.lastIndex++;
      found.push({ start: m.index, end: m.index + m[0].length });
    }
    return found;
  };
  // The latest strong positive verdict decides for every delay before it: a turn between a delay and
  // any later verdict lies between the delay and the latest one. Linear in hits (plus turns), not quadratic.
  let lastPositive = -1;
  for (const p of hits) if (!p.weak && POSITIVE.has(p.status) && p.start > lastPositive) lastPositive = p.start;
  /** Smallest end of a turn starting at or after each turn's start (turns come in text order). */
  let suffixMinEnd: number[] | null = null;
  const turnBetween = (from: number): boolean => {
    const ts = (turns ??= findTurns());
    if (!suffixMinEnd) {
      suffixMinEnd = new Array<number>(ts.length);
      let min = Infinity;
      for (let i = ts.length - 1; i >= 0; i--) suffixMinEnd[i] = min = Math.min(min, ts[i].end);
    }
    let lo = 0;
    let hi = ts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ts[mid].start >= from) hi = mid;
      else lo = mid + 1;
    }
    return lo < ts.length && suffixMinEnd[lo] <= lastPositive;
  };
  return hits.filter((h) => {
    if (!NEGATIVE.has(h.status)) return true;
    if (lastPositive < h.end) return true;
    if (h.past) return false;
    return !turnBetween(h.end);
  });
}

function decide(hits: Hit[]): Hit | null {
  for (const weak of [false, true]) {
    const tier = hits.filter((h) => h.weak === weak);
    for (const status of PRIORITY) {
      const same = tier.filter((h) => h.status === status);
      if (same.length > 0) return same[same.length - 1];
    }
  }
  return null;
}

/** Boilerplate summaries repeat across sheets (the seed's H28 text is in all 14): each is classified once. */
const classifyOnce = memoByString(classify, 5_000);

/** Classifies one year's 進捗総括 text. Empty / whitespace-only text → { status: null, phrase: null }. */
export function classifyStatus(text: string): StatusResult {
  const { status, phrase } = classifyOnce(text);
  return { status, phrase };
}

function classify(text: string): StatusResult {
  if (BLANK.test(text)) return { status: null, phrase: null };
  const norm = nfkcMapped(text, "drop");
  const winner = decide(dropOverridden(findHits(norm.text), norm.text));
  if (winner === null) return { status: "unknown", phrase: null };
  const phrase = norm.originalSlice(winner.start, winner.end);
  return { status: winner.status, phrase };
}
