/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import { Buffer } from "buffer";
import { defaultSettings } from "../../src/core/model/settings";
import { FakeGateway, MemoryStore, fakeEngine, makeReport, officeError, renderPane, summarySpec } from "./fixtures";

describe("概要 panel", () => {
  test("before any check it offers to validate; afterwards it shows the totals and the delayed measures", async () => {
    const { user, engine } = renderPane();
    expect(await screen.findByText(/まだ検証していません/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "検証して概要を表示" }));
    await screen.findByTestId("stat-measures"); // the report is shown in a transition
    expect(engine.analyze).toHaveBeenCalledTimes(1);
    const value = (k: string) => within(screen.getByTestId(`stat-${k}`)).getByTestId("stat-value").textContent;
    expect(value("measures")).toBe("3");
    expect(value("errors")).toBe("2");
    expect(value("warnings")).toBe("1");
    expect(value("infos")).toBe("1");
    expect(value("delayed")).toBe("2");
    expect(value("delayedNow")).toBe("1");
    const items = screen.getAllByTestId("delayed-measure");
    expect(items.map((i) => i.textContent)).toEqual([
      "①-01（）を開く過去に遅延指摘を見るホームページの充実",
      "②-05（）を開く現在遅延指摘を見る施設予約システム",
    ]);
  });

  test("every count opens the findings of that kind; a delayed measure opens its sheet or its findings", async () => {
    const { user, gateway } = renderPane();
    await user.click(await screen.findByRole("button", { name: "検証して概要を表示" }));
    await screen.findByTestId("stat-measures"); // the report is shown in a transition
    await user.click(screen.getAllByTestId("delayed-open")[1]);
    expect(gateway.selectCell).toHaveBeenLastCalledWith("②-05", "A1");
    await user.click(screen.getByTestId("stat-errors"));
    expect(await screen.findByTestId("panel-validate")).toBeTruthy();
    expect(screen.getAllByTestId("finding").map((b) => b.getAttribute("data-cell"))).toEqual(["①-01!E10", "②-05!G9"]);
    await user.click(screen.getByRole("tab", { name: "概要" }));
    await user.click(screen.getAllByTestId("delayed-findings")[0]);
    expect(screen.getByTestId("validate-sheet-filter").textContent).toBe("シート ①-01 の指摘のみ表示中");
    expect(screen.getAllByTestId("finding").map((b) => b.getAttribute("data-cell"))).toEqual(["①-01!E10", "①-01!G13"]);
  });

  test("the overview shares the report made by 検証, and says when a write made it stale", async () => {
    const gateway = new FakeGateway();
    const { user, engine } = renderPane({ gateway, panel: "validate" });
    await user.click(await screen.findByRole("button", { name: "検証する" }));
    await screen.findByTestId("validate-summary"); // the report is shown in a transition
    await user.click(screen.getByRole("tab", { name: "概要" }));
    expect(screen.getByTestId("stat-measures").textContent).toContain("3");
    await user.click(screen.getByRole("tab", { name: "集計" }));
    await user.click(screen.getByRole("button", { name: "集計タブを作成・更新" }));
    await screen.findByTestId("summary-result");
    await user.click(screen.getByRole("tab", { name: "概要" }));
    // Summary re-analysed (fresh), then wrote: the pane re-validated by itself, so the overview is current.
    await waitFor(() => expect(engine.analyze).toHaveBeenCalledTimes(3));
    await waitFor(() => expect(screen.queryByText(/この概要のあとでブックが変更されました/)).toBeNull());
  });

  test("no measure sheets", async () => {
    const { user } = renderPane({ engine: fakeEngine(makeReport({ measures: [], findings: [] })) });
    await user.click(await screen.findByRole("button", { name: "検証して概要を表示" }));
    await screen.findByTestId("stat-measures"); // the report is shown in a transition
    const overview = within(screen.getByTestId("panel-overview"));
    expect(overview.getByText(/施策シートが見つかりません/)).toBeTruthy();
    expect(overview.getByText("遅延のある施策はありません。")).toBeTruthy();
  });
});

