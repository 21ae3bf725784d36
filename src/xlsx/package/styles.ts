/**
 * `xl/styles.xml`: read for each cell style's number format; written only by appending what new tabs
 * need (fonts, fills, borders, number formats, cell formats, differential formats for conditional
 * formats), counts fixed, every existing style, named cell style and theme reference kept as it was.
 */
import { BUILTIN_NUM_FMTS } from "./numFmts";
import { appendInside, child, children, escapeAttr, parseXml, prefixOf, splice, tagAttrs, type XmlElement } from "./xml";

export interface StylesPart {
  text: string;
  /** The whole part parsed: only a summary, which appends to it, needs it (parsed when first asked for). */
  readonly root: XmlElement;
  /** Number format of each cell format (`s` index), null for General. */
  cellNumFmts: (string | null)[];
  customNumFmts: Map<number, string>;
}

/** Any start or end tag, with its attributes: `</x:xf>`, `<xf numFmtId="14" .../>`. */
const TAG = /<(\/?)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;

/**
 * Each child element named `item` of the styleSheet's first `list` element (`numFmts`, `cellXfs`): its
 * attributes, and those of its own child named `inner` where asked (an xf's `protection`), by a scan of that
 * list alone. Workbooks that have been copied between for years carry tens of thousands of fonts and formats:
 * the whole part parsed cost a check of one such sheet 1.3 of its 2.4 seconds.
 */
function listItems(text: string, list: string, item: string, inner?: string): { attrs: string; inner?: string }[] {
  const open = new RegExp(`<((?:[A-Za-z_][\\w.-]*:)?)${list}[\\s/>]`).exec(text);
  if (!open) return [];
  const out: { attrs: string; inner?: string }[] = [];
  let depth = 0;
  TAG.lastIndex = open.index;
  for (let m = TAG.exec(text); m !== null; m = TAG.exec(text)) {
    const [, close, name, attrs, selfClosing] = m;
    if (close) {
      if (--depth === 0) break;
      continue;
    }
    if (depth === 1 && name === item) out.push({ attrs });
    else if (depth === 2 && name === inner && out.length > 0) out[out.length - 1].inner = attrs;
    if (selfClosing) {
      if (depth === 0) break;
    } else depth++;
  }
  return out;
}

