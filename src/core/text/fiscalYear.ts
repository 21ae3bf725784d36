/**
 * Fiscal-year labels of the year rows (the README's "The measure sheet"): H28年度, 平成28年度, R1年度, 令和元年度, 2020年度,
 * FY2020, a number cell 2020. Heisei n = 1988 + n, Reiwa n = 2018 + n. Plans written before 2019 name
 * Heisei years that never existed (H32年度 = FY2020 = 令和2年度): they are accepted and flagged.
 */
import type { CellValue } from "../model/grid";
import { memoByString } from "./memo";

export interface FiscalYearLabel {
  /** Western year the fiscal year starts in (H28 → 2016; R1 → 2019; H32 → 2020). */
  fiscalYear: number;
  /** null for Western forms (2020年度, FY2020, number 2020). */
  era: "H" | "R" | null;
  eraYear: number | null;
  /** A Heisei year after 31 (H32年度 means FY2020, 令和2年度). */
  outOfRange: boolean;
  /**
   * Canonical short label for an era label, always fiscalYearLabel(fiscalYear): "H28年度", "R1年度" (also for
   * H31年度 and 令和元年度), "R2年度" for H32年度. null for Western forms, which are left as written.
   */
  canonical: string | null;
  /**
   * Era labels: the text is not exactly `canonical` (H 28年度, 平成28年度, R01, R元, full width, H31, H32…).
   * Western labels: the text is not one of the tidy spellings "2020年度", "FY2020", "2020" or a number cell.
   */
  variant: boolean;
}

/** The plan years a label may name; keeps stray numbers (a count of 5000, a code 1234) from passing as years. */
export const MIN_FISCAL_YEAR = 1989;
export const MAX_FISCAL_YEAR = 2100;
/**
 * The last Heisei year. H31年度 is a real label (April 2019 was still Heisei) and is not out of range, but
 * FY2019 is 令和元年度 once the era changed, so its canonical label is R1年度 like every other FY2019 form.
 */
const LAST_HEISEI = 31;

const ERA_FORM = /^(h|平成|r|令和)\s*(\d{1,2}|元)\s*(年度)?$/;
const WESTERN_FORM = /^(?:(\d{4})\s*年度|fy\s*(\d{4})|(\d{4}))$/;
/** A label followed by the same year in brackets: "H28年度（2016年度）". */
const BRACKETED = /^([^()]+?)\s*\(\s*([^()]+?)\s*\)$/;

function inRange(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_FISCAL_YEAR && year <= MAX_FISCAL_YEAR;
}

/** 2016 → "H28年度", 2019 → "R1年度", 2023 → "R5年度". Years before Heisei come back in Western form. */
export function fiscalYearLabel(fiscalYear: number): string {
  if (!Number.isInteger(fiscalYear) || fiscalYear < MIN_FISCAL_YEAR) return `${fiscalYear}年度`;
  if (fiscalYear <= 2018) return `H${fiscalYear - 1988}年度`;
  return `R${fiscalYear - 2018}年度`;
}

function eraLabel(raw: string, t: string): FiscalYearLabel | null {
  const m = ERA_FORM.exec(t);
  if (!m) return null;
  const era = m[1] === "h" || m[1] === "平成" ? "H" : "R";
  const eraYear = m[2] === "元" ? 1 : Number(m[2]);
  if (eraYear < 1) return null;
  const fiscalYear = (era === "H" ? 1988 : 2018) + eraYear;
  if (!inRange(fiscalYear)) return null;
  const outOfRange = era === "H" && eraYear > LAST_HEISEI;
  const canonical = fiscalYearLabel(fiscalYear);
  return { fiscalYear, era, eraYear, outOfRange, canonical, variant: raw !== canonical };
}

