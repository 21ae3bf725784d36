/**
 * Fill, engine side: proposed edits to derived or normalisable cells only. Each edit records what the
 * preview saw (`before`), so a host can skip a cell that changed and undo by swapping before/after.
 * Running fill on its own output proposes nothing.
 */
import type { WorkbookGrid } from "./grid";
import { analyzeWorkbook } from "./report";
import { withPercentAdded } from "./effect";
import { both, catalogue, t } from "./messages";
import { HTML_TAG } from "./rules/htmlMarkup";
import { formCells } from "./rules/formCells";
import type { Edit, Lang, Status } from "./schemas";

export interface FillOptions {
  lang: Lang;
}

const STATUSES: Status[] = ["ahead", "on_track", "achieved", "delayed", "at_risk", "not_evaluated", "unknown"];

/** Any spelling of a status this tool writes, in either language: such a cell is ours to update. */
function isStatusLabel(text: string): boolean {
  const s = text.trim();
  if (s === "") return true;
  return STATUSES.some((st) => {
    const m = catalogue[`status.${st}`];
    return [m.ja, m.en, m.ja.split(" ")[0], m.ja.split(" ").slice(1).join(" "), m.en.split(" ").slice(1).join(" ")].includes(s);
  });
}

const BLOCK_TAG = /<\/?(ul|ol|li|br|p|div|tr|table|h[1-6])\b[^<>]*\/?>/gi;
const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&nbsp;": " " };

/** HTML markup to plain lines: block tags and list bullets become line breaks, other tags go. */
export function htmlToLines(text: string): string {
  const hadList = /<(ul|ol|li)\b/i.test(text);
  let s = text.replace(BLOCK_TAG, "\n").replace(/<\/?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?\/?>/g, "");
  s = s.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (e) => ENTITIES[e]);
  // The list items of a list that lost its <li> tags are the "・" bullets.
  if (hadList) s = s.replace(/[ \u3000]+・/g, "\n・");
  return s
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .join("\n");
}

export function proposeFill(wb: WorkbookGrid, opts: FillOptions): Edit[] {
  const { measures } = analyzeWorkbook(wb, { source: "", lang: opts.lang });
  const edits: Edit[] = [];
  for (const m of measures) {
    const sheet = m.sheet.sheet;
    const htmlDone = new Set<string>();
    for (const f of formCells(m.sheet)) {
      if (typeof f.raw !== "string" || !HTML_TAG.test(f.raw)) continue;
      const after = htmlToLines(f.raw);
      if (after === f.raw) continue;
      htmlDone.add(f.cell);
      edits.push({ sheet, cell: f.cell, before: f.raw, after, rule: "html-markup", reason: both("fill.html-markup") });
    }
    for (const y of m.years) {
      const label = y.row.label;
      if (y.row.year?.variant && y.row.year.canonical && typeof label.raw === "string" && label.raw !== y.row.year.canonical) {
        const key = y.row.year.outOfRange ? "fill.year-label.era" : "fill.year-label";
        edits.push({
          sheet,
          cell: label.cell,
          before: label.raw,
          after: y.row.year.canonical,
          rule: y.row.year.outOfRange ? "era-out-of-range" : "label-variant",
          reason: both(key, { year: y.row.year.fiscalYear }),
        });
      }
      const eff = y.row.effect;
      if (eff && typeof eff.raw === "string" && y.effect.kind === "fraction" && !htmlDone.has(eff.cell)) {
        const after = withPercentAdded(eff.raw);
        if (after && after !== eff.raw)
          edits.push({ sheet, cell: eff.cell, before: eff.raw, after, rule: "percent-from-fraction", reason: both("fill.percent") });
      }
      const st = y.row.status;
      if (st && y.status !== null && (st.raw === null || typeof st.raw === "string") && isStatusLabel(st.text)) {
        const after = t(`status.${y.status}`, opts.lang);
        if (st.text.trim() !== after)
          edits.push({ sheet, cell: st.cell, before: st.raw, after, rule: "status-column", reason: both("fill.status", { phrase: y.phrase ?? "" }) });
      }
    }
  }
  return edits;
}
