/**
 * A report as JSON, the same text as `JSON.stringify(value, null, 2)`, handed out in groups of whole
 * lines. A report of 14,000 sheets is about 140 million characters: built as one string and then encoded
 * for the terminal, it took most of check's peak memory. The pieces are kept small (a few items, groups of
 * 32 K characters): a string of more than about 128 KB goes to V8's large-object space, which only a full
 * collection frees, and groups of a megabyte piled up there to 100 MB of check's peak at 14,000 sheets.
 */

/** How deep objects are opened; an array below the top is written in batches of items. */
const OPEN_DEPTH = 2;
const BATCH_ITEMS = 8;
const GROUP_CHARS = 1 << 15;

function isContainer(v: unknown): v is object {
  return typeof v === "object" && v !== null && typeof (v as { toJSON?: unknown }).toJSON !== "function";
}

/**
 * `JSON.stringify(value, null, 2)` as it reads `indent` spaces in: the value is wrapped in as many one-item
 * arrays as the depth has levels, so the native writer indents it, and the wrappers' lines are cut off (a
 * replace of every line break of a 10 MB report cost a tenth of a check).
 */
function indented(value: unknown, indent: number): string {
  if (indent === 0) return JSON.stringify(value, null, 2) ?? "null";
  let wrapped: unknown = value;
  for (let k = 0; k < indent; k += 2) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // Each wrapper opened "<pad>[\n" before the value and closed "\n<pad>]" after it.
  let head = 0;
  for (let k = 0; k < indent; k += 2) head += k + 2;
  return text.slice(head + indent, text.length - head);
}

function leaf(value: unknown, indent: number): string {
  return value === undefined ? "null" : indented(value, indent);
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
        // "[\n  item,\n  item\n]" at this depth: the items with their indentation, without the brackets.
        const text = indented(value.slice(i, i + BATCH_ITEMS), indent);
        const more = i + BATCH_ITEMS < value.length ? "," : "";
        yield text.slice(2, -(2 + indent)) + more;
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

/** Writes the JSON through `out` (which ends each call with a line break), about 32 K characters per call. */
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
