import { defineRule, type RuleHit } from "./types";

/** Same number modulo width, spaces and dash variants; circled digits are kept (NFKC would fold ① to 1). */
export function numberKey(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, "")
    .replace(/[\u2010-\u2015\u2212\u30FC\uFF0D\uFF70]/g, "-")
    .toUpperCase();
}

export const duplicateNumber = defineRule({
  id: "duplicate-number",
  severity: "error",
  example: "2枚のシートがともに「①-01」",
  check: ({ measures }) => {
    const first = new Map<string, string>();
    const hits: RuleHit[] = [];
    for (const { sheet } of measures) {
      const n = sheet.number;
      if (!n || n.text.trim() === "") continue;
      const key = numberKey(n.text);
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, sheet.sheet);
      else hits.push({ sheet: sheet.sheet, cell: n.cell, params: { number: n.text.trim(), other: earlier } });
    }
    return hits;
  },
});
