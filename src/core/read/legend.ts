/**
 * The rating legend an office prints (凡例 / 評価基準): lines such as `A：計画どおり進んでいる`, several in
 * one cell (`A：計画通り B：概ね計画通り`), or a small table (a value in one cell, its meaning beside or
 * under it) on a sheet of its own. Each meaning is classified like a 進捗総括 (rating.ts); the order
 * of the legend is the scale's order, best first.
 */
import { toA1 } from "../model/address";
import { cellText, forEachRow } from "../model/grid";
import type { SheetGrid, WorkbookGrid } from "../model/grid";
import type { GradeRule, ScaleValue } from "../model/profile";
import { wordStatus } from "../judge/rating";

export interface LegendEntry extends ScaleValue {
  sheet: string;
  cell: string;
}

const CODE = "[A-Z]|[1-9]|[◎○●△×]";
/**
 * A value followed by a separator, at the start of a line or after a space or punctuation, or right after the
 * bracket closing the item before (…(60%以上80%未満)D:あまり順調ではない).
 */
const MARKER = new RegExp(`(?:^|[\\s、,|・/()【\\[])(${CODE})(?:評価)?\\s*[:=)]\\s*`, "g");
/** On a measure sheet only a colon makes a legend line (`1)` there is a list item). */
const MARKER_COLON = new RegExp(`(?:^|[\\s、,|・/()【\\[])(${CODE})(?:評価)?\\s*[:=]\\s*`, "g");
/** `F 事業完了` or `A(計画通り)`: only on a legend sheet, where a short cell is a legend line. */
const SPACED = new RegExp(`^(${CODE})(?:評価)?(?:\\s+|\\()([^()]{1,60}?)\\)?$`);
const CODE_ONLY = new RegExp(`^(${CODE})$`);

/** A sheet of its own for the legend: 凡例, 評価基準, 評価の基準, 評価区分. */
export function isLegendSheetName(name: string): boolean {
  return /凡例|評価基準|評価の基準|評価区分|legend/i.test(name.normalize("NFKC"));
}

/**
 * Every character whose NFKC holds a measure sheet's legend separator (: or =), so a cell without one is
 * passed over before its NFKC is taken (most cells have none; a parenthesis, common in prose, separates
 * only on a legend sheet, which reads every cell). Listed from a scan of every code point.
 */
export const COLON_SEPARATOR = /[:=⩴︓﹕：⁼₌⩵⩶﹦＝]/;

/** A list after its column's name, each word before its value: `達成度:順調A,要改善B,未実施-`. */
const WORD_THEN_CODE = new RegExp(`^(.{1,12}?)(${CODE})$`);

function wordThenCode(line: string): { value: string; descriptor: string }[] {
  const colon = /^[^:=]{1,12}[:=](.+)$/.exec(line);
  if (!colon) return [];
  const out: { value: string; descriptor: string }[] = [];
  for (const part of colon[1].split(/[,、]/)) {
    const m = WORD_THEN_CODE.exec(part.trim());
    if (m) out.push({ value: m[2], descriptor: m[1].trim() });
  }
  return out.length >= 2 ? out : [];
}

/** Roman numerals a scale may run in (I 当初目標を大きく上回って達成 II …). */
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"];
/** A value alone between spaces in a run of them. */
const RUN_CODE = /^(?:[A-Z]|[1-9]|[◎○●△×]|I{1,3}|IV|VI{0,2})$/;
/** The first two values of a scale, each alone before its words: a cell worth splitting into a run. */
const RUN_HINT = /(?:^|[\s(:])(?:S|A|1|I|◎)\s+\S.*\s(?:A|B|2|II|○)\s+\S/;

/**
 * A legend written as one run of values and words, spaces alone between them (川崎市 `1 目標を大きく上回って達成 2 目標を
 * 上回って達成 3 …`, `A 期待通りの成果 B 概ね期待通りの成果 C …`): three values or more, in the scale's order.
 */
function spacedRun(line: string): { value: string; descriptor: string }[] {
  if (!RUN_HINT.test(line)) return [];
  const out: { value: string; descriptor: string }[] = [];
  for (const token of line.replace(/^[^:]{0,16}:/, "").split(/\s+/)) {
    if (token === "") continue;
    const prev = out[out.length - 1];
    if (RUN_CODE.test(token) && (prev === undefined ? true : prev.descriptor !== "" && follows(prev.value, token)))
      out.push({ value: token, descriptor: "" });
    else if (prev) prev.descriptor = prev.descriptor === "" ? token : `${prev.descriptor} ${token}`;
  }
  return out.length >= 3 && out.every((e) => e.descriptor !== "") ? out : [];
}

function entriesInText(text: string, spacedToo: boolean): { value: string; descriptor: string }[] {
  const out: { value: string; descriptor: string }[] = [];
  if (!spacedToo && !COLON_SEPARATOR.test(text) && !RUN_HINT.test(text)) return out;
  for (const rawLine of text.normalize("NFKC").replace(/〇/g, "○").split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === "") continue;
    const listed = wordThenCode(line);
    if (listed.length > 0) {
      out.push(...listed);
      continue;
    }
    const run = spacedRun(line);
    if (run.length > 0) {
      out.push(...run);
      continue;
    }
    const marks = [...line.matchAll(spacedToo ? MARKER : MARKER_COLON)];
    if (marks.length > 0) {
      marks.forEach((m, i) => {
        const start = (m.index ?? 0) + m[0].length;
        let end = i + 1 < marks.length ? (marks[i + 1].index ?? line.length) : line.length;
        // The bracket before the next value closes this one's note (…(60%以上80%未満)D:).
        if (line[end] === ")") end++;
        const descriptor = line
          .slice(start, end)
          .trim()
          // The next item of the list when it is no value of the scale (…、C:達成していない、斜線:該当なし).
          .replace(/[、,]\s*[^\s、,:=]{1,6}[:=].*$/, "")
          .replace(/[、,]$/, "");
        if (descriptor !== "") out.push({ value: m[1], descriptor });
      });
      continue;
    }
    if (spacedToo) {
      const m = SPACED.exec(line);
      if (m) out.push({ value: m[1], descriptor: m[2].trim() });
    }
  }
  return out;
}

