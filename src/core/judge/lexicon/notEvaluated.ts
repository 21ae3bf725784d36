/** Merged into another measure, stopped, or no longer evaluated: the measure says nothing about progress. */
import { GAP, row, type Row } from "./row";

export const NOT_EVALUATED: readonly Row[] = [
  row(new RegExp(`施策(?:[をはがもの]|${GAP}{0,30}?に)統合`, "g"), "not_evaluated", null),
  row(/(?:他|別|ほか)の?(?:事業|施策|取組み?|取り組み|項目)(?:に|へ|と)の?(?:整理[・、]?)?(?:統合|移行|吸収)/g, "not_evaluated", null),
  // Folded into routine work (経常業務として実施するため): no longer a measure of the plan.
  row(/経常(?:的な)?(?:業務|事務)(?:として|に)/g, "not_evaluated", null),
  // 導入せず、現行のソフトで対応することとした: decided against it.
  row(
    /(?:導入|実施|整備|採用|構築)(?:を)?せず[、,]?[^。]{0,40}?(?:こととした|ことにした|こととなった|ことになった)/g,
    "not_evaluated",
    null,
  ),
  row(/廃止(?:と|に)(?:判断|決定|判定|し|な)/g, "not_evaluated", null),
  // 農村地域防災減災事業に統合された: merged into a named project.
  row(/(?:事業|施策)」?(?:に|へ)(?:統合|吸収)(?=され|し|となっ)/g, "not_evaluated", null),
  // A sentence that ends by abolishing, or goes on from it (廃止する。…をもって廃止し、移行する): the measure itself, not
  // an object of it (押印を廃止した is a reform).
  row(
    /(?<![をがもは]|一時|一時的に)(?:廃止|休止)(?=(?:と)?(?:する|します|した|しました|なった|なりました)(?:。|$)|し(?:て)?[、,]|しており|しています)/g,
    "not_evaluated",
    null,
  ),
  row(/に統合して(?:推進|実施)/g, "not_evaluated", null),
  // Dropped from the plan (事業個所調査の結果等により削除, 計画としては削除された); not 押印欄を削除した, a reform.
  row(/により削除|削除(?=され(?:た|ました)|となっ)/g, "not_evaluated", null),
  // 該当なし ending its text: the measure had nothing that year (weak).
  row(/該当なし(?=。|$)/g, "not_evaluated~", null),
  // 開催を中止しており, 中止しています: called off, and still so (weak; a past 中止となりましたが、他は計画どおり is on track).
  row(/(?<!一時)中止(?=しており|しています|しております|となっております)/g, "not_evaluated~", null),
  // サービスを終了しました, 運用を終了しました at the end of the text: the service ended (weak: a migration's other half
  // may be told beside it).
  row(
    /(?:サービス|運用|業務|事務)(?:を|が|は)?[^。、,]{0,12}?終了(?=(?:しました|した|いたしました|となりました)(?:。|$))/g,
    "not_evaluated~",
    null,
  ),
  row(/により施策を推進し[、,]?評価/g, "not_evaluated", null, { needs: ["評価"] }),
  row(/(?:評価|進行管理|管理)(?:の)?対象(?:外|から外)/g, "not_evaluated", null, { needs: ["対象"] }),
  row(/施策(?:を|は|が)?廃止/g, "not_evaluated", null),
  row(/評価(?:は|を)?(?:行わ|実施せ|実施し|せ|し)(?=ない|ず|ません)/g, null, "not_evaluated", { needs: ["評価"] }),
  row(/評価せず/g, "not_evaluated", null),
  // A review's verdict on the project (事業仕分け: 「不要・凍結」と判定された, 不要とされた).
  row(/「?(?:不要|凍結)(?:[・、](?:不要|凍結|廃止))*」?(?:と|に)(?:判定|判断|され|し|な)/g, "not_evaluated", null),
  // 中断した / 中断する: stopped, perhaps for good (weak: 工事が中断したが再開し計画通り is on track); 一時中断 is a pause (delay.ts).
  row(/(?<!一時)中断(?=し|され|と|する|。|$)/g, "not_evaluated~", null),
  // 中止 / 廃止 / 休止 of the measure itself; 中止や延期 of an event is a delay (delay.ts), 一時休止 a pause.
  row(/(?:事業|施策|取組み?|計画)(?:を|は|が|の)?(?:終了)?(?:中止|廃止|休止)/g, "not_evaluated", null),
  // A bare 中止 / 廃止 is a rating only when it is (nearly) the whole text: 押印廃止 is a reform, not the end.
  row(/^[^。、,]{0,6}?(?<!一時)(?:中止|廃止|休止)(?:[・、](?:中止|廃止|休止))*[^。、,]{0,4}$/g, "not_evaluated", null),
];
