/**
 * The fill preview as rows: changes grouped by kind (HTML → 改行, 年度表記, …) with one tick per group,
 * and a character-level diff of each change for a narrow pane. Pure data.
 */
import { diffChars } from "diff";
import { cellText } from "../core/model/grid";
import type { Edit } from "../core/model/schemas";

export const keyOf = (e: Pick<Edit, "sheet" | "cell">) => `${e.sheet}!${e.cell}`;

export type FillRow = { kind: "group"; rule: string; count: number; chosen: number; open: boolean } | { kind: "edit"; index: number };

export function fillRows(edits: readonly Edit[], selected: ReadonlySet<string>, closed: ReadonlySet<string>): FillRow[] {
  const groups = new Map<string, number[]>();
  edits.forEach((e, i) => {
    const g = groups.get(e.rule);
    if (g) g.push(i);
    else groups.set(e.rule, [i]);
  });
  const rows: FillRow[] = [];
  for (const [rule, members] of groups) {
    const open = !closed.has(rule);
    rows.push({ kind: "group", rule, count: members.length, chosen: members.filter((i) => selected.has(keyOf(edits[i]))).length, open });
    if (open) for (const index of members) rows.push({ kind: "edit", index });
  }
  return rows;
}

export interface DiffPart {
  text: string;
  /** "same" text is shown once; "removed" struck through, "added" highlighted. */
  change: "same" | "removed" | "added";
}

/** Past this many characters a character diff costs more than it tells: the two texts are shown whole. */
const DIFF_LIMIT = 4000;

export function charDiff(before: Edit["before"], after: Edit["after"]): DiffPart[] {
  const a = cellText(before);
  const b = cellText(after);
  if (a.length + b.length > DIFF_LIMIT)
    return [
      { text: a, change: "removed" },
      { text: b, change: "added" },
    ];
  return diffChars(a, b).map((c) => ({ text: c.value, change: c.added ? "added" : c.removed ? "removed" : "same" }));
}
