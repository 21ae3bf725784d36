/**
 * Classifies one year's 進捗総括 (progress summary) into a Status (the README's "Statuses").
 *
 * How it reads a summary, in one pass per step (linear in the text's length):
 *
 * 1. Normalise a copy for matching: NFKC per character (a base character with its combining or
 *    half-width voicing marks is normalised together), white space dropped, line breaks kept as a
 *    clause separator. Every normalised character remembers the span of the original it came from,
 *    so the deciding phrase is cut from the ORIGINAL text.
 * 2. Find phrases with the lexicon (judge/lexicon/, one module per meaning group), line by line. A line
 *    is a core phrase plus what it means when affirmed (`yes`) and when negated (`no`); a status ending
 *    in `~` is a weak signal, which decides only when no strong one speaks; null means "says nothing".
 *    Each match masks its span, so an earlier, more specific line wins over a later general one.
 * 3. After the core, read the verb chain (している, できておらず, には至らなかった, とは言えない …) token by
 *    token. An odd number of negations flips the line to its `no` meaning (so double negation cancels).
 *    Negation also reaches across an object or は (遅れとなった施策はありません, 完了はできなかった), and,
 *    for adverbs of manner (予定どおり…), to the clause's predicate (予定どおり推進することはできなかった).
 *    A core followed by an intention (〜できるよう, 〜に向け, 〜を目指) is a plan, not a verdict, and one
 *    followed by 〜場合 / 〜ならば a hypothesis: both are dropped (or read as the line's intent says).
 * 4. Scope: a sentence that asks (〜か。, ？) or requests (〜していただきたい) gives no verdict; a verdict
 *    inside a quoted report (「…」との報告) is only a weak one. A delay or risk that is conceded (〜が、 /
 *    ものの / しかし …) or told in the past (遅延が生じた) is dropped when a strong positive verdict follows.
 * 5. The worse result decides: strong signals (else the weak ones) by priority
 *    not_evaluated > at_risk > delayed > achieved > ahead > on_track (8件は完了、3件は遅延 is delayed; a
 *    target achieved while also on plan is achieved). The last phrase of the winning status is reported,
 *    and the phrase of the best opposite verdict too, so a reader sees why. Weak signals alone that point
 *    both ways are unclear: unknown, reason "opposite". Nothing found → unknown, reason "no-verdict";
 *    verdicts only inside questions, requests or hypotheses → unknown, reason "not-asserted";
 *    blank text → null.
 *
 * Decisions worth knowing: 計画通りに進んでいない (not on plan) → delayed, but 計画通り進捗できておらず
 * (could not keep to plan) → at_risk, as the README's status table lists it; 活動目標を達成できなかった → at_risk, weak (mid-plan
 * 「まだ達成していないが計画通り」 stays on_track); 遅れはない / 前倒しできなかった → on_track, weak;
 * a comparison with the target (目標を上回った) or a finished task (準備を完了した) is weaker than an
 * explicit verdict; partial quantities (一部達成, 大半を達成) are not an achievement.
 */
import { memoByString } from "../text/memo";
import { isBlank } from "../text/normalize";
import { nfkcMapped, type MappedText } from "../text/mappedNfkc";
import type { Status } from "../model/schemas";
import { baseStatus, LEXICON, type Verdict } from "./lexicon";
import { indexLexicon } from "./lexiconIndex";

/** Why a text with words in it has no status: so a person knows what to write. */
export type UnknownReason = "no-verdict" | "opposite" | "not-asserted";

export interface StatusResult {
  status: Status | null;
  phrase: string | null;
  /** Where the text also holds a verdict pointing the other way: its phrase (the decision stays the worse). */
  opposite: string | null;
  /** Set when status is unknown. */
  reason: UnknownReason | null;
  /** Reason "opposite": the two phrases that point opposite ways. */
  conflict: { positive: string; negative: string } | null;
}

/**
 * The work done by the classifier's own loops (chain tokens read, characters scanned, masked or marked,
 * hits weighed), summed over calls. Lets a test check that classifying stays linear in the text's
 * length without timing anything; the regular expressions it runs are bounded (see each one).
 */
export const classifierMeter = { steps: 0 };

const POSITIVE: ReadonlySet<Status> = new Set<Status>(["achieved", "ahead", "on_track"]);
const NEGATIVE: ReadonlySet<Status> = new Set<Status>(["delayed", "at_risk"]);

/**
 * Verb-chain tokens after a core, longest first. `た`/`る` stop before ため/よう so the phrase ends at
 * the verb (達成できたため → 達成できた).
 */
