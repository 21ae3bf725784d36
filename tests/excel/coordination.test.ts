/** The Excel gateway's part in the coordinating office's work: the hidden store of 確認済み, and inserting another workbook's sheets. */
import { analyze } from "../../src/core/engine";
import { addAnswer, buildAnswersSheet } from "../../src/core/judge/answers";
import { ExcelGateway } from "../../src/excel/excelGateway";
import { GatewayError } from "../../src/excel/errors";
import { insertSheetsInExcel } from "../../src/excel/insertSheets";
import { plantMistake } from "../fixtures/generate";
import { createFakeExcel } from "./fakeExcel";

describe("確認済み in Excel", () => {
  test("the store is written hidden, read back by its marker, and honoured by the next validation", async () => {
    const wb = plantMistake("progress-regression").fixture.grid;
    const fake = createFakeExcel(wb);
    const gw = new ExcelGateway(fake.run, { supports: fake.supports });
    const first = analyze(await gw.readWorkbook(), { lang: "ja", source: "x" });
    const finding = first.findings.find((f) => f.rule === "progress-regression")!;
    const grid = await gw.readWorkbook();
    const spec = buildAnswersSheet(addAnswer(grid, [], finding, { reason: "確認した", by: "山田", at: "2026-05-20T00:00:00Z" }), "ja");
    const result = await gw.writeSheets([spec]);
    expect(result.written).toEqual(["Shinchoku確認済み"]);
    const read = await gw.readWorkbook();
    expect(read.sheets.find((s) => s.name === "Shinchoku確認済み")?.visibility).toBe("hidden");
    expect(read.generatedSheets).toContainEqual({ name: "Shinchoku確認済み", role: "answers" });
    const again = analyze(read, { lang: "ja", source: "x" });
    expect(again.findings.find((f) => f.rule === "progress-regression" && f.cell === finding.cell)?.answer?.by).toBe("山田");
    expect(again.totals.answered).toBe(1);
    // Writing the store again replaces it: still one hidden store.
    await gw.writeSheets([buildAnswersSheet([], "ja")]);
    const names = (await gw.readWorkbook()).sheets.map((s) => s.name).filter((n) => n.startsWith("Shinchoku確認済み"));
    expect(names).toEqual(["Shinchoku確認済み"]);
  });
});

describe("insertSheetsInExcel", () => {
  /** Just what the insert touches: Workbook.insertWorksheetsFromBase64 and worksheets.getItem(id).name. */
  function context() {
    const calls: unknown[] = [];
    let syncs = 0;
    const ids = { value: [] as string[] };
    const ctx = {
      workbook: {
        insertWorksheetsFromBase64: (base64: string, options: unknown) => {
          calls.push({ base64, options });
          return ids;
        },
        worksheets: {
          getItem: (id: string) => ({
            name: "",
            load() {
              this.name = id.replace(/^id:/, "");
              return this;
            },
          }),
        },
      },
      sync: async () => {
        syncs++;
        if (syncs === 1) ids.value = ["id:③-01", "id:②-02 (2)"];
      },
    };
    return { ctx: ctx as unknown as Excel.RequestContext, calls, syncs: () => syncs };
  }

  test("inserts only the chosen sheets at the end, in two syncs, and names what Excel called them", async () => {
    const c = context();
    const names = await insertSheetsInExcel(c.ctx, "UEsDBA==", ["③-01", "②-02"], () => true);
    expect(c.calls).toEqual([{ base64: "UEsDBA==", options: { sheetNamesToInsert: ["③-01", "②-02"], positionType: "End" } }]);
    expect(names).toEqual(["③-01", "②-02 (2)"]);
    expect(c.syncs()).toBe(2);
  });

  test("without ExcelApi 1.13 nothing is called and the user is told", async () => {
    const c = context();
    await expect(insertSheetsInExcel(c.ctx, "UEsDBA==", ["③-01"], () => false)).rejects.toBeInstanceOf(GatewayError);
    expect(c.calls).toEqual([]);
  });
});
