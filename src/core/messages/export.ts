import type { Message } from "./index";

/** The open-data export's column headers, yes / no and the export tab's name. */
export const exportMessages: Record<string, Message> = {
  "export.column.sheet": { ja: "シート", en: "Sheet" },
  "export.column.number": { ja: "施策番号", en: "Measure number" },
  "export.column.name": { ja: "施策名", en: "Measure name" },
  "export.column.department": { ja: "担当部署", en: "Department" },
  "export.column.fiscalYear": { ja: "年度（西暦）", en: "Fiscal year" },
  "export.column.label": { ja: "年度", en: "Year label" },
  "export.column.plan": { ja: "計画・設計", en: "Planning and design" },
  "export.column.build": { ja: "開発・構築", en: "Development" },
  "export.column.operation": { ja: "運用", en: "Operation" },
  "export.column.status": { ja: "進捗区分", en: "Status" },
  "export.column.statusPhrase": { ja: "判定の根拠", en: "Deciding phrase" },
  "export.column.summary": { ja: "進捗総括", en: "Progress summary" },
  "export.column.work": { ja: "作業内容", en: "Work done" },
  "export.column.progress": { ja: "進捗率（%）", en: "Progress (%)" },
  "export.column.progressRaw": { ja: "進捗率（上限なし）", en: "Progress, uncapped (%)" },
  "export.column.effect": { ja: "効果（額）", en: "Effect" },
  "export.column.effectKind": { ja: "効果の種類", en: "Effect kind" },
  "export.column.delayed": { ja: "遅延あり", en: "Delayed" },
  "export.column.delayedNow": { ja: "現在遅延", en: "Delayed now" },
  "export.yes": { ja: "はい", en: "Yes" },
  "export.no": { ja: "いいえ", en: "No" },
  "export.sheetName": { ja: "書き出し", en: "Export" },
};
