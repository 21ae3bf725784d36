import { toA1 } from "../../src/core/model/address";
import { proposeFill } from "../../src/core/engine";
import type { Edit } from "../../src/core/model/schemas";
import { ExcelGateway } from "../../src/excel/excelGateway";
import { seedWorkbook } from "../core/seedWorkbook";
import { createFakeExcel } from "./fakeExcel";
import { seedSheets } from "./workbooks";

const reason = { ja: "理由", en: "reason" };
const edit = (sheet: string, cell: string, before: Edit["before"], after: Edit["after"]): Edit => ({
  sheet,
  cell,
  before,
  after,
  rule: "test",
  reason,
});

function setup(n = 14) {
  const wb = n === 14 ? seedWorkbook() : seedSheets(n);
  const fake = createFakeExcel(wb);
  return { wb, fake, gw: new ExcelGateway(fake.run, { supports: fake.supports }) };
}

describe("applyEdits", () => {
  test("the engine's fill: writes exactly the edited cells, one cell per write, in 2 syncs", async () => {
    const { wb, fake, gw } = setup();
    const edits = proposeFill(wb, { lang: "ja" });
    expect(edits.length).toBeGreaterThan(0);
    const before = fake.toGrid();

    const result = await gw.applyEdits(edits);
    expect(result.skipped).toEqual([]);
    expect(result.applied).toEqual(edits);
    expect(fake.stats.syncs).toBe(2);

    // Every recorded write is a single-cell value write of an edited cell, and there is one per edit.
    const writes = fake.stats.writes;
    expect(writes.every((w) => w.property === "values" && !w.address.includes(":"))).toBe(true);
    expect(writes.map((w) => `${w.sheet}!${w.address}`).sort()).toEqual(edits.map((e) => `${e.sheet}!${e.cell}`).sort());

    // And nothing else in the workbook moved.
    const after = fake.toGrid();
    const edited = new Set(edits.map((e) => `${e.sheet}!${e.cell}`));
    for (const [i, s] of before.sheets.entries())
      s.values.forEach((row, r) =>
        row.forEach((v, c) => {
          const a1 = toA1(s.top + r, s.left + c);
          if (!edited.has(`${s.name}!${a1}`)) expect(fake.value(after.sheets[i].name, a1)).toEqual(v);
        }),
      );
    for (const e of edits) expect(fake.value(e.sheet, e.cell)).toEqual(e.after === "" ? null : e.after);

    // Undo is the same call with before and after swapped, and restores the workbook exactly.
    const undo = await gw.applyEdits(edits.map((e) => ({ ...e, before: e.after, after: e.before })));
    expect(undo.skipped).toEqual([]);
    expect(fake.toGrid()).toEqual(before);
  });

  test("a protected target sheet: nothing written at all; its edits skipped as protected, the others as blocked", async () => {
    const { wb, fake, gw } = setup();
    const [a, b] = wb.sheets;
    fake.sheet(b.name)!.isProtected = true;
    const edits = [edit(a.name, "A40", null, "x"), edit(b.name, "A40", null, "y")];
    const result = await gw.applyEdits(edits);
    expect(result.applied).toEqual([]);
    expect(result.skipped).toEqual([
      { edit: edits[0], reason: "blocked" },
      { edit: edits[1], reason: "protected" },
    ]);
    expect(fake.stats.writes).toEqual([]);
    expect(fake.value(a.name, "A40")).toBeNull();
    // The read, then the protected sheet's target cells' locks.
    expect(fake.stats.syncs).toBe(2);
  });

  test("a protected sheet's unlocked cells (a template's inputs) are written, as a person could type there; one locked target stops all", async () => {
    const { wb, fake, gw } = setup();
    const [a, b] = wb.sheets;
    const sheet = fake.sheet(b.name)!;
    sheet.isProtected = true;
    sheet.unlocked.add("39,0").add("39,1");
    const edits = [edit(a.name, "A40", null, "x"), edit(b.name, "A40", null, "y"), edit(b.name, "B40", null, "z")];
    const result = await gw.applyEdits(edits);
    expect(result.skipped).toEqual([]);
    expect(result.applied).toEqual(edits);
    expect(fake.value(b.name, "A40")).toBe("y");
    expect(fake.value(b.name, "B40")).toBe("z");
    expect(sheet.isProtected).toBe(true);
    // The read, the locks, the writes.
    expect(fake.stats.syncs).toBe(3);

    const more = [edit(a.name, "A41", null, "x"), edit(b.name, "A40", "y", "y2"), edit(b.name, "C40", null, "w")];
    const refused = await gw.applyEdits(more);
    expect(refused.applied).toEqual([]);
    expect(refused.skipped).toEqual([
      { edit: more[0], reason: "blocked" },
      { edit: more[1], reason: "blocked" },
      { edit: more[2], reason: "protected" },
    ]);
    expect(fake.value(b.name, "A40")).toBe("y");
    expect(fake.value(a.name, "A41")).toBeNull();
  });

  test("a cell changed since the preview is skipped as changed; the others are written", async () => {
    const { wb, fake, gw } = setup();
    const s = wb.sheets[0].name;
    fake.sheet(s)!.cells.set("39,0", { value: "利用者が入力" });
    const edits = [edit(s, "A40", null, "x"), edit(s, "B40", null, "y")];
    const result = await gw.applyEdits(edits);
    expect(result.applied).toEqual([edits[1]]);
    expect(result.skipped).toEqual([{ edit: edits[0], reason: "changed" }]);
    expect(fake.value(s, "A40")).toBe("利用者が入力");
    expect(fake.value(s, "B40")).toBe("y");
  });

  test("a formula cell is never written over, even when its shown value matches the preview", async () => {
    const { wb, fake, gw } = setup();
    const s = wb.sheets[0].name;
    fake.sheet(s)!.cells.set("39,0", { value: "H 28年度", formula: '="H 28"&"年度"' });
    const edits = [edit(s, "A40", "H 28年度", "H28年度"), edit(s, "B40", null, "y")];
    const result = await gw.applyEdits(edits);
    expect(result.applied).toEqual([edits[1]]);
    expect(result.skipped).toEqual([{ edit: edits[0], reason: "formula" }]);
    expect(fake.sheet(s)!.cells.get("39,0")).toMatchObject({ formula: '="H 28"&"年度"' });
  });

  test("a sheet renamed since the preview: its edits are skipped as missing, the rest applied", async () => {
    const { wb, fake, gw } = setup();
    const [a, b] = wb.sheets;
    fake.sheet(b.name)!.name = "改名済み";
    const edits = [edit(a.name, "A40", null, "x"), edit(b.name, "A40", null, "y")];
    const result = await gw.applyEdits(edits);
    expect(result.applied).toEqual([edits[0]]);
    expect(result.skipped).toEqual([{ edit: edits[1], reason: "missing" }]);
    expect(fake.value("改名済み", "A40")).toBeNull();
  });

  test("text stays text: '100%' and '1/7' are not turned into a number or a date; null clears", async () => {
    const { wb, fake, gw } = setup();
    const s = wb.sheets[0].name;
    await gw.applyEdits([edit(s, "A40", null, "100%"), edit(s, "B40", null, "1/7"), edit(s, "C40", null, 0.5)]);
    expect(fake.value(s, "A40")).toBe("100%");
    expect(fake.value(s, "B40")).toBe("1/7");
    expect(fake.value(s, "C40")).toBe(0.5);
    const read = await gw.readWorkbook();
    expect(read.sheets[0].values[39].slice(0, 3)).toEqual(["100%", "1/7", 0.5]);
    await gw.applyEdits([edit(s, "A40", "100%", null)]);
    expect(fake.value(s, "A40")).toBeNull();
  });

  test("two syncs whatever the number of sheets touched", async () => {
    const { wb, fake, gw } = setup(500);
    const edits = wb.sheets.map((s) => edit(s.name, "A40", null, "x"));
    const result = await gw.applyEdits(edits);
    expect(result.applied).toHaveLength(500);
    expect(fake.stats.syncs).toBe(2);
  });

  test("no edits, no round trip", async () => {
    const { fake, gw } = setup();
    expect(await gw.applyEdits([])).toEqual({ applied: [], skipped: [] });
    expect(fake.stats.syncs).toBe(0);
  });

  test("17,000 edits (past 5 MB of request): written in batches of at most 4 MB, every one applied", async () => {
    const wb = seedWorkbook();
    const fake = createFakeExcel(wb);
    const gw = new ExcelGateway(fake.run, { supports: fake.supports });
    const sheets = fake.state.sheets.map((s) => s.name);
    const edits: Edit[] = Array.from({ length: 17_000 }, (_, i) => ({
      sheet: sheets[i % sheets.length],
      cell: toA1(100 + Math.floor(i / sheets.length), 10),
      before: null,
      after: `進捗率 ${i}`,
      rule: "html-markup",
      reason: { ja: "テスト", en: "test" },
    }));
    const result = await gw.applyEdits(edits);
    expect(result.applied).toHaveLength(edits.length);
    expect(fake.stats.perSync.every((s) => !s.failed && s.requestBytes <= 5 * 1024 * 1024)).toBe(true);
    expect(fake.stats.syncs).toBeGreaterThan(2);
  });
});