const CHAIN_TOKEN =
  /いか(?=な|ず)|することが|することは|ことなく|ことが|ことは|わけでは|訳では|のでは(?=なく)|とは|言い難|いい難|言え|いえ|には至|に至|至|でき|出来|され|させ|して|した|する|では|ません|ます|まし|でし|ある|あり|あっ|ない|なく|なかっ|し|さ|せ|れ|ら|て|で|い|お|り|っ|く|た(?!め)|だ|ず|ぬ|る(?!よう)/y;
const NEGATIONS: ReadonlySet<string> = new Set(["ず", "ぬ", "ない", "なく", "なかっ", "ません", "ことなく", "言い難", "いい難"]);

/** A plan rather than a verdict, right after the core: 〜できるよう, 〜するため, 〜に向け, 〜していく. */
const INTENT =
  /(?:することが|ことが)?(?:でき|出来|させ|され|せ|さ|し|れ|ら)?(?:する|る|す|う|く|ぐ|む|ぶ|つ)(?:よう|ため|べく|予定|見込|計画|方針|ことを目指|ことを目標)|(?:し|さ|せ|され|でき)?ないよう|(?:の|に|を|へ|が)?(?:ため|向け|向か|目指|図(?!り(?:まし)?た|っ(?:た|て))|目標とし|見込|見通|目処|目途|予定|検討)|(?:し|でき)?て(?:いく|いき|ゆく|まい(?:る|り)|参(?:る|り))|(?:が|の)?可能(?:に|と)な(?:る|れ)(?:まで|よう|ため|ば)/y;

/** A concession or a turn: the verdict that follows it outranks a delay told before it. */
const CONCESSION =
  /(?:た|る|ない|だ|す|ん|かった)が(?![ぁ-ゖ])|ものの|けれど(?:も)?|ながらも|にもかかわらず|にも関わらず|とはいえ|しかし(?:ながら)?|ところが|それでも|一方(?:で)?(?![向通])|反面/g;

/** Turns that weigh both sides alike rather than concede the first. */
const BALANCED = /^(?:一方|反面)/;

const PRIORITY: readonly Status[] = ["not_evaluated", "at_risk", "delayed", "achieved", "ahead", "on_track"];

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
  /** From a lexicon line marked minor (a finished task). */
  minor: boolean;
  /** One result in a tally of several (13件が目標達成): the worse one decides, however weak. */
  tally: boolean;
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
    classifierMeter.steps++;
    if (NEGATIONS.has(last)) negations++;
    pos += last.length;
  }
  return { end: pos, negations, last };
}

function isIntention(work: string, at: number): boolean {
  INTENT.lastIndex = at;
  return INTENT.test(work);
}

/** Where a sticky pattern matches at `at`, its end; else -1. */
function endOfMatch(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? at + m[0].length : -1;
}

/**
 * Negation across an object or は, within the clause: 遅れとなった施策はありません, 完了はできなかった,
 * 達成した項目はない. Bounded, so linear.
 */
const NEG_BRIDGE =
  /[^。、,;\n!?！？]{0,14}?(?:は|も)(?:ありません|ありませんでした|なかっ|無かっ|ない|無い|見られな|みられな|(?:でき|出来)(?:ず|な|ませ))/y;
/** A negated predicate later in the clause, for adverbs of manner (予定どおり推進することはできなかった). */
const CLAUSE_NEG =
  /[^。、,;\n!?！？]{0,24}?(?:でき|出来|し|され|さ|せ|わ|ま|ら|れ|け|め)(?:ず|ない|なかっ|ません|ておらず|ていない|ていません)/y;
/** An intention later in the clause, for adverbs of manner (計画に沿って着実に進めてまいりたい). */
const CLAUSE_INTENT = /[^。、,;\n!?！？]{0,30}?(?:てまい(?:る|り)|て参(?:る|り)|ていき(?:たい|ます)|ていく|てゆく|たいと考え)/y;
/** A completion still to come: 完了する, 完成できる (not 完了している). */
const FUTURE = /^(?:する|できる|出来る|される|いたします|します)$/;
/** A hypothesis right after the chain: 〜した場合, 〜すれば, 〜ならば. */
const HYPOTHESIS = /(?:の|な)?(?:場合|ならば|なら(?![ずない])|とすれば|としたら|とした場合|すれば|れば)/y;

/**
 * A clause that asks or requests rather than states: 〜進んでいるのか、伺います / 〜でしょうか。 / ？ /
 * 〜していただきたい。 The muted span runs from the clause's start (the last separator before the marker)
 * to the marker: 概ね達成されたものと思われるが、…向上したのではないか。 keeps its first clause.
 */
