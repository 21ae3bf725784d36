/**
 * `xl/sharedStrings.xml`, read by a scan (a table may hold hundreds of thousands of strings): each
 * `<si>` as its text. Shinchoku writes its own strings inline, so this part is never rewritten.
 */
import { stringItemText } from "./richText";
import { XmlError } from "./xml";

export function readSharedStrings(text: string, part: string): string[] {
  const root = /<([A-Za-z_][\w.-]*:)?sst\b/.exec(text);
  if (!root) throw new XmlError(`${part}: no sst element`);
  const p = root[1] ?? "";
  const close = `</${p}sst>`;
  if (!/\/>\s*$/.test(text) && text.lastIndexOf(close) < 0) throw new XmlError(`${part}: cut off`);
  const open = `<${p}si`;
  const end = `</${p}si>`;
  const out: string[] = [];
  let i = text.indexOf(open, root.index);
  while (i >= 0) {
    const after = text.charCodeAt(i + open.length);
    // `<si>`, `<si/>` or `<si attr>`, not another element starting with "si".
    if (after !== 62 && after !== 47 && after !== 32 && after !== 9 && after !== 10 && after !== 13) {
      i = text.indexOf(open, i + 1);
      continue;
    }
    const gt = text.indexOf(">", i);
    if (gt < 0) throw new XmlError(`${part}: cut off`);
    if (text.charCodeAt(gt - 1) === 47) {
      out.push("");
      i = text.indexOf(open, gt);
      continue;
    }
    const j = text.indexOf(end, gt);
    if (j < 0) throw new XmlError(`${part}: cut off`);
    out.push(stringItemText(text.slice(gt + 1, j), p));
    i = text.indexOf(open, j + end.length);
  }
  return out;
}
