import type { Message } from "./index";

/** Status names and symbols, summary tab names and headers. */
export const labelMessages: Record<string, Message> = {
  "status.ahead": { ja: "◎ 計画以上", en: "◎ Ahead" },
  "status.on_track": { ja: "○ 計画通り", en: "○ On track" },
  "status.achieved": { ja: "● 達成", en: "● Achieved" },
  "status.delayed": { ja: "△ 遅延", en: "△ Delayed" },
  "status.at_risk": { ja: "× 困難", en: "× At risk" },
  "status.not_evaluated": { ja: "－ 対象外", en: "－ Not evaluated" },
  "status.unknown": { ja: "？ 判定不能", en: "？ Unknown" },
  "severity.error": { ja: "エラー", en: "Error" },
  "severity.warning": { ja: "警告", en: "Warning" },
  "severity.info": { ja: "情報", en: "Info" },
};
