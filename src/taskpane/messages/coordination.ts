/**
 * The task pane's texts for 取込・比較 and 確認済み.
 * Spread into this consumer's catalogue (ja.ts, en.ts); kept apart so the coordinating office's texts are found in one place.
 */
export const coordinationJa = {
  "taskpane.tab.coordination": "取込・比較",
  "taskpane.answer.badge": "確認済み",
  "taskpane.answer.who": "{by}（{at}）: {reason}",
  "taskpane.answer.remove": "確認済みを取り消す",
  "taskpane.answer.open": "確認済みにする…",
  "taskpane.answer.openLabel": "{sheet}!{cell} の指摘を確認済みにする",
  "taskpane.answer.reason": "理由",
  "taskpane.answer.by": "確認者",
  "taskpane.answer.reasonEmpty": "理由を入力してください。",
  "taskpane.answer.byEmpty": "確認者の名前を入力してください。",
  "taskpane.answer.save": "確認済みにする",
  "taskpane.answer.cancel": "キャンセル",
  "taskpane.import.title": "他のブックから取り込む",
  "taskpane.import.intro":
    "各部署から届いたブック（.xlsx）を選ぶと、施策シートをこのブックの末尾に取り込み、検証します。ファイルはこのパソコンの中で読み込み、どこにも送信しません。",
  "taskpane.import.pick": "ブックを選ぶ…",
  "taskpane.import.running": "読み込んでいます…",
  "taskpane.import.unreadable": "ブックとして読み込めないファイルがあります: {names}",
  "taskpane.import.listLabel": "取り込む施策シート",
  "taskpane.import.fileSheets": "{file}: 施策シート {count} 枚（{sheets}）",
  "taskpane.import.fileNone": "{file}: 施策シートがありません",
  "taskpane.import.run": "取り込む",
  "taskpane.import.done":
    "{files} ファイルから施策シート {sheets} 枚を取り込み、検証しました（エラー {errors} 件）。結果は「検証」タブにあります。",
  "taskpane.import.unsupported": "このバージョンの Excel ではブックの取り込みができません（ExcelApi 1.13 が必要です）。",
  "taskpane.compare.title": "前年度のブックと比較",
  "taskpane.compare.intro":
    "前年度に提出されたブックを選ぶと、このブックと比べます（前年度の記載の写し、報告済みの年度の書き換え、進捗率の低下）。ファイルはこのパソコンの中で読み込み、どこにも送信しません。",
  "taskpane.compare.pick": "前年度のブックを選ぶ…",
  "taskpane.compare.running": "比較しています…",
  "taskpane.compare.summary":
    "{file} と比較: 施策 {measures} 件（新規 {new}、今年度なし {dropped}）、前年度の写し {copied}、書き換え {changed}、進捗率の低下 {decreased}",
  "taskpane.compare.write": "前年度比較タブを作る",
  "taskpane.compare.written": "「{name}」タブを作りました。",
  "taskpane.compare.none": "前年度と比べて問題は見つかりませんでした。",
  "taskpane.compare.listLabel": "前年度との比較の指摘",
  "taskpane.validate.answered": "確認済み {count} 件（件数には含みません）",
} satisfies Record<string, string>;

export const coordinationEn: Record<keyof typeof coordinationJa, string> = {
  "taskpane.tab.coordination": "Import & compare",
  "taskpane.answer.badge": "Answered",
  "taskpane.answer.who": "{by} ({at}): {reason}",
  "taskpane.answer.remove": "Undo answered",
  "taskpane.answer.open": "Mark as answered…",
  "taskpane.answer.openLabel": "Mark as answered… (the finding at {sheet}!{cell})",
  "taskpane.answer.reason": "Reason",
  "taskpane.answer.by": "Your name",
  "taskpane.answer.reasonEmpty": "Give a reason.",
  "taskpane.answer.byEmpty": "Give your name.",
  "taskpane.answer.save": "Mark as answered",
  "taskpane.answer.cancel": "Cancel",
  "taskpane.import.title": "Import from other workbooks",
  "taskpane.import.intro":
    "Pick the workbooks (.xlsx) the departments sent: their measure sheets are added at the end of this workbook and checked. Files are read on this computer and sent nowhere.",
  "taskpane.import.pick": "Choose workbooks…",
  "taskpane.import.running": "Reading…",
  "taskpane.import.unreadable": "These files cannot be read as workbooks: {names}",
  "taskpane.import.listLabel": "Measure sheets to import",
  "taskpane.import.fileSheets": "{file}: {count} measure sheets ({sheets})",
  "taskpane.import.fileNone": "{file}: no measure sheet",
  "taskpane.import.run": "Import",
  "taskpane.import.done": "Imported {sheets} measure sheets from {files} files and validated (errors: {errors}). See the Validate tab.",
  "taskpane.import.unsupported": "This version of Excel cannot import workbooks (ExcelApi 1.13 is needed).",
  "taskpane.compare.title": "Compare with last year's workbook",
  "taskpane.compare.intro":
    "Pick last year's workbook to compare this one with it (texts copied from earlier years, reported years rewritten, progress fallen). The file is read on this computer and sent nowhere.",
  "taskpane.compare.pick": "Choose last year's workbook…",
  "taskpane.compare.running": "Comparing…",
  "taskpane.compare.summary":
    "Compared with {file}: {measures} measures ({new} new, {dropped} gone), {copied} copied, {changed} rewritten, {decreased} progress fell",
  "taskpane.compare.write": "Write the year-on-year tab",
  "taskpane.compare.written": "Wrote the tab {name}.",
  "taskpane.compare.none": "Nothing to point out against last year.",
  "taskpane.compare.listLabel": "Findings against last year",
  "taskpane.validate.answered": "{count} answered (not counted)",
};
