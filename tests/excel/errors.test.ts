import { excelCatalogues as catalogues, type ExcelKey } from "../../src/excel/messages";
import { ExcelGateway } from "../../src/excel/excelGateway";
import { GATEWAY_ERROR_CODES, GatewayError, toGatewayError } from "../../src/excel/errors";
import { seedWorkbook } from "../core/seedWorkbook";
import { createFakeExcel, FakeOfficeError } from "./fakeExcel";

describe("error codes", () => {
  test.each([
    ["InvalidOperationInCellEditMode", "excel.error.cellEditMode"],
    ["AccessDenied", "excel.error.accessDenied"],
    ["ItemNotFound", "excel.error.itemNotFound"],
    ["InvalidArgument", "excel.error.invalidArgument"],
    ["RequestPayloadSizeLimitExceeded", "excel.error.payloadTooLarge"],
    ["GeneralException", "excel.error.general"],
    ["ItemAlreadyExists", "excel.error.itemAlreadyExists"],
    ["InvalidOperation", "excel.error.invalidOperation"],
    ["RangeExceedsLimit", "excel.error.rangeTooLarge"],
    ["MergedRangeConflict", "excel.error.mergedRangeConflict"],
    ["InactiveWorkbook", "excel.error.inactiveWorkbook"],
  ])("%s → %s, in Japanese and English", (code, key) => {
    const err = toGatewayError(new FakeOfficeError(code));
    expect(err).toBeInstanceOf(GatewayError);
    expect(err.code).toBe(code);
    expect(err.messageKey).toBe(key);
    expect(catalogues.ja[key as ExcelKey]).toMatch(/[ぁ-んァ-ン一-龥]/);
    expect(catalogues.en[key as ExcelKey]).toMatch(/^[\x20-\x7e]+$/);
    expect(err.text("ja")).toBe(catalogues.ja[key as ExcelKey]);
    expect(err.text("en")).toBe(catalogues.en[key as ExcelKey]);
  });

  test("every batch asks Excel to wait out a cell edit (delayForCellEdit) instead of failing at once", async () => {
    const run = jest.fn(async () => undefined);
    (globalThis as { Excel?: unknown }).Excel = { run };
    try {
      await new ExcelGateway().clearMarks();
      expect(run).toHaveBeenCalledWith({ delayForCellEdit: true }, expect.any(Function));
    } finally {
      delete (globalThis as { Excel?: unknown }).Excel;
    }
  });

  test("the code decides, never the (localised) message", () => {
    const lookalike = Object.assign(new Error("AccessDenied: シートは保護されています"), { code: "ItemNotFound" });
    expect(toGatewayError(lookalike).code).toBe("ItemNotFound");
    expect(toGatewayError(new Error("InvalidOperationInCellEditMode")).code).toBe("Unknown");
  });

  test("unknown codes keep the host's code for support; aliases map to ours", () => {
    const unknown = toGatewayError({ code: "SomethingNew" });
    expect(unknown).toMatchObject({ code: "Unknown", hostCode: "SomethingNew", messageKey: "excel.error.unknown" });
    expect(unknown.text("en")).toContain("SomethingNew");
    expect(toGatewayError({ code: "PayloadTooLarge" }).code).toBe("RequestPayloadSizeLimitExceeded");
    expect(toGatewayError("boom").code).toBe("Unknown");
  });

  test("every code has a message in both languages", () => {
    for (const code of GATEWAY_ERROR_CODES) {
      const { messageKey } = new GatewayError(code);
      expect(catalogues.ja[messageKey]).toBeTruthy();
      expect(catalogues.en[messageKey]).toBeTruthy();
    }
    for (const key of ["excel.error.workbookProtected", "excel.error.replaceProtected"] as const) expect(catalogues.ja[key]).toBeDefined();
  });

  test("every gateway method turns Office errors into GatewayError", async () => {
    const fake = createFakeExcel(seedWorkbook());
    const gw = new ExcelGateway(fake.run, { supports: fake.supports });
    fake.cellEditMode = true;
    const calls: (() => Promise<unknown>)[] = [
      () => gw.readWorkbook(),
      () => gw.applyEdits([{ sheet: "x", cell: "A1", before: null, after: "y", rule: "r", reason: { ja: "", en: "" } }]),
      () =>
        gw.writeSheets([
          {
            name: "t",
            role: "overview",
            rows: [],
            merges: [],
            columnWidths: [],
            rowHeights: {},
            tables: [],
            conditionalFormats: [],
            charts: [],
          },
        ]),
      () => gw.selectCell("x", "A1"),
      () => gw.markCells([]),
      () => gw.clearMarks(),
    ];
    for (const call of calls)
      await expect(call()).rejects.toMatchObject({
        name: "GatewayError",
        code: "InvalidOperationInCellEditMode",
        messageKey: "excel.error.cellEditMode",
      });
    expect(fake.stats.writes).toEqual([]);
  });
});

describe("selectCell", () => {
  test("activates the sheet and selects the cell: visibility, then the selection", async () => {
    const fake = createFakeExcel(seedWorkbook());
    const gw = new ExcelGateway(fake.run, { supports: fake.supports });
    const name = fake.state.sheets[3].name;
    await gw.selectCell(name, "F12");
    expect(fake.state.active?.name).toBe(name);
    expect(fake.state.selection).toEqual({ sheet: name, address: "F12" });
    expect(fake.stats.syncs).toBe(2);
    await expect(gw.selectCell("ない", "A1")).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("a finding on a hidden sheet: a message that says to unhide it, not 'Unknown'; the sheet stays hidden", async () => {
    const wb = seedWorkbook();
    const fake = createFakeExcel({ ...wb, sheets: wb.sheets.map((s, i) => (i === 2 ? { ...s, visibility: "hidden" as const } : s)) });
    const gw = new ExcelGateway(fake.run, { supports: fake.supports });
    const name = fake.state.sheets[2].name;
    const error = await gw.selectCell(name, "B3").catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "SheetHidden", messageKey: "excel.error.sheetHidden", params: { sheet: name } });
    expect((error as GatewayError).text("ja")).toContain("再表示");
    expect(fake.sheet(name)?.visibility).toBe("Hidden");
    expect(fake.state.selection).toBeNull();
  });
});