function add(found: Map<string, LegendEntry>, sheet: string, row: number, col: number, value: string, descriptor: string) {
  if (found.has(value)) return; // the first wording of a value wins, as the reader would read the page
  const status = wordStatus(descriptor);
  if (status === null) return;
  found.set(value, { value, descriptor, status, sheet, cell: toA1(row, col) });
}

/** A legend's own heading (● 施策評価の判定基準, 凡例, 評価基準). */
const LEGEND_TITLE = /凡例|基準/;

/**
 * The cells of skipped rows that are a legend's lines all the same: under the legend's own heading in their
 * column, a few rows down (豊明市 prints 判定基準 A and B beside the verdicts, on their rows). As "row,col" of the
 * sheet's values; most sheets have no such heading, and then no cell of a skipped row is looked at.
 */
function underLegendTitles(sheet: SheetGrid): Set<string> {
  const out = new Set<string>();
  forEachRow(sheet, (r, i) => {
    for (let j = 0; j < r.length; j++) {
      const v = r[j];
      if (typeof v === "string" && v.length <= 24 && LEGEND_TITLE.test(v)) for (let k = 1; k <= 4; k++) out.add(`${i + k},${j}`);
    }
  });
  return out;
}

function scanSheet(sheet: SheetGrid, found: Map<string, LegendEntry>, legendSheet: boolean, skipRows: ReadonlySet<number>) {
  let titled: Set<string> | null = null;
  forEachRow(sheet, (r, i) => {
    const row = sheet.top + i;
    const skipped = skipRows.has(row);
    if (skipped && (titled ??= underLegendTitles(sheet)).size === 0) return;
    for (let j = 0; j < r.length; j++) {
      const v = r[j];
      if (v === null || v === "") continue;
      if (skipped && !titled!.has(`${i},${j}`)) continue;
      const text = cellText(v);
      if (text.length > 400) continue;
      const col = sheet.left + j;
      for (const e of entriesInText(text, legendSheet)) add(found, sheet.name, row, col, e.value, e.descriptor);
      if (!legendSheet) continue;
      // A table on a legend sheet: a bare value with its meaning to the right or under it, or over it where the
      // values run across a row (佐渡市: 評定基準 | 極めて良好 | 良好 … over 評定 | A | B …).
      // 〇 (the kanji zero) is how many offices type the circle.
      const code = text.normalize("NFKC").trim().replace(/〇/g, "○");
      if (CODE_ONLY.test(code)) {
        const right = r[j + 1];
        const below = sheet.values[i + 1]?.[j];
        const above = sheet.values[i - 1]?.[j];
        const meaning = [right, below, above]
          .map((x) => (x === null || x === undefined ? "" : cellText(x).trim()))
          .find((s) => s.length >= 2);
        if (meaning) add(found, sheet.name, row, col, code, meaning);
      }
    }
  });
}

/** The code after `prev` in a legend's order: 1 → 2 (or 2 → 1, best last), A → B, S → A, ◎ → ○ → △ → ×. */
function follows(prev: string, next: string): boolean {
  if (ROMAN.includes(prev) && ROMAN.includes(next)) return ROMAN.indexOf(next) === ROMAN.indexOf(prev) + 1;
  if (/^[1-9]$/.test(prev)) return Math.abs(Number(next) - Number(prev)) === 1;
  if (prev === "S") return next === "A";
  if (/^[A-Z]$/.test(prev)) return next.charCodeAt(0) === prev.charCodeAt(0) + 1;
  const symbols = "◎○△×";
  return symbols.indexOf(next) === symbols.indexOf(prev) + 1 && symbols.indexOf(prev) >= 0;
}