describe("集計 panel", () => {
  test("builds the summary from a fresh analysis with the tab names from the settings, writes it and lists the tabs", async () => {
    const store = new MemoryStore({ ...defaultSettings, tabNames: { overview: "一覧表" } });
    const gateway = new FakeGateway();
    gateway.writeResult = (specs) => ({ written: specs.map((s) => s.name), replaced: ["一覧表"] });
    const { user, engine } = renderPane({ panel: "summary", store, gateway });
    await user.click(await screen.findByRole("button", { name: "集計タブを作成・更新" }));
    const result = await screen.findByTestId("summary-result");
    expect(engine.analyze).toHaveBeenCalledTimes(1);
    expect(engine.buildSummarySheets).toHaveBeenCalledWith(expect.objectContaining({ schemaVersion: 1 }), {
      lang: "ja",
      names: { overview: "一覧表" },
    });
    expect(gateway.writeSheets.mock.calls[0][0].map((s) => s.name)).toEqual(["一覧表", "遅延施策"]);
    expect(
      within(result)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["一覧表", "遅延施策"]);
    expect(result.textContent).toContain("2 個のタブを書き込みました");
    expect(result.textContent).toContain("置き換えた以前のタブ: 一覧表");
    expect(gateway.selectCell).toHaveBeenCalledWith("一覧表", "A1");
  });

  test("a write error is shown; no list of tabs", async () => {
    const gateway = new FakeGateway();
    gateway.failures.writeSheets = officeError("RequestPayloadSizeLimitExceeded");
    const { user } = renderPane({ panel: "summary", gateway });
    await user.click(await screen.findByRole("button", { name: "集計タブを作成・更新" }));
    expect((await screen.findByRole("alert")).textContent).toContain("ブックが大きすぎて");
    expect(screen.queryByTestId("summary-result")).toBeNull();
  });

  test("an unknown error thrown by the engine is shown as the generic catalogue text", async () => {
    const engine = fakeEngine();
    engine.buildSummarySheets.mockImplementation(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'x')");
    });
    const { user } = renderPane({ panel: "summary", engine });
    await user.click(await screen.findByRole("button", { name: "集計タブを作成・更新" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("予期しない問題が発生しました");
    expect(alert.textContent).not.toContain("Cannot read");
  });
});

describe("新しい施策シート panel", () => {
  test("field errors from NewMeasureInputSchema appear at each field, in Japanese; nothing is written", async () => {
    const { user, gateway } = renderPane({ panel: "newSheet" });
    await user.type(await screen.findByTestId("new-startYear"), "1900");
    await user.clear(screen.getByTestId("new-years"));
    await user.type(screen.getByTestId("new-years"), "abc");
    await user.click(screen.getByRole("button", { name: "シートを作成" }));
    expect(screen.getByText("施策番号を入力してください。")).toBeTruthy();
    const startField = screen.getByTestId("new-startYear").closest(".fui-Field") as HTMLElement;
    expect(startField.textContent).toMatch(/1989.*2100/);
    const yearsField = screen.getByTestId("new-years").closest(".fui-Field") as HTMLElement;
    expect(yearsField.textContent).toMatch(/1.*20/);
    // The inputs are tied to their messages for screen readers.
    expect(screen.getByTestId("new-number").getAttribute("aria-invalid")).toBe("true");
    expect(gateway.writeSheets).not.toHaveBeenCalled();
  });

  test("errors in English when the UI is English", async () => {
    const { user } = renderPane({ panel: "newSheet", displayLanguage: "en-GB" });
    await user.click(await screen.findByRole("button", { name: "Create sheet" }));
    expect(screen.getByText("Enter the measure number.")).toBeTruthy();
  });

  test("a valid form builds the sheet, writes it and selects it; plan defaults come from the settings", async () => {
    const store = new MemoryStore({ ...defaultSettings, planStartYear: 2021, planYears: 4 });
    const { user, gateway, engine } = renderPane({ panel: "newSheet", store });
    expect(((await screen.findByTestId("new-startYear")) as HTMLInputElement).value).toBe("2021");
    expect((screen.getByTestId("new-years") as HTMLInputElement).value).toBe("4");
    await user.type(screen.getByTestId("new-number"), "⑤-01");
    await user.type(screen.getByTestId("new-name"), "電子申請の拡充");
    await user.click(screen.getByRole("button", { name: "シートを作成" }));
    expect(await screen.findByTestId("new-created")).toBeTruthy();
    expect(engine.buildMeasureSheet).toHaveBeenCalledWith(
      expect.objectContaining({ number: "⑤-01", name: "電子申請の拡充", startYear: 2021, years: 4 }),
      "ja",
    );
    expect(gateway.writeSheets).toHaveBeenCalledWith([summarySpec("⑤-01", "measure")]);
    expect(screen.getByTestId("new-created").textContent).toBe("シート「⑤-01」を作成しました。");
    expect(gateway.selectCell).toHaveBeenCalledWith("⑤-01", "A1");
  });

  test("a protected workbook (write refused) is reported", async () => {
    const gateway = new FakeGateway();
    gateway.failures.writeSheets = officeError("AccessDenied");
    const { user } = renderPane({ panel: "newSheet", gateway, store: new MemoryStore({ ...defaultSettings, planStartYear: 2021 }) });
    await user.type(await screen.findByTestId("new-number"), "1");
    await user.click(screen.getByRole("button", { name: "シートを作成" }));
    expect((await screen.findByRole("alert")).textContent).toContain("保護");
    expect(screen.queryByTestId("new-created")).toBeNull();
  });
});

/** jsdom's Blob has no text(); read the bytes and decode them keeping any BOM. */
function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(Buffer.from(r.result as ArrayBuffer).toString("utf8"));
    r.onerror = () => reject(r.error);
    r.readAsArrayBuffer(blob);
  });
}

