/**
 * Achieved: the activity target is reached, or the work is done. Not reached (目標を達成できなかった, a year's
 * target missed) is behind plan, a delay; at risk is for a target unlikely ever to be reached (risk.ts).
 */
import { AS_PLANNED, NOT_A_VERDICT, row, type Row } from "./row";

export const ACHIEVED: readonly Row[] = [
  // 計画どおり完了: done, as planned (not merely on plan).
  row(new RegExp(`(?:計画|予定|スケジュール|工程)${AS_PLANNED}(?:に)?(?:完了|完成|竣工)${NOT_A_VERDICT}`, "g"), "achieved", "delayed"),
  // A list's word for a thing done, the whole cell (実施済, 導入済み, 対応済です, 研修は実施済み, 平成14年6月6日提案済); a
  // rating word as well (rating.ts).
  row(
    /^(?:[^。、]{1,24}(?:は|を|も|が|に)(?:[\d,.]+[^\d\s。、済]{0,3})?|(?:平成|令和|[HR])?\d{1,4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:に|まで)?)?(?:実施|導入|整備|対応|構築|策定|移行|設置|開設|達成|提案|登録|作成|完了|納入|配布|公表|提出|締結)済み?(?:です|である)?。?$/g,
    "achieved",
    null,
  ),
  row(
    new RegExp(
      `(?:(?:活動|計画|施策|数値|成果)?目標(?:値)?|計画)(?:を|は|が|も)?(?:既に|すでに|十分に?|大きく上回り|上回り|上回って)?達成${NOT_A_VERDICT}`,
      "g",
    ),
    "achieved",
    "delayed~",
  ),
  // 目標をほぼ達成: a step short of it, on plan.
  row(new RegExp(`(?:概ね|おおむね|ほぼ)達成${NOT_A_VERDICT}`, "g"), "on_track", "delayed~"),
  row(new RegExp(`(?:既に|すでに|全て|すべて)?達成${NOT_A_VERDICT}`, "g"), "achieved", "delayed~"),
  row(/目標(?:値)?(?:に|を)(?:到達|クリア)/g, "achieved", "delayed~"),
  // 日本最先端クラスのデジタル県を実現したと評価: the aim reached, in the evaluator's words.
  row(/(?:実現|達成)(?:した|できた|している|されている)と(?:評価|判断)/g, "achieved", null),
  // 接続環境が整備されました, 一挙に解決することができた, サービスを開始しました, 可能となりました, できるようになりました:
  // the work done (weak, like 完了).
  row(
    /(?:整備|建設|構築|開通|実現|解消|解決|開始|導入|設置|開設|移行|稼働|登録|配備)(?:すること(?:が)?)?(?:され|し|でき|いたし)(?:てき)?(?=(?:まし)?た(?:[。、,!！]|$|ため|ことから|ことで|ことにより))|(?:整備|導入|構築|設置|開設|配備)を行(?=い(?:まし)?た(?:[。、,!！]|$)|った(?:[。、,!！]|$))|(?:可能(?:と|に)|(?:でき|出来)るように)な(?=った(?:[。、,!！]|$|ため|ことから|ことで|ことにより)|りました)/g,
    "achieved~",
    null,
    {
      minor: true,
    },
  ),
  // The work is done: weaker than an explicit verdict (準備を完了しており、計画通り進捗している is on track).
  row(new RegExp(`(?:完了|完成|竣工)${NOT_A_VERDICT}`, "g"), "achieved~", "delayed", { intent: "on_track~", minor: true }),
  row(
    /(?:事業|取組み?|整備|工事|作業|事業期間)(?:が|は|を)?(?:終了|終え)(?=し|た|て|る|、|。|$)|終え(?=た|て|ま)/g,
    "achieved~",
    "delayed",
    {
      minor: true,
    },
  ),
];