/** A heading over a legend's column: a verdict's label (達成度, 評価) or the legend's own (凡例, 評価基準). */
const LEGEND_HEADING = /凡例|評価|基準|区分|達成度|達成状況|進捗|判定/;

/**
 * A legend printed as a column of a measure sheet, under its heading (川崎市: 達成度 over `1 目標を大きく上回って達成`,
 * `2 目標を上回って達成` …, each with a tally beside it): three values or more, in the scale's order, one a cell.
 */
function scanColumns(sheet: SheetGrid, found: Map<string, LegendEntry>, skipRows: ReadonlySet<number>) {
  const spaced = (i: number, j: number) => {
    const v = sheet.values[i]?.[j];
    if (typeof v !== "string" || v.length > 80 || skipRows.has(sheet.top + i)) return null;
    const m = SPACED.exec(v.normalize("NFKC").trim().replace(/〇/g, "○"));
    return m ? { value: m[1], descriptor: m[2].trim() } : null;
  };
  forEachRow(sheet, (r, i) => {
    for (let j = 0; j < r.length; j++) {
      // The heading first: most cells have none over them, and a cell's normal form costs more than the test.
      const heading = sheet.values[i - 1]?.[j];
      if (typeof heading !== "string" || heading.length > 24 || !LEGEND_HEADING.test(heading)) continue;
      const first = spaced(i, j);
      if (!first) continue;
      const run = [first];
      for (let next = spaced(i + run.length, j); next && follows(run[run.length - 1].value, next.value); next = spaced(i + run.length, j))
        run.push(next);
      if (run.length >= 3) run.forEach((e, k) => add(found, sheet.name, sheet.top + i + k, sheet.left + j, e.value, e.descriptor));
    }
  });
}

/**
 * Every legend entry of the workbook: legend sheets first, then the measure sheets outside their year
 * tables (`skip`: sheet name → rows of the year table, where a rating cell is no legend). A legend as a column
 * is looked for on the sheets read without the form (`formless`) only: the form's own sheets print theirs as lines.
 */
export function readLegend(
  wb: WorkbookGrid,
  skip: ReadonlyMap<string, ReadonlySet<number>>,
  formless: ReadonlySet<string> = new Set(),
): LegendEntry[] {
  const found = new Map<string, LegendEntry>();
  const generated = new Set(wb.generatedSheets.map((g) => g.name));
  const sheets = wb.sheets.filter((s) => !generated.has(s.name));
  for (const s of sheets) if (isLegendSheetName(s.name)) scanSheet(s, found, true, new Set());
  for (const s of sheets)
    if (!isLegendSheetName(s.name) && skip.has(s.name)) {
      scanSheet(s, found, false, skip.get(s.name)!);
      if (formless.has(s.name)) scanColumns(s, found, skip.get(s.name)!);
    }
  return [...found.values()];
}

const GRADE_CODE = /^[SA-E]$/;
const AT_LEAST = /(\d+(?:\.\d+)?)\s*%\s*以上/;
const BELOW = /%\s*未満/;

/**
 * The grade rule an office prints beside its grade letters (大阪府立図書館's 評価の基準: `A | 数値目標を上回る
 * 成果を達成 | (達成度110%以上)`, `D … (達成度50%未満)`), as a table on a legend sheet: a letter in one cell,
 * its bounds in the cells of its row. Null unless two or more letters give a lower bound.
 */
export function gradeRuleFromLegend(wb: WorkbookGrid): GradeRule | null {
  const generated = new Set(wb.generatedSheets.map((g) => g.name));
  for (const s of wb.sheets) {
    if (generated.has(s.name) || !isLegendSheetName(s.name)) continue;
    const grades: { grade: string; min: number | null }[] = [];
    forEachRow(s, (r) => {
      const first = r.findIndex((v) => v !== null && v !== "");
      if (first < 0) return;
      const code = cellText(r[first]).normalize("NFKC").trim();
      if (!GRADE_CODE.test(code) || grades.some((g) => g.grade === code)) return;
      const line = r
        .slice(first + 1)
        .map((v) => (v === null ? "" : cellText(v)))
        .join(" ")
        .normalize("NFKC");
      const min = boundOf(line);
      if (min !== undefined) grades.push({ grade: code, min });
    });
    const rule = ruleOfBounds(grades);
    if (rule) return rule;
  }
  return null;
}

