/**
 * Results told against the target, the plan or the baseline, and partial quantities. A comparison with a
 * target is weaker than an explicit verdict (目標以上の受講を実施しており、計画通り進捗している is on track).
 */
import { AMOUNT, DEGREE, GAP, row, TARGET, TARGET_WORDS, type Row, type Verdict } from "./row";

const BASELINE =
  "(?:基準値|基準年度?|策定時|計画策定時|初期値|現状値|前年度|前年|昨年度|計画開始当初|開始当初|開始前|事業開始前|導入前)(?:の値|の実績)?";
const BASELINE_WORDS = ["基準", "策定時", "初期値", "現状値", "前年", "昨年度", "当初", "開始前", "導入前"];
/** Counts where fewer is better: a decrease of them is progress, not a fall. */
const LOWER_IS_BETTER =
  "火災|事故|犯罪|被害|死者|死亡|負傷|待機児童|不登校|苦情|滞納|未納|不法投棄|空き?家|ごみ|ゴミ|CO2|二酸化炭素|温室効果ガス|残業|時間外|待ち時間|待機時間|欠員";

/** A number as written in a result (1,234 / 12.5 / 3万7千 / 114.5万): its value, or NaN. */
export function writtenNumber(s: string): number {
  let total = 0;
  let rest = s.replace(/,/g, "");
  for (const [unit, size] of [
    ["億", 1e8],
    ["万", 1e4],
    ["千", 1e3],
  ] as const) {
    const i = rest.indexOf(unit);
    if (i < 0) continue;
    total += (i === 0 ? 1 : Number(rest.slice(0, i))) * size;
    rest = rest.slice(i + 1);
  }
  return rest === "" ? total : total + Number(rest);
}

const NUMBER = "\\d[\\d,]*(?:\\.\\d+)?(?:[億万千][\\d,]*(?:\\.\\d+)?)*";
/**
 * A result against its target, in numbers: 目標24人に対し5人 (behind), 目標6件に対し、9件 (reached). Weak, and
 * none where fewer is better or the units differ.
 */
const TARGET_AND_RESULT = new RegExp(
  `(?<!(?:${LOWER_IS_BETTER})[^。]{0,16})(?:(?:目標|計画)(?:値|額|数)?(?:の|は|を|[:：])?「?(${NUMBER})([^\\d\\s、。,「」()（）]{0,6}?)」?|(${NUMBER})([^\\d\\s、。,「」()（）]{0,6}?)の目標(?:値)?)` +
    `(?:に対し(?:て)?|に対する)、?(?:(?:実績|実行)(?:値|額|数)?(?:は|が)?|結果は)?(?:約)?(${NUMBER})([^\\d\\s、。,()（）]{0,6}?)(?=で|と|であ|にとどま|に留ま|を|の|、|。|\\(|$)`,
  "g",
);

/** Reached (the result at or above its target) or behind, weakly; none when the two are in different units. */
function resultAgainstTarget(m: RegExpExecArray): Verdict {
  const target = writtenNumber(m[1] ?? m[3]);
  const unit = m[2] ?? m[4];
  const result = writtenNumber(m[5]);
  if (!Number.isFinite(target) || !Number.isFinite(result) || target <= 0) return null;
  if (unit !== "" && m[6] !== "" && unit !== m[6]) return null;
  return result >= target ? "achieved~" : "delayed~";
}
/** A result with its target in brackets after it: 年133冊(目標値100冊), 実績45件(目標:50件). */
const RESULT_THEN_TARGET = new RegExp(
  `(?<!(?:${LOWER_IS_BETTER})[^。]{0,16})(${NUMBER})([^\\d\\s、。,()]{0,4}?)\\((?:目標(?:値|数|額)?|計画(?:値|数)?)[:：]?(${NUMBER})([^\\d\\s、。,()]{0,4}?)\\)`,
  "g",
);

