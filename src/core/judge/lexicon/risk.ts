/** At risk: the target is unlikely to be reached (product.md §3). */
import { AMOUNT, AS_PLANNED, row, TARGET, TARGET_WORDS, type Row } from "./row";

export const AT_RISK: readonly Row[] = [
  // 計画通り進捗できておらず (could not keep to plan) is at risk, as product.md lists it.
  row(
    new RegExp(
      `計画${AS_PLANNED}に?(?:は)?(?:進捗|進め|実施|推進|推移)(?:すること(?:が)?)?(?:でき|出来)(?=ておらず|ていない|ていません|なかった|ず|ない|ません)`,
      "g",
    ),
    "on_track~",
    "at_risk",
  ),
  row(
    /(?:(?:活動|計画|施策|数値)?目標の?)?(?:達成|実現|実施|導入|完了|完成|整備|構築|運用|開始|策定|見直し|継続|進捗|対応|移行)(?:に|には|は|が|も|すること(?:は|が)?|するの(?:は|が|も))?(?:非常に|極めて|大変|かなり|やや)?(?:困難|難し|厳し|不可能|危ぶまれ|不透明)/g,
    "at_risk",
    "on_track~",
    { needs: ["困難", "難し", "厳し", "不可能", "危ぶまれ", "不透明"] },
  ),
  row(/(?:見込み?|目処|目途|めど|見通し)(?:が|は|も)?(?:立|たた|たっ|つか|つい|つけ)/g, "on_track~", "at_risk", {
    needs: ["見込", "目処", "目途", "めど", "見通"],
  }),
  row(/(?:見込み?|目処|目途|めど|見通し)(?:が|は|も)?な(?=[いくし])/g, "at_risk", null, {
    needs: ["見込", "目処", "目途", "めど", "見通"],
  }),
  row(/見込め(?=ない|ず|なかっ|ません)/g, "on_track~", "at_risk"),
  // 目標を達成できない見込み: not to be reached, as the office itself expects.
  row(/(?:達成|実現|完了)(?:すること)?(?:が|は)?(?:でき|出来)(?:ない|ず)(?:と|の)?見込(?=み|ま)/g, "at_risk", null),
  row(/断念/g, "at_risk", null),
  // 令和3年度末までは目標値を達成していた (then fell back): the target held once, no longer.
  row(/までは[^。、,]{0,12}?達成していた/g, "at_risk", null),
  // 目標から遠ざかっていく: moving away from the target, not merely behind it.
  row(/(?:目標|計画)(?:値)?から(?:遠ざか|遠のい|離れてい)/g, "at_risk", null),
  // 目標に程遠い: far from the target, not merely behind it.
  row(/程遠|ほど遠/g, "at_risk", null),
  row(
    new RegExp(`(?:${TARGET}|計画|予定|想定)(?:を|に|から|より)${AMOUNT}(?:大きく|大幅に|著しく|かなり)(?:下回|割り込|届か)`, "g"),
    "at_risk",
    null,
    {
      needs: [...TARGET_WORDS, "予定", "想定"],
    },
  ),
  row(
    /(?:ほとんど|全く|まったく)(?:達成|進捗|進ん|進展|進ま|実施)(?:でき|し|され)?(?=て(?:い)?ない|ておらず|ず|ない|なかっ)/g,
    null,
    "at_risk",
  ),
  row(/(?:大幅な|抜本的な?)(?:改善|見直し)(?:が|を)?(?:必要|要する|求められ)|要大幅改善|抜本的見直し/g, "at_risk~", null),
  row(/厳しい状況/g, "at_risk~", null),
  // Every target missed (全て未達成) is at risk; a target missed (未達成), behind plan.
  row(/(?:全て|すべて|全く|まったく|いずれも)(?:の目標(?:が|を)?)?未達成?/g, "at_risk", null, { needs: ["未"] }),
  row(/未達成?/g, "delayed~", null, { needs: ["未"] }),
];
