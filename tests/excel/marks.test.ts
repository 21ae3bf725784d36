import { ExcelGateway } from "../../src/excel/excelGateway";
import { chunkAddresses, groupMarks, isMarkFormula, markFormula } from "../../src/excel/marks";
import { seedWorkbook } from "../core/seedWorkbook";
import { createFakeExcel, type CFState } from "./fakeExcel";
import { seedSheets } from "./workbooks";

function setup(n = 14, excelApi?: string) {
  const fake = createFakeExcel(n === 14 ? seedWorkbook() : seedSheets(n), excelApi ? { excelApi } : {});
  return { fake, gw: new ExcelGateway(fake.run, { supports: fake.supports }), names: fake.state.sheets.map((s) => s.name) };
}

/** A rule the user made themselves: it must survive every mark and clear. */
function userRule(id: number): CFState {
  return { id, address: "B2:B20", type: "Custom", props: { "custom.rule.formula": "=B2>0", "custom.format.fill.color": "#00FF00" } };
}

describe("markCells / clearMarks", () => {
  test("marks with our own conditional formats, one per sheet and severity; the user's fill and rules stay", async () => {
    const { fake, gw, names } = setup();
    const sheet = fake.sheet(names[0])!;
    sheet.cfs.push(userRule(9001));
    sheet.formats.push({ address: "A1", path: "fill.color", value: "#123456" });
    const formatsBefore = [...sheet.formats];

    await gw.markCells([
      { sheet: names[0], cell: "B3", severity: "error" },
      { sheet: names[0], cell: "B4", severity: "error" },
      { sheet: names[0], cell: "B3", severity: "info" },
      { sheet: names[1], cell: "G10", severity: "warning" },
    ]);
    expect(fake.stats.syncs).toBe(3);
    const ours = sheet.cfs.filter((c) => isMarkFormula(c.props["custom.rule.formula"]));
    // B3 has an error and an info: it takes the error colour only.
    expect(ours.map((c) => [c.address, c.props["custom.rule.formula"], c.props["custom.format.fill.color"]])).toEqual([
      ["B3,B4", markFormula("error"), "#FFC7CE"],
    ]);
    expect(fake.sheet(names[1])!.cfs.map((c) => c.address)).toEqual(["G10"]);
    expect(sheet.cfs).toContainEqual(userRule(9001));
    expect(sheet.formats).toEqual(formatsBefore);
    // No cell value or cell format was written: only conditional-format rules.
    expect(fake.stats.writes.every((w) => w.property.startsWith("conditionalFormats.add") || w.property.startsWith("custom."))).toBe(true);

    // Marking again replaces the marks instead of piling them up.
    fake.resetStats();
    await gw.markCells([{ sheet: names[0], cell: "C5", severity: "warning" }]);
    expect(sheet.cfs.filter((c) => isMarkFormula(c.props["custom.rule.formula"])).map((c) => c.address)).toEqual(["C5"]);
    expect(fake.sheet(names[1])!.cfs).toEqual([]);

    await gw.clearMarks();
    expect(sheet.cfs).toEqual([userRule(9001)]);
    expect(sheet.formats).toEqual(formatsBefore);
  });

  test("protected sheets are left alone (Excel refuses changes there); the others are marked", async () => {
    const { fake, gw, names } = setup();
    fake.sheet(names[1])!.isProtected = true;
    await gw.markCells([
      { sheet: names[0], cell: "A1", severity: "info" },
      { sheet: names[1], cell: "A1", severity: "error" },
    ]);
    expect(fake.sheet(names[0])!.cfs).toHaveLength(1);
    expect(fake.sheet(names[1])!.cfs).toHaveLength(0);
    await gw.clearMarks();
    expect(fake.sheet(names[0])!.cfs).toHaveLength(0);
  });

  test("before ExcelApi 1.9 (no multi-area ranges): one rule per cell", async () => {
    const { fake, gw, names } = setup(14, "1.8");
    await gw.markCells([
      { sheet: names[0], cell: "A1", severity: "info" },
      { sheet: names[0], cell: "A2", severity: "info" },
    ]);
    expect(
      fake
        .sheet(names[0])!
        .cfs.map((c) => c.address)
        .sort(),
    ).toEqual(["A1", "A2"]);
  });

  test("three syncs at 500 sheets too", async () => {
    const { fake, gw, names } = setup(500);
    await gw.markCells(names.map((n) => ({ sheet: n, cell: "B3", severity: "warning" as const })));
    expect(fake.stats.syncs).toBe(3);
    fake.resetStats();
    await gw.clearMarks();
    expect(fake.stats.syncs).toBe(3);
    expect(fake.state.sheets.every((s) => s.cfs.length === 0)).toBe(true);
  });

  test("helpers: grouping keeps the most severe mark per cell; address lists are chunked", () => {
    const g = groupMarks([
      { sheet: "a", cell: "b2", severity: "info" },
      { sheet: "a", cell: "B2", severity: "warning" },
      { sheet: "a", cell: "C3", severity: "info" },
    ]);
    expect([...g.get("a")!.entries()]).toEqual([
      ["warning", ["B2"]],
      ["info", ["C3"]],
    ]);
    expect(chunkAddresses(["A1", "B2", "C3"], 5)).toEqual(["A1,B2", "C3"]);
    expect(isMarkFormula("=B2>0")).toBe(false);
  });

  test("one sheet whose rules Excel cannot list (#6835, #6827): the other sheets are still marked and cleared", async () => {
    const fake = createFakeExcel(seedWorkbook(), { unlistableFormats: ["①-03"] });
    const gw = new ExcelGateway(fake.run, { supports: fake.supports });
    const names = fake.state.sheets.map((s) => s.name);
    await gw.markCells(names.map((sheet) => ({ sheet, cell: "B3", severity: "error" as const })));
    const marked = fake.state.sheets.filter((s) => s.cfs.some((c) => isMarkFormula(c.props["custom.rule.formula"])));
    expect(marked.map((s) => s.name)).toEqual(names.filter((n) => n !== "①-03"));
    await gw.clearMarks();
    expect(fake.state.sheets.filter((s) => s.cfs.some((c) => isMarkFormula(c.props["custom.rule.formula"])))).toEqual([]);
  });

  test("Office 2019 (one rule per cell): 15,000 marked cells go in requests of at most 4 MB, none refused", async () => {
    const { fake, gw, names } = setup(14, "1.7");
    const marks = names.flatMap((sheet) =>
      Array.from({ length: 1100 }, (_, r) => ({ sheet, cell: `H${r + 1}`, severity: "warning" as const })),
    );
    await gw.markCells(marks);
    expect(fake.stats.perSync.every((s) => !s.failed && s.requestBytes <= 5 * 1024 * 1024)).toBe(true);
    expect(fake.stats.syncs).toBeGreaterThan(3);
    expect(fake.state.sheets.reduce((n, s) => n + s.cfs.length, 0)).toBe(marks.length);
  });
});
