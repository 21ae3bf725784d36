/** Ahead of plan. */
import { DEGREE, row, type Row } from "./row";

export const AHEAD: readonly Row[] = [
  row(
    new RegExp(
      `(?:計画|予定|当初(?:計画|予定)?|想定|見込み|期待)(?:以上(?!の(?!進捗|成果|実績|効果|進展|伸び))|を${DEGREE}上回|を${DEGREE}超え|を超過)(?:る|って|り|った)?(?:に|の)?(?:は)?(?:進捗|進ん|進め|推移|進行|成果)?`,
      "g",
    ),
    "ahead",
    "on_track~",
  ),
  row(/(?:計画|予定|スケジュール|事業|工程)?(?:を)?前倒し?/g, "ahead", "on_track~"),
  row(/(?:予定|計画|当初)(?:より|よりも)早/g, "ahead", "on_track~"),
];
