/** Workbooks for the gateway tests and benchmarks: the seed plan, copied out to any number of sheets. */
import { type SheetGrid, type WorkbookGrid } from "../../src/core/model/grid";
import { makeWorkbook } from "../../src/core/model/gridSchema";
import { seedWorkbook } from "../core/seedWorkbook";

/** The seed's 14 measure sheets, repeated (with distinct names) until there are `n`. */
export function seedSheets(n: number): WorkbookGrid {
  const seed = seedWorkbook();
  const sheets: SheetGrid[] = [];
  for (let i = 0; i < n; i++) {
    const base = seed.sheets[i % seed.sheets.length];
    const round = Math.floor(i / seed.sheets.length);
    sheets.push({ ...base, name: round === 0 ? base.name : `${base.name} (${round + 1})` });
  }
  return makeWorkbook({ sheets });
}

/** A sheet of `rows` × `cols` cells, each holding a text of `len` characters. */
export function denseSheet(name: string, rows: number, cols: number, len: number, top = 0, left = 0): SheetGrid {
  const values = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => `${r}-${c}-`.padEnd(len, "x")));
  return { name, values, top, left, merges: [], visibility: "visible", protected: false };
}
