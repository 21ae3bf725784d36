import { titleYear } from "../../../src/core/read/titleYear";
import { makeSheet } from "../../../src/core/model/gridSchema";

test("a sheet's title year: among the first six rows that hold a cell, rows of empty cells counted as no rows", () => {
  const rows = [[], [], [], ["総合評価", "計画通り進捗している"], [], [], ["H1年度"]];
  const bare = makeSheet({ name: "あ", values: rows });
  // The same rows padded with an empty column (a sheet's content one column to the right).
  const padded = makeSheet({ name: "あ", values: rows.map((r) => [null, ...r]) });
  expect(titleYear(bare)?.fiscalYear).toBe(1989);
  expect(titleYear(padded)).toMatchObject({ fiscalYear: 1989, col: 1 });
});
