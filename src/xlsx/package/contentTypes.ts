/** `[Content_Types].xml`: which content type each part has; new parts are registered, removed ones dropped. */
import { escapeAttr, parseXml, prefixOf, splice, type XmlElement } from "./xml";

export const CONTENT_TYPES_PART = "[Content_Types].xml";

export const CT = {
  sheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  macroWorkbook: "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
} as const;

export interface ContentTypes {
  text: string;
  root: XmlElement;
  defaults: Map<string, string>;
  overrides: Map<string, { type: string; el: XmlElement }>;
}

export function readContentTypes(text: string): ContentTypes {
  const root = parseXml(text, CONTENT_TYPES_PART);
  const defaults = new Map<string, string>();
  const overrides = new Map<string, { type: string; el: XmlElement }>();
  for (const el of root.children) {
    if (el.name === "Default" && el.attrs.Extension) defaults.set(el.attrs.Extension.toLowerCase(), el.attrs.ContentType ?? "");
    if (el.name === "Override" && el.attrs.PartName)
      overrides.set(el.attrs.PartName.replace(/^\//, "").toLowerCase(), { type: el.attrs.ContentType ?? "", el });
  }
  return { text, root, defaults, overrides };
}

export function contentTypeOf(ct: ContentTypes, part: string): string | undefined {
  const o = ct.overrides.get(part.toLowerCase());
  if (o) return o.type;
  const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  return ct.defaults.get(ext);
}

/** The part rewritten: overrides for `remove` dropped, overrides for `add` appended. */
export function patchContentTypes(ct: ContentTypes, remove: Iterable<string>, add: { part: string; type: string }[]): string {
  const edits: { start: number; end: number; text: string }[] = [];
  for (const part of remove) {
    const o = ct.overrides.get(part.toLowerCase());
    if (o) edits.push({ start: o.el.start, end: o.el.end, text: "" });
  }
  const p = prefixOf(ct.text, ct.root);
  const added = add.map((a) => `<${p}Override PartName="/${escapeAttr(a.part)}" ContentType="${escapeAttr(a.type)}"/>`).join("");
  if (added) {
    if (ct.root.closeStart === ct.root.end) throw new Error("empty content types");
    edits.push({ start: ct.root.closeStart, end: ct.root.closeStart, text: added });
  }
  return splice(ct.text, edits);
}
