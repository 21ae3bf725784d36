/** The command line's messages, in Japanese: the source catalogue. Every other language has exactly its keys (a missing one is a compile error). */
import { coordinationJa } from "./coordination";
export const ja = {
  // The command line's own texts.
  "cli.help":
    "shinchoku — 施策進行管理シートの検証・集計\n\n使い方:\n  shinchoku check FILE [--json] [--lang ja|en] [--rounding any|halfUp|floor|ceil]\n                                                     検証（エラーなし: 終了コード0、エラーあり: 1、読めない・指定誤り: 2）\n                                                     --rounding: 記載値の丸め方（既定 any: 四捨五入・切り捨て・切り上げのどれでも可）\n  shinchoku fill FILE -o OUT [--lang ja|en]          自動入力を適用したコピーを書き出し、変更を一覧表示\n  shinchoku summary FILE -o OUT [--lang ja|en]       集計タブを追加したコピーを書き出し\n  shinchoku export FILE --format csv|json -o OUT     年度ごとの整然データ（CSVはExcel向けBOM付きUTF-8）\n  shinchoku template -o OUT --start-year 2021 --years 5 [--number 番号] [--name 施策名] [--department 担当部署]\n                                                     新しい施策シート1枚のブック\n                   [--form seed|rating|indicator]    様式: 進捗総括・評価欄つき・成果指標つき\n  shinchoku profile FILE                             ブックを読む様式（プロファイル）をJSONで表示（独自の様式の出発点）\n  --profile FILE                                     check・fill・summary・export を独自の様式（JSON）で読む\n                                                     （指定がなければブックに保存された様式・丸め方・タブ名で読む）\n  複数の部署のブック:\n  shinchoku check FILE… | DIR [--json] [--include-answered]\n                                                     ファイルごとと合計の検証結果（フォルダ内の .xlsx / .xlsm をすべて）\n  shinchoku summary FILE… | DIR -o OUT [--roster 名簿.csv]\n                                                     全施策シートを1つのブックにまとめ、集計タブ・取込一覧・提出状況を追加\n  shinchoku compare 前年度.xlsx 今年度.xlsx [--json] [-o OUT]\n                                                     前年度との比較（前年度の写し・報告済み年度の書き換え・進捗率の低下）\n                                                     -o: 前年度比較タブを加えたコピーを書き出し\n  --include-answered: 確認済みの指摘も表示（既定では件数のみ）\n\n  shinchoku --help | --version\n\n入力ファイルは上書きしません。出力ファイルは完全に書き終えてから置かれます。",
  "cli.error": "エラー: {message}",
  "cli.hint-help": "使い方は shinchoku --help を参照してください。",
  "cli.unknown-command": "不明なコマンド「{command}」です。",
  "cli.no-command": "コマンドを指定してください（check, fill, summary, export, template, compare）。",
  "cli.bad-args": "引数が正しくありません: {detail}",
  "cli.unknown-option": "{option} というオプションはありません。",
  "cli.option-needs-value": "{option} の後に値を指定してください。",
  "cli.option-takes-no-value": "{option} には値を付けません。",
  "cli.need-file": "入力ファイルを指定してください。",
  "cli.need-output": "出力ファイルを -o で指定してください。",
  "cli.bad-format": "--format には csv か json を指定してください。",
  "cli.bad-rounding": "--rounding には any, halfUp, floor, ceil のいずれかを指定してください。",
  "cli.bad-lang": "--lang には ja か en を指定してください。",
  "cli.bad-template": "テンプレートの指定が正しくありません: {detail}",
  "cli.summary-line":
    "{source}: 施策 {measures} 件、エラー {errors}、警告 {warnings}、情報 {infos}、遅延 {delayed}（現在遅延 {delayedNow}）",
  "cli.finding-line": "{severity} {address} [{rule}] {message}",
  "cli.fill-line": "{address}: 「{before}」→「{after}」（{reason}）",
  "cli.skip.changed": "プレビュー後にセルが変更されたため",
  "cli.skip.protected": "シートが保護され、このセルはロックされているため",
  "cli.refused.workbook-protected":
    "ブックの構成が保護されているため、タブを追加できません。Excel の [校閲] → [ブックの保護] で解除してから実行してください（何も書き出していません）。",
  "cli.refused.replace-protected":
    "前回作成したタブ「{sheet}」が保護されているため、置き換えられません。シートの保護を解除してから実行してください（何も書き出していません）。",
  "cli.skip.blocked":
    "保護されたシートのロックされたセルがほかにあり、入力は全部そろえて行うため。そのシートの保護を解除する（またはセルのロックを外す）と書き込めます",
  "cli.skip.formula": "数式のセルのため",
  "cli.skip.failed": "Excel が途中で書き込みを受け付けなくなったため",
  "cli.skip.missing": "シートが見つからないため",
  "cli.fill-none": "自動入力する箇所はありません。",
  "cli.fill-done": "{count} 件の変更を {out} に書き出しました。",
  "cli.fill-skipped": "{address} は書き込めませんでした（{reason}）。",
  "cli.summary-done": "集計タブ（{tabs}）を {out} に書き出しました。",
  "cli.export-done": "{rows} 行を {out} に書き出しました。",
  "cli.template-done": "新しい施策シート「{sheet}」を {out} に書き出しました。",
  "cli.internal": "予期しない問題が発生しました（{detail}）。入力ファイルは変更していません。",
  "cli.demo-done": "デモの結果: {dir}",
  // Reading and writing .xlsx files (XlsxFileError codes): why a file could not be read or written.
  "file.not-found": "ファイルが見つかりません: {path}",
  "file.not-xlsx": "Excel ブック（.xlsx）ではありません: {path}（{detail}）",
  "file.unreadable": "ファイルを読み込めません: {path}（{detail}）",
  "file.same-as-input": "出力先が入力ファイルと同じです: {path}（入力ファイルは上書きしません。別の名前を指定してください）",
  "file.write-failed": "ファイルを書き込めません: {path}（{detail}）",
  "file.encrypted": "パスワードで保護されたブックは読み込めません: {path}（Excel でパスワードを解除してから保存し直してください）",
  "file.no-sheets": "ブックにシートが1枚もありません: {path}（ファイルが壊れている可能性があります。Excel で開いて保存し直してください）",
  "file.reason.not-xlsx": ".xls や CSV のファイルは Excel で .xlsx 形式に保存し直してください",
  "file.reason.ods":
    "OpenDocument 形式（.ods）のブックです。LibreOffice Calc の「名前を付けて保存」で「Excel 2007-365 (.xlsx)」を選んで保存し直してください",
  "file.reason.xlsb":
    "Excel バイナリ ブック（.xlsb）です。Excel の「名前を付けて保存」で「Excel ブック (*.xlsx)」を選んで保存し直してください",
  "file.reason.damaged": "ファイルが壊れているか、途中で切れています。元のブックを Excel で開いて保存し直してください",
  "file.reason.too-large": "展開すると 1 GB を超えるため読み込みません（通常のブックではありません）",
  "file.reason.sheet-name":
    "Excel で使えないシート名があります。シート名は 31 文字まで、: \\ / ? * [ ] を含まず、互いに異なる名前にして保存し直してください",
  "file.reason.no-permission": "アクセスする権限がありません",
  "file.reason.no-folder": "保存先のフォルダーがありません",
  "file.reason.is-folder": "同じ名前のフォルダーがあります",
  "file.reason.read-only": "保存先が読み取り専用です",
  "file.reason.disk-full": "ディスクの空き容量が足りません",
  "file.reason.folder-given": "フォルダーです。ブックのファイルを指定してください",
  "file.reason.not-regular": "デバイスやパイプなど、通常のファイルではありません",
  "file.reason.pipe-too-large": "1 GB を超えたため読み込みをやめました（ブックではありません）",
  "file.reason.broken-link": "リンクの先のファイルがありません",
  "file.needs-xlsx": "出力ファイルの名前は .xlsx で終えてください: {path}（Excel は名前の拡張子でブックの形式を判断します）",
  "file.needs-xlsm":
    "マクロを含むブックなので、出力ファイルの名前は .xlsm で終えてください: {path}（.xlsx の名前では Excel が開けません。マクロは外しません）",
  // Other offices' forms: ratings, indicators, profiles (product.md §6).
  "cli.settings-unreadable": "警告: ブックに保存された設定（様式・丸め方・タブ名）を読めないため、既定の設定で読みます（{detail}）。",
  "cli.settings-partly": "警告: ブックに保存された設定の一部が正しくないため、その項目は既定で読みます: {fields}",
  "cli.profile-unreadable": "様式ファイル {file} を読み込めません（JSON ではありません）。",
  // The coordinating office (many workbooks, last year, 確認済み).
  ...coordinationJa,
} satisfies Record<string, string>;

export type CliKey = keyof typeof ja;
