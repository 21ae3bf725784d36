/**
 * Sheet names: Excel's rules, and which tabs a write may replace. Pure, so every gateway (ExcelJS,
 * Office.js, the in-memory preview) makes the same decision.
 */

export const SHEET_NAME_MAX = 31;
const FORBIDDEN = /[[\]:*?/\\\u0000-\u001f]/g;

/**
 * Excel compares sheet names without regard to case or character width: the full-width Ａ a Japanese IME
 * types is A, half-width ｶﾅ is カナ, so a tab named "ＯＶＥＲＶＩＥＷ" already takes "Overview". Kana type and
 * compatibility forms (①) are kept apart, as Excel keeps them.
 */
export function sheetNameKey(name: string): string {
  return name
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ")
    .replace(/[\uFF61-\uFF9F]+/g, (m) => m.normalize("NFKC"))
    .toUpperCase();
}

export function sameSheetName(a: string, b: string): boolean {
  return sheetNameKey(a) === sheetNameKey(b);
}

const finders = new WeakMap<readonly { name: string }[], { length: number; find: (name: string) => unknown }>();

/**
 * The sheet of `sheets` named `name`, spelt exactly or as Excel compares names (sheetNameKey). The lookup is
 * built once per list, again if sheets were added (a fill of 14,000 sheets looks up 33,000 edits: a linear
 * search each took seconds).
 */
export function findSheetByName<T extends { name: string }>(sheets: readonly T[], name: string): T | undefined {
  let finder = finders.get(sheets);
  if (!finder || finder.length !== sheets.length) {
    const exact = new Map<string, T>();
    const byKey = new Map<string, T>();
    for (const s of sheets) {
      if (!exact.has(s.name)) exact.set(s.name, s);
      const key = sheetNameKey(s.name);
      if (!byKey.has(key)) byKey.set(key, s);
    }
    finder = { length: sheets.length, find: (n: string) => exact.get(n) ?? byKey.get(sheetNameKey(n)) };
    finders.set(sheets, finder);
  }
  return finder.find(name) as T | undefined;
}

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

/**
 * A legal sheet name close to `name`: forbidden characters ([]:*?/\) become "_", no leading or trailing
 * apostrophe, at most 31 characters, never empty and never Excel's reserved "History".
 */
export function sanitizeSheetName(name: string, fallback = "Sheet"): string {
  let s = name.replace(FORBIDDEN, "_");
  s = cut(s, SHEET_NAME_MAX).replace(/^'+|'+$/g, "");
  if (s.trim() === "") s = fallback;
  if (sheetNameKey(s) === "HISTORY") s = `${s}_`;
  return s;
}

/** `name`, or `name (2)`, `name (3)` … (shortened to fit 31 characters), whichever no taken name equals. */
export function uniqueSheetName(name: string, taken: Iterable<string>): string {
  const used = new Set<string>();
  for (const n of taken) used.add(sheetNameKey(n));
  return uniqueAgainst(name, used);
}

/** uniqueSheetName against a set of sheetNameKey()s, so a caller naming thousands of sheets builds the set once. */
function uniqueAgainst(name: string, used: ReadonlySet<string>): string {
  const base = sanitizeSheetName(name);
  if (!used.has(sheetNameKey(base))) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = `${cut(base, SHEET_NAME_MAX - suffix.length).replace(/'+$/, "")}${suffix}`;
    if (!used.has(sheetNameKey(candidate))) return candidate;
  }
}

export interface SheetNamePlan {
  /** Final names, in the order of `wanted`. */
  final: string[];
  /** Existing sheets to remove: generated tabs whose role a wanted sheet takes over. */
  replace: string[];
}

/**
 * Decides the name of every sheet to write. A generated tab (role from its marker) is replaced by a new
 * one of the same role, so its name is free again; a sheet a person made (role null) is never touched,
 * whatever its name, and the new tab gets a free name beside it (`進捗一覧 (2)`). Measure sheets never
 * replace anything.
 */
export function planSheetNames(existing: { name: string; role: string | null }[], wanted: { name: string; role: string }[]): SheetNamePlan {
  const replace: string[] = [];
  const replacedKeys = new Set<string>();
  const roles = new Set(wanted.filter((w) => w.role !== "measure").map((w) => w.role));
  for (const e of existing) {
    if (e.role !== null && roles.has(e.role) && !replacedKeys.has(sheetNameKey(e.name))) {
      replace.push(e.name);
      replacedKeys.add(sheetNameKey(e.name));
    }
  }
  const used = new Set(existing.map((e) => sheetNameKey(e.name)).filter((k) => !replacedKeys.has(k)));
  const final: string[] = [];
  for (const w of wanted) {
    const name = uniqueAgainst(w.name, used);
    used.add(sheetNameKey(name));
    final.push(name);
  }
  return { final, replace };
}

/**
 * Where a link to a sheet written in the same call must point: the final name of the first spec that
 * asked for `wanted` (a free name when a person's tab had it); any other name is left as it is.
 */
export function finalNameLookup(specs: readonly { name: string }[], final: readonly string[]): (wanted: string) => string {
  const byWanted = new Map<string, string>();
  specs.forEach((s, i) => {
    if (!byWanted.has(s.name)) byWanted.set(s.name, final[i]);
  });
  return (wanted) => byWanted.get(wanted) ?? wanted;
}
