/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import { FakeGateway, fakeEngine, makeReport, officeError, renderPane } from "./fixtures";

async function validated(opts: Parameters<typeof renderPane>[0] = {}) {
  const r = renderPane({ panel: "validate", ...opts });
  await r.user.click(await screen.findByRole("button", { name: "検証する" }));
  return r;
}

const findingButtons = () => screen.queryAllByTestId("finding");

describe("検証 panel", () => {
  test("one click reads the workbook, analyses it and lists findings grouped by sheet", async () => {
    const { gateway, engine } = await validated();
    expect(gateway.readWorkbook).toHaveBeenCalledTimes(1);
    expect(engine.analyze).toHaveBeenCalledWith(gateway.grid, expect.objectContaining({ source: "test.xlsx", lang: "ja" }));
    const groups = screen.getAllByRole("region", { name: /シート .* の指摘/ });
    expect(groups.map((g) => within(g).getByRole("heading").textContent)).toEqual(["①-01 2", "②-05 2"]);
    // Within a group, in report order; the whole list in display order (grouped).
    expect(findingButtons().map((b) => b.getAttribute("data-cell"))).toEqual(["①-01!G13", "①-01!E10", "②-05!F8", "②-05!G9"]);
    expect(screen.getByText("100% を超えています")).toBeTruthy();
    expect(screen.getByTestId("validate-summary").textContent).toBe("エラー 2 件、警告 1 件、情報 1 件");
  });

  test("clicking a finding selects its cell through the gateway", async () => {
    const { gateway, user } = await validated();
    await user.click(screen.getByText("計算が合いません"));
    expect(gateway.selectCell).toHaveBeenLastCalledWith("②-05", "G9");
    const current = findingButtons().find((b) => b.getAttribute("aria-current") === "true");
    expect(current?.getAttribute("data-cell")).toBe("②-05!G9");
    expect(screen.getByTestId("validate-position").textContent).toBe("4 / 4 件目（②-05!G9）");
  });

  test("next and previous walk the list in the order shown", async () => {
    const { gateway, user } = await validated();
    const next = screen.getByRole("button", { name: "次の指摘へ移動" });
    const prev = screen.getByRole("button", { name: "前の指摘へ移動" });
    await user.click(next);
    expect(gateway.selectCell).toHaveBeenLastCalledWith("①-01", "G13");
    await user.click(next);
    expect(gateway.selectCell).toHaveBeenLastCalledWith("①-01", "E10");
    await user.click(next);
    expect(gateway.selectCell).toHaveBeenLastCalledWith("②-05", "F8");
    await user.click(prev);
    expect(gateway.selectCell).toHaveBeenLastCalledWith("①-01", "E10");
    await user.click(next);
    await user.click(next);
    expect(gateway.selectCell).toHaveBeenLastCalledWith("②-05", "G9");
    expect((next as HTMLButtonElement).disabled).toBe(true);
  });

  test("the severity filter hides findings, and next/previous follow the filter", async () => {
    const { gateway, user } = await validated();
    await user.click(screen.getByRole("checkbox", { name: "警告（1）" }));
    await user.click(screen.getByRole("checkbox", { name: "情報（1）" }));
    expect(findingButtons().map((b) => b.getAttribute("data-cell"))).toEqual(["①-01!E10", "②-05!G9"]);
    await user.click(screen.getByRole("button", { name: "次の指摘へ移動" }));
    await user.click(screen.getByRole("button", { name: "次の指摘へ移動" }));
    expect(gateway.selectCell.mock.calls).toEqual([
      ["①-01", "E10"],
      ["②-05", "G9"],
    ]);
    await user.click(screen.getByRole("checkbox", { name: "エラー（2）" }));
    expect(findingButtons()).toHaveLength(0);
    expect(screen.getByText("選んだ重要度の指摘はありません。")).toBeTruthy();
  });

  test("the mark switch marks the shown findings' cells and clears them again", async () => {
    const { gateway, user } = await validated();
    const sw = screen.getByRole("switch", { name: "シート上の該当セルに印を付ける" });
    await user.click(sw);
    await waitFor(() => expect(gateway.markCells).toHaveBeenCalledTimes(1));
    expect(gateway.marks).toEqual([
      { sheet: "①-01", cell: "G13", severity: "warning" },
      { sheet: "①-01", cell: "E10", severity: "error" },
      { sheet: "②-05", cell: "F8", severity: "info" },
      { sheet: "②-05", cell: "G9", severity: "error" },
    ]);
    // While marking is on, the marks follow the filter.
    await user.click(screen.getByRole("checkbox", { name: "情報（1）" }));
    await waitFor(() => expect(gateway.marks).toHaveLength(3));
    expect(gateway.marks.some((m) => m.severity === "info")).toBe(false);
    await user.click(sw);
    await waitFor(() => expect(gateway.marks).toEqual([]));
    expect((sw as HTMLInputElement).checked).toBe(false);
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
    await validated({ gateway });
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
