/**
 * The languages of every catalogue, zod-free so the translators load without it. Adding a language is
 * adding its code here and one catalogue file per consumer (src/{core,node,taskpane,excel}/messages/).
 */
export const LANGS = ["ja", "en"] as const;
export type Lang = (typeof LANGS)[number];
