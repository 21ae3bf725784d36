/**
 * What Excel would "repair" in a package (its "We found a problem with some content" prompt), read with
 * readers of its own (fflate's unzip, xmldom's namespace-aware parser), not the package layer under test.
 * LibreOffice opens nearly anything; Excel drops a table whose header cell differs from its column name, a
 * row out of order, a style index past the list, two tables under one name. Schema order is not checked
 * here: the parts' own tests pin it. `newRepairs(before, after)` lists what a command brought in, so a
 * foreign writer's own quirks (kept byte for byte) do not count against us; no message holds a count, which a
 * command may change without adding a fault.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const PKG_CT = "http://schemas.openxmlformats.org/package/2006/content-types";
const R_NS = [
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
];

type Box = { top: number; left: number; bottom: number; right: number };

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function cellRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref);
  return m ? { row: Number(m[2]), col: columnNumber(m[1]) } : null;
}

function box(ref: string | null): Box | null {
  if (!ref) return null;
  const [a, b = a] = ref.split(":");
  const p = cellRef(a);
  const q = cellRef(b);
  return p && q ? { top: p.row, left: p.col, bottom: q.row, right: q.col } : null;
}

const overlap = (a: Box, b: Box) => !(a.bottom < b.top || b.bottom < a.top || a.right < b.left || b.right < a.left);

/** Child elements of `el` with local name `name` (writers differ in prefixes); none where there is no `el`. */
function kids(el: Element | undefined, name: string): Element[] {
  const out: Element[] = [];
  for (let n = el?.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).localName === name) out.push(n as Element);
  return out;
}

/** The `item` children of `el`'s first `list` child (`cellXfs` → `xf`): none where there is no such list. */
const listOf = (el: Element, list: string, item: string) => kids(kids(el, list)[0], item);

function all(el: Element, name: string): Element[] {
  const out: Element[] = [];
  const list = el.getElementsByTagNameNS("*", name);
  for (let i = 0; i < list.length; i++) out.push(list.item(i)!);
  return out;
}

function rId(el: Element): string | null {
  for (const ns of R_NS) if (el.hasAttributeNS(ns, "id")) return el.getAttributeNS(ns, "id");
  return null;
}

const posix = {
  dir: (p: string) => p.slice(0, p.lastIndexOf("/") + 1),
  resolve(from: string, target: string): string {
    if (target.startsWith("/")) return target.slice(1);
    const out: string[] = [];
    for (const seg of (posix.dir(from) + target).split("/")) {
      if (seg === "..") out.pop();
      else if (seg !== "." && seg !== "") out.push(seg);
    }
    return out.join("/");
  },
};

class Package {
  readonly parts: Map<string, Uint8Array>;
  readonly byLower = new Map<string, string>();
  private readonly docs = new Map<string, Element>();
  /** Parts that are not well-formed XML, which Excel cannot read either: one line for each error. */
  readonly malformed: string[] = [];

  constructor(bytes: Uint8Array) {
    this.parts = new Map(Object.entries(unzipSync(bytes)).filter(([n]) => !n.endsWith("/")));
    for (const n of this.parts.keys()) this.byLower.set(n.toLowerCase(), n);
  }

  has(name: string): boolean {
    return this.byLower.has(name.toLowerCase());
  }

  xml(name: string): Element {
    const real = this.byLower.get(name.toLowerCase());
    if (!real) throw new Error(`no part ${name}`);
    let doc = this.docs.get(real);
    if (!doc) {
      const text = strFromU8(this.parts.get(real)!).replace(/^\uFEFF/, "");
      const errors = new Set<string>();
      try {
        doc = new DOMParser({
          onError: (level, msg) => void (level !== "warning" && errors.add(String(msg).split("\n")[0])),
        }).parseFromString(text, "text/xml").documentElement!;
      } catch {
        // A fatal error, already passed to onError: the part is read as empty so the other checks go on.
      }
      for (const e of errors) this.malformed.push(`${real}: not well-formed XML: ${e}`);
      doc ??= new DOMParser().parseFromString("<empty/>", "text/xml").documentElement!;
      this.docs.set(real, doc);
    }
    return doc;
  }

  /** A part's internal relationships: id → [type's last segment, resolved target]. */
  rels(part: string): Map<string, { type: string; target: string }> {
    const path = `${posix.dir(part)}_rels/${part.slice(part.lastIndexOf("/") + 1)}.rels`;
    const out = new Map<string, { type: string; target: string }>();
    if (!this.has(path)) return out;
    for (const r of all(this.xml(path), "Relationship")) {
      if (r.getAttribute("TargetMode") === "External") continue;
      out.set(r.getAttribute("Id")!, {
        type: r.getAttribute("Type")!.split("/").pop()!,
        target: posix.resolve(part, r.getAttribute("Target")!),
      });
    }
    return out;
  }
}

