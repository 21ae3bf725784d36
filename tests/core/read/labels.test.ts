/** The labels of the form as offices write them: an item's number before a label, set off from it. */
import { matchLabel } from "../../../src/core/read/labels";

describe("labels after an item's number", () => {
  test("1.事業名, ①事業名, (2)所管課, 10．概要 name their fields", () => {
    expect(["1.事業名", "①事業名", "（2）所管課", "10．概要", "⑬ 施策名"].map(matchLabel)).toEqual([
      "name",
      "name",
      "department",
      "overview",
      "name",
    ]);
  });

  test("a number run into a word (1年度, 2評価) or one that is no item's (100.概要) names none", () => {
    expect(["1年度", "2評価", "100.概要", "1.事業名の変更"].map(matchLabel)).toEqual([null, null, null, null]);
  });
});
