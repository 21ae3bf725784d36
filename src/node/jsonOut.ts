/**
 * A report as JSON, the same text as `JSON.stringify(value, null, 2)`, handed out in groups of whole
 * lines. A report of 14,000 sheets is about 100 million characters: built as one string and then encoded
 * for the terminal, it took most of check's peak memory; in groups of about a megabyte it takes little.
 */

/** How deep objects are opened; an array below the top is written in batches of items. */
const OPEN_DEPTH = 2;
const BATCH_ITEMS = 256;
const GROUP_CHARS = 1 << 20;

function isContainer(v: unknown): v is object {
  return typeof v === "object" && v !== null && typeof (v as { toJSON?: unknown }).toJSON !== "function";
}

function leaf(value: unknown, indent: number): string {
  const text = JSON.stringify(value, null, 2) ?? "null";
  // A JSON text has raw line breaks only between its tokens (a string's own are escaped), so this indents lines alone.
  return indent === 0 ? text : text.replace(/\n/g, "\n" + " ".repeat(indent));
}

/** Lines of `prefix + JSON(value) + suffix`, in pieces that are each one or more whole lines. */
function* pieces(value: unknown, indent: number, depth: number, prefix: string, suffix: string): Generator<string> {
  if (depth >= OPEN_DEPTH || !isContainer(value)) {
    yield prefix + leaf(value, indent) + suffix;
    return;
  }
  const pad = " ".repeat(indent + 2);
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield prefix + "[]" + suffix;
      return;
    }
    yield prefix + "[";
    if (depth > 0) {
      // Items in batches through the native writer: one call per few hundred findings, not one per finding.
      for (let i = 0; i < value.length; i += BATCH_ITEMS) {
        const text = JSON.stringify(value.slice(i, i + BATCH_ITEMS), null, 2);
        // "[\n  item,\n  item\n]": the items, already two spaces in; indented to this depth.
        const items = text.slice(2, -2);
        const more = i + BATCH_ITEMS < value.length ? "," : "";
        yield (indent === 0 ? items : " ".repeat(indent) + items.replace(/\n/g, "\n" + " ".repeat(indent))) + more;
      }
      yield " ".repeat(indent) + "]" + suffix;
      return;
    }
    for (let i = 0; i < value.length; i++) {
      const v = value[i] === undefined || typeof value[i] === "function" ? null : value[i];
      yield* pieces(v, indent + 2, depth + 1, pad, i < value.length - 1 ? "," : "");
    }
    yield " ".repeat(indent) + "]" + suffix;
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== "function" && typeof v !== "symbol");
  if (entries.length === 0) {
    yield prefix + "{}" + suffix;
    return;
  }
  yield prefix + "{";
  for (let i = 0; i < entries.length; i++) {
    const [k, v] = entries[i];
    yield* pieces(v, indent + 2, depth + 1, pad + JSON.stringify(k) + ": ", i < entries.length - 1 ? "," : "");
  }
  yield " ".repeat(indent) + "}" + suffix;
}

/** Writes the JSON through `out` (which ends each call with a line break), about a megabyte per call. */
export function writeJson(value: unknown, out: (lines: string) => void): void {
  let group: string[] = [];
  let size = 0;
  for (const piece of pieces(value, 0, 0, "", "")) {
    group.push(piece);
    size += piece.length + 1;
    if (size >= GROUP_CHARS) {
      out(group.join("\n"));
      group = [];
      size = 0;
    }
  }
  if (group.length > 0) out(group.join("\n"));
}
