/** The preview's in-memory gateway over real .xlsx bytes (node environment: ExcelJS as in the CLI). */
import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { MemoryGateway, PreviewGatewayError } from "../../src/preview/memoryGateway";
import { cellAt, type WorkbookGrid } from "../../src/core/model/grid";
import { parseA1 } from "../../src/core/model/address";
import type { Edit } from "../../src/core/model/schemas";
import type { SheetSpec } from "../../src/core/model/sheetSpec";
import { XlsxPackage } from "../../src/xlsx/package";
import { fflateCodec } from "../../src/xlsx/package/fflateCodec";

/** The bytes with the workbook's structure locked, or one sheet protected, as Excel writes them. */
function locked(bytes: Uint8Array, what: { structure: true } | { sheet: string }): Uint8Array {
  const pkg = XlsxPackage.open(bytes, fflateCodec);
  if ("structure" in what) {
    const text = pkg.text("xl/workbook.xml");
    pkg.setText("xl/workbook.xml", text.replace("<sheets>", '<workbookProtection lockStructure="1"/><sheets>'));
  } else {
    const part = pkg.findSheet(what.sheet)!.part;
    pkg.setText(part, pkg.text(part).replace("</sheetData>", '</sheetData><sheetProtection sheet="1"/>'));
  }
  return pkg.toBytes();
}

const SAMPLE = join(__dirname, "..", "..", "samples", "sodegaura-2016.xlsx");