/** A grade's lower bound as its legend words it (達成度110%以上 → 110); null for the grade below them all (50%未満); undefined for neither. */
function boundOf(text: string): number | null | undefined {
  const min = AT_LEAST.exec(text);
  if (min) return Number(min[1]);
  return BELOW.test(text) ? null : undefined;
}

/** The rule of grades with bounds, highest first, the one below them all last; null unless two give a bound. */
function ruleOfBounds(grades: readonly { grade: string; min: number | null }[]): GradeRule | null {
  const bounded = grades.filter((g) => g.min !== null);
  if (bounded.length < 2) return null;
  bounded.sort((a, b) => b.min! - a.min!);
  const rest = grades.find((g) => g.min === null);
  return { kind: "achievement", grades: rest ? [...bounded, rest] : bounded };
}

type Movement = "target" | "better" | "flat" | "worse";

/** What the actual is measured against: the baseline, however the legend names it. */
const FROM = "(?:基準|策定時|計画策定時|当初|計画当初|現状値|前期)";
/**
 * A grade's wording, as where the actual stands (長与町 `S(…目標値を超えている)・A(…基準値を超えている)・B(…基準値と同水準
 * である(△10%以内))・C(…基準値より下落している)`, `A 目標達成 / B 基準値より改善 / C 横ばい / D 悪化`). The target first: a
 * grade reached past the target is also past the baseline; the flat band before the words of movement it may hold.
 */
const MOVEMENTS: [Movement, RegExp][] = [
  ["target", /目標(?:値)?(?:を|に|は)?(?:達成|上回|超え|クリア)|目標(?:値)?以上|^目標達成/],
  [
    "flat",
    new RegExp(
      `${FROM}[^。]{0,14}(?:同水準|同程度|横ばい|変化(?:が)?(?:なし|ない|見られない)|変わらな|変動が見られない)|^(?:横ばい|変化(?:が)?(?:なし|ない)|変わらない|現状維持)`,
    ),
  ],
  ["worse", new RegExp(`${FROM}[^。]{0,14}(?:悪化|下回|下落|後退|低下)|^(?:悪化|後退)`)],
  // The words alone (日進市 `A:目標達成、B:概ね改善、やや改善、C:変化なし、D:悪化`) measure from the baseline too.
  ["better", new RegExp(`${FROM}[^。]{0,14}(?:改善|上回|超え|向上|前進|伸び)|^(?:概ね|おおむね|やや|ほぼ)?(?:改善|前進|向上)`)],
];
/** The flat band a legend states (△10%以内, ±5%未満); 10 where it states none (product.md: within ±10% of the baseline). */
const BAND = /[±△+-]?\s*(\d+(?:\.\d+)?)\s*%\s*(?:以内|未満)/;

/**
 * The baseline-band rule a legend states in words: a grade for the target reached, one for better than the
 * baseline, one for about the same, one for worse. Null unless a grade is better than the baseline and one
 * is not (same or worse), each grade one movement and each movement one grade.
 */
function movementRule(grades: readonly LegendEntry[]): GradeRule | null {
  const of = new Map<Movement, string>();
  let band: number | null = null;
  for (const e of grades) {
    const text = (e.descriptor ?? "").normalize("NFKC").replace(/\s+/g, "");
    const found = MOVEMENTS.find(([, re]) => re.test(text));
    if (!found) continue;
    const [move] = found;
    if (of.has(move)) return null;
    of.set(move, e.value);
    if (move === "flat") band = Number(BAND.exec(text)?.[1] ?? 10);
  }
  const better = of.get("better");
  const below = of.get("flat") ?? of.get("worse");
  if (better === undefined || below === undefined) return null;
  // Without a grade for the same level, only the actual equal to the baseline is neither better nor worse.
  return {
    kind: "baselineBand",
    band: band ?? 0,
    grades: [of.get("target") ?? better, better, below, of.get("worse") ?? below],
  };
}

/**
 * A grade rule from the legend's own lines (`A：達成度100%以上`, wherever they are printed); else, where
 * the legend gives two or more grade letters words and no bounds (達成度:順調A,要改善B), the grade is the
 * office's judgment: a rule that computes none. Null where the legend says nothing of grades.
 */
export function gradeRuleFromEntries(legend: readonly LegendEntry[]): GradeRule | null {
  const grades = legend.filter((e) => GRADE_CODE.test(e.value));
  if (grades.length < 2) return null;
  const bounds = grades.flatMap((e) => {
    const min = boundOf(e.descriptor ?? "");
    return min === undefined ? [] : [{ grade: e.value, min }];
  });
  const rule = ruleOfBounds(bounds) ?? movementRule(grades);
  if (rule) return rule;
  if (grades.some((e) => /\d\s*%/.test(e.descriptor ?? ""))) return null;
  return { kind: "achievement", grades: [] };
}
