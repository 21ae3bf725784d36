/** @jest-environment jsdom */
/** The flows issue 12 changed: the new-sheet form's refusals and 和暦, export without downloads, settings from the workbook. */
import "./setup";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { defaultSettings } from "../../src/core/model/settings";
import { TaskpaneApp } from "../../src/taskpane/App";
import type { EngineApi } from "../../src/taskpane/engineApi";
import { yearField } from "../../src/taskpane/planPeriod";
import { FakeGateway, MemoryStore, fakeEngine, makeReport, measure, renderPane } from "./fixtures";

const year = (label: string, fiscalYear: number) => ({
  label,
  fiscalYear,
  cell: "A9",
  status: "on_track" as const,
  statusPhrase: null,
  summary: "",
  effect: "",
  effectCell: null,
  effectKind: "empty",
  progress: null,
  progressRaw: null,
});

describe("新しい施策シート: taken numbers, 和暦, the period from the workbook", () => {
  test("a 施策番号 the workbook has is refused with a clear message; nothing is written", async () => {
    const { user, gateway } = renderPane({ panel: "newSheet", store: new MemoryStore({ ...defaultSettings, planStartYear: 2021 }) });
    await user.type(await screen.findByTestId("new-number"), "①-01");
    await user.click(screen.getByRole("button", { name: "シートを作成" }));
    expect(await screen.findByText("施策番号「①-01」はシート「①-01」で使われています。別の番号を入力してください。")).toBeTruthy();
    expect(gateway.writeSheets).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByTestId("new-number"));
  });

  test("和暦 is read; after a sheet is made the form clears, so a second click cannot copy it", async () => {
    const { user, engine, gateway } = renderPane({ panel: "newSheet" });
    await user.type(await screen.findByTestId("new-number"), "⑤-01");
    await user.type(screen.getByTestId("new-startYear"), "令和3年度");
    await user.click(screen.getByRole("button", { name: "シートを作成" }));
    await screen.findByTestId("new-created");
    expect(engine.buildMeasureSheet).toHaveBeenCalledWith(expect.objectContaining({ number: "⑤-01", startYear: 2021 }), "ja");
    expect((screen.getByTestId("new-number") as HTMLInputElement).value).toBe("");
    await user.click(screen.getByRole("button", { name: "シートを作成" }));
    expect(await screen.findByText("施策番号を入力してください。")).toBeTruthy();
    expect(gateway.writeSheets).toHaveBeenCalledTimes(1);
  });

  test("an unreadable first year says what is accepted", async () => {
    const { user } = renderPane({ panel: "newSheet" });
    await user.type(await screen.findByTestId("new-number"), "⑤-01");
    await user.type(screen.getByTestId("new-startYear"), "来年");
    await user.click(screen.getByRole("button", { name: "シートを作成" }));
    expect(await screen.findByText("開始年度を読み取れません（例: 2021、R3、令和3年度）。")).toBeTruthy();
  });

  test("without a period in the settings, the form takes it from the workbook's sheets", async () => {
    const report = makeReport({
      measures: [measure({ sheet: "A", years: [year("H28年度", 2016), year("H29年度", 2017), year("H32年度", 2020)] })],
    });
    const { user } = renderPane({ panel: "overview", engine: fakeEngine(report) });
    await user.click(await screen.findByRole("button", { name: "検証して概要を表示" }));
    await user.click(screen.getByRole("tab", { name: "新しい施策シート" }));
    expect((screen.getByTestId("new-startYear") as HTMLInputElement).value).toBe("2016");
    expect((screen.getByTestId("new-years") as HTMLInputElement).value).toBe("5");
    expect(screen.getByTestId("new-period-note").textContent).toContain("2016〜2020年度、5年");
  });

  test("the typed first year: Western, era with or without 年度, full-width digits", () => {
    expect(yearField("2021")).toBe(2021);
    expect(yearField("R3")).toBe(2021);
    expect(yearField("令和3年度")).toBe(2021);
    expect(yearField("H28")).toBe(2016);
    expect(yearField("２０２１")).toBe(2021);
    expect(yearField("")).toBeUndefined();
    expect(yearField("来年")).toBe("来年");
  });
});

describe("設定: the plan period from the workbook", () => {
  test("one click reads the period off the measure sheets into the form; 和暦 is saved as its year", async () => {
    const report = makeReport({ measures: [measure({ sheet: "A", years: [year("R3年度", 2021), year("R7年度", 2025)] })] });
    const store = new MemoryStore();
    const { user } = renderPane({ panel: "settings", engine: fakeEngine(report), store });
    await user.click(await screen.findByTestId("settings-read-period"));
    await waitFor(() => expect((screen.getByTestId("settings-startYear") as HTMLInputElement).value).toBe("2021"));
    expect((screen.getByTestId("settings-years") as HTMLInputElement).value).toBe("5");
    await user.clear(screen.getByTestId("settings-startYear"));
    await user.type(screen.getByTestId("settings-startYear"), "R4");
    await user.click(screen.getByRole("button", { name: "保存" }));
    await waitFor(() => expect(store.saved.at(-1)).toMatchObject({ planStartYear: 2022, planYears: 5 }));
  });
});

describe("書き出し where a file cannot be downloaded (Excel on the Mac)", () => {
  function renderExport(canDownload: boolean) {
    const gateway = new FakeGateway();
    const engine = fakeEngine();
    const user = userEvent.setup();
    render(
      <TaskpaneApp
        services={{
          gateway,
          engine: engine as unknown as EngineApi,
          settingsStore: new MemoryStore(),
          displayLanguage: "ja-JP",
          sourceName: () => "t.xlsx",
          canDownload,
        }}
        initialPanel="export"
      />,
    );
    return { gateway, engine, user };
  }

  test("no download buttons; the table goes to a new sheet, in the UI language", async () => {
    const { user, gateway, engine } = renderExport(false);
    expect(await screen.findByTestId("export-no-download")).toBeTruthy();
    expect(screen.queryByTestId("export-csv")).toBeNull();
    await user.click(screen.getByRole("button", { name: "新しいシートに書き出す" }));
    expect((await screen.findByTestId("export-sheet-done")).textContent).toBe("シート「書き出し」に 0 行を書き出しました。");
    expect(engine.exportSheet).toHaveBeenCalledWith(expect.objectContaining({ schemaVersion: 1 }), "ja");
    expect(gateway.writeSheets.mock.calls[0][0][0]).toMatchObject({ name: "書き出し", role: "export" });
    expect(gateway.selectCell).toHaveBeenCalledWith("書き出し", "A1");
  });

  test("copy: the CSV (without its BOM) goes to the clipboard; where that is refused, the text is shown to copy", async () => {
    const { user } = renderExport(false);
    // After userEvent.setup(), which puts its own clipboard in place.
    const writeText = jest.fn(async (_: string) => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await user.click(await screen.findByRole("button", { name: "CSV をクリップボードにコピー" }));
    await screen.findByTestId("export-copied");
    expect(writeText).toHaveBeenCalledWith("sheet,year\n①-01,2016\n");
    writeText.mockRejectedValueOnce(new Error("denied"));
    await user.click(screen.getByRole("button", { name: "CSV をクリップボードにコピー" }));
    await screen.findByTestId("export-copy-failed");
    expect((screen.getByRole("textbox", { name: "書き出した CSV" }) as HTMLTextAreaElement).value).toContain("①-01,2016");
  });
});
