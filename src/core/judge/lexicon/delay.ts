/** Delays and schedule slips: behind plan, pushed into next year, paused, not started. */
import { DELAY, row, type Row } from "./row";

export const DELAYED: readonly Row[] = [
  // — a delay that is resolved (before the delays themselves) —
  row(new RegExp(`${DELAY}(?:の|を|が|は|も)?(?:解消|挽回|取り戻|取りもど|回復|解決)`, "g"), "on_track", "delayed", { intent: "delayed" }),
  // — no delay —
  // 整備できる見込みとなりました, 89%の事業が目標を達成できる見込み: expected to be done, as planned (before 整備でき below);
  // not after a miss conceded in its sentence (達成できていませんが、…ほぼ達成できる見込みです is behind plan now).
  row(
    /(?:達成|整備|完了|完成|実現|実施|導入|解消)?(?:すること(?:が)?)?(?:でき|出来)る見込み(?=と|で|。|$)(?<!(?:ない|ません|なかった|ておらず)(?:が|ものの)[^。]*)/g,
    "on_track~",
    null,
  ),
  row(/遅滞なく|滞りなく|支障なく|問題なく(?:進|推移|実施|運用)/g, "on_track~", null),
  // — a delay mentioned as history, or as something to prevent: says nothing about now —
  row(new RegExp(`(?:前年度|昨年度|前年|過年度|前回)(?:まで)?の${DELAY}(?![がはも]?(?:続|継続|残|生じ|拡大))`, "g"), null, null),
  row(new RegExp(`${DELAY}(?:の|を)?(?:防止|対策|回避|防ぐ|防ぎ)`, "g"), null, null),
  row(new RegExp(`${DELAY}(?:の|が|る)?(?:おそれ|恐れ|可能性|懸念)`, "g"), "delayed~", null),

  // — behind plan —
  row(
    new RegExp(
      `(?:予定|計画|当初|スケジュール)(?:より|よりも|から|に比べ(?:て)?|に対し(?:て)?)(?:も)?(?:大幅に|大きく|やや|若干|少し|多少)?${DELAY}`,
      "g",
    ),
    "delayed",
    "on_track~",
  ),
  row(
    new RegExp(`${DELAY}(?:が|は|も)?(?:生じ|発生し|発生|出|あり|ある|あっ|見られ|みられ|続い|続き|続け|残)`, "g"),
    "delayed",
    "on_track~",
  ),
  row(new RegExp(`${DELAY}(?:気味|ぎみ|傾向)`, "g"), "delayed", "on_track~"),
  row(new RegExp(`${DELAY}(?:が|は|も)?`, "g"), "delayed", "on_track~"),

  // — pushed back: postponed, carried into next year, the works period extended, paused —
  row(/(?:中止|取りやめ)(?:や|・|と|又は|または)(?:延期|縮小)|(?:延期|縮小)(?:や|・|と|又は|または)(?:中止|取りやめ)/g, "delayed", null),
  row(
    /(?:次|翌|来)年度(?:以降)?(?:に|へ|まで|の)?(?:ずれ込|ずれこ|持ち越|持越|繰越|繰り越|延伸|延び(?=た|て|る)|先送|実施と(?:な|し))/g,
    "delayed",
    null,
    {
      needs: ["年度"],
    },
  ),
  row(/(?:完了|完成|竣工)(?:予定|時期)(?:が|は|を)?(?:次年度|翌年度|来年度|過ぎ|延び|遅れ|後ろ)/g, "delayed", null),
  row(/(?:時期|期限|予定|スケジュール|工程)(?:を|が|は)?(?:後方|後ろ)(?:に|へ)?(?:変更|ずら|倒)/g, "delayed", null),
  // 延伸 of a schedule (工期の延伸), not of a road or a line (北条倉吉道路(延伸)).
  row(
    /ずれ込|ずれこ|(?:工期|期間|期限|時期|完了予定|計画期間)(?:を|の|が)?(?:[^。、,;\n]{0,24}?(?:延伸|延長)|変更)|延伸(?:し|され|する|となっ)|繰越明許|一時(?:休止|休工|中断|停止|中止)/g,
    "delayed",
    null,
  ),
  // A deadline missed, or to be missed (当初目標の2025年度末までに間に合わない見通し).
  row(/間に合わ(?=ない|ず|なかっ)/g, null, "delayed"),
  // 調整に時間を要した: a slip in all but name (weak: 時間を要したが計画通り完了 is on track).
  row(/時間(?:を|が)(?:要し(?=た|て)|かか(?=った|って))/g, "delayed~", null),
  row(/延期|後ろ倒し|後倒し|先送り|見送/g, "delayed", "on_track~"),

  // — not started or not done —
  row(/未(?:着手|実施|完了|整備|導入|執行)/g, "delayed", null, { needs: ["未"] }),
  row(/着手(?!の有無|状況|時期|予定|前|後)/g, "on_track~", "delayed"),
  row(/(?:検討|着手|実施|整備|導入|策定)(?:が|は)?(?:なされ|行われ|進められ)(?=て(?:い)?ない|ておらず|ず|なかっ)/g, null, "delayed"),
  // 開催できなかった: not done (開催できた: done, weakly on track).
  row(
    /(?:実施|開催|執行|履行|整備|導入|構築|策定|開始|移行|公開)(?:すること)?(?:が|は)?(?:でき|出来)(?!る(?:よう|ように))/g,
    "on_track~",
    "delayed~",
  ),
  row(/停滞|滞(?=っ|り|る)/g, "delayed", "on_track~"),
  // 耕作放棄地の解消が進まなかった, 普及が進まず: the work not moving (its subject named).
  // (After の or a clause's start only: 計画通り設置が進まなかった is read whole by the row of 計画通り and its negation.)
  row(
    /(?:^|[の、。])(?:解消|整備|開発|導入|普及|取組|取り組み|対応|改善|準備|設置|移行|活用|利用|加入)が進ま(?=なかっ|ない|ず)/g,
    null,
    "delayed",
  ),
  // 整備が追いついていない: not keeping up with what is needed.
  row(/追い(?:つ|付)(?=い|か)/g, null, "delayed"),
  // 20本の予定が19本しか発注できない: short of what was meant (weak: a count, not a verdict on the measure).
  row(/しか[^。、,;\n]{0,10}?(?:でき|出来)/g, null, "delayed~"),
];