function westernLabel(raw: string, t: string): FiscalYearLabel | null {
  const m = WESTERN_FORM.exec(t);
  if (!m) return null;
  const fiscalYear = Number(m[1] ?? m[2] ?? m[3]);
  if (!inRange(fiscalYear)) return null;
  const tidy = raw === `${fiscalYear}年度` || raw === `FY${fiscalYear}` || raw === String(fiscalYear);
  return { fiscalYear, era: null, eraYear: null, outOfRange: false, canonical: null, variant: !tidy };
}

function singleLabel(raw: string, t: string): FiscalYearLabel | null {
  return eraLabel(raw, t) ?? westernLabel(raw, t);
}

/** A year as a sheet names it outside the form's year column (a title, a header): no label Fill would rewrite. */
export function namedYear(fiscalYear: number): FiscalYearLabel {
  return { fiscalYear, era: null, eraYear: null, outOfRange: false, canonical: null, variant: false };
}

/**
 * Reads a year-row label; null when the cell is not one. The label must be the whole cell (spaces aside):
 * "H28年度の実績", "2020/4/1", "28" and "H0" are not labels.
 */
export function parseFiscalYearLabel(value: CellValue): FiscalYearLabel | null {
  if (typeof value === "number") {
    if (!inRange(value)) return null;
    return { fiscalYear: value, era: null, eraYear: null, outOfRange: false, canonical: null, variant: false };
  }
  if (typeof value !== "string" || value.length === 0 || value.length > 40) return null;
  // Every sheet repeats the same few labels: each distinct text is read once, each caller gets its own copy.
  const label = readLabelText(value);
  return label && { ...label };
}

const readLabelText = memoByString(labelOfText);

function labelOfText(value: string): FiscalYearLabel | null {
  // NFKC folds full-width letters, digits, spaces and brackets; lower case folds h/H, fy/FY.
  const t = value.normalize("NFKC").trim().toLowerCase();
  const single = singleLabel(value, t);
  if (single) return single;
  const b = BRACKETED.exec(t);
  if (!b) return null;
  const outer = singleLabel(value, b[1]);
  const inner = singleLabel(value, b[2]);
  if (!outer || !inner || outer.fiscalYear !== inner.fiscalYear) return null;
  // Keep the era reading (it carries the canonical label); the bracket makes it a variant either way.
  const label = outer.era ? outer : inner.era ? inner : outer;
  return { ...label, variant: true };
}

export interface EraMention {
  /** The mention as written ("H32", "平成32", "Ｈ３２"). */
  text: string;
  /** UTF-16 index of `text` in the searched string. */
  index: number;
  eraYear: number;
  /** 1988 + eraYear: the Western year the era year names (for a date such as H32年3月, the calendar year). */
  fiscalYear: number;
  /** The mention rewritten in Reiwa, same style: "H32" → "R2", "平成32" → "令和2". */
  replacement: string;
}

// A mention stands alone: no Latin letter or digit right before (CH32, AH32) or after (H320, H32A).
// Lower-case h is not matched in free text, where "h32" is more often a unit or a code than an era.
const HEISEI_MENTION = /(?<![A-Za-z0-9Ａ-Ｚａ-ｚ０-９])(H|Ｈ|平成|㍻)([ \u3000]?)([0-9０-９]{2})(?![0-9０-９A-Za-zＡ-Ｚａ-ｚ])/g;

/**
 * What every mention past H31 starts with: the era, an optional space and a two-digit year of 32 or more.
 * A cheap test (no lookarounds) before the full pattern.
 */
const OUT_OF_RANGE_LEAD = /(?:H|Ｈ|平成|㍻)[ \u3000]?(?:[3３][2-9２-９]|[4-9４-９][0-9０-９])/;

