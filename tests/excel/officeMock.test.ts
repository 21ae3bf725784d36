/**
 * The read path and selectCell against Microsoft's office-addin-mock (OfficeMockObject).
 *
 * Where it fits: single objects with scalar properties, load() and sync(); reading a property that was not
 * loaded gives the string "Error, property was not loaded" and one loaded but not synced "Error, context.sync() was not
 * called", so these tests fail if the gateway reads anything it did not load and sync.
 * Where it does not: collections (`worksheets.items`, `names.items`) are not supported, so the workbook
 * index and everything built on it (whole readWorkbook, applyEdits, writeSheets, marks) run on the
 * recording fake instead; and `isNullObject`, which Office.js fills on every synced object, has to be
 * set by hand on the mock.
 */
import { OfficeMockObject } from "office-addin-mock";
import { ExcelGateway, type ExcelRun } from "../../src/excel/excelGateway";
import { queueSheetRead, toSheetGrid } from "../../src/excel/readWorkbook";

// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose full entry point pulls
// in an ES-module-only dependency that Jest's CommonJS runtime cannot load: hand it the enum's own file.
jest.mock("office-addin-manifest", () => jest.requireActual("office-addin-manifest/lib/officeApp"));

function sheetMock() {
  const mock = new OfficeMockObject({
    workbook: {
      worksheets: {
        measure: {
          usedRange: {
            values: [
              ["施策番号", "①-01", ""],
              ["", "", ""],
              ["効果（額）", 0.33, "100% （公開開始）"],
            ],
            numberFormat: [
              ["General", "General", "General"],
              ["General", "General", "General"],
              ["General", "0%", "@"],
            ],
            rowIndex: 4,
            columnIndex: 2,
            address: "'①-01'!C5:E7",
          },
          wholeSheet: {
            mergedAreas: { address: "'①-01'!D5:E5, '①-01'!C7:C8" },
            getMergedAreasOrNullObject: function (this: { mergedAreas: unknown }) {
              return this.mergedAreas;
            },
          },
          getUsedRangeOrNullObject: function (this: { usedRange: unknown }) {
            return this.usedRange;
          },
          getRange: function (this: { wholeSheet: unknown }) {
            return this.wholeSheet;
          },
        },
      },
    },
  });
  const ws = mock.workbook.worksheets.measure;
  // Office.js sets isNullObject on every synced object; the mock only knows loadable properties.
  ws.usedRange.isNullObject = false;
  ws.wholeSheet.mergedAreas.isNullObject = false;
  return { mock, ws };
}

describe("read path on office-addin-mock", () => {
  test("loads only what it reads, syncs, and maps the used range to a SheetGrid", async () => {
    const { mock, ws } = sheetMock();
    const read = queueSheetRead(ws as unknown as Excel.Worksheet, true);
    await mock.sync();
    const grid = toSheetGrid({ name: "①-01", visibility: "visible", protected: false }, read());
    expect(grid).toEqual({
      name: "①-01",
      values: [["施策番号", "①-01"], [], ["効果（額）", 0.33, "100% （公開開始）"]],
      numFmts: [[null, null], [], [null, "0%", "@"]],
      top: 4,
      left: 2,
      merges: ["D5:E5", "C7:C8"],
      visibility: "visible",
      protected: false,
    });
    // The address was never asked for: rowIndex/columnIndex carry the position.
    expect(ws.usedRange.address).toBe("Error, property was not loaded");
  });

  test("reading before the sync is caught by the mock", () => {
    const { ws } = sheetMock();
    const read = queueSheetRead(ws as unknown as Excel.Worksheet, true);
    expect(ws.usedRange.values).toBe("Error, context.sync() was not called");
    expect(() => toSheetGrid({ name: "x", visibility: "visible", protected: false }, read())).toThrow();
  });

  test("without merged areas support the merged-areas API is not called", async () => {
    const { mock, ws } = sheetMock();
    const spy = jest.fn(() => ws.wholeSheet.mergedAreas);
    ws.wholeSheet.getMergedAreasOrNullObject = spy;
    const read = queueSheetRead(ws as unknown as Excel.Worksheet, false);
    await mock.sync();
    expect(read().merges).toEqual([]);
    expect(spy).not.toHaveBeenCalled();
  });
});

describe("selectCell on office-addin-mock", () => {
  test("checks the sheet is visible, activates it, selects the cell", async () => {
    const activate = jest.fn();
    const select = jest.fn();
    const getRange = jest.fn(() => ({ select }));
    const getItem = jest.fn(() => ({ activate, getRange, name: "①-03", visibility: "Visible", load: () => undefined }));
    let syncs = 0;
    const context = new OfficeMockObject({
      workbook: { worksheets: { getItem } },
      sync: async () => {
        syncs++;
      },
    });
    const run: ExcelRun = (batch) => batch(context as unknown as Excel.RequestContext);
    await new ExcelGateway(run, { supports: () => true }).selectCell("①-03", "F12");
    expect(getItem).toHaveBeenCalledWith("①-03");
    expect(activate).toHaveBeenCalledTimes(1);
    expect(getRange).toHaveBeenCalledWith("F12");
    expect(select).toHaveBeenCalledTimes(1);
    expect(syncs).toBe(2);
  });
});
