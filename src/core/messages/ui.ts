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
    ja: "Excel ブック（.xlsx）ではありません: {path}（.xls、CSV、パスワード付きのブックは .xlsx で保存し直してください）",
    en: "Not an Excel workbook (.xlsx): {path} (save .xls, CSV or password-protected files as .xlsx first)",
  },
  "file.unreadable": { ja: "ファイルを読み込めません: {path}（{detail}）", en: "Cannot read the file: {path} ({detail})" },
  "file.same-as-input": {
    ja: "出力先が入力ファイルと同じです: {path}（入力ファイルは上書きしません。別の名前を指定してください）",
    en: "The output is the input file: {path} (the input is never overwritten; choose another name)",
  },
  "file.write-failed": { ja: "ファイルを書き込めません: {path}（{detail}）", en: "Cannot write the file: {path} ({detail})" },
};

export const uiMessages: Record<string, Message> = {
  ...templateMessages,
  ...fileMessages,
};
