/** @jest-environment jsdom */
import "./setup";

import { screen, waitFor, within } from "@testing-library/react";
import { EDITS, FINDINGS, FakeGateway, fakeEngine, finding, makeReport, officeError, renderPane } from "./fixtures";

async function validated(opts: Parameters<typeof renderPane>[0] = {}, expectReport = true) {
  const r = renderPane({ panel: "validate", ...opts });
  await r.user.click(await screen.findByRole("button", { name: "検証する" }));
  // The report is shown in a transition (rendered in slices): wait for it.
  if (expectReport) await screen.findByTestId("validate-summary");
  return r;
}

const findingButtons = () => screen.queryAllByTestId("finding");

describe("検証 panel", () => {
  test("one click reads the workbook, analyses it and lists findings grouped by rule, by name, with counts", async () => {
    const { gateway, engine } = await validated();
    expect(gateway.readWorkbook).toHaveBeenCalledTimes(1);
    expect(engine.analyze).toHaveBeenCalledWith(gateway.grid, expect.objectContaining({ source: "test.xlsx", lang: "ja" }));
    // Rule names from the catalogue, never ids; the most severe rules first.
    const groups = screen.getAllByTestId("finding-group");
    expect(groups.map((g) => within(g).getByTestId("group-label").textContent)).toEqual([
      "進捗総括の記入漏れ",
      "倍率・金額の計算違い",
      "100%超の分数",
      "見出しの表記ゆれ・欠落",
    ]);
    expect(groups.map((g) => within(g).getByTestId("group-count").textContent)).toEqual(["1 件", "1 件", "1 件", "1 件"]);
    expect(document.body.textContent).not.toContain("missing-summary");
    // Each rule's one-line how-to-fix is shown with it.
    expect(groups[0].textContent).toContain("直し方: その年度の進捗総括を記入してください。");
    expect(findingButtons().map((b) => b.getAttribute("data-cell"))).toEqual(["①-01!E10", "②-05!G9", "①-01!G13", "②-05!F8"]);
    expect(screen.getByTestId("validate-summary").textContent).toBe("エラー 2 件、警告 1 件、情報 1 件");
  });

  test("by sheet: a heading per sheet, its count apart from its name, each finding with its rule's name", async () => {
    const { user } = await validated();
    await user.click(screen.getByRole("radio", { name: "シート別" }));
    const groups = screen.getAllByTestId("finding-group");
    expect(groups.map((g) => within(g).getByTestId("group-label").textContent)).toEqual(["①-01", "②-05"]);
    expect(groups.map((g) => within(g).getByTestId("group-count").textContent)).toEqual(["2 件", "2 件"]);
    expect(findingButtons().map((b) => b.getAttribute("data-cell"))).toEqual(["①-01!G13", "①-01!E10", "②-05!F8", "②-05!G9"]);
    expect(findingButtons()[0].textContent).toContain("100%超の分数");
    // A group closes and opens again.
    await user.click(groups[0]);
    expect(findingButtons().map((b) => b.getAttribute("data-cell"))).toEqual(["②-05!F8", "②-05!G9"]);
  });

  test("the same sentence on many sheets is one row with its count, opened on demand", async () => {
    const same = (sheet: string) =>
      finding({
        sheet,
        cell: "E9",
        severity: "warning",
        rule: "boilerplate-summary",
        messages: { ja: "H28年度の進捗総括が3シートで同一です。", en: "Same H28 summary on 3 sheets." },
      });
    const findings = [same("①-01"), same("①-02"), same("①-03"), finding({ sheet: "①-01", cell: "G9", rule: "arithmetic" })];
    const { user } = await validated({ engine: fakeEngine(makeReport({ findings })) });
    const cluster = screen.getByTestId("finding-cluster");
    expect(cluster.textContent).toBe("▸H28年度の進捗総括が3シートで同一です。 → 3 件");
    expect(findingButtons().map((b) => b.getAttribute("data-cell"))).toEqual(["①-01!G9"]);
    await user.click(cluster);
    expect(findingButtons().map((b) => b.getAttribute("data-cell"))).toEqual(["①-01!G9", "①-01!E9", "①-02!E9", "①-03!E9"]);
  });

  test("clicking a finding selects its cell through the gateway; the bar shows where it is", async () => {
    const { user, gateway } = await validated();
    await user.click(screen.getByText("計算が合いません"));
    expect(gateway.selectCell).toHaveBeenCalledWith("②-05", "G9");
    const current = findingButtons().find((b) => b.getAttribute("aria-current") === "true");
    expect(current?.getAttribute("data-cell")).toBe("②-05!G9");
    expect(screen.getByTestId("validate-position").textContent).toBe("2 / 4 件目（②-05!G9）");
    expect(screen.getByTestId("current-message").textContent).toBe("倍率・金額の計算違い: 計算が合いません");
  });

  test("next and previous walk the list in the order shown, opening a closed group on the way", async () => {
    const { user, gateway } = await validated();
    await user.click(screen.getByRole("button", { name: "次へ" }));
    expect(gateway.selectCell).toHaveBeenLastCalledWith("①-01", "E10");
    // Close the second group; 次へ opens it again to reach its finding.
    await user.click(screen.getAllByTestId("finding-group")[1]);
    expect(findingButtons().map((b) => b.getAttribute("data-cell"))).not.toContain("②-05!G9");
    await user.click(screen.getByRole("button", { name: "次へ" }));
    expect(gateway.selectCell).toHaveBeenLastCalledWith("②-05", "G9");
    expect(
      findingButtons()
        .find((b) => b.getAttribute("aria-current") === "true")
        ?.getAttribute("data-cell"),
    ).toBe("②-05!G9");
    await user.click(screen.getByRole("button", { name: "前へ" }));
    expect(gateway.selectCell).toHaveBeenLastCalledWith("①-01", "E10");
    expect((screen.getByRole("button", { name: "前へ" }) as HTMLButtonElement).disabled).toBe(true);
  });

  test("severity chips and the search box filter the list; next/previous follow the filter", async () => {
    const { user, gateway } = await validated();
    await user.click(screen.getByRole("button", { name: "警告（1）" }));
    await user.click(screen.getByRole("button", { name: "情報（1）" }));
    expect(screen.getByRole("button", { name: "情報（1）" }).getAttribute("aria-pressed")).toBe("false");
    expect(findingButtons().map((b) => b.getAttribute("data-cell"))).toEqual(["①-01!E10", "②-05!G9"]);
    await user.click(screen.getByRole("button", { name: "次へ" }));
    await user.click(screen.getByRole("button", { name: "次へ" }));
    expect(gateway.selectCell).toHaveBeenLastCalledWith("②-05", "G9");
    await user.type(screen.getByRole("searchbox", { name: "指摘を検索" }), "進捗総括");
    await waitFor(() => expect(findingButtons().map((b) => b.getAttribute("data-cell"))).toEqual(["①-01!E10"]));
    await user.clear(screen.getByRole("searchbox", { name: "指摘を検索" }));
    await user.type(screen.getByRole("searchbox", { name: "指摘を検索" }), "②-05");
    await waitFor(() => expect(findingButtons().map((b) => b.getAttribute("data-cell"))).toEqual(["②-05!G9"]));
  }, 20_000);

  test("the mark switch marks the shown findings' cells and clears them again", async () => {
    const { user, gateway } = await validated();
    const sw = screen.getByRole("switch", { name: "シート上の該当セルに印を付ける" });
    await user.click(sw);
    await waitFor(() => expect(gateway.markCells).toHaveBeenCalledTimes(1));
    expect(gateway.marks).toEqual([
      { sheet: "①-01", cell: "E10", severity: "error" },
      { sheet: "②-05", cell: "G9", severity: "error" },
      { sheet: "①-01", cell: "G13", severity: "warning" },
      { sheet: "②-05", cell: "F8", severity: "info" },
    ]);
    // While marking is on, the marks follow the filter.
    await user.click(screen.getByRole("button", { name: "情報（1）" }));
    await waitFor(() => expect(gateway.marks).toHaveLength(3));
    expect(gateway.marks.some((m) => m.severity === "info")).toBe(false);
    await user.click(sw);
    await waitFor(() => expect(gateway.marks).toEqual([]));
    expect((sw as HTMLInputElement).checked).toBe(false);
  });

  test("after a fill the list is made again by itself: fixed findings cannot be clicked", async () => {
    const engine = fakeEngine();
    const gateway = new FakeGateway().seed(EDITS);
    const { user } = await validated({ engine, gateway });
    expect(findingButtons()).toHaveLength(4);
    engine.analyze.mockReturnValue(makeReport({ findings: FINDINGS.slice(0, 1) }));
    await user.click(screen.getByRole("tab", { name: "自動入力" }));
    await user.click(await screen.findByRole("button", { name: "変更内容を確認" }));
    await user.click(await screen.findByRole("button", { name: "すべて反映（3 件）" }));
    await screen.findByText("3 件の変更を反映しました。");
    await waitFor(() => expect(engine.analyze).toHaveBeenCalledTimes(2));
    await user.click(screen.getByRole("tab", { name: "検証" }));
    await waitFor(() => expect(findingButtons()).toHaveLength(1));
    expect(screen.queryByTestId("validate-stale")).toBeNull();
  });

  test("panels not shown hold no DOM, yet keep their state", async () => {
    const { user } = await validated();
    await user.click(screen.getByRole("button", { name: "警告（1）" }));
    await user.click(screen.getByRole("tab", { name: "概要" }));
    expect(screen.queryByTestId("panel-validate")).toBeNull();
    expect(findingButtons()).toHaveLength(0);
    await user.click(screen.getByRole("tab", { name: "検証" }));
    expect(screen.getByRole("button", { name: "警告（1）" }).getAttribute("aria-pressed")).toBe("false");
    expect(findingButtons()).toHaveLength(3);
  });

  test("without markCells on the gateway there is no mark switch", async () => {
    const gateway = new FakeGateway();
    (gateway as { markCells?: unknown }).markCells = undefined;
    await validated({ gateway });
    expect(screen.queryByRole("switch")).toBeNull();
  });

  test("a gateway error shows the catalogue text and code, never the host message or stack", async () => {
    const gateway = new FakeGateway();
    gateway.failures.readWorkbook = officeError("InvalidOperationInCellEditMode");
    await validated({ gateway }, false);
    const bar = await screen.findByRole("alert");
    expect(bar.textContent).toContain("セルを編集中です。");
    expect(bar.textContent).toContain("InvalidOperationInCellEditMode");
    expect(document.body.textContent).not.toContain("secret-stack-frame");
    expect(document.body.textContent).not.toContain("Zugriff");
    expect(findingButtons()).toHaveLength(0);
  });

  test("a selectCell failure (sheet deleted meanwhile) is reported, the list stays", async () => {
    const gateway = new FakeGateway();
    const { user } = await validated({ gateway });
    gateway.failures.selectCell = officeError("ItemNotFound");
    await user.click(screen.getByText("見出しがありません"));
    expect((await screen.findByRole("alert")).textContent).toContain("対象のシートまたはセルが見つかりません");
    expect(findingButtons()).toHaveLength(4);
  });

  test("an empty workbook: no measure sheets is said plainly", async () => {
    const empty = makeReport({
      measures: [],
      findings: [
        {
          rule: "no-measure-sheets",
          severity: "error",
          sheet: "Sheet1",
          cell: "A1",
          message: "施策シートがありません",
          messages: { ja: "施策シートがありません", en: "No measure sheets" },
        },
      ],
    });
    await validated({ engine: fakeEngine(empty) });
    expect(screen.getByTestId("no-measures").textContent).toContain("施策シートが見つかりません");
    expect(findingButtons().map((b) => b.getAttribute("data-cell"))).toEqual(["Sheet1!A1"]);
  });

  test("a clean workbook says no problems were found", async () => {
    await validated({ engine: fakeEngine(makeReport({ findings: [] })) });
    expect(screen.getByText("問題は見つかりませんでした。")).toBeTruthy();
  });
});
