/** The Excel gateway's messages (Office.js error codes, protection checks; GatewayError.messageKey), in Japanese: the source catalogue. Every other language has exactly its keys (a missing one is a compile error). */
export const ja = {
  // Office.js error codes and protection checks.
  "excel.error.cellEditMode":
    "セルを編集中のため Excel を操作できません。Enter キーか Esc キーで編集を終えてから、もう一度実行してください。",
  "excel.error.accessDenied": "シートまたはブックが保護されているため書き込めません。保護を解除してから、もう一度実行してください。",
  "excel.error.itemNotFound":
    "対象のシートまたはセルが見つかりません。シート名が変更・削除されていないか確認し、もう一度検証してください。",
  "excel.error.invalidArgument": "Excel が処理できない値または範囲が指定されました。",
  "excel.error.payloadTooLarge":
    "ブックが大きすぎて一度に読み書きできませんでした。不要なシートを減らすか、デスクトップ版 Excel で実行してください。",
  "excel.error.general": "Excel で一時的なエラーが発生しました。しばらくしてから、もう一度実行してください。",
  "excel.error.apiNotSupported": "このバージョンの Excel では、この操作に必要な機能が使えません。Excel を更新してください。",
  "excel.error.itemAlreadyExists":
    "同じ名前のシート・テーブル・名前がすでにあります。コピーしたシートを選んでいる場合は別のシートを選び、もう一度実行してください。",
  "excel.error.invalidOperation":
    "Excel がこの操作を受け付けませんでした。開いているダイアログを閉じ、フィルターや共同編集の操作が終わってから、もう一度実行してください。",
  "excel.error.rangeTooLarge":
    "一度に扱えるセル数（500 万セル）を超えました。使っていない行や列の書式を削除してから、もう一度実行してください。",
  "excel.error.farValue":
    "シート「{sheet}」の {cell} まで使用範囲が広がっていて、読み取れませんでした。Ctrl+End でそのセルへ移動し、不要な値なら削除してから、もう一度実行してください。",
  "excel.error.mergedRangeConflict":
    "結合されたセルと重なるため書き込めませんでした。対象のセルの結合を解除してから、もう一度実行してください。",
  "excel.error.inactiveWorkbook": "このブックがアクティブではありません。ブックのウィンドウを選んでから、もう一度実行してください。",
  "excel.error.sheetHidden":
    "シート「{sheet}」は非表示のため選択できません。[ホーム] → [書式] → [非表示/再表示] でシートを再表示してから、もう一度クリックしてください。",
  "excel.error.unknown": "Excel の操作中に予期しないエラーが発生しました（コード: {code}）。",
  "excel.error.workbookProtected":
    "ブックの構成が保護されているため、シートを追加・削除できません。[校閲] の [ブックの保護] を解除してください。",
  "excel.error.replaceProtected": "前回作成した集計シート「{sheet}」が保護されているため、置き換えられません。保護を解除してください。",
} satisfies Record<string, string>;

export type ExcelKey = keyof typeof ja;
