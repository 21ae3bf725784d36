/** The labels of the form as offices write them: an item's number before a label, set off from it. */
import { labelInCell, matchLabel } from "../../../src/core/read/labels";

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

describe("a label and its value in one cell", () => {
  test("事務事業名：区民祭開催事業 and 所管課: 市民課 split at the colon, trimmed", () => {
    expect(labelInCell("事務事業名：区民祭開催事業", 24)).toEqual({ label: "事務事業名", value: "区民祭開催事業" });
    expect(labelInCell(" 所管課 :　市民課 ", 24)).toEqual({ label: "所管課", value: "市民課" });
    expect(labelInCell("進捗状況：「B 概ね期待どおり」\n次年度も継続", 12)).toEqual({
      label: "進捗状況",
      value: "「B 概ね期待どおり」\n次年度も継続",
    });
  });

  test("no split without a label, a value, a label on one line or one short enough", () => {
    expect(
      ["：市民課", "所管課：", "所管課\n担当：市民課", "事業の成果に関する担当課長の所見：良好"].map((t) => labelInCell(t, 12)),
    ).toEqual([null, null, null, null]);
  });
});
