/** Which tabs a write may replace, and names Excel accepts. */
import fc from "fast-check";
import { findSheetByName, planSheetNames, sanitizeSheetName, uniqueSheetName } from "../../src/core/model/sheetNames";
import { freeTableName } from "../../src/core/workbook/tableNames";

const LEGAL = (n: string) => n.length >= 1 && n.length <= 31 && !/[[\]:*?/\\]/.test(n) && !n.startsWith("'") && !n.endsWith("'");

describe("planSheetNames", () => {
  test("a person's 進捗一覧 is kept; the new tab takes a free name", () => {
    const plan = planSheetNames(
      [
        { name: "①-01", role: null },
        { name: "進捗一覧", role: null },
      ],
      [{ name: "進捗一覧", role: "overview" }],
    );
    expect(plan).toEqual({ final: ["進捗一覧 (2)"], replace: [] });
  });

  test("a generated tab of the same role is replaced and its name reused", () => {
    const plan = planSheetNames(
      [
        { name: "①-01", role: null },
        { name: "進捗一覧", role: "overview" },
        { name: "遅延施策", role: "delayed" },
      ],
      [{ name: "進捗一覧", role: "overview" }],
    );
    expect(plan).toEqual({ final: ["進捗一覧"], replace: ["進捗一覧"] });
  });

  test("a generated tab the user renamed is still the one replaced; a person's tab with the name is not", () => {
    const plan = planSheetNames(
      [
        { name: "進捗一覧", role: null },
        { name: "旧一覧", role: "overview" },
      ],
      [{ name: "進捗一覧", role: "overview" }],
    );
    expect(plan).toEqual({ final: ["進捗一覧 (2)"], replace: ["旧一覧"] });
  });

  test("names compare without case; measure sheets never replace anything", () => {
    expect(planSheetNames([{ name: "summary", role: null }], [{ name: "Summary", role: "overview" }]).final).toEqual(["Summary (2)"]);
    expect(planSheetNames([{ name: "1-01", role: "overview" }], [{ name: "1-01", role: "measure" }])).toEqual({
      final: ["1-01 (2)"],
      replace: [],
    });
  });

  test("several new tabs do not collide with each other", () => {
    const plan = planSheetNames(
      [],
      [
        { name: "A", role: "overview" },
        { name: "a", role: "delayed" },
        { name: "A", role: "findings" },
      ],
    );
    expect(plan.final).toEqual(["A", "a (2)", "A (3)"]);
  });

  test("property: final names are legal, unique, and never a kept sheet's name", () => {
    const name = fc.string({ maxLength: 40 });
    const role = fc.constantFrom(null, "overview", "delayed", "byDepartment", "byYear", "findings");
    const existingArb = fc.uniqueArray(fc.record({ name: name.map((n) => sanitizeSheetName(n)), role }), {
      selector: (e) => e.name.toUpperCase(),
      maxLength: 8,
    });
    const wantedArb = fc.array(
      fc.record({ name, role: fc.constantFrom("measure", "overview", "delayed", "byDepartment", "byYear", "findings") }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(existingArb, wantedArb, (existing, wanted) => {
        const plan = planSheetNames(existing, wanted);
        expect(plan.final).toHaveLength(wanted.length);
        for (const n of plan.final) expect(LEGAL(n)).toBe(true);
        const kept = existing.filter((e) => !plan.replace.includes(e.name)).map((e) => e.name.toUpperCase());
        const finals = plan.final.map((n) => n.toUpperCase());
        expect(new Set(finals).size).toBe(finals.length);
        for (const f of finals) expect(kept).not.toContain(f);
        // Only generated tabs are ever replaced, and only by a tab of their role.
        for (const r of plan.replace) {
          const e = existing.find((x) => x.name === r)!;
          expect(e.role).not.toBeNull();
          expect(wanted.some((w) => w.role === e.role)).toBe(true);
        }
      }),
    );
  });
});

describe("sanitizeSheetName / uniqueSheetName", () => {
  test("Excel's rules", () => {
    expect(sanitizeSheetName("a/b\\c[d]e:f*g?h")).toBe("a_b_c_d_e_f_g_h");
    expect(sanitizeSheetName("'quoted'")).toBe("quoted");
    expect(sanitizeSheetName("")).toBe("Sheet");
    expect(sanitizeSheetName("history")).toBe("history_");
    expect(sanitizeSheetName("あ".repeat(40))).toHaveLength(31);
    // A surrogate pair is never cut in half.
    expect(sanitizeSheetName("𠮷".repeat(20))).toBe("𠮷".repeat(15));
  });

  test("a suffix that still fits 31 characters", () => {
    const long = "進".repeat(31);
    const n = uniqueSheetName(long, [long]);
    expect(n).toBe(`${"進".repeat(27)} (2)`);
    expect(n).toHaveLength(31);
    expect(uniqueSheetName("進捗一覧", ["進捗一覧", "進捗一覧 (2)"])).toBe("進捗一覧 (3)");
  });
});

describe("names as Excel compares them", () => {
  test("case and character width are folded (Ａ = a, ｶﾞ = ガ); kana type and ① are not", () => {
    const plan = planSheetNames([{ name: "ＯＶＥＲＶＩＥＷ", role: null }], [{ name: "Overview", role: "overview" }]);
    expect(plan.final).toEqual(["Overview (2)"]);
    expect(uniqueSheetName("ガイド", ["ｶﾞｲﾄﾞ"])).toBe("ガイド (2)");
    expect(uniqueSheetName("施策 1-01", ["施策 ①-01"])).toBe("施策 1-01");
    expect(uniqueSheetName("がいど", ["ガイド"])).toBe("がいど");
  });

  test("a table name stays within Excel's 255 characters, suffix included", () => {
    const taken = new Set<string>();
    const first = freeTableName("T".repeat(300), taken);
    const second = freeTableName("T".repeat(300), taken);
    expect(first.length).toBeLessThanOrEqual(255);
    expect(second.length).toBeLessThanOrEqual(255);
    expect(second).not.toBe(first);
  });
});

test("findSheetByName: the exact spelling first, else as Excel compares names; sheets added later are found", () => {
  const sheets = [{ name: "Overview" }, { name: "OVERVIEW2" }, { name: "施策①" }];
  expect(findSheetByName(sheets, "Overview")).toBe(sheets[0]);
  expect(findSheetByName(sheets, "ＯＶＥＲＶＩＥＷ")).toBe(sheets[0]);
  expect(findSheetByName(sheets, "overview2")).toBe(sheets[1]);
  expect(findSheetByName(sheets, "施策1")).toBeUndefined();
  expect(findSheetByName(sheets, "ｶﾅ")).toBeUndefined();
  sheets.push({ name: "カナ" });
  expect(findSheetByName(sheets, "ｶﾅ")).toBe(sheets[3]);
});
