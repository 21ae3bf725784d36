/**
 * XML for the package's small parts (workbook, relationships, content types, styles, app properties):
 * a well-formedness-checked tree that remembers where each element sits in the source text, so a part
 * is changed by splicing text at those places and everything else in it stays as the writer wrote it.
 * Large parts (sheets, shared strings) are scanned by their own modules without building a tree.
 */
import { SaxesParser } from "saxes";

export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XmlError";
  }
}

export interface XmlElement {
  /** Local name, prefix dropped (`x:sheet` → `sheet`): writers differ in the prefixes they use. */
  name: string;
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

function localName(q: string): string {
  const i = q.indexOf(":");
  return i < 0 ? q : q.slice(i + 1);
}

export function parseXml(text: string, part = "part"): XmlElement {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let failure: Error | null = null;
  parser.on("error", (e) => {
    failure ??= e;
  });
  parser.on("opentag", (tag) => {
    const openEnd = parser.position;
    const start = text.lastIndexOf("<", openEnd - 1);
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attrs[k] = String(v);
    const el: XmlElement = { name: localName(tag.name), attrs, children: [], text: "", start, openEnd, closeStart: openEnd, end: openEnd };
    if (stack.length) stack[stack.length - 1].children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on("text", (t) => {
    if (stack.length) stack[stack.length - 1].text += t;
  });
  parser.on("cdata", (t) => {
    if (stack.length) stack[stack.length - 1].text += t;
  });
  parser.on("closetag", (tag) => {
    const el = stack.pop();
    if (!el) return;
    el.end = parser.position;
    el.closeStart = tag.isSelfClosing ? el.end : text.lastIndexOf("</", el.end - 1);
  });
  try {
    parser.write(text).close();
  } catch (e) {
    failure ??= e as Error;
  }
  if (failure || !root) throw new XmlError(`${part}: ${failure ? (failure as Error).message.split("\n")[0] : "no root element"}`);
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

export function escapeText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}

/** Characters XML 1.0 cannot carry at all are written as Excel's `_xHHHH_` escapes; a literal `_x…_` is escaped too. */
export function excelEscape(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/_x[0-9A-Fa-f]{4}_/g, (m) => `_x005F${m}`).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
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

const ATTR = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Attributes of one start tag's text (`<c r="A1" s="3">`), values decoded. For the fast scanners. */
export function tagAttrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTR.exec(tag))) {
    const k = m[1];
    const v = m[2] ?? m[3] ?? "";
    out[k.includes(":") && !k.startsWith("xml") ? k : k] = decodeEntities(v);
  }
  return out;
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