const ASKING =
  /(?:のか|ですか|ますか|でしょうか|だろうか|か)(?=[。?？!！\n]|$|[、,]?(?:伺|お伺|お聞き|お尋ね|尋ね|問い|質問|確認し|答弁))|[?？]|(?:いただきたい|頂きたい|願いたい|ほしい|欲しい|されたい|ください|下さい)(?=[。!！\n]|$)/g;
const CLAUSE_START = /[。、,;!?！？\n]/;
/** A verdict quoted from someone's report is not the writer's own: 「…遅れる」との報告. */
const REPORTED = /「[^「」]{0,200}」と(?:の)?(?:報告|連絡|説明|申し出|申出|回答|指摘|意見|話)/g;
/** A state the measure left behind: 「未着手」から「取組中」となった. */
const FORMER = /「[^「」]{1,40}」から/g;
/**
 * A short quote inside a longer text names a category (評価区分「達成」), it is not the verdict; so does a
 * grade's meaning in brackets after its letter (A(計画通り)・C(やや遅れている)).
 */
const SHORT_QUOTE = /「[^「」]{1,12}」|(?<![A-Za-z])[A-ES]\([^()]{1,14}\)/g;
/**
 * A tally of items by outcome (13件が目標達成, 達成したものは109事業, 達成した事業が全体の75%, 「順調」は7), or a part
 * (伸び悩む部分もあり): one result among several.
 */
const TALLY_BEFORE =
  /(?:\d+(?:\.\d+)?(?:件|事業|項目|指標|施策|地区|校|団体|%|割)|\d+\/\d+(?:以上|以下|未満)?(?:について)?|うち)(?:が|は|も|で)?「?$/;
const TALLY_AFTER =
  /\)?」?(?:もの|の|事業|項目|指標|施策)?(?:が|は|も|で)?(?:全体の)?(?:約|計)?\d+(?:[.・]\d+)?(?:件|事業|項目|指標|施策|地区|校|団体|か所|箇所|%|割|(?=[、。,]|で))|[ぁ-ん]{0,4}?(?:部分|面|ところ|年度|年|時期)(?:も|が)(?:あ[りるっ]|見られ|みられ)/y;

interface Scope {
  /** Marks per character of the copy: 1 = the verdicts there are dropped (questions, requests, former states). */
  muted: Uint8Array | null;
  /** 1 = the verdicts there are weak (quoted reports, category names). */
  quoted: Uint8Array | null;
}

/** Marks [start, end) in a per-character array (created on first use). Spans of one kind do not repeat work. */
function mark(marks: Uint8Array | null, length: number, start: number, end: number): Uint8Array {
  const m = marks ?? new Uint8Array(length);
  m.fill(1, start, end);
  classifierMeter.steps += end - start;
  return m;
}

function scopeOf(norm: string): Scope {
  let muted: Uint8Array | null = null;
  let quoted: Uint8Array | null = null;
  const n = norm.length;
  ASKING.lastIndex = 0;
  let clauseFloor = 0;
  for (let m = ASKING.exec(norm); m !== null; m = ASKING.exec(norm)) {
    // The clause start: the last separator before the marker, looked for no further back than the
    // previous marker (so the scan stays linear).
    let from = m.index;
    while (from > clauseFloor && !CLAUSE_START.test(norm[from - 1])) {
      from--;
      classifierMeter.steps++;
    }
    muted = mark(muted, n, from, m.index + m[0].length);
    clauseFloor = m.index + m[0].length;
  }
  if (norm.includes("「") || norm.includes("(")) {
    // Each pattern is bounded (at most ~200 characters a match) and its matches do not overlap.
    FORMER.lastIndex = 0;
    for (let m = FORMER.exec(norm); m !== null; m = FORMER.exec(norm)) muted = mark(muted, n, m.index, m.index + m[0].length);
    REPORTED.lastIndex = 0;
    for (let m = REPORTED.exec(norm); m !== null; m = REPORTED.exec(norm)) quoted = mark(quoted, n, m.index, m.index + m[0].length);
    SHORT_QUOTE.lastIndex = 0;
    for (let m = SHORT_QUOTE.exec(norm); m !== null; m = SHORT_QUOTE.exec(norm)) {
      if (n > m[0].length + 10) quoted = mark(quoted, n, m.index, m.index + m[0].length);
    }
  }
  return { muted, quoted };
}

/** The lexicon lines worth running on a text (most texts hold the words of a dozen of them). */
const LINES = indexLexicon(LEXICON);

