import type { Message } from "./index";

/** New measure sheet (CLI `template`, task-pane form). */
const templateMessages: Record<string, Message> = {
  "template.defaultTitle": {
    ja: "情報化推進計画 施策進行管理シート（{years}年）",
    en: "IT Promotion Plan: Measure Progress Sheet ({years} years)",
  },
  "template.number.required": { ja: "施策番号を入力してください。", en: "Enter the measure number." },
  "template.startYear.invalid": {
    ja: "開始年度は {startYearMin}〜{startYearMax} の整数（西暦）で入力してください。",
    en: "The first fiscal year must be a whole year from {startYearMin} to {startYearMax}.",
  },
  "template.years.invalid": {
    ja: "年数は {yearsMin}〜{yearsMax} の整数で入力してください。",
    en: "The number of years must be a whole number from {yearsMin} to {yearsMax}.",
  },
  "template.text.invalid": { ja: "文字列で入力してください。", en: "Enter text." },
  "template.input.invalid": { ja: "入力内容が正しくありません。", en: "The input is not valid." },
};

/** Reading and writing .xlsx files (XlsxFileError codes). */
const fileMessages: Record<string, Message> = {
  "file.not-found": { ja: "ファイルが見つかりません: {path}", en: "File not found: {path}" },
  "file.not-xlsx": {
    ja: "Excel ブック（.xlsx）ではありません: {path}（.xls や CSV のファイルは Excel で .xlsx 形式に保存し直してください）",
    en: "Not an Excel workbook (.xlsx): {path} (save .xls or CSV files as .xlsx in Excel first)",
  },
  "file.unreadable": { ja: "ファイルを読み込めません: {path}（{detail}）", en: "Cannot read the file: {path} ({detail})" },
  "file.same-as-input": {
    ja: "出力先が入力ファイルと同じです: {path}（入力ファイルは上書きしません。別の名前を指定してください）",
    en: "The output is the input file: {path} (the input is never overwritten; choose another name)",
  },
  "file.write-failed": { ja: "ファイルを書き込めません: {path}（{detail}）", en: "Cannot write the file: {path} ({detail})" },
  "file.encrypted": {
    ja: "パスワードで保護されたブックは読み込めません: {path}（Excel でパスワードを解除してから保存し直してください）",
    en: "The workbook is password-protected: {path} (remove the password in Excel and save it again)",
  },
  "file.no-sheets": {
    ja: "ブックにシートが1枚もありません: {path}（ファイルが壊れている可能性があります。Excel で開いて保存し直してください）",
    en: "The workbook has no sheets: {path} (it may be damaged; open it in Excel and save it again)",
  },
  // Why a file could not be read or written, shown in place of a library's message or an errno code.
  "file.reason.damaged": {
    ja: "ファイルが壊れているか、途中で切れています。元のブックを Excel で開いて保存し直してください",
    en: "the file is damaged or incomplete; open the original in Excel and save it again",
  },
  "file.reason.too-large": {
    ja: "展開すると 1 GB を超えるため読み込みません（通常のブックではありません）",
    en: "it would unpack to more than 1 GB, which no ordinary workbook does",
  },
  "file.reason.sheet-name": {
    ja: "Excel で使えないシート名があります。シート名は 31 文字まで、: \\ / ? * [ ] を含まず、互いに異なる名前にして保存し直してください",
    en: "a sheet name breaks Excel's rules: at most 31 characters, none of : \\ / ? * [ ], no two alike; rename it and save again",
  },
  "file.reason.no-permission": { ja: "アクセスする権限がありません", en: "permission denied" },
  "file.reason.no-folder": { ja: "保存先のフォルダーがありません", en: "the folder does not exist" },
  "file.reason.is-folder": { ja: "同じ名前のフォルダーがあります", en: "a folder of that name is in the way" },
  "file.reason.read-only": { ja: "保存先が読み取り専用です", en: "the location is read-only" },
  "file.reason.disk-full": { ja: "ディスクの空き容量が足りません", en: "the disk is full" },
};

export const uiMessages: Record<string, Message> = {
  ...templateMessages,
  ...fileMessages,
};
