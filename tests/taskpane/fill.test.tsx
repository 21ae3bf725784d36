/** @jest-environment jsdom */
import "./setup";

import { screen, waitFor, within } from "@testing-library/react";
import { EDITS, FakeGateway, edit, fakeEngine, makeReport, officeError, renderPane } from "./fixtures";

async function previewed(gateway = new FakeGateway().seed(EDITS), engine = fakeEngine()) {
  const r = renderPane({ panel: "fill", gateway, engine });
  await r.user.click(await screen.findByRole("button", { name: "変更内容を確認" }));
  await screen.findByRole("region", { name: "提案された変更" });
  return r;
}

const rows = () => screen.queryAllByTestId("fill-row");

describe("自動入力 panel", () => {
  test("preview lists every proposed edit: cell, before → after, why; all chosen", async () => {
    const { gateway, engine } = await previewed();
    expect(engine.proposeFill).toHaveBeenCalledWith(gateway.grid, expect.objectContaining({ lang: "ja" }));
    expect(rows().map((r) => r.getAttribute("data-cell"))).toEqual(["①-01!G11", "①-01!H9", "②-05!F10"]);
    // A character diff: what stays once, what goes struck through, what comes highlighted.
    const first = within(rows()[0]);
    expect(first.getByTestId("fill-diff").textContent).toBe("25% (2/8施設)");
    // Only what is new is highlighted: the seven characters "25% (" and ")" around the kept "2/8施設".
    expect(
      first
        .getAllByTestId("fill-added")
        .map((e) => e.textContent)
        .join("").length,
    ).toBe(6);
    expect(first.queryAllByTestId("fill-removed")).toHaveLength(0);
    expect(first.getByText("分数から割合を計算")).toBeTruthy();
    // An empty before is named, not left blank.
    expect(within(rows()[1]).getByText("（空欄に記入）", { exact: false })).toBeTruthy();
    // Markup in a cell is shown as text.
    expect(within(rows()[2]).getByTestId("fill-diff").textContent).toBe("<ul><li>・a</li></ul>");
    expect(
      within(rows()[2])
        .getAllByTestId("fill-removed")
        .map((e) => e.textContent)
        .join(""),
    ).toBe("<ul><li></li></ul>");
    expect(document.querySelector("ul li")?.textContent).not.toBe("a");
    // Grouped by kind, one tick for the group.
    const group = screen.getByTestId("fill-group");
    expect(group.textContent).toContain("3 件");
    expect(
      within(group).getByRole("checkbox").getAttribute("aria-checked") ?? (within(group).getByRole("checkbox") as HTMLInputElement).checked,
    ).toBeTruthy();
    expect(screen.getByRole("button", { name: "選択した変更を反映（3 件）" })).toBeTruthy();
    expect(gateway.applyEdits).not.toHaveBeenCalled();
  });

  test("apply selected writes only the chosen edits; undo writes exactly their inverse", async () => {
    const { gateway, user } = await previewed();
    await user.click(screen.getByRole("checkbox", { name: "①-01!H9 の変更を選択" }));
    await user.click(screen.getByRole("button", { name: "選択した変更を反映（2 件）" }));
    expect(gateway.applyEdits).toHaveBeenCalledTimes(1);
    expect(gateway.applyEdits.mock.calls[0][0]).toEqual([EDITS[0], EDITS[2]]);
    expect(screen.getByTestId("fill-outcome").textContent).toBe("2 件の変更を反映しました。");
    expect(gateway.cells.get("①-01!G11")).toBe("25% (2/8施設)");
    // The unchosen edit stays proposed.
    expect(rows().map((r) => r.getAttribute("data-cell"))).toEqual(["①-01!H9"]);

    await user.click(screen.getByRole("button", { name: "元に戻す（2 件）" }));
    expect(gateway.applyEdits).toHaveBeenCalledTimes(2);
    expect(gateway.applyEdits.mock.calls[1][0]).toEqual([
      { ...EDITS[2], before: EDITS[2].after, after: EDITS[2].before },
      { ...EDITS[0], before: EDITS[0].after, after: EDITS[0].before },
    ]);
    expect(gateway.cells.get("①-01!G11")).toBe("2/8施設");
    expect(gateway.cells.get("②-05!F10")).toBe("<ul><li>a</li></ul>");
    expect(screen.getByTestId("fill-outcome").textContent).toBe("2 件の変更を元に戻しました。");
    expect((screen.getByTestId("fill-undo") as HTMLButtonElement).disabled).toBe(true);
    // Undone changes are proposals again (unticked), and focus is on what happened.
    expect(rows().map((r) => r.getAttribute("data-cell"))).toEqual(["①-01!H9", "①-01!G11", "②-05!F10"]);
    expect(screen.getByRole("button", { name: "選択した変更を反映（0 件）" })).toBeTruthy();
  });

  test("one tick per kind; a change's cell link selects the cell", async () => {
    const edits = [
      { ...edit("①-01", "F9", "<p>a</p>", "a", "HTML"), rule: "html-markup" },
      { ...edit("①-01", "A9", "H 28年度", "H28年度", "年度"), rule: "label-variant" },
      { ...edit("①-02", "F9", "<p>b</p>", "b", "HTML"), rule: "html-markup" },
    ];
    const gateway = new FakeGateway().seed(edits);
    const { user } = await previewed(gateway, fakeEngine(makeReport(), edits));
    const groups = screen.getAllByTestId("fill-group");
    expect(groups.map((g) => g.querySelector("h2")?.textContent)).toEqual(["HTML → 改行 2 件", "年度表記 1 件"]);
    await user.click(within(groups[0]).getByRole("checkbox", { name: "「HTML → 改行 2 件」をすべて選択" }));
    expect(screen.getByRole("button", { name: "選択した変更を反映（1 件）" })).toBeTruthy();
    await user.click(within(rows()[2]).getByTestId("fill-cell"));
    expect(gateway.selectCell).toHaveBeenLastCalledWith("①-01", "A9");
    await user.click(screen.getByRole("button", { name: "選択した変更を反映（1 件）" }));
    expect(gateway.applyEdits.mock.calls[0][0]).toEqual([edits[1]]);
    // Focus moves on the next animation frame, once the outcome is on screen: waited for, not raced.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("fill-outcome-region")));
  });

  test("undo only takes back what was applied, not what was skipped", async () => {
    const gateway = new FakeGateway().seed(EDITS);
    gateway.cells.set("①-01!G11", "someone typed here"); // changed since the preview
    const { user } = await previewed(gateway);
    await user.click(screen.getByRole("button", { name: "すべて反映（3 件）" }));
    const skipped = screen.getByTestId("fill-skipped");
    expect(skipped.textContent).toContain("1 件は反映しませんでした");
    expect(within(skipped).getByText("①-01!G11: 確認のあとでセルの内容が変わっていたため、上書きしませんでした。")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "元に戻す（2 件）" }));
    const undoCall = gateway.applyEdits.mock.calls[1][0];
    expect(undoCall.map((e) => e.cell)).toEqual(["F10", "H9"]);
    expect(gateway.cells.get("①-01!G11")).toBe("someone typed here");
  });

  test("a protected sheet: nothing is written and each edit says why", async () => {
    const gateway = new FakeGateway().seed(EDITS);
    gateway.protectedSheets.add("②-05");
    const { user } = await previewed(gateway);
    await user.click(screen.getByRole("button", { name: "すべて反映（3 件）" }));
    expect(screen.getByTestId("fill-outcome").textContent).toBe("0 件の変更を反映しました。");
    const items = within(screen.getByTestId("fill-skipped")).getAllByRole("listitem");
    expect(items.map((i) => i.getAttribute("data-reason"))).toEqual(["protected", "protected", "protected"]);
    expect(items[2].textContent).toBe("②-05!F10: シートが保護され、このセルはロックされているため、書き込めませんでした。");
    expect(gateway.cells.get("①-01!G11")).toBe("2/8施設");
    expect((screen.getByTestId("fill-undo") as HTMLButtonElement).disabled).toBe(true);
  });

  test("a cell changed after apply is not overwritten by undo, and is reported", async () => {
    const gateway = new FakeGateway().seed(EDITS);
    const { user } = await previewed(gateway);
    await user.click(screen.getByRole("button", { name: "すべて反映（3 件）" }));
    gateway.cells.set("①-01!H9", "△ 遅延"); // the user edits the filled cell
    await user.click(screen.getByRole("button", { name: "元に戻す（3 件）" }));
    expect(screen.getByTestId("fill-outcome").textContent).toBe("2 件の変更を元に戻しました。");
    expect(screen.getByTestId("fill-skipped").textContent).toContain("①-01!H9: 確認のあとでセルの内容が変わっていたため");
    expect(gateway.cells.get("①-01!H9")).toBe("△ 遅延");
    // What could not be undone stays undoable.
    expect(screen.getByRole("button", { name: "元に戻す（1 件）" })).toBeTruthy();
  });

  test("select all / none through the header checkbox", async () => {
    const { user } = await previewed();
    const all = screen.getByRole("checkbox", { name: "すべて選択" });
    await user.click(all);
    expect((screen.getByTestId("fill-apply-selected") as HTMLButtonElement).disabled).toBe(true);
    await user.click(all);
    expect(screen.getByRole("button", { name: "選択した変更を反映（3 件）" })).toBeTruthy();
  });

  test("nothing to fill", async () => {
    const r = renderPane({ panel: "fill", engine: fakeEngine(makeReport(), []) });
    await r.user.click(await screen.findByRole("button", { name: "変更内容を確認" }));
    expect(await screen.findByTestId("fill-nothing")).toBeTruthy();
  });

  test("a write error is shown from the catalogue; nothing becomes undoable", async () => {
    const gateway = new FakeGateway().seed(EDITS);
    const { user } = await previewed(gateway);
    gateway.failures.applyEdits = officeError("AccessDenied");
    await user.click(screen.getByRole("button", { name: "すべて反映（3 件）" }));
    expect((await screen.findByRole("alert")).textContent).toContain("シートが保護されているか、書き込みが許可されていません");
    expect((screen.getByTestId("fill-undo") as HTMLButtonElement).disabled).toBe(true);
    expect(rows()).toHaveLength(3);
  });

  test("reasons follow the UI language", async () => {
    const gateway = new FakeGateway().seed([edit("A", "B2", "x", "y", "理由")]);
    const r = renderPane({
      panel: "fill",
      gateway,
      engine: fakeEngine(makeReport(), [edit("A", "B2", "x", "y", "理由")]),
      displayLanguage: "en-US",
    });
    await r.user.click(await screen.findByRole("button", { name: "Preview changes" }));
    expect(await screen.findByText("EN: 理由")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Apply all (1)" })).toBeTruthy();
  });
});
