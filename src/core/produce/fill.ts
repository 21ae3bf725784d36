/**
 * Fill, engine side: proposed edits to derived or normalisable cells only. Each edit records what the
 * preview saw (`before`), so a host can skip a cell that changed and undo by swapping before/after.
 *
 * A cell gets at most one edit: its transforms are composed (HTML removed first, then the year label or
 * the percentage is worked out on the clean text), and the status column is read from the clean summary.
 * So running fill on its own output proposes nothing.
 */
import type { CellValue, WorkbookGrid } from "../model/grid";
import { analyzeMeasures } from "./report";
import { parseEffect, withPercentAdded } from "../judge/effect";
import { parseFiscalYearLabel } from "../text/fiscalYear";
import { classifyStatus } from "../judge/status";
import { statusLabel, t, type Message } from "../messages";
import { STATUS_SYMBOLS } from "../model/statuses";
import { HTML_TAG } from "../rules/htmlMarkup";
import { formCells } from "../rules/formCells";
import type { Field } from "../read/reader";
import type { Edit, Lang } from "../model/schemas";
import { STATUSES } from "../model/statuses";
import type { Profile } from "../model/profile";
import type { MeasureAnalysis } from "../judge/analysis";

export interface FillOptions {
  lang: Lang;
  /** The office's form profile (as for analysis); without one it is told from the labels. */
  profile?: Profile | null;
}

/** An achievement as staff write it: whole percents bare, others to one decimal (half-up). */
export function achievementText(percent: number): string {
  const r = Math.round(percent * 10) / 10;
  return `${Number.isInteger(r) ? r : r.toFixed(1)}%`;
}

/** Any spelling of a status this tool writes, in either language: such a cell is ours to update. */
function isStatusLabel(text: string): boolean {
  const s = text.trim();
  if (s === "") return true;
  return STATUSES.some((st) => {
    return [statusLabel(st, "ja"), statusLabel(st, "en"), STATUS_SYMBOLS[st], t(`status.${st}`, "ja"), t(`status.${st}`, "en")].includes(s);
  });
}

const BLOCK_TAG = /<\/?(ul|ol|li|br|p|div|tr|table|h[1-6])\b[^<>]*\/?>/gi;
const ANY_TAG = new RegExp(HTML_TAG.source, "g");
/** &lt; and &gt; stay as written: decoding them would make new tags out of text. */
const ENTITIES: Record<string, string> = { "&amp;": "&", "&quot;": '"', "&#39;": "'", "&nbsp;": " " };