/** Heisei years after 31 written inside free text ("H32年3月から開始", "平成32年度", "H32年度以降"). */
export function findOutOfRangeHeisei(text: string): EraMention[] {
  if (typeof text !== "string" || text.length === 0) return [];
  // Every cell of every sheet is asked: most hold no Heisei year past 31 at all.
  if (!OUT_OF_RANGE_LEAD.test(text)) return [];
  const found: EraMention[] = [];
  HEISEI_MENTION.lastIndex = 0;
  for (let m = HEISEI_MENTION.exec(text); m !== null; m = HEISEI_MENTION.exec(text)) {
    const eraYear = Number(m[3].normalize("NFKC"));
    if (eraYear <= LAST_HEISEI) continue;
    const kanji = m[1] === "平成" || m[1] === "㍻";
    found.push({
      text: m[0],
      index: m.index ?? 0,
      eraYear,
      fiscalYear: 1988 + eraYear,
      replacement: `${kanji ? "令和" : "R"}${eraYear - 30}`,
    });
  }
  return found;
}

/** A date format (not a percentage or plain number): y/m/d, 年/月/日 or the era codes e/g. */
const DATE_FORMAT = /(^|[^"\\])[ymdegYMDEG年月日]/;

/** The day a date serial names (1900 system, as the gateways give dates), at 00:00 UTC. */
function serialDay(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000);
}

/** A date serial as staff read the day (2021/4/1): for a year label typed as a date, whose serial means nothing to them. */
export function serialDateText(serial: number): string {
  const d = serialDay(serial);
  return `${d.getUTCFullYear()}/${d.getUTCMonth() + 1}/${d.getUTCDate()}`;
}

/**
 * A year cell typed as a date (2020/4/1 shown as 令和2年度): its fiscal year, April to March. Dates are
 * Excel serials here (the gateways turn dates into serials).
 */
export function fiscalYearOfDateCell(value: CellValue, numFmt: string | null): FiscalYearLabel | null {
  if (typeof value !== "number" || !numFmt || numFmt.includes("%") || !DATE_FORMAT.test(numFmt)) return null;
  if (!Number.isFinite(value) || value < 1 || value > 2958465) return null;
  const d = serialDay(value);
  const fiscalYear = d.getUTCMonth() >= 3 ? d.getUTCFullYear() : d.getUTCFullYear() - 1;
  if (fiscalYear < MIN_FISCAL_YEAR || fiscalYear > MAX_FISCAL_YEAR) return null;
  return { fiscalYear, era: null, eraYear: null, outOfRange: false, canonical: fiscalYearLabel(fiscalYear), variant: true };
}

/**
 * A bare year of an era left unsaid, as table headers print it (23年度, 5年度): the plan's era is the one
 * a reader assumes, and the two never overlap in plans: up to 10 is Reiwa (令和5年度), from 11 Heisei
 * (平成23年度), the plans of either era being written in it.
 */
const BARE_ERA_YEAR = /^(\d{1,2}|元)\s*年度$/;
const LAST_BARE_REIWA = 10;

function bareEraYear(t: string): number | null {
  const m = BARE_ERA_YEAR.exec(t);
  if (!m) return null;
  const n = m[1] === "元" ? 1 : Number(m[1]);
  if (n < 1) return null;
  return n <= LAST_BARE_REIWA ? 2018 + n : 1988 + n;
}

/** A header cell naming a year, with what follows it: "H27", "23年度", "20年度\n(実績)", "26年度(上段:目標)(下段:実績)". */
export interface HeaderYear {
  fiscalYear: number;
  /** What the cell says besides the year (its note, in normal form), "" for none. */
  note: string;
}

/**
 * The year a column header names (years across a table's columns). The year comes first; a note may
 * follow on the next line or in brackets. Null when the cell does not start with a year.
 */
export function headerYear(value: CellValue): HeaderYear | null {
  if (typeof value === "number") {
    const l = parseFiscalYearLabel(value);
    return l && { fiscalYear: l.fiscalYear, note: "" };
  }
  if (typeof value !== "string" || value.length === 0 || value.length > 40) return null;
  const t = value.normalize("NFKC").trim();
  const cut = /[\n(]/.exec(t);
  const head = (cut ? t.slice(0, cut.index) : t).trim();
  const note = cut ? t.slice(cut.index).replace(/\s+/g, "") : "";
  const label = parseFiscalYearLabel(head);
  if (label) return { fiscalYear: label.fiscalYear, note };
  const bare = bareEraYear(head);
  if (bare !== null) return { fiscalYear: bare, note };
  // A word over its year (総合計画記載\n31年度): the year, the word its note.
  const lines = t.split(/\n/);
  if (lines.length === 2 && lines[0].trim().length <= 12) {
    const last = lines[1].trim();
    const y = parseFiscalYearLabel(last)?.fiscalYear ?? bareEraYear(last);
    // Not a kind over its year (目標\n27年度): that is a column of its own, read by its word.
    if (y != null && !/\d|目標|実績|基準|現状|見込|目安/.test(lines[0])) return { fiscalYear: y, note: lines[0].trim() };
  }
  // A year with a short word after it and no separator: H24実績, R5目標, 2022年度見込.
  const joined = YEAR_THEN_WORD.exec(head);
  if (!joined) return null;
  // A calendar year (平成13年実績) is read as the fiscal year it starts, as such tables mean it.
  const yearText = joined[1].replace(/\s*年$/, "");
  const year = parseFiscalYearLabel(yearText) ?? (bareEraYear(joined[1]) === null ? null : { fiscalYear: bareEraYear(joined[1])! });
  return year && { fiscalYear: year.fiscalYear, note: joined[2] + note };
}

const YEAR_THEN_WORD = /^((?:[HRhr]|平成|令和)\s*(?:\d{1,2}|元)(?:\s*年度?)?|\d{4}\s*年度?|(?:\d{1,2}|元)\s*年度)\s*([^\d\s]{1,4})$/;

const NOTE_YEAR = /\(\s*(?:(h|平成|r|令和)\s*(\d{1,2}|元)|(\d{4})|(\d{1,2}|元)(?=\s*年度))[^()]*\)/;

/** The year a header's bracketed note names: 実績値(H29) → 2017, 目標値（R6年度） → 2024, 基準値(平成26年度) → 2014. */
export function noteYear(text: string): number | null {
  const m = NOTE_YEAR.exec(text.normalize("NFKC").toLowerCase());
  if (!m) return null;
  if (m[3]) return inRange(Number(m[3])) ? Number(m[3]) : null;
  if (m[1]) {
    const n = m[2] === "元" ? 1 : Number(m[2]);
    return (m[1] === "h" || m[1] === "平成" ? 1988 : 2018) + n;
  }
  return bareEraYear(`${m[4]}年度`);
}

const YEAR_IN_TEXT = /(?:(令和|平成|[HRＨＲ])\s*([0-9０-９]{1,2}|元)|([0-9０-９]{4}))\s*年度/;

/** The first fiscal year a text names (令和3年度工程表 → 2021, 平成27年度 施策評価表 → 2015), with the words naming it. */
export function yearInText(text: string): { fiscalYear: number; text: string } | null {
  const m = YEAR_IN_TEXT.exec(text);
  if (!m) return null;
  const label = parseFiscalYearLabel(m[0].replace(/\s+/g, ""));
  return label && { fiscalYear: label.fiscalYear, text: m[0] };
}

const YEAR_MONTH = /^(?:(平成|令和|[HRhr])\s*(\d{1,2}|元)|(\d{4}))\s*[.．/年]\s*(\d{1,2})\s*月?(?:末)?$/;

/**
 * The fiscal year of a month written as a date (H28.3, 平成28年3月, 2016/3, R2年9月末): April to March, so March
 * 2016 is FY2015. Null for anything else.
 */
export function fiscalYearOfMonth(text: string): number | null {
  const m = YEAR_MONTH.exec(text.normalize("NFKC").trim());
  if (!m) return null;
  const month = Number(m[4]);
  if (month < 1 || month > 12) return null;
  const era = m[1]?.toUpperCase();
  const year = m[3] ? Number(m[3]) : (era === "H" || era === "平成" ? 1988 : 2018) + (m[2] === "元" ? 1 : Number(m[2]));
  const fiscalYear = month <= 3 ? year - 1 : year;
  return inRange(fiscalYear) ? fiscalYear : null;
}
