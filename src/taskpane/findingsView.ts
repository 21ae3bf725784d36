/**
 * The findings list as rows, from the report and what the user chose (severities, search, grouping,
 * which groups are open). Pure data, so the windowed list renders only the rows on screen and
 * 前へ / 次へ walk the same order the eye reads.
 *
 * By rule: a row per rule with its count; inside it, findings with the very same message (one sentence
 * copied onto 14 sheets) are one expandable row, 「…14シートで同一 → 14件」. By sheet: a row per sheet.
 */
import type { Finding, Lang, Severity } from "../core/model/schemas";

export type GroupBy = "rule" | "sheet";

export interface ViewOptions {
  lang: Lang;
  shown: Record<Severity, boolean>;
  /** Free text: matched against the message, sheet, cell and rule name, ignoring case and width. */
  query: string;
  /** Only this sheet's findings when set. */
  sheet: string | null;
  groupBy: GroupBy;
  /** Group keys the user closed (groups start open). */
  closed: ReadonlySet<string>;
  /** Same-message cluster keys the user opened (clusters start closed). */
  opened: ReadonlySet<string>;
  ruleTitle(id: string): string;
}

export type Row =
  | { kind: "group"; key: string; label: string; rule?: string; count: number; severity: Severity; open: boolean }
  | { kind: "cluster"; key: string; message: string; count: number; severity: Severity; open: boolean; first: number }
  | { kind: "finding"; id: number; nested: boolean };

export interface FindingsView {
  rows: Row[];
  /** Finding ids (indexes in report.findings) in the order shown, closed groups included. */
  order: number[];
  /** For each finding id in `order`: the group and cluster keys that hold it. */
  holders: Map<number, { group: string; cluster?: string }>;
  /** How many findings pass the filters. */
  total: number;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function fold(s: string): string {
  return s.normalize("NFKC").toLowerCase();
}

export function findingMessage(f: Finding, lang: Lang): string {
  return f.messages?.[lang] ?? f.message;
}

export function buildView(findings: readonly Finding[], o: ViewOptions): FindingsView {
  const q = fold(o.query.trim());
  const titles = new Map<string, string>();
  const title = (rule: string) => {
    let v = titles.get(rule);
    if (v === undefined) titles.set(rule, (v = o.ruleTitle(rule)));
    return v;
  };
  const passing: number[] = [];
  findings.forEach((f, id) => {
    if (!o.shown[f.severity]) return;
    if (o.sheet !== null && f.sheet !== o.sheet) return;
    if (q && !fold(`${findingMessage(f, o.lang)}\u0000${f.sheet}!${f.cell}\u0000${title(f.rule)}`).includes(q)) return;
    passing.push(id);
  });

  // Groups in order of first appearance (the engine lists by sheet, then cell); by rule, the most severe first.
  const groups = new Map<string, number[]>();
  for (const id of passing) {
    const f = findings[id];
    const key = o.groupBy === "rule" ? `rule:${f.rule}` : `sheet:${f.sheet}`;
    const g = groups.get(key);
    if (g) g.push(id);
    else groups.set(key, [id]);
  }
  let entries = [...groups];
  if (o.groupBy === "rule") entries = entries.sort((a, b) => worst(findings, a[1]) - worst(findings, b[1]));

  const rows: Row[] = [];
  const order: number[] = [];
  const holders = new Map<number, { group: string; cluster?: string }>();
  for (const [key, ids] of entries) {
    const f0 = findings[ids[0]];
    const open = !o.closed.has(key);
    rows.push({
      kind: "group",
      key,
      label: o.groupBy === "rule" ? title(f0.rule) : f0.sheet,
      rule: o.groupBy === "rule" ? f0.rule : undefined,
      count: ids.length,
      severity: ids.reduce<Severity>((s, id) => (RANK[findings[id].severity] < RANK[s] ? findings[id].severity : s), "info"),
      open,
    });
    if (o.groupBy === "sheet") {
      for (const id of ids) {
        order.push(id);
        holders.set(id, { group: key });
        if (open) rows.push({ kind: "finding", id, nested: false });
      }
      continue;
    }
    // By rule: the same message on several sheets is one cluster row.
    const clusters = new Map<string, number[]>();
    for (const id of ids) {
      const m = findingMessage(findings[id], o.lang);
      const c = clusters.get(m);
      if (c) c.push(id);
      else clusters.set(m, [id]);
    }
    for (const [message, members] of clusters) {
      if (members.length === 1) {
        order.push(members[0]);
        holders.set(members[0], { group: key });
        if (open) rows.push({ kind: "finding", id: members[0], nested: false });
        continue;
      }
      const ckey = `${key}\u0000${message}`;
      const copen = o.opened.has(ckey);
      if (open)
        rows.push({
          kind: "cluster",
          key: ckey,
          message,
          count: members.length,
          severity: findings[members[0]].severity,
          open: copen,
          first: members[0],
        });
      for (const id of members) {
        order.push(id);
        holders.set(id, { group: key, cluster: ckey });
        if (open && copen) rows.push({ kind: "finding", id, nested: true });
      }
    }
  }
  return { rows, order, holders, total: passing.length };
}

function worst(findings: readonly Finding[], ids: number[]): number {
  let r = 2;
  for (const id of ids) r = Math.min(r, RANK[findings[id].severity]);
  return r;
}
