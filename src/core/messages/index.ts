/**
 * The message catalogue: every user-facing text, in Japanese and English. Split by area so each file
 * stays readable; `t` is the one way to turn a key into text.
 */
import type { Lang } from "../model/schemas";
import { ruleMessages } from "./rules";
import { cliMessages } from "./cli";
import { uiMessages } from "./ui";
import { taskpaneMessages } from "./taskpane";
import { excelMessages } from "./excel";
import { coordinationMessages } from "./coordination";
import { fillMessages, labelMessages, summaryMessages } from "./labels";

export type Params = Record<string, string | number>;
export interface Message {
  ja: string;
  en: string;
}

export const catalogue: Record<string, Message> = {
  ...labelMessages,
  ...fillMessages,
  ...summaryMessages,
  ...ruleMessages,
  ...cliMessages,
  ...uiMessages,
  ...taskpaneMessages,
  ...excelMessages,
  ...coordinationMessages,
};

/** `{name}` placeholders are replaced by params; an unknown key is returned as is so it shows up in review. */
export function t(key: string, lang: Lang, params: Params = {}): string {
  const m = catalogue[key];
  if (!m) return key;
  const template = m[lang];
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

/** Template → its text split at placeholders: literal, name, literal, name, …, literal. */
const compiled = new Map<string, string[]>();

export function both(key: string, params: Params = {}): Message {
  return { ja: t(key, "ja", params), en: t(key, "en", params) };
}
