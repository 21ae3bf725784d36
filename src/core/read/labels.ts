/**
 * The labels a reader looks for (the README's "The measure sheet"), canonical first. Matching is on normalizeLabel()
 * of whole cells; a trailing colon is ignored. Adding a variant is one string here.
 */
import { memoByString } from "../text/memo";
import { longerWithoutSpace, normalizeLabel } from "../text/normalize";

export const FIELD_LABELS = {
  number: ["施策番号", "施策No.", "施策No", "施策ナンバー"],
  // 小区分 / 小項目: the last level of 大区分 › 中区分 › 小区分 is the measure (瑞浪市 施策評価調書).
  name: [
    "施策名",
    "事業名",
    "施策",
    "取組名",
    "事務事業名",
    "個別施策",
    "具体的施策",
    "具体的な施策",
    "事務事業の名称",
    "事業の名称",
    "施策の名称",
    "小区分",
    "小項目",
  ],
  department: [
    "担当部署",
    "担当課",
    "所管課",
    "担当部課名",
    "担当部課",
    "担当課名",
    "担当部・課名",
    "担当部局",
    "所管部局",
    "主担当部局",
    "評価部局",
    "事業担当",
    "事業担当課",
  ],
  overview: ["情報化施策の概要", "施策の概要", "概要"],
  otherPlans: ["他計画への掲載", "関連計画"],
  yearHeader: ["実施予定", "年度", "実施年度"],
  plan: ["計画・設計"],
  build: ["開発・構築"],
  operation: ["運用"],
  progress: ["進捗総括", "進捗状況", "進捗評価"],
  workGroup: ["実施内容"],
  work: ["作業内容"],
  effect: ["効果（額）", "効果(額)", "効果 (額)", "効果", "成果"],
  expectedEffect: ["期待される効果", "期待効果"],
  activityTarget: ["活動目標", "目標"],
  status: ["評価", "進捗区分"],
  /** The department's own rating of the year (product.md §6); 評価 / 進捗区分 holding one count too. */
  rating: ["自己評価", "評価結果", "達成度", "達成状況", "総合評価", "所管課評価"],
} as const;

export type FieldKey = keyof typeof FIELD_LABELS;

/**
 * A label and its value in one cell (事務事業名：区民祭開催事業, 進捗状況：「B 概ね期待どおり」): the label, up to
 * `maxLabel` characters on one line, then a colon; the value is the rest, trimmed. Null where there is no such split.
 */
export function labelInCell(text: string, maxLabel: number): { label: string; value: string } | null {
  const colon = text.search(/[:：]/);
  if (colon < 1) return null;
  const label = text.slice(0, colon).trim();
  const value = text.slice(colon + 1).trim();
  if (label === "" || label.length > maxLabel || label.includes("\n") || value === "") return null;
  return { label, value };
}

/** Normalised label text → field and whether it is the canonical spelling's normal form. */
const LOOKUP = new Map<string, FieldKey>();
for (const [field, variants] of Object.entries(FIELD_LABELS) as [FieldKey, readonly string[]][]) {
  for (const v of variants) {
    const key = normalizeLabel(v);
    // First writer wins: 作業内容 and 実施内容 are distinct keys, so no variant shadows another field.
    if (!LOOKUP.has(key)) LOOKUP.set(key, field);
  }
}

export function labelKey(text: string): string {
  return normalizeLabel(text).replace(/[:：]$/, "");
}

/**
 * Whether a header names one of `keys` (labelKey forms): as written, or with its note set aside (効果発現要因(総合所見),
 * 展開する施策群(主要施策)), or in its note (目標達成度合い(評価)).
 */
export function hasLabelKey(keys: ReadonlySet<string>, text: string): boolean {
  const k = labelKey(text);
  if (keys.has(k) || keys.has(k.replace(/\([^()]*\)/g, ""))) return true;
  const inner = /\(([^()]+)\)$/.exec(k);
  return inner !== null && keys.has(inner[1]);
}

/**
 * An item's number before a label (1.事業名, ①事業名, (2)所管課, 1−1施策の名称), set off from it: the label is what
 * follows. A single number run into a word (1年度) is no item's.
 */
const ENUMERATED =
  /^[\s\u3000]*(?:[①-⑳㉑-㉟]|[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．)）]|[0-9０-９]{1,2}(?:[-−－‐―][0-9０-９]{1,2})+[.．)）]?)[\s\u3000]*/;

/** Short cells repeat on every sheet (labels, year labels, dashes): each distinct text is normalised once. */
const matchShort = memoByString((text: string): FieldKey | null => {
  const found = LOOKUP.get(labelKey(text));
  if (found !== undefined) return found;
  const item = ENUMERATED.exec(text);
  return item ? (LOOKUP.get(labelKey(text.slice(item[0].length))) ?? null) : null;
});

/** The field a cell's text names, or null. Long texts are never labels (saves normalising prose). */
export function matchLabel(text: string): FieldKey | null {
  // Padding does not make a label long: measure without white space (only when needed).
  if (text.length > 24 && (text.length > 200 || longerWithoutSpace(text, 24))) return null;
  return matchShort(text);
}

/** An office's own header spellings (its profile's `labels`), normalised like labelKey(): key → field. */
export type LabelAliases = ReadonlyMap<string, FieldKey>;

export function isFieldKey(k: string): k is FieldKey {
  return Object.prototype.hasOwnProperty.call(FIELD_LABELS, k);
}

/** The measure-sheet fields among a profile's labels (indicator fields are read by indicators.ts). */
export function labelAliases(labels: Readonly<Record<string, readonly string[]>> | undefined): LabelAliases | undefined {
  if (!labels) return undefined;
  const map = new Map<string, FieldKey>();
  for (const [field, list] of Object.entries(labels)) if (isFieldKey(field)) for (const l of list) map.set(labelKey(l), field);
  return map.size > 0 ? map : undefined;
}

export function fieldLabel(field: FieldKey): string {
  return FIELD_LABELS[field][0];
}

/**
 * The title line of the form, e.g. 袖ケ浦市情報化推進計画2016 施策進行管理シート（5年）. Asked of the few
 * cells above each form, which hold the same title on every sheet: each distinct text is normalised once.
 */
// Compared in normal form: the fold turns シート's long-vowel mark into a dash like every other dash.
const TITLE_KEY = normalizeLabel("進行管理シート");
export const looksLikeTitle: (text: string) => boolean = memoByString((text) => normalizeLabel(text).includes(TITLE_KEY), 2_000);

/** Asked of every year-column cell and of the rows under the form: year labels and the same footnote on every sheet. */
export const looksLikeFootnote: (text: string) => boolean = memoByString((text) => {
  const k = normalizeLabel(text);
  return k.startsWith("効果") && k.length > 12;
}, 2_000);
