/** The Excel gateway's messages (Office.js error codes, protection checks; GatewayError.messageKey), in Japanese: the source catalogue. Every other language has exactly its keys (a missing one is a compile error). */
export const ja = {
  // Office.js error codes and protection checks.
  "excel.error.cellEditMode": "セルを編集中のため Excel を操作できません。Enter キーか Esc キーで編集を終えてから、もう一度実行してください。",
  "excel.error.accessDenied": "シートまたはブックが保護されているため書き込めません。保護を解除してから、もう一度実行してください。",
  "excel.error.itemNotFound": "対象のシートまたはセルが見つかりません。シート名が変更・削除されていないか確認し、もう一度検証してください。",
  "excel.error.invalidArgument": "Excel が処理できない値または範囲が指定されました。",
  "excel.error.payloadTooLarge": "ブックが大きすぎて一度に読み書きできませんでした。不要なシートを減らすか、デスクトップ版 Excel で実行してください。",
  "excel.error.general": "Excel で一時的なエラーが発生しました。しばらくしてから、もう一度実行してください。",
  "excel.error.apiNotSupported": "このバージョンの Excel では、この操作に必要な機能が使えません。Excel を更新してください。",
  "excel.error.unknown": "Excel の操作中に予期しないエラーが発生しました（コード: {code}）。",
  "excel.error.workbookProtected": "ブックの構成が保護されているため、シートを追加・削除できません。[校閲] の [ブックの保護] を解除してください。",
  "excel.error.replaceProtected": "前回作成した集計シート「{sheet}」が保護されているため、置き換えられません。保護を解除してください。",
} satisfies Record<string, string>;

export type ExcelKey = keyof typeof ja;