/** How the content type of a part reached by a relationship of this type ends; Excel refuses a sheet typed as plain XML. */
const TYPE_BY_RELATIONSHIP: Record<string, string> = {
  worksheet: ".worksheet+xml",
  styles: ".styles+xml",
  sharedStrings: ".sharedStrings+xml",
  table: ".table+xml",
  drawing: "drawing+xml",
  chart: ".chart+xml",
};

/** Each part's content type (its override, else its extension's default), checked against the parts there are. */
function contentTypes(p: Package, v: string[]): Map<string, string> {
  const ct = p.xml("[Content_Types].xml");
  if (ct.namespaceURI !== PKG_CT) v.push("[Content_Types].xml: not a content-types part");
  const defaults = new Map(all(ct, "Default").map((d) => [d.getAttribute("Extension")!.toLowerCase(), d.getAttribute("ContentType")!]));
  const overrides = new Map(
    all(ct, "Override").map((o) => [o.getAttribute("PartName")!.replace(/^\//, "").toLowerCase(), o.getAttribute("ContentType")!]),
  );
  const types = new Map<string, string>();
  for (const n of p.parts.keys()) {
    if (n === "[Content_Types].xml") continue;
    const type = overrides.get(n.toLowerCase()) ?? defaults.get(n.slice(n.lastIndexOf(".") + 1).toLowerCase());
    if (type === undefined) v.push(`${n}: no content type`);
    else types.set(n.toLowerCase(), type);
  }
  for (const o of overrides.keys()) if (!p.has(o)) v.push(`[Content_Types].xml: an override names ${o}, which is not in the package`);
  return types;
}

function relationships(p: Package, types: Map<string, string>, v: string[]): void {
  for (const n of p.parts.keys()) {
    if (!n.endsWith(".rels")) continue;
    const rels = all(p.xml(n), "Relationship");
    if (p.xml(n).namespaceURI !== PKG_REL) v.push(`${n}: not a relationships part`);
    const ids = new Set<string>();
    for (const r of rels) {
      const id = r.getAttribute("Id")!;
      if (ids.has(id)) v.push(`${n}: relationship id ${id} twice`);
      ids.add(id);
    }
    const source = n.replace(/_rels\/([^/]*)\.rels$/, "$1");
    for (const r of rels) {
      if (r.getAttribute("TargetMode") === "External") continue;
      const target = posix.resolve(source, r.getAttribute("Target")!);
      if (!p.has(target)) v.push(`${n}: ${r.getAttribute("Id")} points to ${target}, which is not in the package`);
      const expected = TYPE_BY_RELATIONSHIP[r.getAttribute("Type")!.split("/").pop()!];
      const type = types.get(target.toLowerCase());
      if (expected && type !== undefined && !type.endsWith(expected)) v.push(`${target}: content type ${type}, not one ending ${expected}`);
    }
  }
}

interface Styles {
  xfs: number;
  dxfs: number;
}

function styles(p: Package, part: string | undefined, v: string[]): Styles | null {
  if (!part || !p.has(part)) return null;
  const st = p.xml(part);
  const count = (list: string) => listOf(st, list, list.slice(0, -1)).length;
  const fonts = count("fonts");
  const fills = count("fills");
  const borders = count("borders");
  const styleXfs = listOf(st, "cellStyleXfs", "xf").length;
  const numFmts = new Set(all(st, "numFmt").map((n) => Number(n.getAttribute("numFmtId"))));
  const xfs = listOf(st, "cellXfs", "xf");
  xfs.forEach((xf, i) => {
    const idx = (name: string) => Number(xf.getAttribute(name) || "0");
    if (idx("fontId") >= Math.max(fonts, 1)) v.push(`${part}: cell format ${i} names font ${idx("fontId")}, past the list`);
    if (idx("fillId") >= Math.max(fills, 1)) v.push(`${part}: cell format ${i} names fill ${idx("fillId")}, past the list`);
    if (idx("borderId") >= Math.max(borders, 1)) v.push(`${part}: cell format ${i} names border ${idx("borderId")}, past the list`);
    if (xf.hasAttribute("xfId") && idx("xfId") >= Math.max(styleXfs, 1))
      v.push(`${part}: cell format ${i} names style ${idx("xfId")}, past the list`);
    if (idx("numFmtId") >= 164 && !numFmts.has(idx("numFmtId")))
      v.push(`${part}: cell format ${i} names number format ${idx("numFmtId")}, not defined`);
  });
  return { xfs: xfs.length, dxfs: count("dxfs") };
}

/** A rich or plain string item's text, phonetic runs left out, as Excel compares a table header. */
function itemText(si: Element | undefined): string {
  const t = kids(si, "t");
  if (t.length) return t[0].textContent ?? "";
  return kids(si, "r")
    .map((r) => kids(r, "t")[0]?.textContent ?? "")
    .join("");
}

/** Excel's `_xHHHH_` escapes (control characters, line breaks in table column names), decoded. */
const unescapeX = (s: string) => s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

const SHEET_NAME_BAD = /[[\]:*?/\\]/;

function workbook(p: Package, v: string[]): void {
  const root = p.xml("_rels/.rels");
  const office = all(root, "Relationship").find((r) => r.getAttribute("Type")!.endsWith("/officeDocument"));
  if (!office) return void v.push("_rels/.rels: no workbook");
  const wbPart = posix.resolve("", office.getAttribute("Target")!);
  const wb = p.xml(wbPart);
  if (wb.namespaceURI !== MAIN && wb.namespaceURI !== STRICT_MAIN) v.push(`${wbPart}: not a SpreadsheetML workbook`);
  const rels = p.rels(p.byLower.get(wbPart.toLowerCase())!);
  const sheets = listOf(wb, "sheets", "sheet");
  const names = new Set<string>();
  const ids = new Set<string>();
  for (const s of sheets) {
    const name = s.getAttribute("name")!;
    if (names.has(name.toLowerCase())) v.push(`${wbPart}: two sheets named ${name}`);
    names.add(name.toLowerCase());
    if (name.length > 31 || name.trim() === "" || SHEET_NAME_BAD.test(name) || name.startsWith("'") || name.endsWith("'"))
      v.push(`${wbPart}: a sheet name Excel refuses: ${name}`);
    if (ids.has(s.getAttribute("sheetId")!)) v.push(`${wbPart}: sheetId ${s.getAttribute("sheetId")} twice`);
    ids.add(s.getAttribute("sheetId")!);
    if (!rels.has(rId(s) ?? "")) v.push(`${wbPart}: sheet ${name} has no relationship`);
  }
  const view = listOf(wb, "bookViews", "workbookView")[0];
  if (view && Number(view.getAttribute("activeTab") || "0") >= sheets.length) v.push(`${wbPart}: activeTab past the last sheet`);
  const defined = new Set<string>();
  const definedNames = listOf(wb, "definedNames", "definedName");
  for (const d of definedNames) {
    const scope = d.getAttribute("localSheetId");
    const key = `${d.getAttribute("name")!.toLowerCase()}@${scope ?? ""}`;
    if (defined.has(key)) v.push(`${wbPart}: defined name ${d.getAttribute("name")} twice in one scope`);
    defined.add(key);
    if (scope !== null && Number(scope) >= sheets.length)
      v.push(`${wbPart}: defined name ${d.getAttribute("name")} scoped to sheet ${scope}, past the last`);
  }
  const definedLower = new Set(definedNames.map((d) => d.getAttribute("name")!.toLowerCase()));

  const st = styles(p, [...rels.values()].find((r) => r.type === "styles")?.target, v);
  const sstPart = [...rels.values()].find((r) => r.type === "sharedStrings")?.target;
  const sst = sstPart && p.has(sstPart) ? kids(p.xml(sstPart), "si") : null;
  const tables = new Map<string, string>();
  const tableIds = new Set<string>();
  for (const s of sheets) {
    const rel = rels.get(rId(s) ?? "");
    if (!rel || rel.type !== "worksheet" || !p.has(rel.target)) continue;
    const part = p.byLower.get(rel.target.toLowerCase())!;
    worksheet(p, part, s.getAttribute("name")!, { st, sst, tables, tableIds, definedLower }, v);
  }
}

interface SheetContext {
  st: Styles | null;
  sst: Element[] | null;
  tables: Map<string, string>;
  tableIds: Set<string>;
  definedLower: Set<string>;
}

function worksheet(p: Package, part: string, name: string, ctx: SheetContext, v: string[]): void {
  const ws = p.xml(part);
  const at = `${part} (${name})`;
  const text = new Map<string, string>();
  let lastRow = 0;
  for (const row of listOf(ws, "sheetData", "row")) {
    const r = row.hasAttribute("r") ? Number(row.getAttribute("r")) : lastRow + 1;
    if (r <= lastRow) v.push(`${at}: row ${r} after row ${lastRow}`);
    lastRow = r;
    let lastCol = 0;
    for (const c of kids(row, "c")) {
      const ref = c.getAttribute("r");
      const pos = ref ? cellRef(ref) : { row: r, col: lastCol + 1 };
      if (!pos) {
        v.push(`${at}: cell reference ${ref}`);
        continue;
      }
      if (pos.row !== r) v.push(`${at}: cell ${ref} inside row ${r}`);
      if (pos.col <= lastCol) v.push(`${at}: cell ${ref} out of column order`);
      lastCol = pos.col;
      const s = Number(c.getAttribute("s") || "0");
      if (ctx.st && s >= Math.max(ctx.st.xfs, 1)) v.push(`${at}: cell ${ref} names format ${s}, past the list`);
      const value = kids(c, "v")[0]?.textContent ?? null;
      const type = c.getAttribute("t");
      if (type === "s" && value !== null) {
        const i = Number(value);
        if (!ctx.sst || !Number.isInteger(i) || i >= ctx.sst.length)
          v.push(`${at}: cell ${ref} names shared string ${value}, past the list`);
        else text.set(`${pos.row}:${pos.col}`, itemText(ctx.sst[i]));
      } else if (type === "inlineStr") text.set(`${pos.row}:${pos.col}`, itemText(kids(c, "is")[0]));
      else if (value !== null) text.set(`${pos.row}:${pos.col}`, value);
    }
  }
  const merges = all(ws, "mergeCell")
    .map((m) => box(m.getAttribute("ref")))
    .filter((b): b is Box => b !== null);
  for (let i = 0; i < merges.length; i++)
    for (let j = i + 1; j < merges.length; j++) if (overlap(merges[i], merges[j])) v.push(`${at}: merged areas overlap`);
  if (ctx.st)
    for (const cf of all(ws, "cfRule"))
      if (cf.namespaceURI === ws.namespaceURI && cf.hasAttribute("dxfId") && Number(cf.getAttribute("dxfId")) >= ctx.st.dxfs)
        v.push(`${at}: a conditional format names differential format ${cf.getAttribute("dxfId")}, past the list`);
  const rels = p.rels(part);
  const boxes: Box[] = [];
  for (const tp of all(ws, "tablePart")) {
    const rel = rels.get(rId(tp) ?? "");
    if (!rel || !p.has(rel.target)) {
      v.push(`${at}: a table part is missing`);
      continue;
    }
    const tb = p.xml(rel.target);
    const display = tb.getAttribute("displayName") ?? "";
    const key = display.toLowerCase();
    if (ctx.tables.has(key)) v.push(`${at}: table name ${display} also used on ${ctx.tables.get(key)}`);
    ctx.tables.set(key, name);
    if (ctx.definedLower.has(key)) v.push(`${at}: table name ${display} is also a defined name`);
    if (ctx.tableIds.has(tb.getAttribute("id")!)) v.push(`${at}: table id ${tb.getAttribute("id")} twice`);
    ctx.tableIds.add(tb.getAttribute("id")!);
    const b = box(tb.getAttribute("ref"));
    if (!b) {
      v.push(`${at}: table ${display} has no range`);
      continue;
    }
    for (const other of boxes) if (overlap(b, other)) v.push(`${at}: table ${display} overlaps another table`);
    boxes.push(b);
    for (const m of merges) if (overlap(b, m)) v.push(`${at}: table ${display} covers a merged area`);
    const columns = all(tb, "tableColumn");
    if (columns.length !== b.right - b.left + 1)
      v.push(`${at}: table ${display} has ${columns.length} columns over ${b.right - b.left + 1}`);
    const seen = new Set<string>();
    columns.forEach((col, k) => {
      const colName = unescapeX(col.getAttribute("name") ?? "");
      if (seen.has(colName.toLowerCase())) v.push(`${at}: table ${display} has column ${colName} twice`);
      seen.add(colName.toLowerCase());
      if (tb.getAttribute("headerRowCount") === "0") return;
      const header = unescapeX(text.get(`${b.top}:${b.left + k}`) ?? "");
      if (header !== colName)
        v.push(`${at}: table ${display}'s header ${JSON.stringify(header)} is not its column name ${JSON.stringify(colName)}`);
    });
  }
}

/** Every Excel-repair trigger found in the package, one line each. */
export function excelRepairs(bytes: Uint8Array): string[] {
  const v: string[] = [];
  const p = new Package(bytes);
  relationships(p, contentTypes(p, v), v);
  workbook(p, v);
  return [...v, ...p.malformed];
}

/** The triggers in `after` that `before` did not have (counted, so a second copy of one is new). */
export function newRepairs(before: Uint8Array, after: Uint8Array): string[] {
  const old = new Map<string, number>();
  for (const x of excelRepairs(before)) old.set(x, (old.get(x) ?? 0) + 1);
  return excelRepairs(after).filter((x) => {
    const n = old.get(x) ?? 0;
    if (n > 0) old.set(x, n - 1);
    return n === 0;
  });
}