describe("merged cells (MergedRangeConflict)", () => {
  const sheet = { name: "施策 ①-01", values: [["見出し"], [null, null, "実績あり"]], merges: ["A2:B2", "C2:D2"] };

  test("an edit inside a merged area is written to its top-left cell, checked against what the area shows", async () => {
    const fake = createFakeExcel({ sheets: [sheet] });
    const gw = new ExcelGateway(fake.run, { supports: fake.supports });
    const fill = edit(sheet.name, "B2", null, "完了");
    const over = edit(sheet.name, "D2", null, "上書き");
    const result = await gw.applyEdits([fill, over]);
    expect(result.applied).toEqual([fill]);
    expect(result.skipped).toEqual([{ edit: over, reason: "changed" }]);
    expect(fake.value(sheet.name, "A2")).toBe("完了");
    expect(fake.value(sheet.name, "C2")).toBe("実績あり");
    expect(fake.stats.writes.map((w) => w.address)).toEqual(["A2"]);
    // Its undo goes the same way.
    await gw.applyEdits([{ ...fill, before: fill.after, after: fill.before }]);
    expect(fake.value(sheet.name, "A2")).toBeNull();
  });

  test("before ExcelApi 1.13 the area cannot be asked for: Excel refuses the write, and the error says to unmerge", async () => {
    const fake = createFakeExcel({ sheets: [sheet] }, { excelApi: "1.12" });
    const gw = new ExcelGateway(fake.run, { supports: fake.supports });
    const err = await gw.applyEdits([edit(sheet.name, "B2", null, "完了")]).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "MergedRangeConflict", messageKey: "excel.error.mergedRangeConflict" });
    expect(fake.value(sheet.name, "A2")).toBeNull();
  });
});