/** Reached or behind, weakly, as resultAgainstTarget, read the other way round. */
function resultThenTarget(m: RegExpExecArray): Verdict {
  const result = writtenNumber(m[1]);
  const target = writtenNumber(m[3]);
  if (!Number.isFinite(target) || !Number.isFinite(result) || target <= 0) return null;
  if (m[2] !== "" && m[4] !== "" && m[2] !== m[4]) return null;
  return result >= target ? "achieved~" : "delayed~";
}
const RESULT_AGAINST = "に対し(?:て)?(?:実績(?:値)?|結果|成果)(?:が|は)";
const COMPARED = "(?:を|から|より|よりも|に比べ(?:て)?|と比べ(?:て)?|と比較(?:して|すると)?|比で)";

export const COMPARISON: readonly Row[] = [
  // — partial quantities are not an achievement —
  // Weak: 目標を一部達成しており、概ね順調に進んでいる is on track.
  row(/(?:一部分|一部|一部の)(?:が|を|は)?(?:達成|進行|進展|進捗|実施|完了|整備)/g, "delayed~", null),
  row(
    /(?:大半|大部分|半分|半数|相当程度)(?:\[[^\]]{0,12}\]|\([^()]{0,16}\))?(?:を|が|は|程度|について)?(?:達成|完了|実施)/g,
    "on_track~",
    null,
  ),
  // 一定の成果 (some result) is a consolation, weak: 目標値を下回ったものの、一定の成果を上げることができた is behind.
  row(/一定の成果/g, "on_track~", "delayed"),
  row(
    /(?:まあまあ|ある程度|一定程度)(?:達成|進捗|進ん|成果)|一定の(?:達成|進捗|進ん)|(?:ある程度|一定程度)(?:は)?図られ/g,
    "on_track",
    "delayed",
  ),
  row(
    /(?:あまり|十分には?)(?:達成|進捗|進ん|進展|実施|対応|活用|機能|周知|浸透)(?:でき|し|され)?(?=て(?:い)?ない|ておらず|ず|ない|なかっ)/g,
    null,
    "delayed",
  ),
  // 108件のうち87件完了: part of the whole.
  row(
    /\d+(?:件|校|か所|箇所|施設|人|名|団体|地区|事業|項目|路線)(?:のうち|中)\d+(?:件|校|か所|箇所|施設|人|名|団体|地区|事業|項目|路線)?(?:が|は|で)?(?:完了|達成|実施|整備|導入)/g,
    "on_track~",
    null,
  ),

  // — against the target or the plan —
  row(TARGET_AND_RESULT, "achieved~", null, { judge: resultAgainstTarget, needs: ["目標", "計画"] }),
  row(RESULT_THEN_TARGET, "achieved~", null, { judge: resultThenTarget }),
  row(
    new RegExp(`(?:${TARGET}|計画|予定|想定|期待)(?:を|に|から|より|である|の)?${AMOUNT}(?:は|を|も)?${DEGREE}(?:下回|割り込|割っ)`, "g"),
    "delayed",
    "on_track~",
    {
      needs: [...TARGET_WORDS, "予定", "想定", "期待"],
    },
  ),
  row(new RegExp(`${TARGET}${GAP}{0,14}?(?:に|には|まで)(?:は)?届(?:か(?=ず|なかっ|ない)|いてい(?=ない|ません))`, "g"), null, "delayed", {
    needs: [...TARGET_WORDS, "予定", "想定"],
  }),
  // Short of some yardstick (目標には届きませんでした); the negation is read by the verb chain.
  row(/届(?:か|き)(?=ず|なかっ|ない|ませ)/g, null, "delayed~"),
  row(/(?:著しく|大幅に|大きく)(?:足りな|不足)/g, "at_risk", null),
  row(/足りな(?=い|かっ)/g, "delayed~", null),
  // 目標を上回る, 目標の100万冊を上回る, 目標値31%を超えた, 目標値に対して実績値が上回った; by a wide margin
  // (目標値を大幅に超えた), ahead.
  row(
    new RegExp(`${TARGET}(?:を|は|も|の?${AMOUNT}を|${RESULT_AGAINST})?${AMOUNT}${DEGREE}(?:上回|超え|超過|クリア)`, "g"),
    "achieved~",
    "delayed",
    {
      needs: [...TARGET_WORDS, "予定", "想定"],
      judge: (m) => (/大きく|大幅に|著しく|かなり/.test(m[0]) ? "ahead~" : "achieved~"),
    },
  ),

  // 目標値以上: reached or beyond (a rating), or expected beyond (〜の成果を得られる見込み).
  row(new RegExp(`${TARGET}(?:以上|超)(?!の(?:受講|人数|参加))`, "g"), "ahead~", null, { needs: [...TARGET_WORDS, "予定", "想定"] }),
  row(new RegExp(`${TARGET}(?:に|へ)(?:は|も)?(?:達し|到達|達成し)`, "g"), "achieved", "delayed", {
    needs: [...TARGET_WORDS, "予定", "想定"],
  }),
  row(/(?:計画|予定|目標)未満/g, "delayed", null),
  // A rate of achievement: under 100% the target is not met (目標達成率:38%, 84.6%の達成), 100% or more it is
  // (目標値に対して156%の達成率, 敷設率100%となり); a bound (達成率50%以上, a legend's) is none. Not 進捗率: progress
  // towards a final target (進捗率40% in the second of five years) may well be on plan. Weak: words outrank a number.
  row(
    /達成率(?:は|が|[:：])?(?:約)?(?<![\d.])\d{1,2}(?:\.\d+)?%(?!以上|未満|以下|超|を)|(?<![\d.])\d{1,2}(?:\.\d+)?%(?:の)?達成(?!率が?(?:上|向|改))/g,
    "delayed~",
    null,
    { needs: ["達成"] },
  ),
  row(
    /達成率(?:は|が|[:：])?(?:約)?(?<![\d.])[1-9]\d{2,}(?:\.\d+)?%(?!以上|未満|以下|超|を)|(?<![\d.])[1-9]\d{2,}(?:\.\d+)?%(?:の)?達成|(?:整備|敷設|設置|導入|実施|完了|カバー|普及)率(?:は|が|[:：])?100%(?:と|に|を)(?:な|達|達成)/g,
    "achieved~",
    null,
  ),
  row(/にとどま(?=っ|る|り)/g, "delayed~", null),
  // After the target's own lines (目標に達しなかった is a strong delay): 「基準値」に満たなかった, 予定していた定員に
  // 達しなかった, short of some yardstick.
  row(/満た(?=ず|なかっ|ない|ていない)|達し(?=なかっ|ておらず|ていない)|達せ(?=ず)/g, null, "delayed~"),
  row(/低迷|低調|(?:低い|厳しい)(?:結果|水準|数値|値)|達成率\d+(?:\.\d+)?%未満/g, "delayed~", null),

  // — against the baseline or last year —
  // Counts where fewer is better (火災件数も前年より減少): a fall is progress (before the lines below read it as one).
  row(new RegExp(`(?:${LOWER_IS_BETTER})${GAP}{0,14}?(?:減少|削減|低下|減っ|下回|抑制)`, "g"), "on_track~", null),
  row(new RegExp(`${BASELINE}${COMPARED}${GAP}{0,20}?(?:低下|下落|悪化|減少|下回)`, "g"), "delayed", null, { needs: BASELINE_WORDS }),
  row(new RegExp(`${BASELINE}${COMPARED}(?:も)?${GAP}{0,20}?(?:上回|超え|向上|増加|改善|前進|伸び)`, "g"), "on_track~", "delayed", {
    needs: BASELINE_WORDS,
  }),
  row(new RegExp(`${BASELINE}(?:と|から)(?:同(?:水準|程度|レベル)|変わら|変化(?:が|は)?(?:な|見られな|みられな))`, "g"), "delayed~", null, {
    needs: BASELINE_WORDS,
  }),
  // 協定書の内容を上回る実績, 仕様書を上回る取組み: beyond what was agreed (after the baseline's lines, which take
  // 前年を上回る), weakly.
  row(new RegExp(`を${DEGREE}(?:上回|超え)る(?:実績|成果|取組み?|取り組み|結果|管理運営|サービス)`, "g"), "ahead~", null),
  // A 指定管理者's evaluation against the standard it was set (仕様書・協定書等の水準): beyond it, short of it, kept.
  row(new RegExp(`(?:仕様書|協定書|要求水準|水準)(?:等)?(?:の内容)?(?:を|に対し(?:て)?)${DEGREE}(?:上回|超え)`, "g"), "ahead~", null),
  row(new RegExp(`(?:仕様書|協定書|要求水準|水準)(?:等)?(?:の内容)?を${DEGREE}下回`, "g"), "delayed", null),
  row(/水準(?:が|を|は)(?:確保|維持|満た)/g, "on_track~", "delayed"),
  row(/横ばい/g, "delayed", null),
  row(/後退/g, "at_risk", "on_track~"),
  row(/悪化/g, "delayed", "on_track~"),
  row(/伸び悩|頭打ち/g, "delayed", null),
  // Fewer taking part or using it (参加者減, 利用件数が減少): counts where more is the aim.
  row(
    /(?:参加者|利用者|来場者|来館者|入館者|受講者|登録者|参加|利用|来場|来館|貸出|受講)(?:数|件数|人数|者数)?(?:の|が|は|も)?(?:減少|減(?=と|に|で|し|っ|少|、|。)|落ち込|低下)/g,
    "delayed~",
    null,
  ),
  row(/(?:値|数値|指標|実績)(?:が|は|も)?(?:伸びて|伸び|向上|改善|上が|あが)/g, "on_track~", "delayed"),
  row(/改善(?:し|さ)(?=てい|た|ており)/g, "on_track~", null),
  // 増加にはつながっていない: the work has not led to the result (led to it: weakly on track).
  row(/(?:に|には)(?:つなが|繋が|結びつ|結び付)/g, "on_track~", "delayed~"),

  // — how the work went, in words —
  // No effect (yet): behind, not beyond reach (地方創生に効果がなかった).
  row(
    /(?:効果|成果)(?:が|の)(?:み|見)られ(?:ない|ず)|効果が(?:なかっ|ない)|成果が(?:なかっ|ない|上がらな|あがらな|上がって(?:い)?な|あがって(?:い)?な)/g,
    "delayed~",
    null,
  ),
  // 有効とは言えない: not good enough; 達成度が低いとは言い難い: not bad after all.
  // (The same verdict whether the chain reads 言えない or 言い難い.)
  row(/(?:有効|効果的|十分|適切)(?:であった|だった|である)?とは(?:言え|いえ|言い難|いい難|言いがた)/g, "delayed~", "delayed~"),
  row(/(?:低い|遅れている|不十分|遅い)とは(?:言え|いえ|言い難|いい難|言いがた)/g, "on_track~", "on_track~"),
  row(/進捗が(?:み|見)られ/g, "on_track", "delayed"),
  // Not a trend of society's (過疎・高齢化が進展する地域): the measure's own progress.
  row(/(?<!化が|化の)(?:進展|前進)/g, "on_track", "delayed"),
  row(
    /(?:やや|一層の|より一層の|さらなる|更なる)?努力を要する|要改善|改善(?:が|を)?(?:必要|要する|検討)|改善や工夫が必要|見直しが必要|努力不足|不十分|課題(?:あり|が残|を残)/g,
    "delayed~",
    null,
  ),
];
