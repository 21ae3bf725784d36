import type { Message } from "./index";

/** Ratings, indicators and form profiles (product.md §6): rule findings, fill reasons, summary and pane texts. */
export const formMessages: Record<string, Message> = {
  "rule.rating-unknown": {
    ja: "{label}の評価「{rating}」は評価区分のどの値にも当たりません（凡例に無い記号か、表記の誤りです）。様式パネルで意味を指定できます。",
    en: "{label}: the rating \"{rating}\" is no value of the rating scale (not in the legend, or a typo). Give it a meaning in the Form panel.",
  },
  "rule.rating-text-conflict.lenient": {
    ja: "{label}の評価「{rating}」（{ratingStatusJa}）と進捗総括「{phrase}」が食い違っています（評価が甘い可能性）。",
    en: "{label}: the rating \"{rating}\" ({ratingStatusEn}) and the progress summary \"{phrase}\" point opposite ways (the rating may be too kind).",
  },
  "rule.rating-text-conflict.harsh": {
    ja: "{label}の評価「{rating}」（{ratingStatusJa}）と進捗総括「{phrase}」が食い違っています（評価が厳しすぎる可能性）。",
    en: "{label}: the rating \"{rating}\" ({ratingStatusEn}) and the progress summary \"{phrase}\" point opposite ways (the rating may be too harsh).",
  },
  "rule.rating-kpi-conflict.lenient": {
    ja: "{label}の評価「{rating}」は、指標の達成状況（{detail}）から見て甘い評価です（評価の甘さ）。",
    en: "{label}: the rating \"{rating}\" is kinder than its indicators earn by the office's rule ({detail}).",
  },
  "rule.rating-kpi-conflict.harsh": {
    ja: "{label}の評価「{rating}」は、指標の達成状況（{detail}）から見て厳しすぎる評価です。",
    en: "{label}: the rating \"{rating}\" is harsher than its indicators earn by the office's rule ({detail}).",
  },
  "rule.kpi-arithmetic.achievement": {
    ja: "指標「{name}」{year}の達成率「{stated}」が実績 {actual} ÷ 目標 {target}（= {computed}%）と一致しません。",
    en: "Indicator \"{name}\" {year}: the stated achievement {stated} does not match actual {actual} against target {target} (= {computed}%).",
  },
  "rule.kpi-arithmetic.grade": {
    ja: "指標「{name}」{year}の評価「{stated}」が判定基準による評価「{grade}」（達成率 {achievement}%）と一致しません。",
    en: "Indicator \"{name}\" {year}: the stated grade {stated} is not the grade {grade} the office's rule gives (achievement {achievement}%).",
  },
  "rule.kpi-missing-actual": {
    ja: "指標「{name}」の{year}は目標値がありますが、実績値が空欄です。",
    en: "Indicator \"{name}\": {year} has a target but no actual value.",
  },
  "ruleTitle.rating-unknown": { ja: "評価区分に無い評価", en: "Rating not on the scale" },
  "ruleTitle.rating-text-conflict": { ja: "評価と進捗総括の食い違い", en: "Rating and summary disagree" },
  "ruleTitle.rating-kpi-conflict": { ja: "評価と指標の食い違い（評価の甘さ）", en: "Rating and indicators disagree" },
  "ruleTitle.kpi-arithmetic": { ja: "達成率・評価の計算違い", en: "Achievement or grade does not add up" },
  "ruleTitle.kpi-missing-actual": { ja: "指標の実績値の記入漏れ", en: "Indicator actual missing" },

  "fill.kpi-achievement": {
    ja: "実績値と目標値から達成率を計算して記入します（{actual} ÷ {target}）。",
    en: "Writes the achievement computed from the actual and the target ({actual} against {target}).",
  },
  "fill.kpi-grade": {
    ja: "達成率 {achievement}% から判定基準による評価を記入します。",
    en: "Writes the grade the office's rule gives for {achievement}% achievement.",
  },

  "tab.indicators": { ja: "指標一覧", en: "Indicators" },
  "taskpane.settings.tabName.indicators": { ja: "指標一覧", en: "Indicators" },
  "col.rating": { ja: "評価", en: "Rating" },
  "col.indicator": { ja: "指標名", en: "Indicator" },
  "col.unit": { ja: "単位", en: "Unit" },
  "col.direction": { ja: "方向", en: "Direction" },
  "col.baseline": { ja: "基準値", en: "Baseline" },
  "col.target": { ja: "目標値", en: "Target" },
  "col.actual": { ja: "実績値", en: "Actual" },
  "col.achievement": { ja: "達成率", en: "Achievement" },
  "col.grade": { ja: "評価（判定基準）", en: "Grade (office's rule)" },
  "col.statedGrade": { ja: "記載の評価", en: "Stated grade" },
  "col.ratingCounts": { ja: "評価の内訳", en: "Ratings" },
  "value.higher": { ja: "高いほど良い", en: "Higher is better" },
  "value.lower": { ja: "低いほど良い", en: "Lower is better" },

  "profile.seed": { ja: "進捗総括の様式（袖ケ浦市型）", en: "Progress-summary form (the seed's)" },
  "profile.rating": { ja: "評価欄つきの様式", en: "Form with a rating per year" },
  "profile.indicator": { ja: "成果指標つきの様式", en: "Form with indicators" },
  "profile.custom": { ja: "この団体の様式（{id}）", en: "This office's form ({id})" },
  "profile.bad": { ja: "様式の設定（プロファイル）が正しくありません: {detail}", en: "The form profile is not valid: {detail}" },

  "template.legend": {
    ja: "凡例　A：計画どおり進んでいる　B：概ね計画どおり　C：やや遅れている　D：遅れている",
    en: "凡例　A：計画どおり進んでいる　B：概ね計画どおり　C：やや遅れている　D：遅れている",
  },
  "template.form.invalid": { ja: "様式は seed・rating・indicator のいずれかです。", en: "The form is one of seed, rating, indicator." },
  "taskpane.newSheet.form": { ja: "様式", en: "Form" },
  "template.form.seed": { ja: "進捗総括の様式", en: "Progress-summary form" },
  "template.form.rating": { ja: "評価欄つき", en: "With a rating per year" },
  "template.form.indicator": { ja: "評価欄・成果指標つき", en: "With ratings and indicators" },
  "taskpane.tab.form": { ja: "様式", en: "Form" },
  "taskpane.form.intro": {
    ja: "このブックをどの様式（評価区分・指標の判定基準）で読んでいるかを表示します。意味の分からない評価はここで指定し、ブックに保存できます。",
    en: "Shows the form this workbook is read with (its rating scale and indicator rule). Give a rating nobody explained its meaning and save it in the workbook.",
  },
  "taskpane.form.read": { ja: "様式を読み取る", en: "Read the form" },
  "taskpane.form.reading": { ja: "読み取り中…", en: "Reading…" },
  "taskpane.form.detected": { ja: "見出しから判定", en: "told from the labels" },
  "taskpane.form.fromWorkbook": { ja: "ブックに保存された様式", en: "saved in the workbook" },
  "taskpane.form.noRatings": { ja: "評価欄はありません。", en: "The sheets carry no ratings." },
  "taskpane.form.scale": { ja: "評価区分", en: "Rating scale" },
  "taskpane.form.value": { ja: "評価", en: "Rating" },
  "taskpane.form.meaning": { ja: "意味（進捗区分）", en: "Meaning (status)" },
  "taskpane.form.where": { ja: "記入セル", en: "Cells" },
  "taskpane.form.pick": { ja: "「{value}」の意味を選ぶ", en: "Choose what \"{value}\" means" },
  "taskpane.form.unknownValue": { ja: "不明（選んでください）", en: "Unknown (choose)" },
  "taskpane.form.source.profile": { ja: "この団体の様式", en: "office's profile" },
  "taskpane.form.source.legend": { ja: "凡例", en: "legend" },
  "taskpane.form.source.symbol": { ja: "記号", en: "symbol" },
  "taskpane.form.source.word": { ja: "語句", en: "wording" },
  "taskpane.form.source.none": { ja: "不明", en: "unknown" },
  "taskpane.form.rule": {
    ja: "指標の判定: 達成率 = {achievement}、評価 {grades}（指標 {count} 件）",
    en: "Indicators: achievement = {achievement}; grades {grades} ({count} indicators)",
  },
  "taskpane.form.achievement.target": { ja: "実績 ÷ 目標", en: "actual / target" },
  "taskpane.form.achievement.baseline": { ja: "（実績 − 基準）÷（目標 − 基準）", en: "(actual − baseline) / (target − baseline)" },
  "taskpane.form.save": { ja: "ブックに保存", en: "Save in the workbook" },
  "taskpane.form.saved": { ja: "様式をブックに保存しました。もう一度検証すると反映されます。", en: "The form is saved in the workbook. Validate again to use it." },
  "cli.profile-unreadable": {
    ja: "様式ファイル {file} を読み込めません（JSON ではありません）。",
    en: "Cannot read the profile file {file} (not JSON).",
  },
};
