/**
 * Turning a message key into text, for every consumer's catalogue. A catalogue is one object per
 * language with the same keys (the Japanese one is the source; the type of every other one is derived
 * from it), so a missing or misspelt key is a compile error, and a new language is a new catalogue.
 */
import type { Lang } from "../model/schemas";

export type Params = Record<string, string | number>;
/** One text in every language, as a report keeps a finding's message. */
export type Message = Record<Lang, string>;
export type Catalogues<K extends string> = Record<Lang, Record<K, string>>;

export interface Translator<K extends string> {
  /** `{name}` placeholders are replaced by params (an unknown placeholder is left as written). */
  (key: K, lang: Lang, params?: Params): string;
  /** The text in every language. */
  inEveryLanguage(key: K, params?: Params): Message;
  /** For keys that arrive as data (an error's messageKey): is it one of this catalogue's? */
  has(key: string): key is K;
}

/** Template → its text split at placeholders: literal, name, literal, name, …, literal. */
const compiled = new Map<string, string[]>();

export function format(template: string, params: Params = {}): string {
  // A report formats thousands of messages: each template is split at its placeholders once.
  let parts = compiled.get(template);
  if (!parts) compiled.set(template, (parts = template.split(/\{(\w+)\}/)));
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const k = parts[i];
    out += (k in params ? String(params[k]) : `{${k}}`) + parts[i + 1];
  }
  return out;
}

export function translator<K extends string>(catalogues: Catalogues<K>): Translator<K> {
  const t = ((key: K, lang: Lang, params?: Params) => format(catalogues[lang][key], params)) as Translator<K>;
  t.inEveryLanguage = (key, params) => ({ ja: t(key, "ja", params), en: t(key, "en", params) });
  t.has = (key: string): key is K => Object.prototype.hasOwnProperty.call(catalogues.ja, key);
  return t;
}

/** Catalogues of several layers seen as one (a consumer shows its own texts and the engine's). Keys never overlap. */
export function mergeCatalogues<A extends string, B extends string>(a: Catalogues<A>, b: Catalogues<B>): Catalogues<A | B> {
  return { ja: { ...a.ja, ...b.ja }, en: { ...a.en, ...b.en } } as Catalogues<A | B>;
}