function findHits(norm: string): { hits: Hit[]; unasserted: number } {
  let work = norm;
  const hits: Hit[] = [];
  const scope = scopeOf(norm);
  let unasserted = 0;
  // Spans matched by the current row, as start/end pairs; one array for all rows (most match nothing).
  const spans: number[] = [];
  for (const r of LINES.candidates(norm)) {
    if (spans.length > 0) spans.length = 0;
    // exec over the shared /g pattern (matchAll would clone the RegExp on every call).
    const re = r.re;
    re.lastIndex = 0;
    for (let m = re.exec(work); m !== null; m = re.exec(work)) {
      const start = m.index;
      const coreEnd = start + m[0].length;
      classifierMeter.steps++;
      if (coreEnd === start) {
        re.lastIndex = start + 1;
        continue;
      }
      const chain = readChain(work, coreEnd);
      let end = chain.end;
      let negations = chain.negations;
      if (negations % 2 === 0) {
        const bridged = endOfMatch(NEG_BRIDGE, work, end);
        if (bridged >= 0) {
          negations++;
          end = readChain(work, bridged).end;
        } else if (r.adverb && endOfMatch(CLAUSE_NEG, work, end) >= 0) negations++;
      }
      spans.push(start, end);
      let verdict: Verdict = negations % 2 === 1 ? r.no : r.judge ? r.judge(m) : r.yes;
      let minor = r.minor;
      if (endOfMatch(HYPOTHESIS, work, end) >= 0) continue;
      if (r.intent !== "keep" && (isIntention(norm, coreEnd) || (r.adverb && endOfMatch(CLAUSE_INTENT, norm, end) >= 0))) {
        if (r.intent === "drop") continue;
        verdict = r.intent;
        minor = false;
      } else if (minor && negations % 2 === 0 && FUTURE.test(work.slice(coreEnd, chain.end))) {
        // 整備が完了する: a completion still to come.
        verdict = "on_track~";
        minor = false;
      }
      const status = baseStatus(verdict);
      if (status === null) continue;
      if (scope.muted && scope.muted[start] === 1) {
        unasserted++;
        continue;
      }
      const tally = TALLY_BEFORE.test(norm.slice(Math.max(0, start - 12), start)) || endOfMatch(TALLY_AFTER, work, end) >= 0;
      const weak = tally || verdict!.endsWith("~") || (scope.quoted !== null && scope.quoted[start] === 1);
      hits.push({ start, end, status, weak, past: chain.last === "た" && negations % 2 === 0, minor, tally });
    }
    if (spans.length > 0) {
      classifierMeter.steps += work.length;
      let next = "";
      let pos = 0;
      for (let k = 0; k < spans.length; k += 2) {
        const s = Math.max(spans[k], pos);
        const e = spans[k + 1];
        if (e <= s) continue;
        next += work.slice(pos, s) + MASK.repeat(e - s);
        pos = e;
      }
      work = next + work.slice(pos);
    }
  }
  return { hits: hits.length > 1 ? hits.sort((a, b) => a.start - b.start) : hits, unasserted };
}

