/**
 * The command line's texts for many workbooks, compare and 確認済み.
 * Spread into this consumer's catalogue (ja.ts, en.ts); kept apart so the coordinating office's texts are found in one place.
 */
export const coordinationJa = {
  "cli.batch-file-line": "{source}: 部署 {departments}、施策 {measures} 件、エラー {errors}、警告 {warnings}、情報 {infos}、様式 {form}",
  "cli.form.seed": "進捗総括の様式",
  "cli.form.rating": "評価欄つきの様式",
  "cli.form.indicator": "成果指標つきの様式",
  "cli.batch-file-failed": "{source}: 読み込めません（{message}）",
  "cli.batch-total-line":
    "合計: ファイル {files}（読込不可 {unreadable}）、施策 {measures} 件、エラー {errors}、警告 {warnings}、情報 {infos}、確認済み {answered}",
  "cli.answered-line": "  確認済み（{by}、{at}）: {reason}",
  "cli.answered-hidden": "確認済みの指摘 {count} 件は表示していません（--include-answered で表示）。",
  "cli.no-workbooks": "フォルダ「{path}」に .xlsx / .xlsm のファイルがありません。",
  "cli.roster-empty": "名簿「{path}」に部署名も施策番号もありません。",
  "cli.roster-unreadable": "名簿「{path}」を読み込めません（{detail}）。",
  "cli.combined-done": "{files} ファイルの施策シート {sheets} 枚と集計タブ（{tabs}）を {out} に書き出しました。",
  "cli.roster-missing": "未提出: {names}",
  "cli.compare-row": "{number} {name}: {last} → {current}",
  "cli.compare-done":
    "前年度比較: 施策 {measures} 件（新規 {new}、今年度なし {dropped}）、前年度の写し {copied}、書き換え {changed}、進捗率の低下 {decreased}",
  "cli.compare-written": "前年度比較タブを加えたコピーを {out} に書き出しました。",
  "cli.need-two-files": "前年度と今年度の2つのファイルを指定してください。",
} satisfies Record<string, string>;

export const coordinationEn: Record<keyof typeof coordinationJa, string> = {
  "cli.batch-file-line":
    "{source}: departments {departments}, {measures} measures, {errors} errors, {warnings} warnings, {infos} notes, form {form}",
  "cli.form.seed": "progress-summary form",
  "cli.form.rating": "rating form",
  "cli.form.indicator": "indicator form",
  "cli.batch-file-failed": "{source}: cannot be read ({message})",
  "cli.batch-total-line":
    "Total: {files} files ({unreadable} unreadable), {measures} measures, {errors} errors, {warnings} warnings, {infos} notes, {answered} answered",
  "cli.answered-line": "  answered ({by}, {at}): {reason}",
  "cli.answered-hidden": "{count} answered findings not shown (--include-answered shows them).",
  "cli.no-workbooks": "The folder {path} holds no .xlsx / .xlsm file.",
  "cli.roster-empty": "The roster {path} names no department and no measure number.",
  "cli.roster-unreadable": "Cannot read the roster {path} ({detail}).",
  "cli.combined-done": "Wrote {sheets} measure sheets from {files} files and the summary tabs ({tabs}) to {out}.",
  "cli.roster-missing": "Missing: {names}",
  "cli.compare-row": "{number} {name}: {last} → {current}",
  "cli.compare-done":
    "Year on year: {measures} measures ({new} new, {dropped} gone), {copied} copied, {changed} rewritten, {decreased} progress fell",
  "cli.compare-written": "Wrote a copy with the year-on-year tab to {out}.",
  "cli.need-two-files": "Name two files: last year's and this year's.",
};
