import type { Message } from "./index";

/**
 * The coordinating office's work: many workbooks at once, this year against last year, and findings a
 * person has answered (確認済み). Rule messages, tab and column names, and the command line's lines.
 */
export const coordinationMessages: Record<string, Message> = {
  // ---- rules ----
  "rule.copied-from-last-year": {
    ja: "{label}の{field}が{earlier}の記載とほぼ同じです（類似度 {similarity}%）。今年度の内容に更新されているか確認してください。",
    en: "The {field} of {label} is nearly the same as {earlier}'s ({similarity}% alike). Check that it was updated for this year.",
  },
  "rule.copied-from-last-year.identical": {
    ja: "{label}の{field}が{earlier}の記載と同じです。今年度の内容に更新されているか確認してください。",
    en: "The {field} of {label} is the same as {earlier}'s. Check that it was updated for this year.",
  },
  "rule.status-changed.status": {
    ja: "{label}の進捗区分が前年度のブックの「{beforeJa}」から「{afterJa}」に変わっています（報告済みの年度の書き換え）。",
    en: "The status of {label} changed from \"{beforeEn}\" in last year's workbook to \"{afterEn}\" (a reported year rewritten).",
  },
  "rule.status-changed.summary": {
    ja: "{label}の進捗総括が前年度のブックの記載と異なります（前年度: 「{before}」）。",
    en: "The progress summary of {label} differs from last year's workbook (then: \"{before}\").",
  },
  "rule.status-changed.work": {
    ja: "{label}の作業内容が前年度のブックの記載と異なります（前年度: 「{before}」）。",
    en: "The work done in {label} differs from last year's workbook (then: \"{before}\").",
  },
  "rule.status-changed.effect": {
    ja: "{label}の効果（額）が前年度のブックの記載と異なります（前年度: 「{before}」）。",
    en: "The effect of {label} differs from last year's workbook (then: \"{before}\").",
  },
  "rule.progress-decreased-since-last-year": {
    ja: "進捗率が前年度のブック（{beforeLabel}: {before}%）より下がっています（{label}: {progress}%）。",
    en: "Progress fell since last year's workbook ({beforeLabel}: {before}%) to {progress}% ({label}).",
  },
  "rule.duplicate-number.file": {
    ja: "施策番号「{number}」はファイル「{file}」のシート「{other}」と重複しています。",
    en: "Measure number {number} is already used in file {file}, sheet {other}.",
  },
  "ruleTitle.copied-from-last-year": { ja: "前年度の記載の写し", en: "Copied from an earlier year" },
  "ruleTitle.status-changed": { ja: "報告済みの年度の書き換え", en: "Reported year rewritten" },
  "ruleTitle.progress-decreased-since-last-year": { ja: "前年度より進捗率が低下", en: "Progress fell since last year" },
  "value.none": { ja: "（未記入）", en: "(empty)" },

  // ---- tabs ----
  "tab.comparison": { ja: "前年度比較", en: "Year on year" },
  "tab.submissions": { ja: "提出状況", en: "Submissions" },
  "tab.sources": { ja: "取込一覧", en: "Imported sheets" },
  "tab.answers": { ja: "Shinchoku確認済み", en: "Shinchoku answered" },
  "compare.col.match": { ja: "照合", en: "Matched by" },
  "compare.col.lastStatus": { ja: "前年度の進捗区分", en: "Last year's status" },
  "compare.col.lastProgress": { ja: "前年度の進捗率", en: "Last year's progress" },
  "compare.col.status": { ja: "今年度の進捗区分", en: "This year's status" },
  "compare.col.progress": { ja: "今年度の進捗率", en: "This year's progress" },
  "compare.col.change": { ja: "増減", en: "Change" },
  "compare.col.findings": { ja: "比較の指摘", en: "Findings" },
  "compare.match.number": { ja: "施策番号", en: "number" },
  "compare.match.name": { ja: "施策名", en: "name" },
  "compare.match.new": { ja: "新規", en: "new" },
  "compare.match.dropped": { ja: "今年度なし", en: "gone" },
  "batch.col.file": { ja: "ファイル", en: "File" },
  "batch.col.originalSheet": { ja: "元のシート名", en: "Original sheet" },
  "batch.col.expected": { ja: "提出予定（名簿）", en: "Expected (roster)" },
  "batch.col.state": { ja: "状況", en: "State" },
  "batch.col.savedAt": { ja: "最終保存日時", en: "Last saved" },
  "batch.col.errors": { ja: "エラー", en: "Errors" },
  "batch.col.warnings": { ja: "警告", en: "Warnings" },
  "batch.state.submitted": { ja: "提出済み", en: "Submitted" },
  "batch.state.missing": { ja: "未提出", en: "Missing" },
  "batch.state.unexpected": { ja: "名簿外", en: "Not on roster" },
  "answers.col.rule": { ja: "ルール", en: "Rule" },
  "answers.col.sheet": { ja: "シート", en: "Sheet" },
  "answers.col.cell": { ja: "セル", en: "Cell" },
  "answers.col.fingerprint": { ja: "セル内容の照合値", en: "Cell fingerprint" },
  "answers.col.reason": { ja: "理由", en: "Reason" },
  "answers.col.by": { ja: "確認者", en: "By" },
  "answers.col.at": { ja: "確認日時", en: "At" },
  "col.answered": { ja: "確認済み", en: "Answered" },
  "value.answered": { ja: "確認済み（{by}: {reason}）", en: "Answered ({by}: {reason})" },

  // ---- command line ----
  "cli.batch-file-line": {
    ja: "{source}: 部署 {departments}、施策 {measures} 件、エラー {errors}、警告 {warnings}、情報 {infos}",
    en: "{source}: departments {departments}, {measures} measures, {errors} errors, {warnings} warnings, {infos} notes",
  },
  "cli.batch-file-failed": { ja: "{source}: 読み込めません（{message}）", en: "{source}: cannot be read ({message})" },
  "cli.batch-total-line": {
    ja: "合計: ファイル {files}（読込不可 {unreadable}）、施策 {measures} 件、エラー {errors}、警告 {warnings}、情報 {infos}、確認済み {answered}",
    en: "Total: {files} files ({unreadable} unreadable), {measures} measures, {errors} errors, {warnings} warnings, {infos} notes, {answered} answered",
  },
  "cli.answered-line": { ja: "  確認済み（{by}、{at}）: {reason}", en: "  answered ({by}, {at}): {reason}" },
  "cli.answered-hidden": {
    ja: "確認済みの指摘 {count} 件は表示していません（--include-answered で表示）。",
    en: "{count} answered findings not shown (--include-answered shows them).",
  },
  "cli.no-workbooks": { ja: "フォルダ「{path}」に .xlsx / .xlsm のファイルがありません。", en: "The folder {path} holds no .xlsx / .xlsm file." },
  "cli.roster-empty": { ja: "名簿「{path}」に部署名も施策番号もありません。", en: "The roster {path} names no department and no measure number." },
  "cli.roster-unreadable": { ja: "名簿「{path}」を読み込めません（{detail}）。", en: "Cannot read the roster {path} ({detail})." },
  "cli.combined-done": {
    ja: "{files} ファイルの施策シート {sheets} 枚と集計タブ（{tabs}）を {out} に書き出しました。",
    en: "Wrote {sheets} measure sheets from {files} files and the summary tabs ({tabs}) to {out}.",
  },
  "cli.roster-missing": { ja: "未提出: {names}", en: "Missing: {names}" },
  "cli.compare-row": {
    ja: "{number} {name}: {last} → {current}",
    en: "{number} {name}: {last} → {current}",
  },
  "cli.compare-done": {
    ja: "前年度比較: 施策 {measures} 件（新規 {new}、今年度なし {dropped}）、前年度の写し {copied}、書き換え {changed}、進捗率の低下 {decreased}",
    en: "Year on year: {measures} measures ({new} new, {dropped} gone), {copied} copied, {changed} rewritten, {decreased} progress fell",
  },
  "cli.compare-written": { ja: "前年度比較タブを加えたコピーを {out} に書き出しました。", en: "Wrote a copy with the year-on-year tab to {out}." },
  "cli.need-two-files": { ja: "前年度と今年度の2つのファイルを指定してください。", en: "Name two files: last year's and this year's." },
  // ---- task pane ----
  "taskpane.tab.coordination": { ja: "取込・比較", en: "Import & compare" },
  "taskpane.answer.badge": { ja: "確認済み", en: "Answered" },
  "taskpane.answer.who": { ja: "{by}（{at}）: {reason}", en: "{by} ({at}): {reason}" },
  "taskpane.answer.remove": { ja: "確認済みを取り消す", en: "Undo answered" },
  "taskpane.answer.open": { ja: "確認済みにする…", en: "Mark as answered…" },
  "taskpane.answer.openLabel": { ja: "{sheet}!{cell} の指摘を確認済みにする", en: "Mark the finding at {sheet}!{cell} as answered" },
  "taskpane.answer.reason": { ja: "理由", en: "Reason" },
  "taskpane.answer.by": { ja: "確認者", en: "Your name" },
  "taskpane.answer.reasonEmpty": { ja: "理由を入力してください。", en: "Give a reason." },
  "taskpane.answer.byEmpty": { ja: "確認者の名前を入力してください。", en: "Give your name." },
  "taskpane.answer.save": { ja: "確認済みにする", en: "Mark as answered" },
  "taskpane.answer.cancel": { ja: "キャンセル", en: "Cancel" },
  "taskpane.import.title": { ja: "他のブックから取り込む", en: "Import from other workbooks" },
  "taskpane.import.intro": {
    ja: "各部署から届いたブック（.xlsx）を選ぶと、施策シートをこのブックの末尾に取り込み、検証します。ファイルはこのパソコンの中で読み込み、どこにも送信しません。",
    en: "Pick the workbooks (.xlsx) the departments sent: their measure sheets are added at the end of this workbook and checked. Files are read on this computer and sent nowhere.",
  },
  "taskpane.import.pick": { ja: "ブックを選ぶ…", en: "Choose workbooks…" },
  "taskpane.import.running": { ja: "読み込んでいます…", en: "Reading…" },
  "taskpane.import.unreadable": { ja: "ブックとして読み込めないファイルがあります: {names}", en: "These files cannot be read as workbooks: {names}" },
  "taskpane.import.listLabel": { ja: "取り込む施策シート", en: "Measure sheets to import" },
  "taskpane.import.fileSheets": { ja: "{file}: 施策シート {count} 枚（{sheets}）", en: "{file}: {count} measure sheets ({sheets})" },
  "taskpane.import.fileNone": { ja: "{file}: 施策シートがありません", en: "{file}: no measure sheet" },
  "taskpane.import.run": { ja: "取り込む", en: "Import" },
  "taskpane.import.done": {
    ja: "{files} ファイルから施策シート {sheets} 枚を取り込み、検証しました（エラー {errors} 件）。結果は「検証」タブにあります。",
    en: "Imported {sheets} measure sheets from {files} files and validated (errors: {errors}). See the Validate tab.",
  },
  "taskpane.import.unsupported": {
    ja: "このバージョンの Excel ではブックの取り込みができません（ExcelApi 1.13 が必要です）。",
    en: "This version of Excel cannot import workbooks (ExcelApi 1.13 is needed).",
  },
  "taskpane.compare.title": { ja: "前年度のブックと比較", en: "Compare with last year's workbook" },
  "taskpane.compare.intro": {
    ja: "前年度に提出されたブックを選ぶと、このブックと比べます（前年度の記載の写し、報告済みの年度の書き換え、進捗率の低下）。ファイルはこのパソコンの中で読み込み、どこにも送信しません。",
    en: "Pick last year's workbook to compare this one with it (texts copied from earlier years, reported years rewritten, progress fallen). The file is read on this computer and sent nowhere.",
  },
  "taskpane.compare.pick": { ja: "前年度のブックを選ぶ…", en: "Choose last year's workbook…" },
  "taskpane.compare.running": { ja: "比較しています…", en: "Comparing…" },
  "taskpane.compare.summary": {
    ja: "{file} と比較: 施策 {measures} 件（新規 {new}、今年度なし {dropped}）、前年度の写し {copied}、書き換え {changed}、進捗率の低下 {decreased}",
    en: "Compared with {file}: {measures} measures ({new} new, {dropped} gone), {copied} copied, {changed} rewritten, {decreased} progress fell",
  },
  "taskpane.compare.write": { ja: "前年度比較タブを作る", en: "Write the year-on-year tab" },
  "taskpane.compare.written": { ja: "「{name}」タブを作りました。", en: "Wrote the tab {name}." },
  "taskpane.compare.none": { ja: "前年度と比べて問題は見つかりませんでした。", en: "Nothing to point out against last year." },
  "taskpane.compare.listLabel": { ja: "前年度との比較の指摘", en: "Findings against last year" },
  "taskpane.validate.answered": { ja: "確認済み {count} 件（件数には含みません）", en: "{count} answered (not counted)" },
};
