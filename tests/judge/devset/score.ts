/**
 * Scores the status classifier and the effect parser on the development set of real text
 * (sentences.json, effects.json; sources in documents.json), and the classifier on sentences of other
 * genres scored apart (genres.json). Used by the regression test beside it and by
 * the classifier part of `npm run bench`.
 *
 * A sentence is acceptable when the classifier's status is one of its labels. A flip is a verdict in the
 * opposite direction: positive (ahead, on_track, achieved) where no label is positive and some label is
 * delayed or at risk, or the reverse. An effect phrasing is right when its kind and progress (to 0.01)
 * match one of its answers.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { parseEffect } from "../../../src/core/judge/effect";
import { classifyStatus } from "../../../src/core/judge/status";
import { STATUSES } from "../../../src/core/model/statuses";
import { readRating } from "../../../src/core/judge/rating";
import { readLegend } from "../../../src/core/read/legend";
import { makeSheet, makeWorkbook } from "../../../src/core/model/gridSchema";

const StatusSchema = z.enum(STATUSES);
type Status = z.infer<typeof StatusSchema>;

const DocumentsSchema = z.object({
  documents: z.record(z.string(), z.object({ title: z.string().min(1), url: z.string().url() })),
});
const SentencesSchema = z.object({
  items: z.array(z.object({ id: z.string(), text: z.string().min(1), labels: z.array(StatusSchema).min(1), doc: z.string() })),
});
const EffectsSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      text: z.string().min(1),
      answers: z.array(z.object({ kind: z.string(), progress: z.number().nullable() })).min(1),
      doc: z.string(),
    }),
  ),
});

export type Sentence = z.infer<typeof SentencesSchema>["items"][number];
const CellsSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      text: z.string().min(1),
      labels: z.array(StatusSchema).min(1),
      doc: z.string(),
      column: z.string(),
      legend: z.string(),
    }),
  ),
});
export type Cell = z.infer<typeof CellsSchema>["items"][number];
export type EffectItem = z.infer<typeof EffectsSchema>["items"][number];

function load<T>(file: string, schema: z.ZodType<T>): T {
  return schema.parse(JSON.parse(readFileSync(join(__dirname, file), "utf8")));
}

export function loadDevset() {
  const { documents } = load("documents.json", DocumentsSchema);
  const sentences = load("sentences.json", SentencesSchema).items;
  const effects = load("effects.json", EffectsSchema).items;
  const genres = load("genres.json", SentencesSchema).items;
  const cells = load("cells.json", CellsSchema).items;
  const effectsApart = load("effectsApart.json", EffectsSchema).items;
  for (const item of [...sentences, ...effects, ...genres, ...cells, ...effectsApart]) {
    if (!documents[item.doc]) throw new Error(`${item.id}: unknown document ${item.doc}`);
  }
  return { documents, sentences, effects, genres, cells, effectsApart };
}

const POSITIVE: ReadonlySet<Status> = new Set<Status>(["ahead", "on_track", "achieved"]);
const NEGATIVE: ReadonlySet<Status> = new Set<Status>(["delayed", "at_risk"]);

/** The classifier's verdict points the other way from every label a careful reader accepts. */
export function isFlip(predicted: Status, labels: readonly Status[]): boolean {
  const pos = labels.some((l) => POSITIVE.has(l));
  const neg = labels.some((l) => NEGATIVE.has(l));
  if (POSITIVE.has(predicted)) return neg && !pos;
  if (NEGATIVE.has(predicted)) return pos && !neg;
  return false;
}

export interface SentenceScore {
  total: number;
  acceptable: number;
  flips: number;
  unknown: number;
  /** Verdicts other than unknown, and how many of them are acceptable. */
  spoke: number;
  spokeAcceptable: number;
  documents: number;
  /** confusion[first label][predicted] */
  confusion: Record<Status, Record<Status, number>>;
  misses: { id: string; text: string; labels: Status[]; predicted: Status; phrase: string | null; flip: boolean }[];
}

export function scoreSentences(items: readonly Sentence[]): SentenceScore {
  return scoreWith(items, (item) => classifyStatus(item.text));
}

/**
 * A progress column's short cell as the reader takes it: a rating, by the legend its table prints where it has one
 * (read from a cell of its own, as on a measure sheet), else a 進捗総括 for the classifier.
 */
