/** The Excel gateway's catalogue: what an Office.js error code or a protected sheet means for the user. */
import { translator, type Catalogues } from "../../core/messages/translate";
import { en } from "./en";
import { ja, type ExcelKey } from "./ja";

export type { ExcelKey };
export const excelCatalogues: Catalogues<ExcelKey> = { ja, en };
export const t = translator(excelCatalogues);
