/**
 * An Office add-in's document settings (Office.context.document.settings) as Excel keeps them in the
 * package: `<we:property name="…" value="…"/>` in a web-extension part (`xl/webextensions/webextension1.xml`),
 * linked from the task-pane list (`xl/webextensions/taskpanes.xml`), itself linked from the package's own
 * relationships. The value is the setting serialised as JSON, XML-escaped in the attribute.
 */
import type { XlsxPackage } from "./xlsxPackage";
import { parseXml } from "./xml";
import { readRelationships, relKind, relsPathOf } from "./relationships";

/** Web-extension parts, in the order the task-pane list links them. */
function webExtensionParts(pkg: XlsxPackage): string[] {
  if (!pkg.has("_rels/.rels")) return [];
  const root = readRelationships("_rels/.rels", pkg.text("_rels/.rels"), "");
  const parts: string[] = [];
  for (const tp of root.list) {
    if (tp.external || relKind(tp.type) !== "webextensiontaskpanes" || !pkg.has(tp.part)) continue;
    const relsPath = relsPathOf(tp.part);
    if (!pkg.has(relsPath)) continue;
    for (const r of readRelationships(relsPath, pkg.text(relsPath), tp.part).list)
      if (!r.external && relKind(r.type) === "webextension" && pkg.has(r.part) && !parts.includes(r.part)) parts.push(r.part);
  }
  return parts;
}

/**
 * The raw (JSON) text of the document setting `name` saved by an add-in, or null when no web extension of
 * the package has it. Throws XmlError when a linked part is damaged: the caller decides how lenient to be.
 */
export function readWebExtensionProperty(pkg: XlsxPackage, name: string): string | null {
  for (const part of webExtensionParts(pkg)) {
    const root = parseXml(pkg.text(part), part);
    const props = root.children.find((c) => c.name === "properties");
    const hit = props?.children.find((p) => p.name === "property" && p.attrs.name === name);
    if (hit && hit.attrs.value !== undefined) return hit.attrs.value;
  }
  return null;
}
