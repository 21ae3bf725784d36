/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import { defaultSettings } from "../../src/core/model/settings";
import { MemoryStore, renderPane } from "./fixtures";

describe("language", () => {
  test("Japanese when Office runs in Japanese", async () => {
    renderPane({ displayLanguage: "ja-JP" });
    expect(await screen.findByRole("tab", { name: "検証" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "自動入力" })).toBeTruthy();
    expect(document.querySelector(".fui-FluentProvider")?.getAttribute("lang")).toBe("ja");
  });

  test("English when Office runs in English", async () => {
    renderPane({ displayLanguage: "en-US" });
    expect(await screen.findByRole("tab", { name: "Validate" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Fill" })).toBeTruthy();
    expect(screen.queryByText("検証")).toBeNull();
    expect(document.querySelector(".fui-FluentProvider")?.getAttribute("lang")).toBe("en");
  });

  test("the language setting overrides Office's language", async () => {
    renderPane({ displayLanguage: "ja-JP", store: new MemoryStore({ ...defaultSettings, language: "en" }) });
    expect(await screen.findByRole("tab", { name: "Validate" })).toBeTruthy();
  });

  test("finding messages switch language without re-running the check", async () => {
    const { user, engine } = renderPane({ panel: "validate" });
    await user.click(await screen.findByRole("button", { name: "検証する" }));
    await screen.findByTestId("validate-summary"); // the report is shown in a transition
    expect(screen.getByText("計算が合いません")).toBeTruthy();
    await user.click(screen.getByRole("tab", { name: "設定" }));
    await user.click(screen.getByRole("radio", { name: "English（英語）" }));
    await user.click(screen.getByRole("button", { name: "保存" }));
    await user.click(await screen.findByRole("tab", { name: "Validate" }));
    expect(screen.getByText("The sum is wrong")).toBeTruthy();
    expect(screen.queryByText("計算が合いません")).toBeNull();
    expect(engine.analyze).toHaveBeenCalledTimes(1);
  });
});

describe("設定 panel", () => {
  test("shows the stored settings and saves the edited ones through the store", async () => {
    const store = new MemoryStore({ ...defaultSettings, planStartYear: 2016, planYears: 5 });
    const { user } = renderPane({ panel: "settings", store });
    const panel = within(await screen.findByTestId("panel-settings"));
    const start = panel.getByRole("textbox", { name: "開始年度" }) as HTMLInputElement;
    expect(start.value).toBe("2016");
    await user.clear(start);
    await user.type(start, "2021");
    await user.click(panel.getByRole("radio", { name: "切り捨て" }));
    await user.type(panel.getByRole("textbox", { name: "進捗一覧" }), "進捗まとめ");
    await user.click(panel.getByRole("button", { name: "保存" }));
    await waitFor(() => expect(store.save).toHaveBeenCalledTimes(1));
    expect(store.saved[0]).toEqual({
      planStartYear: 2021,
      planYears: 5,
      rounding: "floor",
      language: "auto",
      tabNames: { overview: "進捗まとめ" },
    });
    expect(await screen.findByTestId("settings-saved")).toBeTruthy();
  });

  test("invalid values are shown per field and nothing is saved", async () => {
    const { user, store } = renderPane({ panel: "settings" });
    const panel = within(await screen.findByTestId("panel-settings"));
    await user.type(panel.getByRole("spinbutton", { name: "年数" }), "0");
    await user.type(panel.getByRole("textbox", { name: "検証結果" }), "結果:1");
    await user.click(panel.getByRole("button", { name: "保存" }));
    expect(panel.getByText("1 以上の数を入力してください。")).toBeTruthy();
    expect(panel.getByText(/シート名に使えない文字/)).toBeTruthy();
    expect(store.save).not.toHaveBeenCalled();
  });

  test("a store that cannot load still gives a working pane with the defaults", async () => {
    const store = new MemoryStore();
    store.load.mockRejectedValueOnce(new Error("settings corrupt"));
    renderPane({ store, displayLanguage: "ja-JP" });
    expect(await screen.findByRole("tab", { name: "検証" })).toBeTruthy();
  });

  test("a failed save is reported and the language stays", async () => {
    const store = new MemoryStore();
    store.save.mockRejectedValueOnce({ code: "AccessDenied" });
    const { user } = renderPane({ panel: "settings", store });
    const panel = within(await screen.findByTestId("panel-settings"));
    await user.click(panel.getByRole("radio", { name: "English（英語）" }));
    await user.click(panel.getByRole("button", { name: "保存" }));
    expect((await panel.findByRole("alert")).textContent).toContain("書き込みが許可されていません");
    expect(screen.getByRole("tab", { name: "検証" })).toBeTruthy();
  });
});

describe("keyboard and labels", () => {
  test("every button and input in the pane has an accessible name", async () => {
    const { user } = renderPane({ panel: "validate" });
    await user.click(await screen.findByRole("button", { name: "検証する" }));
    await screen.findByTestId("validate-summary"); // the report is shown in a transition
    const unnamed = [...document.querySelectorAll("button, input, select, textarea, a[href]")].filter((el) => {
      const label =
        el.getAttribute("aria-label") ||
        el.getAttribute("aria-labelledby") ||
        (el.id && document.querySelector(`label[for="${el.id}"]`)) ||
        el.closest("label") ||
        el.textContent?.trim();
      return !label;
    });
    expect(unnamed.map((e) => e.outerHTML.slice(0, 80))).toEqual([]);
  });

  test("a focused tab is chosen with Enter", async () => {
    const { user } = renderPane();
    // (jsdom has no layout, so Fluent's arrow-key and Tab-key movement is exercised in the browser tests.)
    await screen.findByRole("tab", { name: "概要" });
    screen.getByRole("tab", { name: "検証" }).focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("tab", { name: "検証" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByTestId("panel-validate").hidden).toBe(false);
    expect(screen.queryByTestId("panel-overview")).toBeNull();
  });
});