/** HTML markup to plain lines: block tags and list bullets become line breaks, other tags go. */
export function htmlToLines(text: string): string {
  const hadList = /<(ul|ol|li)\b/i.test(text);
  let s = text.replace(BLOCK_TAG, "\n").replace(ANY_TAG, "");
  s = s.replace(/&(amp|quot|#39|nbsp);/g, (e) => ENTITIES[e]);
  // The list items of a list that lost its <li> tags are the "・" bullets.
  if (hadList) s = s.replace(/[ \u3000]+・/g, "\n・");
  return s
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .join("\n");
}

interface Change {
  field: Field;
  after: CellValue;
  rule: string;
  reasons: Message[];
}

export function proposeFill(wb: WorkbookGrid, opts: FillOptions): Edit[] {
  const { measures } = analyzeMeasures(wb, { profile: opts.profile ?? null });
  const edits: Edit[] = [];
  for (const m of measures) edits.push(...indicatorFills(m));
  for (const m of measures) {
    const sheet = m.sheet.sheet;
    const changes = new Map<string, Change>();
    /** The cell's text once the edits so far are made. */
    const current = (f: Field): CellValue => changes.get(f.cell)?.after ?? f.raw;
    const change = (f: Field, after: CellValue, rule: string, reason: Message) => {
      const c = changes.get(f.cell);
      if (c) {
        c.after = after;
        c.reasons.push(reason);
      } else changes.set(f.cell, { field: f, after, rule, reasons: [reason] });
    };

    for (const f of formCells(m.sheet)) {
      if (typeof f.raw !== "string" || !HTML_TAG.test(f.raw)) continue;
      const after = htmlToLines(f.raw);
      if (after !== f.raw) change(f, after, "html-markup", t.inEveryLanguage("fill.html-markup"));
    }
    let merged = false;
    for (const y of m.years) {
      const label = y.row.label;
      const labelText = current(label);
      const year = typeof labelText === "string" ? parseFiscalYearLabel(labelText) : y.row.year;
      if (year?.variant && year.canonical && typeof labelText === "string" && labelText !== year.canonical) {
        const key = year.outOfRange ? "fill.year-label.era" : "fill.year-label";
        change(
          label,
          year.canonical,
          year.outOfRange ? "era-out-of-range" : "label-variant",
          t.inEveryLanguage(key, { year: year.fiscalYear }),
        );
      }
      const eff = y.row.effect;
      const effText = eff ? current(eff) : null;
      if (eff && typeof effText === "string" && parseEffect(effText, eff.numFmt).kind === "fraction") {
        const after = withPercentAdded(effText);
        if (after && after !== effText) change(eff, after, "percent-from-fraction", t.inEveryLanguage("fill.percent"));
      }
      // Read from the summary as it will be after this fill, so a second run agrees.
      const summary = y.row.summary ? current(y.row.summary) : null;
      const read =
        typeof summary === "string" && summary !== y.row.summary?.raw ? classifyStatus(summary) : { status: y.status, phrase: y.phrase };
      // After a merge, an empty year is part of the merge (as in analysis.ts).
      const status = read.status === null && (merged || y.status === "not_evaluated") ? "not_evaluated" : read.status;
      if (status === "not_evaluated") merged = true;
      // A rating is the department's own judgment: Fill never writes one, whatever the column is called.
      const st = m.ratingCells.includes(y.row.status) ? null : y.row.status;
      const stText = st ? current(st) : null;
      if (st && (stText === null || typeof stText === "string") && isStatusLabel(stText ?? "")) {
        if (status !== null) {
          const after = statusLabel(status, opts.lang);
          if ((stText ?? "").trim() !== after)
            change(st, after, "status-column", t.inEveryLanguage("fill.status", { phrase: read.phrase ?? "" }));
        }
      }
    }
    for (const c of changes.values())
      edits.push({
        sheet,
        cell: c.field.cell,
        before: c.field.raw,
        after: c.after,
        rule: c.rule,
        reason: { ja: c.reasons.map((r) => r.ja).join(" "), en: c.reasons.map((r) => r.en).join(" ") },
      });
  }
  return edits;
}

/** A 達成率 or grade cell left empty beside an actual and a target: the computed value is proposed. */
function indicatorFills(m: MeasureAnalysis): Edit[] {
  const edits: Edit[] = [];
  for (const ind of m.indicators)
    for (const y of ind.years) {
      const empty = (c: { raw: CellValue } | null) => c !== null && (c.raw === null || (typeof c.raw === "string" && c.raw.trim() === ""));
      if (empty(y.achievementCell) && y.achievement !== null)
        edits.push({
          sheet: ind.sheet,
          cell: y.achievementCell!.cell,
          before: y.achievementCell!.raw,
          after: achievementText(y.achievement),
          rule: "kpi-achievement",
          reason: t.inEveryLanguage("fill.kpi-achievement", { actual: y.actual ?? "", target: y.target ?? "" }),
        });
      if (empty(y.gradeCell) && y.grade !== null)
        edits.push({
          sheet: ind.sheet,
          cell: y.gradeCell!.cell,
          before: y.gradeCell!.raw,
          after: y.grade,
          rule: "kpi-grade",
          reason: t.inEveryLanguage("fill.kpi-grade", { achievement: y.achievement === null ? "-" : Math.round(y.achievement * 10) / 10 }),
        });
    }
  return edits;
}
