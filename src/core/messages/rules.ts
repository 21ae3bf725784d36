import type { Message } from "./index";

/** Finding messages, `rule.<id>[.<variant>]`, and one-line rule titles, `ruleTitle.<id>`. */
export const ruleMessages: Record<string, Message> = {
  "rule.no-measure-sheets": {
    ja: "施策進行管理シートの様式のシートがありません（シート数 {sheets}）。施策番号・施策名・進捗総括などの見出しを確認してください。",
    en: "No sheet in the measure-sheet layout ({sheets} sheets). Check the labels 施策番号, 施策名, 進捗総括.",
  },
  "rule.form-not-read": {
    ja: "このシートには施策シートの見出し「{text}」がありますが、様式として読み取れませんでした（見出しの結合や行の欠落を確認してください）。",
    en: "This sheet has the measure-sheet label \"{text}\" but could not be read as the form (check merged labels or missing rows).",
  },
  "rule.required-field": { ja: "「{field}」が空欄です。", en: "{field} is empty." },
  "rule.duplicate-number": {
    ja: "施策番号「{number}」はシート「{other}」と重複しています。",
    en: "Measure number {number} is already used on sheet {other}.",
  },
  "rule.year-sequence.unreadable": {
    ja: "年度「{label}」を読み取れません（例: H28年度、R3年度、2021年度）。",
    en: "Cannot read the fiscal year \"{label}\" (e.g. H28年度, R3年度, 2021年度).",
  },
  "rule.year-sequence.empty": { ja: "記入のある行に年度がありません。", en: "A filled-in row has no fiscal-year label." },
  "rule.year-sequence.duplicate": { ja: "年度「{label}」（{year}年度）が重複しています。", en: "Fiscal year {label} (FY{year}) appears twice." },
  "rule.year-sequence.order": {
    ja: "年度「{label}」（{year}年度）が前の行（{prev}年度）より前です。年度順に並べてください。",
    en: "Fiscal year {label} (FY{year}) comes after FY{prev}: rows are out of order.",
  },
  "rule.year-sequence.gap": {
    ja: "年度「{label}」（{year}年度）の前に{expected}年度の行がありません。",
    en: "Fiscal year {label} (FY{year}) skips FY{expected}.",
  },
  "rule.missing-summary": {
    ja: "{label}の進捗総括が空欄です（後の年度には記載があります）。",
    en: "The progress summary (進捗総括) for {label} is empty, though a later year is filled in.",
  },
  "rule.missing-summary.merged": {
    ja: "{label}の進捗総括が空欄です（施策統合により評価対象外）。",
    en: "The progress summary for {label} is empty (the measure was merged and is no longer evaluated).",
  },
  "rule.cell-error": { ja: "セルにエラー値 {value} が表示されています。", en: "The cell shows the error value {value}." },
  "rule.status-unknown": {
    ja: "{label}の進捗総括から進捗区分（計画通り・遅延など）を判定できません。",
    en: "The status of {label} cannot be told from its progress summary (on track, delayed, …).",
  },
  "rule.status-unknown.no-verdict": {
    ja: "{label}の進捗総括に進捗区分を示す表現がありません（「計画通り進捗している」「遅れが生じている」「目標を達成した」など、計画に対してどうだったかを一文で書いてください）。",
    en: "The progress summary for {label} has no verdict phrase: say in one sentence how the year went against the plan (on track, delayed, target achieved …).",
  },
  "rule.status-unknown.opposite": {
    ja: "{label}の進捗総括に逆向きの表現「{positive}」と「{negative}」があり、進捗区分を判定できません。全体としてどちらなのかを明記してください。",
    en: "The progress summary for {label} points both ways (\"{positive}\" and \"{negative}\"): say which holds for the measure as a whole.",
  },
  "rule.status-unknown.not-asserted": {
    ja: "{label}の進捗総括では、進捗区分の表現が疑問・依頼・仮定の中にしかありません（例：「〜か。」「〜した場合」）。実績として言い切ってください。",
    en: "In the progress summary for {label}, the verdict words appear only in a question, a request or a hypothesis: state how the year actually went.",
  },
  "rule.percent-fraction-mismatch": {
    ja: "{label}の効果「{stated}」が内訳 {detail}（= {computed}%）と一致しません。",
    en: "{label}: the stated {stated} does not match {detail} (= {computed}%).",
  },
  "rule.arithmetic.ratio": {
    ja: "{label}の効果「{stated}」が {detail}（= {computed}倍）と一致しません。",
    en: "{label}: the stated ratio {stated} does not match {detail} (= {computed}).",
  },
  "rule.arithmetic.money": {
    ja: "{label}の効果額「{stated}」が計算 {detail}（= {computed}）と一致しません。",
    en: "{label}: the stated amount {stated} does not match {detail} (= {computed}).",
  },
  "rule.over-100": {
    ja: "{label}の内訳 {detail} は100%を超えています（{computed}%）。進捗率は100%として扱います。",
    en: "{label}: {detail} passes 100% ({computed}%); progress is capped at 100%.",
  },
  "rule.dash-after-progress": {
    ja: "{label}の効果が「-」（方針決定前）ですが、{earlier}に進捗が記載されています。",
    en: "{label}: the effect is \"-\" (no decision yet), though {earlier} already showed progress.",
  },
  "rule.progress-regression": {
    ja: "{label}の進捗率 {progress}% が{prevLabel}（{prev}%）より下がっています。",
    en: "{label}: progress {progress}% is lower than {prevLabel} ({prev}%).",
  },
  "rule.status-progress-conflict": {
    ja: "{label}は「達成」と判定されましたが、進捗率は {progress}% です。",
    en: "{label} reads as achieved, but its progress is {progress}%.",
  },
  "rule.boilerplate-summary": {
    ja: "{label}の進捗総括が{count}シートで同じ文章です。施策ごとの内容か確認してください。",
    en: "The progress summary for {label} is the same text on {count} sheets; check it describes this measure.",
  },
  "rule.era-out-of-range": {
    ja: "「{text}」は存在しない平成の年です。{year}年度（令和{reiwa}年度）として扱います。",
    en: "\"{text}\" is a Heisei year that never existed; read as FY{year} (Reiwa {reiwa}).",
  },
  "rule.html-markup": {
    ja: "セルにHTMLタグ {tag} が含まれています（自動入力で改行に置き換えられます）。",
    en: "The cell contains the HTML tag {tag} (Fill can turn it into line breaks).",
  },
  "rule.label-variant": {
    ja: "見出し「{text}」は「{canonical}」の表記ゆれです。",
    en: "The label \"{text}\" is a variant of {canonical}.",
  },
  "rule.label-variant.missing": {
    ja: "見出し「{canonical}」がありません。",
    en: "The label {canonical} is missing.",
  },
  "rule.label-variant.year": {
    ja: "年度「{text}」は「{canonical}」の表記ゆれです。",
    en: "The fiscal-year label \"{text}\" is a variant of {canonical}.",
  },
  "rule.unrecognized-effect": {
    ja: "{label}の効果「{text}」の種類（%・分数・金額など）を判別できません。",
    en: "{label}: the effect \"{text}\" is of no known kind (percentage, fraction, amount, …).",
  },

  "ruleTitle.no-measure-sheets": { ja: "施策シートがない", en: "No measure sheets" },
  "ruleTitle.form-not-read": { ja: "読み取れない様式", en: "Form not readable" },
  "ruleTitle.required-field": { ja: "必須項目の空欄", en: "Required field empty" },
  "ruleTitle.duplicate-number": { ja: "施策番号の重複", en: "Duplicate measure number" },
  "ruleTitle.year-sequence": { ja: "年度の並び", en: "Fiscal-year sequence" },
  "ruleTitle.missing-summary": { ja: "進捗総括の記入漏れ", en: "Missing progress summary" },
  "ruleTitle.cell-error": { ja: "エラー値のセル", en: "Error value in a cell" },
  "ruleTitle.status-unknown": { ja: "進捗区分を判定できない", en: "Status cannot be told" },
  "ruleTitle.percent-fraction-mismatch": { ja: "%と分数の不一致", en: "Percentage and fraction disagree" },
  "ruleTitle.arithmetic": { ja: "倍率・金額の計算違い", en: "Ratio or amount does not add up" },
  "ruleTitle.over-100": { ja: "100%超の分数", en: "Fraction over 100%" },
  "ruleTitle.dash-after-progress": { ja: "進捗後の「-」", en: "Dash after progress" },
  "ruleTitle.progress-regression": { ja: "進捗率の低下", en: "Progress went down" },
  "ruleTitle.status-progress-conflict": { ja: "達成なのに100%未満", en: "Achieved below 100%" },
  "ruleTitle.boilerplate-summary": { ja: "定型文の使い回し", en: "Boilerplate summary" },
  "ruleTitle.era-out-of-range": { ja: "存在しない平成の年", en: "Heisei year after 31" },
  "ruleTitle.html-markup": { ja: "HTMLタグ", en: "HTML markup" },
  "ruleTitle.label-variant": { ja: "見出しの表記ゆれ・欠落", en: "Label variant or missing label" },
  "ruleTitle.unrecognized-effect": { ja: "効果の種類が不明", en: "Unrecognised effect" },
};
