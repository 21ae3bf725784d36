/**
 * Results told against the target, the plan or the baseline, and partial quantities. A comparison with a
 * target is weaker than an explicit verdict (目標以上の受講を実施しており、計画通り進捗している is on track).
 */
import { AMOUNT, DEGREE, GAP, row, TARGET, TARGET_WORDS, type Row } from "./row";

const BASELINE =
  "(?:基準値|基準年度?|策定時|計画策定時|初期値|現状値|前年度|前年|昨年度|計画開始当初|開始当初|開始前|事業開始前|導入前)(?:の値|の実績)?";
const BASELINE_WORDS = ["基準", "策定時", "初期値", "現状値", "前年", "昨年度", "当初", "開始前", "導入前"];
/** A result set against the target: 目標値に対して実績値が (上回った). */
const RESULT_AGAINST = "に対し(?:て)?(?:実績(?:値)?|結果|成果)(?:が|は)";
const COMPARED = "(?:を|から|より|よりも|に比べ(?:て)?|と比べ(?:て)?|と比較(?:して|すると)?|比で)";

export const COMPARISON: readonly Row[] = [
  // — partial quantities are not an achievement —
  row(/(?:一部|一部の)(?:達成|進行|進展|進捗|実施|完了|整備)/g, "delayed", null),
  row(/(?:大半|大部分|半分|半数|相当程度)(?:\[[^\]]{0,12}\])?(?:を|が|は|程度|について)?(?:達成|完了|実施)/g, "on_track~", null),
  row(/(?:まあまあ|ある程度|一定程度|一定の)(?:達成|進捗|進ん|成果)/g, "on_track", "delayed"),
  row(/(?:あまり|十分には?)(?:達成|進捗|進ん|進展|実施)(?:でき|し|され)?(?=て(?:い)?ない|ておらず|ず|ない|なかっ)/g, null, "delayed"),
  // 108件のうち87件完了: part of the whole.
  row(
    /\d+(?:件|校|か所|箇所|施設|人|名|団体|地区|事業|項目|路線)(?:のうち|中)\d+(?:件|校|か所|箇所|施設|人|名|団体|地区|事業|項目|路線)?(?:が|は|で)?(?:完了|達成|実施|整備|導入)/g,
    "on_track~",
    null,
  ),

  // — against the target or the plan —
  row(
    new RegExp(`(?:${TARGET}|計画|予定|想定|期待)(?:を|に|から|より)?${AMOUNT}${DEGREE}(?:下回|割り込|割っ)`, "g"),
    "delayed",
    "on_track~",
    {
      needs: [...TARGET_WORDS, "予定", "想定", "期待"],
    },
  ),
  row(new RegExp(`${TARGET}${GAP}{0,14}?(?:に|には|まで)(?:は)?届(?:か(?=ず|なかっ|ない)|いてい(?=ない|ません))`, "g"), null, "delayed", {
    needs: [...TARGET_WORDS, "予定", "想定"],
  }),
  row(/届か(?=ず|なかっ|ない)/g, "delayed~", null),
  // 目標を上回る, 目標の100万冊を上回る, 目標値に対して実績値が上回った.
  row(
    new RegExp(`${TARGET}(?:を|は|も|の${AMOUNT}を|${RESULT_AGAINST})?${AMOUNT}${DEGREE}(?:上回|超え|超過|クリア)`, "g"),
    "achieved~",
    "delayed",
    {
      needs: [...TARGET_WORDS, "予定", "想定"],
    },
  ),
  // 目標値以上: reached or beyond (a rating), or expected beyond (〜の成果を得られる見込み).
  row(new RegExp(`${TARGET}(?:以上|超)(?!の(?:受講|人数|参加))`, "g"), "ahead~", null, { needs: [...TARGET_WORDS, "予定", "想定"] }),
  row(new RegExp(`${TARGET}(?:に|へ)(?:達し|到達|達成し)`, "g"), "achieved", "delayed", { needs: [...TARGET_WORDS, "予定", "想定"] }),
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
  row(new RegExp(`${BASELINE}${COMPARED}${GAP}{0,20}?(?:低下|下落|悪化|減少|下回)`, "g"), "delayed", null, { needs: BASELINE_WORDS }),
  row(new RegExp(`${BASELINE}${COMPARED}(?:も)?${GAP}{0,20}?(?:上回|超え|向上|増加|改善|前進|伸び)`, "g"), "on_track~", "delayed", {
    needs: BASELINE_WORDS,
  }),
  row(new RegExp(`${BASELINE}(?:と|から)(?:同(?:水準|程度|レベル)|変わら|変化(?:が|は)?(?:な|見られな|みられな))`, "g"), "delayed~", null, {
    needs: BASELINE_WORDS,
  }),
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
  row(/進捗が(?:み|見)られ/g, "on_track", "delayed"),
  row(/(?:進展|前進)/g, "on_track", "delayed"),
  row(/要改善|改善(?:が|を)?(?:必要|要する|検討)|改善や工夫が必要|見直しが必要|努力不足|不十分|課題(?:あり|が残|を残)/g, "delayed~", null),
];
