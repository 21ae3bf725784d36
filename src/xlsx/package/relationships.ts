/**
 * Relationship parts (`_rels/*.rels`): what a part points at. Targets may be relative to the part's
 * folder (as Excel writes them) or absolute from the package root (`/xl/worksheets/sheet1.xml`, as
 * other writers do); both resolve to the same part name.
 */
import { appendInside, escapeAttr, parseXml, prefixOf, splice, type XmlElement } from "./xml";

export const REL = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  hyperlink: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
  calcChain: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
} as const;

/** Relationship types match on their last segment: strict OOXML uses another namespace for the same kinds. */
export function relKind(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The part the target names (for internal targets). */
  part: string;
  el: XmlElement;
}

export interface Relationships {
  path: string;
  text: string;
  root: XmlElement;
  list: Relationship[];
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`; the package's own: `_rels/.rels`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** What resolveTarget must work on: a fragment, an escape, a leading or doubled slash, a dot segment, a trailing slash. */
const UNPLAIN_TARGET = /[#%]|^\/|\/\/|(^|\/)\.|\/$|^$/;

/** A target resolved against the folder of `source` (a part name, "" for the package). */
export function resolveTarget(source: string, target: string): string {
  // Most targets (worksheets/sheet1.xml) need no decoding and no dot segments: the source's folder and the target.
  if (!UNPLAIN_TARGET.test(target)) return source.slice(0, source.lastIndexOf("/") + 1) + target;
  return resolveBySegments(source, target);
}

/** The reading of any target: the fragment dropped, escapes decoded, `.` and `..` applied segment by segment. */
export function resolveBySegments(source: string, target: string): string {
  let t = target.split("#")[0];
  try {
    t = decodeURIComponent(t);
  } catch {
    // A target with a stray % is used as written.
  }
  const base = t.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const seg of t.replace(/^\/+/, "").split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}

/** A target for `part` written relative to the folder of `source`, as Excel writes it. */
export function relativeTarget(source: string, part: string): string {
  const from = source.split("/").slice(0, -1);
  const to = part.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}

export function readRelationships(path: string, text: string, source: string): Relationships {
  const root = parseXml(text, path);
  const list: Relationship[] = [];
  for (const el of root.children) {
    if (el.name !== "Relationship") continue;
    const target = el.attrs.Target ?? "";
    const external = (el.attrs.TargetMode ?? "").toLowerCase() === "external";
    list.push({
      id: el.attrs.Id ?? "",
      type: el.attrs.Type ?? "",
      target,
      external,
      part: external ? "" : resolveTarget(source, target),
      el,
    });
  }
  return { path, text, root, list };
}

export function emptyRelationships(path: string): Relationships {
  const text =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  return readRelationships(path, text, "");
}

/** A relationship id not yet used in `rels` (`rId7`). */
export function freeRelId(taken: Iterable<string>): string {
  const set = new Set(taken);
  let n = set.size + 1;
  while (set.has(`rId${n}`)) n++;
  return `rId${n}`;
}

export function patchRelationships(
  rels: Relationships,
  removeIds: Iterable<string>,
  add: { id: string; type: string; target: string; external?: boolean }[],
): string {
  const drop = new Set(removeIds);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const r of rels.list) if (drop.has(r.id)) edits.push({ start: r.el.start, end: r.el.end, text: "" });
  const p = prefixOf(rels.text, rels.root);
  const added = add
    .map(
      (a) =>
        `<${p}Relationship Id="${escapeAttr(a.id)}" Type="${escapeAttr(a.type)}" Target="${escapeAttr(a.target)}"${a.external ? ' TargetMode="External"' : ""}/>`,
    )
    .join("");
  // `<Relationships .../>` is opened up to hold them.
  if (added) edits.push(appendInside(rels.text, rels.root, added));
  return splice(rels.text, edits);
}