async function xlsx(build: (wb: ExcelJS.Workbook) => void | Promise<void>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function value(grid: WorkbookGrid, sheet: string, a1: string) {
  const s = grid.sheets.find((x) => x.name === sheet)!;
  const { row, col } = parseA1(a1);
  return cellAt(s, row, col);
}

const e = (sheet: string, cell: string, before: Edit["before"], after: Edit["after"]): Edit => ({
  sheet,
  cell,
  before,
  after,
  rule: "test",
  reason: { ja: "テスト", en: "test" },
});

const spec = (name: string, role: SheetSpec["role"], text: string): SheetSpec => ({
  name,
  role,
  rows: [[{ value: text }]],
  merges: [],
  columnWidths: [],
  rowHeights: {},
  tables: [],
  conditionalFormats: [],
  charts: [],
});

describe("MemoryGateway", () => {
  test("before a workbook is opened every call fails with NoWorkbook", async () => {
    const g = new MemoryGateway();
    await expect(g.readWorkbook()).rejects.toMatchObject({ code: "NoWorkbook" });
    await expect(g.applyEdits([])).rejects.toBeInstanceOf(PreviewGatewayError);
    expect(g.getSnapshot().grid).toBeNull();
  });

  test("the bundled sample opens: every measure sheet, the first one active", async () => {
    const g = new MemoryGateway();
    const seen: number[] = [];
    g.subscribe(() => seen.push(g.getSnapshot().version));
    await g.load(readFileSync(SAMPLE), "sodegaura-2016.xlsx");
    const grid = await g.readWorkbook();
    expect(grid.sheets.length).toBeGreaterThanOrEqual(14);
    expect(grid.sheets[0].name).toBe("①-01");
    expect(g.getSnapshot()).toMatchObject({ name: "sodegaura-2016.xlsx", activeSheet: "①-01", selection: null, marks: [] });
    expect(seen).toHaveLength(1);
  });

  test("bytes that are not a workbook are refused and the open workbook stays", async () => {
    const g = new MemoryGateway();
    await g.load(
      await xlsx((wb) => {
        wb.addWorksheet("A").getCell("A1").value = "kept";
      }),
      "a.xlsx",
    );
    await expect(g.load(new TextEncoder().encode("name,age\n"), "x.csv")).rejects.toMatchObject({ code: "UnreadableFile" });
    expect(value(await g.readWorkbook(), "A", "A1")).toBe("kept");
    expect(g.getName()).toBe("a.xlsx");
  });

  test("applyEdits writes where the cell still holds `before`; undo is the swapped call", async () => {
    const g = new MemoryGateway();
    await g.load(
      await xlsx((wb) => {
        const ws = wb.addWorksheet("S");
        ws.getCell("B2").value = "2/8施設";
        ws.getCell("C3").value = "old";
      }),
      "t.xlsx",
    );
    const edits = [e("S", "B2", "2/8施設", "25% (2/8施設)"), e("S", "C3", "stale view", "new"), e("Gone", "A1", null, "x")];
    const r = await g.applyEdits(edits);
    expect(r.applied).toEqual([edits[0]]);
    expect(r.skipped.map((s) => [s.edit.cell, s.reason])).toEqual([
      ["C3", "changed"],
      ["A1", "missing"],
    ]);
    expect(value(g.getGrid()!, "S", "B2")).toBe("25% (2/8施設)");
    const undo = r.applied.map((x) => ({ ...x, before: x.after, after: x.before }));
    expect((await g.applyEdits(undo)).applied).toHaveLength(1);
    expect(value(await g.readWorkbook(), "S", "B2")).toBe("2/8施設");
  });

  test("a protected sheet: nothing at all is written", async () => {
    const g = new MemoryGateway();
    await g.load(
      await xlsx(async (wb) => {
        wb.addWorksheet("Open").getCell("A1").value = "a";
        const p = wb.addWorksheet("Locked");
        p.getCell("A1").value = "b";
        await p.protect("", {});
      }),
      "p.xlsx",
    );
    const r = await g.applyEdits([e("Open", "A1", "a", "A"), e("Locked", "A1", "b", "B")]);
    expect(r.applied).toEqual([]);
    // Open waits for Locked (a fill is all or nothing) and says so; Locked is protected.
    expect(r.skipped.map((s) => s.reason)).toEqual(["blocked", "protected"]);
    const grid = await g.readWorkbook();
    expect(value(grid, "Open", "A1")).toBe("a");
    expect(grid.sheets.find((s) => s.name === "Locked")!.protected).toBe(true);
  });

  test("a protected sheet's unlocked cells are written, as a person could type there; the sheet stays protected", async () => {
    const g = new MemoryGateway();
    await g.load(
      await xlsx(async (wb) => {
        const p = wb.addWorksheet("Template");
        p.getCell("A1").value = "b";
        p.getCell("A1").protection = { locked: false };
        p.getCell("B1").value = "c";
        await p.protect("", {});
      }),
      "t.xlsx",
    );
    const r = await g.applyEdits([e("Template", "A1", "b", "B")]);
    expect(r.skipped).toEqual([]);
    const grid = await g.readWorkbook();
    expect(value(grid, "Template", "A1")).toBe("B");
    expect(grid.sheets[0].protected).toBe(true);
    // B1 is locked: with it, nothing is written.
    const refused = await g.applyEdits([e("Template", "A1", "B", "b"), e("Template", "B1", "c", "C")]);
    expect(refused.skipped.map((s) => s.reason)).toEqual(["blocked", "protected"]);
    expect(value(await g.readWorkbook(), "Template", "A1")).toBe("B");
  });

  test("selectCell records the selection and activates its sheet; unknown sheets are ItemNotFound", async () => {
    const g = new MemoryGateway();
    await g.load(
      await xlsx((wb) => {
        wb.addWorksheet("A");
        wb.addWorksheet("B");
      }),
      "s.xlsx",
    );
    await g.selectCell("b", "$g$13");
    expect(g.getSnapshot()).toMatchObject({ activeSheet: "B", selection: { sheet: "B", cell: "G13" } });
    await expect(g.selectCell("Nope", "A1")).rejects.toMatchObject({ code: "ItemNotFound" });
    await expect(g.selectCell("A", "not a cell")).rejects.toMatchObject({ code: "InvalidArgument" });
    g.setActiveSheet("A");
    expect(g.getSnapshot().activeSheet).toBe("A");
  });

  test("marks are kept in memory, one per cell (most severe wins), and cleared", async () => {
    const g = new MemoryGateway();
    await g.load(
      await xlsx((wb) => {
        wb.addWorksheet("A");
      }),
      "m.xlsx",
    );
    await g.markCells([
      { sheet: "A", cell: "B2", severity: "info" },
      { sheet: "A", cell: "B2", severity: "error" },
      { sheet: "A", cell: "C3", severity: "warning" },
    ]);
    await g.markCells([{ sheet: "A", cell: "B2", severity: "warning" }]);
    expect(g.getSnapshot().marks).toEqual([
      { sheet: "A", cell: "B2", severity: "error" },
      { sheet: "A", cell: "C3", severity: "warning" },
    ]);
    await g.clearMarks();
    expect(g.getSnapshot().marks).toEqual([]);
    // Marks never reach the workbook itself.
    expect(Buffer.from(await g.toBuffer()).length).toBeGreaterThan(0);
  });

  test("writeSheets adds tabs, replaces only generated ones, and the grid shows them", async () => {
    const g = new MemoryGateway();
    await g.load(
      await xlsx((wb) => {
        wb.addWorksheet("①-01").getCell("A1").value = "x";
      }),
      "w.xlsx",
    );
    const first = await g.writeSheets([spec("進捗一覧", "overview", "one")]);
    expect(first).toEqual({ written: ["進捗一覧"], replaced: [] });
    expect(g.getGrid()!.sheets.map((s) => s.name)).toEqual(["①-01", "進捗一覧"]);
    const again = await g.writeSheets([spec("進捗一覧", "overview", "two")]);
    expect(again.replaced).toEqual(["進捗一覧"]);
    const grid = await g.readWorkbook();
    expect(grid.sheets.map((s) => s.name)).toEqual(["①-01", "進捗一覧"]);
    expect(value(grid, "進捗一覧", "A1")).toBe("two");
    expect(grid.generatedSheets).toEqual([{ name: "進捗一覧", role: "overview" }]);
  });

  test("writeSheets refuses, with the add-in's messages, a locked structure and a protected tab to replace", async () => {
    const g = new MemoryGateway();
    await g.load(locked(readFileSync(SAMPLE), { structure: true }), "locked.xlsx");
    await expect(g.writeSheets([spec("進捗一覧", "overview", "one")])).rejects.toMatchObject({
      code: "AccessDenied",
      messageKey: "excel.error.workbookProtected",
    });
    expect(g.getGrid()!.sheets).toHaveLength(14);

    const h = new MemoryGateway();
    await h.load(readFileSync(SAMPLE), "s.xlsx");
    await h.writeSheets([spec("進捗一覧", "overview", "one")]);
    const k = new MemoryGateway();
    await k.load(locked(new Uint8Array(await h.toBuffer()), { sheet: "進捗一覧" }), "s2.xlsx");
    await expect(k.writeSheets([spec("進捗一覧", "overview", "two")])).rejects.toMatchObject({
      code: "AccessDenied",
      messageKey: "excel.error.replaceProtected",
      params: { sheet: "進捗一覧" },
    });
    expect(value(k.getGrid()!, "進捗一覧", "A1")).toBe("one");
  });

  test("what the preview holds survives a save: toBuffer → load gives the same grid", async () => {
    const g = new MemoryGateway();
    await g.load(readFileSync(SAMPLE), "sodegaura-2016.xlsx");
    await g.applyEdits([e("①-01", "A1", value(g.getGrid()!, "①-01", "A1"), "changed title")]);
    const before = await g.readWorkbook();
    const h = new MemoryGateway();
    await h.load(await g.toBuffer(), "copy.xlsx");
    expect(await h.readWorkbook()).toEqual(before);
  });
});
