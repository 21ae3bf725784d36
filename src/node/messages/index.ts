/** The command line's catalogue: its own texts, file errors, and the engine's (severities, statuses). */
import { engineCatalogues } from "../../core/messages";
import { mergeCatalogues, translator } from "../../core/messages/translate";
import { en } from "./en";
import { ja } from "./ja";

export type { Params } from "../../core/messages/translate";
export const cliCatalogues = mergeCatalogues({ ja, en }, engineCatalogues);
export const t = translator(cliCatalogues);
export type CliKey = Parameters<typeof t>[0];
