/** The task pane's catalogue: its own texts and the preview's, the Excel gateway's errors, and the engine's. */
import { engineCatalogues } from "../../core/messages";
import { mergeCatalogues, translator } from "../../core/messages/translate";
import { excelCatalogues } from "../../excel/messages";
import { en } from "./en";
import { ja } from "./ja";

export type { Params } from "../../core/messages/translate";
export const paneCatalogues = mergeCatalogues(mergeCatalogues({ ja, en }, excelCatalogues), engineCatalogues);
export const t = translator(paneCatalogues);
export type PaneKey = Parameters<typeof t>[0];