describe("書き出し panel", () => {
  const blobs = () => (globalThis as unknown as { __blobs: Map<string, Blob> }).__blobs;

  test("CSV: exportData of a fresh report becomes a download link to a UTF-8 blob", async () => {
    const { user, engine } = renderPane({ panel: "export" });
    await user.click(await screen.findByRole("button", { name: "CSV を作成" }));
    const link = (await screen.findByTestId("export-link")) as HTMLAnchorElement;
    expect(engine.exportData).toHaveBeenCalledWith(expect.objectContaining({ schemaVersion: 1 }), "csv", { lang: "ja" });
    expect(link.getAttribute("download")).toBe("test.csv");
    expect(link.textContent).toBe("test.csv をダウンロード");
    const blob = blobs().get(link.getAttribute("href")!)!;
    expect(blob.type).toBe("text/csv;charset=utf-8");
    // Byte for byte: the BOM Excel needs must survive into the file.
    expect(await blobText(blob)).toBe("\uFEFFsheet,year\n①-01,2016\n");
  });

  test("JSON replaces the CSV link and releases its object URL", async () => {
    const { user } = renderPane({ panel: "export" });
    await user.click(await screen.findByRole("button", { name: "CSV を作成" }));
    const csvUrl = (await screen.findByTestId("export-link")).getAttribute("href")!;
    await user.click(screen.getByRole("button", { name: "JSON を作成" }));
    await waitFor(() => expect(screen.getByTestId("export-link").getAttribute("download")).toBe("test.json"));
    expect(blobs().has(csvUrl)).toBe(false);
    const json = blobs().get(screen.getByTestId("export-link").getAttribute("href")!)!;
    expect(json.type).toBe("application/json;charset=utf-8");
  });

  test("a read error is shown and no link appears", async () => {
    const gateway = new FakeGateway();
    gateway.failures.readWorkbook = { code: "GeneralException", message: "boom", stack: "at x" };
    const { user } = renderPane({ panel: "export", gateway });
    await user.click(await screen.findByRole("button", { name: "JSON を作成" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("予期しない問題が発生しました");
    expect(alert.textContent).not.toContain("boom");
    expect(screen.queryByTestId("export-link")).toBeNull();
  });
});
