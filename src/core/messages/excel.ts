import type { Message } from "./index";

/** The Excel gateway (src/excel): Office.js error codes and protection checks, as GatewayError.messageKey. */
export const excelMessages: Record<string, Message> = {
  "excel.error.cellEditMode": {
    ja: "セルを編集中のため Excel を操作できません。Enter キーか Esc キーで編集を終えてから、もう一度実行してください。",
    en: "Excel is busy while a cell is being edited. Press Enter or Esc to finish editing, then try again.",
  },
  "excel.error.accessDenied": {
    ja: "シートまたはブックが保護されているため書き込めません。保護を解除してから、もう一度実行してください。",
    en: "The sheet or workbook is protected, so nothing could be written. Remove the protection and try again.",
  },
  "excel.error.itemNotFound": {
    ja: "対象のシートまたはセルが見つかりません。シート名が変更・削除されていないか確認し、もう一度検証してください。",
    en: "The sheet or cell was not found. Check whether a sheet was renamed or deleted, then validate again.",
  },
  "excel.error.invalidArgument": {
    ja: "Excel が処理できない値または範囲が指定されました。",
    en: "Excel could not accept a value or range it was given.",
  },
  "excel.error.payloadTooLarge": {
    ja: "ブックが大きすぎて一度に読み書きできませんでした。不要なシートを減らすか、デスクトップ版 Excel で実行してください。",
    en: "The workbook is too large to read or write in one go. Remove sheets that are not needed, or use Excel on the desktop.",
  },
  "excel.error.general": {
    ja: "Excel で一時的なエラーが発生しました。しばらくしてから、もう一度実行してください。",
    en: "Excel reported a temporary error. Wait a moment and try again.",
  },
  "excel.error.apiNotSupported": {
    ja: "このバージョンの Excel では、この操作に必要な機能が使えません。Excel を更新してください。",
    en: "This version of Excel lacks a feature this action needs. Please update Excel.",
  },
  "excel.error.itemAlreadyExists": {
    ja: "同じ名前のシート・テーブル・名前がすでにあります。コピーしたシートを選んでいる場合は別のシートを選び、もう一度実行してください。",
    en: "A sheet, table or name of that name already exists. If a copied sheet is active, select another sheet and try again.",
  },
  "excel.error.invalidOperation": {
    ja: "Excel がこの操作を受け付けませんでした。開いているダイアログを閉じ、フィルターや共同編集の操作が終わってから、もう一度実行してください。",
    en: "Excel did not accept this operation. Close any open dialog, wait for filters or co-authors to finish, then try again.",
  },
  "excel.error.rangeTooLarge": {
    ja: "一度に扱えるセル数（500 万セル）を超えました。使っていない行や列の書式を削除してから、もう一度実行してください。",
    en: "More than Excel's 5,000,000 cells at once. Clear formatting from unused rows and columns, then try again.",
  },
  "excel.error.mergedRangeConflict": {
    ja: "結合されたセルと重なるため書き込めませんでした。対象のセルの結合を解除してから、もう一度実行してください。",
    en: "Merged cells are in the way. Unmerge the cells concerned, then try again.",
  },
  "excel.error.inactiveWorkbook": {
    ja: "このブックがアクティブではありません。ブックのウィンドウを選んでから、もう一度実行してください。",
    en: "This workbook is not the active one. Click into its window, then try again.",
  },
  "excel.error.sheetHidden": {
    ja: "シート「{sheet}」は非表示のため選択できません。[ホーム] → [書式] → [非表示/再表示] でシートを再表示してから、もう一度クリックしてください。",
    en: "Sheet \"{sheet}\" is hidden and cannot be selected. Unhide it (Home → Format → Hide & Unhide), then click again.",
  },
  "excel.error.unknown": {
    ja: "Excel の操作中に予期しないエラーが発生しました（コード: {code}）。",
    en: "An unexpected error occurred in Excel (code: {code}).",
  },
  "excel.error.workbookProtected": {
    ja: "ブックの構成が保護されているため、シートを追加・削除できません。[校閲] の [ブックの保護] を解除してください。",
    en: "The workbook structure is protected, so sheets cannot be added or removed. Turn off Protect Workbook on the Review tab.",
  },
  "excel.error.replaceProtected": {
    ja: "前回作成した集計シート「{sheet}」が保護されているため、置き換えられません。保護を解除してください。",
    en: "The summary sheet \"{sheet}\" made last time is protected and cannot be replaced. Remove its protection first.",
  },
};
