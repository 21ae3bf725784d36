/**
 * `docProps/app.xml`: the sheet names Excel lists under TitlesOfParts, and their count under HeadingPairs.
 * Rewritten only where those two lists are, and only when the worksheet names can be found there; custom
 * properties and everything else stay as they were.
 */
import { escapeText, parseXml, child, children, splice, prefixOf, type XmlElement } from "./xml";

export function patchAppProps(text: string, oldNames: string[], newNames: string[]): string | null {
  let root: XmlElement;
  try {
    root = parseXml(text, "docProps/app.xml");
  } catch {
    return null;
  }
  const titles = child(root, "TitlesOfParts");
  const heads = child(root, "HeadingPairs");
  const tv = titles && child(titles, "vector");
  const hv = heads && child(heads, "vector");
  if (!tv || !hv) return null;
  const items = children(tv, "lpstr");
  // The worksheet names come first among the titles (named ranges follow), as Excel writes them.
  const variants = children(hv, "variant");
  let offset = 0;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const label = variants[i].children[0]?.text ?? "";
    const countEl = variants[i + 1].children[0];
    const count = Number(countEl?.text ?? 0);
    if (/^(Worksheets|ワークシート)$/i.test(label) && countEl) {
      const names = items.slice(offset, offset + count).map((e) => e.text);
      if (names.length !== oldNames.length || names.some((n, k) => n !== oldNames[k])) return null;
      const p = prefixOf(text, tv);
      const vp = prefixOf(text, items[0] ?? tv);
      const edits: { start: number; end: number; text: string }[] = [];
      edits.push({ start: countEl.openEnd, end: countEl.closeStart, text: String(newNames.length) });
      const first = items[offset];
      const last = items[offset + count - 1];
      const xml = newNames.map((n) => `<${vp}lpstr>${escapeText(n)}</${vp}lpstr>`).join("");
      if (first && last) edits.push({ start: first.start, end: last.end, text: xml });
      else edits.push({ start: tv.openEnd, end: tv.openEnd, text: xml });
      const open = text.slice(tv.start, tv.openEnd).replace(/(\ssize\s*=\s*)["']\d+["']/, `$1"${items.length - count + newNames.length}"`);
      edits.push({ start: tv.start, end: tv.openEnd, text: open });
      void p;
      return splice(text, edits);
    }
    offset += count;
  }
  return null;
}