export function scoreCells(items: readonly Cell[]): SentenceScore {
  return scoreWith(items, (item) => {
    const sheet = "施策1";
    const legend =
      item.legend === ""
        ? []
        : readLegend(
            makeWorkbook({ sheets: [makeSheet({ name: sheet, values: [[item.legend]] })] }),
            new Map([[sheet, new Set<number>()]]),
          );
    const rating = readRating(item.text, { profile: [], legend });
    return rating?.status ? { status: rating.status, phrase: rating.text } : classifyStatus(item.text);
  });
}

function scoreWith<T extends Sentence>(
  items: readonly T[],
  predict: (item: T) => { status: Status | null; phrase: string | null },
): SentenceScore {
  const confusion = Object.fromEntries(STATUSES.map((s) => [s, Object.fromEntries(STATUSES.map((p) => [p, 0]))])) as Record<
    Status,
    Record<Status, number>
  >;
  const score: SentenceScore = {
    total: items.length,
    acceptable: 0,
    flips: 0,
    unknown: 0,
    spoke: 0,
    spokeAcceptable: 0,
    documents: new Set(items.map((i) => i.doc)).size,
    confusion,
    misses: [],
  };
  for (const item of items) {
    const r = predict(item);
    const predicted: Status = r.status ?? "unknown";
    const ok = item.labels.includes(predicted);
    const flip = isFlip(predicted, item.labels);
    confusion[item.labels[0]][predicted]++;
    if (ok) score.acceptable++;
    if (flip) score.flips++;
    if (predicted === "unknown") score.unknown++;
    else {
      score.spoke++;
      if (ok) score.spokeAcceptable++;
    }
    if (!ok) score.misses.push({ id: item.id, text: item.text, labels: item.labels, predicted, phrase: r.phrase, flip });
  }
  return score;
}

export interface EffectScore {
  total: number;
  right: number;
  /** Phrasings whose kind is recognised at all (not `unrecognized`) where a reader expects a kind. */
  recognised: number;
  documents: number;
  misses: { id: string; text: string; expected: string; got: string }[];
}

const show = (kind: string, progress: number | null) => (progress === null ? kind : `${kind} ${progress}`);
const round2 = (x: number) => Math.round(x * 100) / 100;

export function scoreEffects(items: readonly EffectItem[]): EffectScore {
  const score: EffectScore = { total: items.length, right: 0, recognised: 0, documents: new Set(items.map((i) => i.doc)).size, misses: [] };
  for (const item of items) {
    const p = parseEffect(item.text, null);
    const progress = p.progress === null ? null : round2(p.progress);
    const ok = item.answers.some(
      (a) => a.kind === p.kind && (a.progress === null ? progress === null : progress !== null && Math.abs(progress - a.progress) <= 0.01),
    );
    if (ok) score.right++;
    if (p.kind !== "unrecognized") score.recognised++;
    else if (item.answers.some((a) => a.kind === "unrecognized")) score.recognised++;
    if (!ok) {
      score.misses.push({
        id: item.id,
        text: item.text,
        expected: item.answers.map((a) => show(a.kind, a.progress)).join(" | "),
        got: show(p.kind, progress),
      });
    }
  }
  return score;
}

const pct = (n: number, d: number) => (d === 0 ? "-" : `${((100 * n) / d).toFixed(1)}%`);

/** Markdown: the headline figures and the confusion matrix (rows: first label; columns: the classifier's status). */
export function report(s: SentenceScore, e: EffectScore): string {
  const lines = [
    "| set | items | documents | right | rate |",
    "|---|---|---|---|---|",
    `| sentences (acceptable status) | ${s.total} | ${s.documents} | ${s.acceptable} | ${pct(s.acceptable, s.total)} |`,
    `| sentences (direction flips) | ${s.total} | | ${s.flips} | ${pct(s.flips, s.total)} |`,
    `| sentences (verdicts given / acceptable among them) | ${s.total} | | ${s.spoke} / ${s.spokeAcceptable} | ${pct(s.spokeAcceptable, s.spoke)} |`,
    `| effect phrasings (kind and progress) | ${e.total} | ${e.documents} | ${e.right} | ${pct(e.right, e.total)} |`,
    "",
    `| first label \\ status | ${STATUSES.join(" | ")} |`,
    `|---|${STATUSES.map(() => "---").join("|")}|`,
    ...STATUSES.map((row) => `| ${row} | ${STATUSES.map((col) => s.confusion[row][col]).join(" | ")} |`),
  ];
  return lines.join("\n");
}
