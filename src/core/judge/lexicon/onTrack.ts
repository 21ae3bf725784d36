/** On track: on plan, without 計画通り as often as with it. */
import { AS_PLANNED, PROGRESS_VERB, row, type Row } from "./row";

export const ON_TRACK: readonly Row[] = [
  row(new RegExp(`(?:計画|予定|スケジュール|工程|目標|想定)${AS_PLANNED}(?:に|で)?(?:は)?${PROGRESS_VERB}`, "g"), "on_track", "delayed"),
  row(/順調(?:に)?(?:進捗|進ん|進ま|進め|推移|進行|実施|展開|推進)?/g, "on_track", "delayed"),
  row(
    /(?:着実|確実)に(?:進捗|進ん|進め|推移|進行|実施|推進|前進|成果|取り?組)|(?:着実|確実)な(?:事業)?(?:進捗|推進|前進|取り?組)/g,
    "on_track",
    "delayed",
  ),
  // 着実に情報化施策が推進されてきた: steadily, with the thing pushed named between.
  row(/(?:着実|確実)に[^。、,]{1,12}?(?:推進|実施|進め|進捗)(?=され|し|て|ら)/g, "on_track", "delayed"),
  // 計画的に執行できた, 計画的かつ効果的に実施: to plan, in other words (weak; negated in its clause, a delay).
  row(/計画的(?:に|かつ)/g, "on_track~", "delayed~", { adverb: true }),
  row(/良好に推移|良好な(?:実績|結果|成果|状態)|概ね良好|おおむね良好/g, "on_track", "delayed"),
  row(/計画(?:を|の|は)?(?:推進|遂行)/g, "on_track", "delayed"),
  // Not before a noun (計画に基づく令和3年度実施施策 names the measures, it says nothing of their progress).
  // An adverb of manner: negated or meant later in its clause (計画に沿って着実に進めてまいりたい), not a verdict.
  row(/(?:計画|予定)に(?:沿|そ|則|基づ)(?!く[一-龥ァ-ヶ]|う[一-龥ァ-ヶ])/g, "on_track~", null, { adverb: true }),
  // Bare 計画通り (計画どおり、10月1日より…) is only a weak verdict; 計画通りではない is a strong one.
  row(new RegExp(`(?:計画|予定|スケジュール|工程|目標|想定|目標値|期待)${AS_PLANNED}`, "g"), "on_track~", "delayed", { adverb: true }),
  row(/(?:概ね|おおむね|ほぼ)(?:進ん|進捗|進行|推移)/g, "on_track", "delayed"),
  // 整備が進んでいる, 宅地開発が進み、: the work moving, weakly on track (its subject named, not a bare 進んでいる).
  row(/(?:整備|開発|導入|普及|取組|取り組み|対応|改善|準備|設置|移行)が(?:進んで(?=い|お)|進み(?=、|,|つつ))/g, "on_track~", "delayed"),
  // Bare 進捗している says little; 進捗していない / 進んでいない says delayed.
  row(/(?:進捗|進行|推移)(?:し|して)(?=て|い|お)|進んで(?=い|お)/g, null, "delayed"),
  row(/取組中|実施中|進行中|推進中/g, "on_track~", null),
  // 実施 alone in a progress column (a 実施状況 of 検討中 / 調整中 / 実施中 / 実施): carried out, weakly on plan.
  row(/^実施(?:した|しました)?。?$/g, "on_track~", null),
  row(/円滑に(?:運営|実施|進|推進|実行|執行)/g, "on_track~", "delayed"),
  // 合意が図れた, 向上が図られている: what was sought, brought about (weak).
  // (Not a survey's answer: 効率化が図られたと感じた学校は86%.)
  row(/(?:が|は)図(?:れ|られ)(?=(?:た|ました|ており|ている|ています)(?!と(?:感じ|回答|答え|思)))/g, "on_track~", null),
  // 適正であると認められる, 適正に管理運営: a review finding the work as it should be (weak).
  row(/適正(?:である|であった)?と(?:認め|判断)|適正に(?:管理|運営|実施|執行)/g, "on_track~", "delayed"),
  row(/(?:目標|計画)(?:値)?に(?:近づ|近付)(?=い|き|け)/g, "on_track~", null),
  row(
    /成果が(?:出て|出た|出ている|上が|あが|得られ|認められ)|成果を(?:上げ|あげ|挙げ)|実績を(?:上げ|あげ|挙げ)|適切に実施|効果があ(?=っ|る)|高水準を維持/g,
    "on_track~",
    null,
  ),
  // Last, after the phrases it may end (成果をあげることができなかった): 〜することができた, done as meant (weak);
  // 〜ができなかった, not done.
  row(/(?:こと)?が(?:でき|出来)(?!る(?:よう|ように))/g, "on_track~", "delayed~"),
];
