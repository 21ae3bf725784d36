/** @jest-environment jsdom */
import "./setup";
import { readFileSync } from "fs";
import { join } from "path";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryGateway } from "../../src/preview/memoryGateway";
import { PreviewApp } from "../../src/preview/PreviewApp";
import { defaultEngine } from "../../src/taskpane/defaultEngine";
import { MemoryStore } from "./fixtures";

const SAMPLE = join(__dirname, "..", "..", "samples", "sodegaura-2016.xlsx");

function preview(fetchSample: () => Promise<ArrayBuffer>, displayLanguage = "ja-JP") {
  const gateway = new MemoryGateway();
  const user = userEvent.setup();
  render(
    <PreviewApp
      gateway={gateway}
      engine={defaultEngine}
      settingsStore={new MemoryStore()}
      displayLanguage={displayLanguage}
      fetchSample={fetchSample}
    />,
  );
  return { gateway, user };
}

const sampleBytes = async () => {
  const b = readFileSync(SAMPLE);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

describe("preview page (real engine, in-memory workbook)", () => {
  test("before a workbook is opened the pane reports NoWorkbook in words", async () => {
    const { user } = preview(sampleBytes);
    expect(screen.getByText(/ブックが開かれていません。「サンプルを開く」/)).toBeTruthy();
    const pane = within(screen.getByTestId("taskpane"));
    await user.click(await pane.findByRole("tab", { name: "検証" }));
    await user.click(pane.getByRole("button", { name: "検証する" }));
    expect((await pane.findByRole("alert")).textContent).toContain("ブックが開かれていません。");
  });

  test("a sample that cannot be fetched is said plainly", async () => {
    const { user } = preview(async () => {
      throw new TypeError("Failed to fetch");
    });
    await user.click(screen.getByRole("button", { name: "サンプルを開く" }));
    const alert = await within(screen.getByTestId("workbook-area")).findByRole("alert");
    expect(alert.textContent).toContain("サンプルのブックを読み込めませんでした");
    expect(alert.textContent).not.toContain("Failed to fetch");
  });

  test("open sample → 検証 → a finding click selects its cell in the sheet view", async () => {
    const { user } = preview(sampleBytes);
    await user.click(screen.getByRole("button", { name: "サンプルを開く" }));
    await screen.findByRole("table", { name: "シート「①-01」の内容" }, { timeout: 5000 });
    const pane = within(screen.getByTestId("taskpane"));
    await user.click(await pane.findByRole("tab", { name: "検証" }));
    await user.click(pane.getByRole("button", { name: "検証する" }));
    const target = await waitFor(() => {
      const el = document.querySelector('[data-testid=finding][data-cell="①-01!G13"]');
      if (!el) throw new Error("finding not listed yet");
      return el as HTMLElement;
    });
    await user.click(screen.getByRole("tab", { name: "②-01" }));
    await user.click(target);
    await waitFor(() => expect(document.querySelector('td[data-cell="G13"]')?.getAttribute("aria-current")).toBe("true"));
    expect(screen.getByTestId("sheet-table").getAttribute("data-sheet")).toBe("①-01");
  });
});