/** The concessions and turns of a text (〜が、 / ものの / しかし …), in text order. */
function turnsOf(norm: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  CONCESSION.lastIndex = 0;
  for (let m = CONCESSION.exec(norm); m !== null; m = CONCESSION.exec(norm)) {
    classifierMeter.steps++;
    if (m[0].length === 0) CONCESSION.lastIndex++;
    found.push({ start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** Drops a delay or risk that a later strong positive verdict overrides (conceded, or told in the past). */
function dropOverridden(hits: Hit[], norm: string): Hit[] {
  // Turns are looked for only when a delay has a positive verdict after it (rare).
  let turns: { start: number; end: number }[] | null = null;
  // The latest strong positive verdict decides for every delay before it: a turn between a delay and
  // any later verdict lies between the delay and the latest one. Linear in hits (plus turns), not quadratic.
  let lastPositive = -1;
  for (const p of hits) if (!p.weak && POSITIVE.has(p.status) && p.start > lastPositive) lastPositive = p.start;
  /** Smallest end of a turn starting at or after each turn's start (turns come in text order). */
  let suffixMinEnd: number[] | null = null;
  const turnBetween = (from: number): boolean => {
    const ts = (turns ??= turnsOf(norm));
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
    // From the delay's start: the turn may share its last character (遅れはある|が).
    return !turnBetween(h.start + 1);
  });
}

/** The hit of the highest-priority status among `hits` (its last phrase), or null. */
function best(hits: readonly Hit[], keep: (s: Status) => boolean): Hit | null {
  for (const status of PRIORITY) {
    if (!keep(status)) continue;
    let last: Hit | null = null;
    for (const h of hits) if (h.status === status) last = h;
    if (last) return last;
  }
  return null;
}

interface Decision {
  winner: Hit | null;
  /** The strongest verdict pointing the other way, where there is one (or, unknown, the conflicting one). */
  opposite: Hit | null;
  reason: UnknownReason | null;
  /** Reason "opposite": the positive and the negative hit. */
  conflict: [Hit, Hit] | null;
}

const direction = (s: Status) => (POSITIVE.has(s) ? 1 : NEGATIVE.has(s) ? -1 : 0);

/**
 * Weak verdicts both ways, every one of one side before a turn and every one of the other after it
 * (計画的に事業を行っているが、…対応には至っていない): the side after the turn, as a reader takes it; else 0.
 * A contrast that weighs both sides alike (一方, 反面) is no such turn.
 */
function sideAfterTurn(tier: readonly Hit[], norm: string): number {
  const span = (dir: number) => {
    let start = Infinity;
    let lastStart = -1;
    let end = -1;
    for (const h of tier) {
      if (direction(h.status) !== dir) continue;
      start = Math.min(start, h.start);
      lastStart = Math.max(lastStart, h.start);
      end = Math.max(end, h.end);
    }
    return { start, lastStart, end };
  };
  const pos = span(1);
  const neg = span(-1);
  const [first, later, side] = neg.end <= pos.start ? [neg, pos, 1] : pos.end <= neg.start ? [pos, neg, -1] : [null, null, 0];
  if (!first || !later) return 0;
  // From the first side's last phrase on: the turn may share its last character (遅れはある|が).
  const turned = turnsOf(norm).some((t) => t.start > first.lastStart && t.end <= later.start && !BALANCED.test(norm.slice(t.start, t.end)));
  return turned ? side : 0;
}

function decide(hits: Hit[], unasserted: number, norm: string): Decision {
  const strong = hits.filter((h) => !h.weak);
  let tier = strong.length > 0 ? strong : hits;
  // A finished task yields to any other positive signal of its tier.
  if (tier.some((h) => h.minor) && tier.some((h) => !h.minor && POSITIVE.has(h.status))) {
    tier = tier.filter((h) => !h.minor || !POSITIVE.has(h.status));
  }
  const winner = best(tier, () => true);
  if (winner === null) return { winner: null, opposite: null, reason: unasserted > 0 ? "not-asserted" : "no-verdict", conflict: null };
  const dir = direction(winner.status);
  const opposite = dir === 0 ? null : best(tier, (s) => direction(s) === -dir);
  // Weak signals only, pointing both ways: the text does not say which (unless it tallies results, or turns
  // from one side to the other).
  if (opposite && strong.length === 0 && !tier.some((h) => h.tally)) {
    const side = sideAfterTurn(tier, norm);
    if (side !== 0)
      return {
        winner: best(tier, (s) => direction(s) === side),
        opposite: best(tier, (s) => direction(s) === -side),
        reason: null,
        conflict: null,
      };
    return { winner: null, opposite: null, reason: "opposite", conflict: dir > 0 ? [winner, opposite] : [opposite, winner] };
  }
  return { winner, opposite, reason: null, conflict: null };
}

/** Boilerplate summaries repeat across sheets (the seed's H28 text is in all 14): each is classified once. */
const classifyOnce = memoByString(classify, 5_000);

/** Classifies one year's 進捗総括 text. Empty / whitespace-only text → { status: null, phrase: null }. */
export function classifyStatus(text: string): StatusResult {
  const { status, phrase, opposite, reason, conflict } = classifyOnce(text);
  return { status, phrase, opposite, reason, conflict: conflict && { ...conflict } };
}

function phraseOf(norm: MappedText, h: Hit): string {
  return norm.originalSlice(h.start, h.end);
}

function classify(text: string): StatusResult {
  if (isBlank(text)) return { status: null, phrase: null, opposite: null, reason: null, conflict: null };
  const norm = nfkcMapped(text, "drop");
  const { hits, unasserted } = findHits(norm.text);
  const { winner, opposite, reason, conflict } = decide(dropOverridden(hits, norm.text), unasserted, norm.text);
  if (winner === null) {
    const pair = conflict && { positive: phraseOf(norm, conflict[0]), negative: phraseOf(norm, conflict[1]) };
    return { status: "unknown", phrase: null, opposite: null, reason, conflict: pair };
  }
  return {
    status: winner.status,
    phrase: phraseOf(norm, winner),
    opposite: opposite ? phraseOf(norm, opposite) : null,
    reason: null,
    conflict: null,
  };
}
