/**
 * Every consumer's catalogue: each language has every key (also checked by the compiler), no text is empty,
 * the placeholders agree between languages, and the catalogues a consumer merges never share a key.
 */
import { engineCatalogues } from "../../src/core/messages";
import type { Catalogues } from "../../src/core/messages/translate";
import { excelCatalogues } from "../../src/excel/messages";
import { ja as cliJa } from "../../src/node/messages/ja";
import { ja as paneJa } from "../../src/taskpane/messages/ja";
import { cliCatalogues } from "../../src/node/messages";
import { paneCatalogues } from "../../src/taskpane/messages";

const ALL: Record<string, Catalogues<string>> = {
  engine: engineCatalogues,
  excel: excelCatalogues,
  cli: cliCatalogues,
  pane: paneCatalogues,
};
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();

describe.each(Object.entries(ALL))("%s catalogue", (_, c) => {
  test("the same keys in every language, none empty, the same placeholders", () => {
    expect(Object.keys(c.en).sort()).toEqual(Object.keys(c.ja).sort());
    for (const key of Object.keys(c.ja)) {
      expect([key, c.ja[key].trim() !== "", c.en[key].trim() !== ""]).toEqual([key, true, true]);
      expect([key, placeholders(c.en[key])]).toEqual([key, placeholders(c.ja[key])]);
    }
  });
});

test("a consumer's own keys never collide with the catalogues it merges", () => {
  const engine = new Set(Object.keys(engineCatalogues.ja));
  const excel = new Set(Object.keys(excelCatalogues.ja));
  expect(Object.keys(cliJa).filter((k) => engine.has(k))).toEqual([]);
  expect(Object.keys(paneJa).filter((k) => engine.has(k) || excel.has(k))).toEqual([]);
  expect([...excel].filter((k) => engine.has(k))).toEqual([]);
});
