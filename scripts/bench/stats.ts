/** Small numeric helpers for the benchmark: medians of noisy runs, and formatting. */

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function ms(x: number): string {
  if (!Number.isFinite(x)) return "n/a";
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

export function mb(bytes: number): string {
  return Number.isFinite(bytes) ? (bytes / (1024 * 1024)).toFixed(1) : "n/a";
}

export function kb(bytes: number): string {
  if (!Number.isFinite(bytes)) return "n/a";
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(2)} MB` : `${(bytes / 1024).toFixed(0)} KB`;
}

export const verdict = (ok: boolean | null): string => (ok === null ? "n/a" : ok ? "PASS" : "FAIL");

/** A markdown table: header, then rows, columns padded so it also reads well in a terminal. */
export function table(head: string[], rows: string[][]): string {
  const width = (s: string) => [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);
  const w = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ""))));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c + " ".repeat(w[i] - width(c))).join(" | ")} |`;
  return [line(head), `|${w.map((n) => "-".repeat(n + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}