/** Comments, CDATA or a DTD could hide or fake a tag from the list scan: a part holding any is parsed whole. */
const HIDES_TAGS = /<!--|<!\[CDATA\[|<!DOCTYPE/;

export function readStyles(text: string, part: string): StylesPart {
  if (HIDES_TAGS.test(text)) return readStylesWhole(text, part);
  const customNumFmts = new Map<number, string>();
  for (const { attrs } of listItems(text, "numFmts", "numFmt")) {
    const a = tagAttrs(attrs);
    customNumFmts.set(Number(a.numFmtId), a.formatCode ?? "");
  }
  const cellNumFmts = listItems(text, "cellXfs", "xf").map(({ attrs }) => numFmtOf(Number(tagAttrs(attrs).numFmtId ?? 0), customNumFmts));
  let root: XmlElement | null = null;
  return {
    text,
    get root() {
      return (root ??= parseXml(text, part));
    },
    cellNumFmts,
    customNumFmts,
  };
}

function numFmtOf(id: number, custom: Map<number, string>): string | null {
  const fmt = custom.get(id) ?? BUILTIN_NUM_FMTS[id] ?? null;
  return fmt === "General" ? null : fmt;
}

/** The same reading from the part parsed whole. */
export function readStylesWhole(text: string, part: string): StylesPart {
  const root = parseXml(text, part);
  const customNumFmts = new Map<number, string>();
  const nf = child(root, "numFmts");
  for (const el of nf ? children(nf, "numFmt") : []) customNumFmts.set(Number(el.attrs.numFmtId), el.attrs.formatCode ?? "");
  const xfs = child(root, "cellXfs");
  const cellNumFmts = (xfs ? children(xfs, "xf") : []).map((xf) => numFmtOf(Number(xf.attrs.numFmtId ?? 0), customNumFmts));
  return { text, root, cellNumFmts, customNumFmts };
}

/** A `locked` attribute's value: Excel writes "0" / "1", LibreOffice "false" / "true"; absent is locked. */
const isUnlockedValue = (v: string | undefined) => v === "0" || v === "false";

/** A cell format as the lock needs it: its attributes and its own protection's `locked` ("1" where the protection says none). */
interface XfLock {
  attrs: Record<string, string>;
  locked?: string;
}

/** The `xf` items of the list `list` (`cellXfs`, `cellStyleXfs`), each with its protection's lock, by a scan of that list alone. */
function xfLocks(text: string, list: string): XfLock[] {
  return listItems(text, list, "xf", "protection").map((x) => ({
    attrs: tagAttrs(x.attrs),
    locked: x.inner === undefined ? undefined : (tagAttrs(x.inner).locked ?? "1"),
  }));
}

/** The same lists from the part parsed whole (a part with comments, CDATA or a DTD). */
function xfLocksWhole(root: XmlElement, list: string): XfLock[] {
  const el = child(root, list);
  return (el ? children(el, "xf") : []).map((xf) => {
    const protection = child(xf, "protection");
    return { attrs: xf.attrs, locked: protection ? (protection.attrs.locked ?? "1") : undefined };
  });
}

/**
 * The cell formats (`s` indexes) whose cells a person may still type into on a protected sheet: those with
 * `<protection locked="0"/>`, or, without a protection of their own, whose named cell style (`xfId`) has one.
 * Every other cell is locked, as in Excel. Only a fill into a protected sheet asks.
 */
export function unlockedCellXfs(styles: StylesPart): Set<number> {
  const whole = HIDES_TAGS.test(styles.text);
  const read = (list: string) => (whole ? xfLocksWhole(styles.root, list) : xfLocks(styles.text, list));
  const named = read("cellStyleXfs");
  const out = new Set<number>();
  read("cellXfs").forEach((xf, i) => {
    const off = xf.attrs.applyProtection === "0" || xf.attrs.applyProtection === "false";
    const locked = xf.locked !== undefined && !off ? xf.locked : named[Number(xf.attrs.xfId ?? 0)]?.locked;
    if (isUnlockedValue(locked)) out.add(i);
  });
  return out;
}

export function emptyStyles(): StylesPart {
  return readStyles(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="游ゴシック"/><family val="3"/><charset val="128"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
    "xl/styles.xml",
  );
}

/** A cell format to add, in the terms a summary tab uses. */
export interface XfRequest {
  font: { bold?: boolean; color?: string; underline?: boolean; name: string; size: number };
  fill?: string;
  border?: boolean;
  numFmt?: string;
  align?: string;
  vAlign?: string;
  wrap?: boolean;
}

/** A differential format (conditional formats): a fill and an optional font colour. */
export interface DxfRequest {
  fill: string;
  font?: string;
}

export interface StyleAdditions {
  /** The part rewritten. */
  text: string;
  /** `s` of each requested xf, by its key. */
  xf: Map<string, number>;
  dxf: Map<string, number>;
}

const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

/** One string per distinct format (a cell format is looked up for every cell written: no JSON here). */
export function xfKey(x: XfRequest): string {
  const f = x.font;
  return `${f.name}|${f.size}|${f.bold ? 1 : 0}|${f.underline ? 1 : 0}|${f.color ?? ""}|${x.fill ?? ""}|${x.border ? 1 : 0}|${x.numFmt ?? ""}|${x.align ?? ""}|${x.vAlign ?? ""}|${x.wrap ? 1 : 0}`;
}
export function dxfKey(d: DxfRequest): string {
  return JSON.stringify(d);
}

function argb(hex: string): string {
  const h = hex.replace(/^#/, "").toUpperCase();
  return h.length === 8 ? h : `FF${h.padStart(6, "0")}`;
}

/** A styles part whose root is one empty element (`<styleSheet .../>`), opened so that sections can go inside it. */
function opened(st: StylesPart, part: string): StylesPart {
  if (st.root.closeStart !== st.root.end) return st;
  return readStyles(splice(st.text, [appendInside(st.text, st.root, "")]), part);
}

/** Appends the requested formats; equal requests share one xf. */
export function appendStyles(styles: StylesPart, xfs: XfRequest[], dxfs: DxfRequest[]): StyleAdditions {
  const st = opened(styles, "xl/styles.xml");
  const p = prefixOf(st.text, st.root);
  const count = (name: string) => {
    const el = child(st.root, name);
    return el ? el.children.length : 0;
  };
  // What Excel reserves at the head of each list, where a writer left a list empty or out: font, border and cell
  // format 0 are every unstyled cell's, fills 0 and 1 are "none" and "gray125". A summary's own styles there
  // would restyle the person's cells.
  const reserved = (name: string, items: string[]) => items.slice(Math.min(count(name), items.length));
  const fonts: string[] = reserved("fonts", [
    `<${p}font><${p}sz val="11"/><${p}name val="游ゴシック"/><${p}family val="3"/><${p}charset val="128"/></${p}font>`,
  ]);
  const fills: string[] = reserved("fills", [
    `<${p}fill><${p}patternFill patternType="none"/></${p}fill>`,
    `<${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`,
  ]);
  const borders: string[] = reserved("borders", [`<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border>`]);
  const cellStyleXfs: string[] = reserved("cellStyleXfs", [`<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`]);
  const numFmts: string[] = [];
  const cellXfs: string[] = reserved("cellXfs", [`<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`]);
  const dxfXml: string[] = [];
  const fontIds = new Map<string, number>();
  const fillIds = new Map<string, number>();
  const numFmtIds = new Map<string, number>();
  let borderId = -1;
  let nextNumFmt = Math.max(163, ...st.customNumFmts.keys()) + 1;
  const builtinId = (f: string) => {
    for (const [id, code] of Object.entries(BUILTIN_NUM_FMTS)) if (code === f && Number(id) < 27) return Number(id);
    return undefined;
  };
  const xf = new Map<string, number>();
  const dxf = new Map<string, number>();
  const baseXf = count("cellXfs");
  for (const req of xfs) {
    const key = xfKey(req);
    if (xf.has(key)) continue;
    const f0 = req.font;
    const fk = `${f0.name}|${f0.size}|${f0.bold ? 1 : 0}|${f0.underline ? 1 : 0}|${f0.color ?? ""}`;
    let fontId = fontIds.get(fk);
    if (fontId === undefined) {
      fontId = count("fonts") + fonts.length;
      fontIds.set(fk, fontId);
      const f = req.font;
      fonts.push(
        `<${p}font>${f.bold ? `<${p}b/>` : ""}${f.underline ? `<${p}u/>` : ""}<${p}sz val="${f.size}"/>${f.color ? `<${p}color rgb="${argb(f.color)}"/>` : `<${p}color theme="1"/>`}<${p}name val="${escapeAttr(f.name)}"/><${p}family val="3"/><${p}charset val="128"/></${p}font>`,
      );
    }
    let fillId = 0;
    if (req.fill) {
      const known = fillIds.get(req.fill);
      if (known !== undefined) fillId = known;
      else {
        fillId = count("fills") + fills.length;
        fillIds.set(req.fill, fillId);
        fills.push(
          `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(req.fill)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
        );
      }
    }
    let bId = 0;
    if (req.border) {
      if (borderId < 0) {
        borderId = count("borders") + borders.length;
        const thin = (s: string) => `<${p}${s} style="thin"><${p}color auto="1"/></${p}${s}>`;
        borders.push(`<${p}border>${thin("left")}${thin("right")}${thin("top")}${thin("bottom")}<${p}diagonal/></${p}border>`);
      }
      bId = borderId;
    }
    let numFmtId = 0;
    if (req.numFmt) {
      const b = builtinId(req.numFmt);
      const custom = [...st.customNumFmts].find(([, c]) => c === req.numFmt)?.[0];
      if (b !== undefined) numFmtId = b;
      else if (custom !== undefined) numFmtId = custom;
      else {
        let id = numFmtIds.get(req.numFmt);
        if (id === undefined) {
          id = nextNumFmt++;
          numFmtIds.set(req.numFmt, id);
          numFmts.push(`<${p}numFmt numFmtId="${id}" formatCode="${escapeAttr(req.numFmt)}"/>`);
        }
        numFmtId = id;
      }
    }
    const align =
      req.align || req.vAlign || req.wrap
        ? `<${p}alignment${req.align ? ` horizontal="${req.align}"` : ""}${req.vAlign ? ` vertical="${req.vAlign === "middle" ? "center" : req.vAlign}"` : ""}${req.wrap ? ' wrapText="1"' : ""}/>`
        : "";
    xf.set(key, baseXf + cellXfs.length);
    cellXfs.push(
      `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${bId}" xfId="0" applyFont="1"${fillId ? ' applyFill="1"' : ""}${bId ? ' applyBorder="1"' : ""}${numFmtId ? ' applyNumberFormat="1"' : ""}${align ? ' applyAlignment="1">' + align + `</${p}xf>` : "/>"}`,
    );
  }
  const baseDxf = count("dxfs");
  for (const req of dxfs) {
    const key = dxfKey(req);
    if (dxf.has(key)) continue;
    dxf.set(key, baseDxf + dxfXml.length);
    dxfXml.push(
      `<${p}dxf>${req.font ? `<${p}font><${p}color rgb="${argb(req.font)}"/></${p}font>` : ""}<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(req.fill)}"/><${p}bgColor rgb="${argb(req.fill)}"/></${p}patternFill></${p}fill></${p}dxf>`,
    );
  }

  const edits: { start: number; end: number; text: string }[] = [];
  const append = (name: string, items: string[]) => {
    if (items.length === 0) return;
    const el = child(st.root, name);
    const total = (el ? el.children.length : 0) + items.length;
    if (el) {
      const open = st.text.slice(el.start, el.openEnd);
      const selfClosing = el.closeStart === el.end;
      const counted = /\scount\s*=\s*["']\d+["']/.test(open)
        ? open.replace(/(\scount\s*=\s*)["']\d+["']/, `$1"${total}"`)
        : open.replace(/^<([\w.:-]+)/, `<$1 count="${total}"`);
      const head = selfClosing ? counted.replace(/\s*\/>$/, ">") : counted;
      const body = selfClosing ? items.join("") + `</${p}${name}>` : "";
      edits.push({ start: el.start, end: el.openEnd, text: head + body });
      if (!selfClosing) edits.push({ start: el.closeStart, end: el.closeStart, text: items.join("") });
      return;
    }
    // Missing container: insert it before the first element that follows it in the schema's order.
    const at = ORDER.indexOf(name);
    const nextEl = st.root.children.find((c) => ORDER.indexOf(c.name) > at);
    const pos = nextEl ? nextEl.start : st.root.closeStart;
    edits.push({ start: pos, end: pos, text: `<${p}${name} count="${total}">${items.join("")}</${p}${name}>` });
  };
  append("numFmts", numFmts);
  append("fonts", fonts);
  append("fills", fills);
  append("borders", borders);
  append("cellStyleXfs", cellStyleXfs);
  append("cellXfs", cellXfs);
  append("dxfs", dxfXml);
  return { text: splice(st.text, edits), xf, dxf };
}
