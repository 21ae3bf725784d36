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

/** Why each fill edit is proposed. */
export const fillMessages: Record<string, Message> = {
  "fill.html-markup": { ja: "HTMLタグを改行に置き換えます。", en: "Turns HTML markup into line breaks." },
  "fill.year-label": { ja: "年度の表記を標準の形にそろえます。", en: "Writes the fiscal-year label in its standard form." },
  "fill.year-label.era": {
    ja: "存在しない平成の年を令和に直します（{year}年度）。",
    en: "Rewrites a Heisei year that never existed in Reiwa (FY{year}).",
  },
  "fill.percent": { ja: "分数から進捗率（%）を計算して追記します。", en: "Adds the percentage computed from the fraction." },
  "fill.status": { ja: "進捗総括から判定した進捗区分を記入します（根拠: {phrase}）。", en: "Writes the status read from the progress summary (deciding phrase: {phrase})." },
};

/** Summary tabs: names and column headers. */
export const summaryMessages: Record<string, Message> = {
  "tab.overview": { ja: "進捗一覧", en: "Overview" },
  "tab.delayed": { ja: "遅延施策", en: "Delayed" },
  "tab.byDepartment": { ja: "担当課別", en: "By department" },
  "tab.byYear": { ja: "年度別", en: "By year" },
  "tab.findings": { ja: "検証結果", en: "Findings" },
  "col.number": { ja: "施策番号", en: "No." },
  "col.name": { ja: "施策名", en: "Measure" },
  "col.department": { ja: "担当部署", en: "Department" },
  "col.latestProgress": { ja: "最新進捗率", en: "Latest progress" },
  "col.delayed": { ja: "遅延あり", en: "Delayed" },
  "col.delayedNow": { ja: "現在遅延", en: "Delayed now" },
  "col.findings": { ja: "指摘数", en: "Findings" },
  "col.year": { ja: "対象年度", en: "Fiscal year" },
  "col.status": { ja: "進捗区分", en: "Status" },
  "col.phrase": { ja: "判定の根拠", en: "Deciding phrase" },
  "col.summary": { ja: "進捗総括（全文）", en: "Progress summary (full text)" },
  "col.measures": { ja: "施策数", en: "Measures" },
  "col.achieved": { ja: "達成", en: "Achieved" },
  "col.averageProgress": { ja: "平均最新進捗率", en: "Average latest progress" },
  "col.total": { ja: "計", en: "Total" },
  "col.severity": { ja: "重要度", en: "Severity" },
  "col.rule": { ja: "ルール", en: "Rule" },
  "col.sheet": { ja: "シート", en: "Sheet" },
  "col.cell": { ja: "セル", en: "Cell" },
  "col.message": { ja: "内容", en: "Message" },
  "value.yes": { ja: "あり", en: "Yes" },
  "chart.byYear": { ja: "年度別の進捗区分", en: "Status by fiscal year" },
  "print.pageOf": { ja: "{page} / {pages} ページ", en: "Page {page} of {pages}" },
  "print.printed": { ja: "{date} 印刷", en: "Printed {date}" },
};
