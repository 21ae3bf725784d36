import type { Message } from "./index";

/** The command line's own texts. */
export const cliMessages: Record<string, Message> = {
  "cli.help": {
    ja: `shinchoku — 施策進行管理シートの検証・集計

使い方:
  shinchoku check FILE [--json] [--lang ja|en] [--rounding any|halfUp|floor|ceil]
                                                     検証（エラーなし: 終了コード0、エラーあり: 1、読めない・指定誤り: 2）
                                                     --rounding: 記載値の丸め方（既定 any: 四捨五入・切り捨て・切り上げのどれでも可）
  shinchoku fill FILE -o OUT [--lang ja|en]          自動入力を適用したコピーを書き出し、変更を一覧表示
  shinchoku summary FILE -o OUT [--lang ja|en]       集計タブを追加したコピーを書き出し
  shinchoku export FILE --format csv|json -o OUT     年度ごとの整然データ（CSVはExcel向けBOM付きUTF-8）
  shinchoku template -o OUT --start-year 2021 --years 5 [--number 番号] [--name 施策名] [--department 担当部署]
                                                     新しい施策シート1枚のブック

  複数の部署のブック:
  shinchoku check FILE… | DIR [--json] [--include-answered]
                                                     ファイルごとと合計の検証結果（フォルダ内の .xlsx / .xlsm をすべて）
  shinchoku summary FILE… | DIR -o OUT [--roster 名簿.csv]
                                                     全施策シートを1つのブックにまとめ、集計タブ・取込一覧・提出状況を追加
  shinchoku compare 前年度.xlsx 今年度.xlsx [--json] [-o OUT]
                                                     前年度との比較（前年度の写し・報告済み年度の書き換え・進捗率の低下）
                                                     -o: 前年度比較タブを加えたコピーを書き出し
  --include-answered: 確認済みの指摘も表示（既定では件数のみ）
  shinchoku --help | --version

入力ファイルは上書きしません。出力ファイルは完全に書き終えてから置かれます。`,
    en: `shinchoku — validate and summarise measure progress-management sheets (施策進行管理シート)

Usage:
  shinchoku check FILE [--json] [--lang ja|en] [--rounding any|halfUp|floor|ceil]
                                                     validate (exit 0: no errors, 1: errors, 2: unreadable file or wrong call)
                                                     --rounding: how stated values are rounded (default any: half-up, floor or ceiling)
  shinchoku fill FILE -o OUT [--lang ja|en]          write a copy with the safe fills applied; print each change
  shinchoku summary FILE -o OUT [--lang ja|en]       write a copy with the summary tabs
  shinchoku export FILE --format csv|json -o OUT     tidy data, a row per measure-year (CSV: UTF-8 with BOM for Excel)
  shinchoku template -o OUT --start-year 2021 --years 5 [--number NO] [--name NAME] [--department DEPT]
                                                     a new workbook with one blank measure sheet

  Many departments' workbooks:
  shinchoku check FILE… | DIR [--json] [--include-answered]
                                                     a report per file and in total (every .xlsx / .xlsm of a folder)
  shinchoku summary FILE… | DIR -o OUT [--roster ROSTER.csv]
                                                     every measure sheet in one workbook, with the summary tabs, 取込一覧 and 提出状況
  shinchoku compare LAST.xlsx THIS.xlsx [--json] [-o OUT]
                                                     this year against last year (copied texts, rewritten history, progress fallen)
                                                     -o: write a copy of THIS with the 前年度比較 tab
  --include-answered: list findings marked 確認済み too (by default only their count)
  shinchoku --help | --version

The input file is never written over; output files appear whole or not at all.`,
  },
  "cli.error": { ja: "エラー: {message}", en: "Error: {message}" },
  "cli.hint-help": { ja: "使い方は shinchoku --help を参照してください。", en: "See shinchoku --help." },
  "cli.unknown-command": { ja: "不明なコマンド「{command}」です。", en: "Unknown command \"{command}\"." },
  "cli.no-command": { ja: "コマンドを指定してください（check, fill, summary, export, template, compare）。", en: "Name a command (check, fill, summary, export, template, compare)." },
  "cli.bad-args": { ja: "引数が正しくありません: {detail}", en: "Wrong arguments: {detail}" },
  "cli.need-file": { ja: "入力ファイルを指定してください。", en: "Name the input file." },
  "cli.need-output": { ja: "出力ファイルを -o で指定してください。", en: "Name the output file with -o." },
  "cli.bad-format": { ja: "--format には csv か json を指定してください。", en: "--format takes csv or json." },
  "cli.bad-rounding": { ja: "--rounding には any, halfUp, floor, ceil のいずれかを指定してください。", en: "--rounding takes any, halfUp, floor or ceil." },
  "cli.bad-lang": { ja: "--lang には ja か en を指定してください。", en: "--lang takes ja or en." },
  "cli.bad-template": { ja: "テンプレートの指定が正しくありません: {detail}", en: "Wrong template options: {detail}" },
  "cli.summary-line": {
    ja: "{source}: 施策 {measures} 件、エラー {errors}、警告 {warnings}、情報 {infos}、遅延 {delayed}（現在遅延 {delayedNow}）",
    en: "{source}: {measures} measures, {errors} errors, {warnings} warnings, {infos} notes, {delayed} delayed ({delayedNow} delayed now)",
  },
  "cli.finding-line": { ja: "{severity} {address} [{rule}] {message}", en: "{severity} {address} [{rule}] {message}" },
  "cli.fill-line": { ja: "{address}: 「{before}」→「{after}」（{reason}）", en: "{address}: \"{before}\" → \"{after}\" ({reason})" },
  "cli.skip.changed": { ja: "プレビュー後にセルが変更されたため", en: "the cell changed after the preview" },
  "cli.skip.protected": { ja: "シートが保護されているため", en: "the sheet is protected" },
  "cli.skip.formula": { ja: "数式のセルのため", en: "the cell holds a formula" },
  "cli.skip.missing": { ja: "シートが見つからないため", en: "the sheet was not found" },
  "cli.fill-none": { ja: "自動入力する箇所はありません。", en: "Nothing to fill." },
  "cli.fill-done": { ja: "{count} 件の変更を {out} に書き出しました。", en: "Wrote {count} changes to {out}." },
  "cli.fill-skipped": { ja: "{address} は書き込めませんでした（{reason}）。", en: "{address} was not written ({reason})." },
  "cli.summary-done": { ja: "集計タブ（{tabs}）を {out} に書き出しました。", en: "Wrote the summary tabs ({tabs}) to {out}." },
  "cli.export-done": { ja: "{rows} 行を {out} に書き出しました。", en: "Wrote {rows} rows to {out}." },
  "cli.template-done": { ja: "新しい施策シート「{sheet}」を {out} に書き出しました。", en: "Wrote the new measure sheet {sheet} to {out}." },
  "cli.internal": {
    ja: "予期しない問題が発生しました（{detail}）。入力ファイルは変更していません。",
    en: "Something unexpected went wrong ({detail}). The input file was not changed.",
  },
  "cli.demo-done": { ja: "デモの結果: {dir}", en: "Demo output: {dir}" },
};
