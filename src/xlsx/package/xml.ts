/**
 * XML for the package's small parts (workbook, relationships, content types, styles, app properties):
 * a well-formedness-checked tree that remembers where each element sits in the source text, so a part
 * is changed by splicing text at those places and everything else in it stays as the writer wrote it.
 * Large parts (sheets, shared strings) are scanned by their own modules without building a tree.
 */
export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XmlError";
  }
}

export interface XmlElement {
  /** Local name, prefix dropped (`x:sheet` → `sheet`): writers differ in the prefixes they use. */
  name: string;
  /** The name as written (`x:sheet`). */
  qname: string;
  /** Attributes by their qualified name as written (`r:id`, `name`). */
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Text directly inside the element (entities decoded). */
  text: string;
  /** Offsets in the source: the `<` of the start tag, after its `>`, before the end tag, after it. */
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
}

const ATTR = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function localName(q: string): string {
  const i = q.indexOf(":");
  return i < 0 ? q : q.slice(i + 1);
}

/**
 * Parses a part into a tree, checking what a damaged part would break: every element closed, and closed
 * in order, quotes balanced, nothing after the root. A scan by regular expressions: these parts are small
 * or flat (a workbook of 14,000 sheets has a 14,000-element `<sheets>`), and a general XML parser costs
 * more than the rest of reading such a part.
 */
export function parseXml(text: string, part = "part"): XmlElement {
  const token =
    /<(?:(\/)([^\s>]+)\s*>|([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|!--[\s\S]*?-->|\?[\s\S]*?\?>|!\[CDATA\[([\s\S]*?)\]\]>|!DOCTYPE[^>]*>)/g;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let last = 0;
  const fail = (why: string) => new XmlError(`${part}: ${why}`);
  let m: RegExpExecArray | null;
  while ((m = token.exec(text))) {
    const between = text.slice(last, m.index);
    if (between.includes("<")) throw fail(`malformed tag at ${last + between.indexOf("<")}`);
    if (stack.length) stack[stack.length - 1].text += decodeEntities(between);
    else if (between.trim() !== "") throw fail("text outside the root element");
    last = token.lastIndex;
    if (m[1]) {
      const el = stack.pop();
      if (!el || el.qname !== m[2]) throw fail(`unexpected </${m[2]}>`);
      el.closeStart = m.index;
      el.end = token.lastIndex;
      continue;
    }
    if (m[3]) {
      if (!stack.length && root) throw fail("a second root element");
      const attrs: Record<string, string> = {};
      if (m[4]) {
        ATTR.lastIndex = 0;
        let a: RegExpExecArray | null;
        while ((a = ATTR.exec(m[4]))) attrs[a[1]] = decodeEntities(a[2] ?? a[3] ?? "");
      }
      const el: XmlElement = {
        name: localName(m[3]),
        qname: m[3],
        attrs,
        children: [],
        text: "",
        start: m.index,
        openEnd: token.lastIndex,
        closeStart: token.lastIndex,
        end: token.lastIndex,
      };
      if (stack.length) stack[stack.length - 1].children.push(el);
      else root = el;
      if (m[5] !== "/") stack.push(el);
      continue;
    }
    if (m[6] !== undefined && stack.length) stack[stack.length - 1].text += m[6];
  }
  const rest = text.slice(last);
  if (rest.includes("<")) throw fail(`malformed tag at ${last + rest.indexOf("<")}`);
  if (stack.length) throw fail(`cut off: <${stack[stack.length - 1].qname}> is not closed`);
  if (!root) throw fail("no root element");
  return root;
}

export function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}

export function children(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

/** The prefix the part uses for an element (`x:` in `<x:sheet>`), to write new elements alike. */
export function prefixOf(text: string, el: XmlElement): string {
  const m = /^<([A-Za-z_][\w.-]*:)?/.exec(text.slice(el.start, el.start + 64));
  return m?.[1] ?? "";
}

/** An attribute regardless of the prefix its namespace was given (`r:id`, `ns1:id`). */
export function attrLocal(el: XmlElement, local: string): string | undefined {
  if (local in el.attrs) return el.attrs[local];
  for (const [k, v] of Object.entries(el.attrs)) if (localName(k) === local) return v;
  return undefined;
}

const NEEDS_ESCAPE = /[&<>]/;

export function escapeText(s: string): string {
  // Most cell texts hold none of the three: one scan instead of three replaces.
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}

/** Characters XML 1.0 cannot carry at all are written as Excel's `_xHHHH_` escapes; a literal `_x…_` is escaped too. */
const NEEDS_EXCEL_ESCAPE = /_x|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export function excelEscape(s: string): string {
  if (!NEEDS_EXCEL_ESCAPE.test(s)) return s;
  return s
    .replace(/_x[0-9A-Fa-f]{4}_/g, (m) => `_x005F${m}`)
    .replace(
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
    );
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9A-Fa-f]+|#\d+|[A-Za-z]+);/g, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED[e] ?? m;
  });
}

/** Excel's `_xHHHH_` escapes in cell text (`_x000D_` is a carriage return); `_x005F_` escapes a literal underscore. */
export function decodeExcelEscapes(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Attributes of one start tag's text (`<c r="A1" s="3">`), values decoded. For the fast scanners. */
export function tagAttrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTR.exec(tag))) {
    out[m[1]] = decodeEntities(m[2] ?? m[3] ?? "");
  }
  return out;
}

/**
 * The edit that puts `inner` at the end of an element's content; an empty element (`<x .../>`) is opened into
 * `<x ...>inner</x>` to hold it.
 */
export function appendInside(text: string, el: XmlElement, inner: string): { start: number; end: number; text: string } {
  if (el.closeStart !== el.end) return { start: el.closeStart, end: el.closeStart, text: inner };
  const open = text.slice(el.start, el.end).replace(/\s*\/>$/, ">");
  return { start: el.start, end: el.end, text: `${open}${inner}</${prefixOf(text, el)}${el.name}>` };
}

/** Replaces text ranges of a source; ranges must not overlap. */
export function splice(text: string, edits: { start: number; end: number; text: string }[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let p = 0;
  for (const e of sorted) {
    if (e.start < p) throw new XmlError("overlapping edits");
    out += text.slice(p, e.start) + e.text;
    p = e.end;
  }
  return out + text.slice(p);
}
