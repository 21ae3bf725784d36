/**
 * The text of a string item (`<si>` of the shared strings, `<is>` of an inline string): plain `<t>` or
 * rich-text runs joined, phonetic readings (`<rPh>`, furigana) left out, entities and Excel's `_xHHHH_`
 * escapes decoded. `p` is the element prefix the part uses (`x:` or "").
 */
import { decodeEntities, decodeExcelEscapes } from "./xml";

const cache = new Map<string, { rph: RegExp; t: RegExp }>();

function patterns(p: string): { rph: RegExp; t: RegExp } {
  let hit = cache.get(p);
  if (!hit) {
    hit = {
      rph: new RegExp(`<${p}rPh\\b[\\s\\S]*?</${p}rPh>`, "g"),
      t: new RegExp(`<${p}t(?:\\s[^>]*)?(?:/>|>([\\s\\S]*?)</${p}t>)`, "g"),
    };
    cache.set(p, hit);
  }
  return hit;
}

export function stringItemText(inner: string, p: string): string {
  const { rph, t } = patterns(p);
  const body = inner.includes("rPh") ? inner.replace(rph, "") : inner;
  let out = "";
  t.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = t.exec(body))) if (m[1]) out += m[1];
  return decodeExcelEscapes(decodeEntities(out));
}
