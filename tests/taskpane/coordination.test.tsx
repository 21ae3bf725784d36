/** @jest-environment jsdom */
/** 確認済み, 他のブックから取り込む and 前年度のブックと比較 in the task pane: the real engine over the in-memory workbook. */
import "./setup";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryGateway } from "../../src/preview/memoryGateway";
import { TaskpaneApp, type PanelId } from "../../src/taskpane/App";
import { defaultEngine } from "../../src/taskpane/defaultEngine";
import { departmentFixtures, fixtureBytes, yearPair } from "../fixtures/coordination";
import { MemoryStore } from "./fixtures";

jest.setTimeout(30_000);

const G12 = "②-01!G12";

async function pane(initialPanel: PanelId) {
  const gateway = new MemoryGateway();
  await gateway.load(await fixtureBytes(yearPair().current), "current.xlsx");
  const user = userEvent.setup();
  render(
    <TaskpaneApp
      services={{ gateway, engine: defaultEngine, settingsStore: new MemoryStore(), displayLanguage: "ja-JP" }}
      initialPanel={initialPanel}
    />,
  );
  return { gateway, user, pane: within(await screen.findByTestId("panel-" + initialPanel)) };
}

function item(cell: string): HTMLElement {
  const el = document.querySelector(`[data-testid=finding][data-cell="${cell}"]`);
  if (!el) throw new Error(`no finding at ${cell}`);
  return el.closest("[role=listitem]") as HTMLElement;
}

/** A File as the browser's file picker gives it (jsdom's File has no arrayBuffer). */
function file(bytes: Uint8Array, name: string): File {
  const f = new File([bytes as BlobPart], name);
  Object.defineProperty(f, "arrayBuffer", { value: async () => bytes.slice().buffer });
  return f;
}

describe("確認済み", () => {
  test("a reason and a name are required; the mark is stored hidden, shown with who and why, not counted, and can be taken back", async () => {
    const { gateway, user, pane: p } = await pane("validate");
    await user.click(p.getByRole("button", { name: "検証する" }));
    await waitFor(() => item(G12));
    expect(p.getByTestId("validate-summary").textContent).toContain("警告 1 件");
    expect(within(item(G12)).queryByTestId("answer-open")).toBeNull();
    // Offered on the current finding, in the bar above the list.
    await user.click(document.querySelector(`[data-testid=finding][data-cell="${G12}"]`) as HTMLElement);
    const bar = () => within(p.getByTestId("current-bar"));
    await user.click(await bar().findByTestId("answer-open"));
    await user.click(bar().getByTestId("answer-save"));
    expect(bar().getByText("理由を入力してください。")).toBeTruthy();
    await user.type(bar().getByTestId("answer-reason"), "施設の統廃合のため");
    await user.type(bar().getByTestId("answer-by"), "企画課 山田");
    await user.click(bar().getByTestId("answer-save"));
    const answered = await bar().findByTestId("answered");
    expect(answered.textContent).toContain("企画課 山田");
    expect(answered.textContent).toContain("施設の統廃合のため");
    await waitFor(() => expect(within(item(G12)).getByTestId("finding-answered")).toBeTruthy());
    expect(p.getByTestId("validate-summary").textContent).toContain("警告 0 件");
    expect(p.getByTestId("validate-summary").textContent).toContain("確認済み 1 件");
    const store = (await gateway.readWorkbook()).sheets.find((s) => s.name === "Shinchoku確認済み");
    expect(store?.visibility).toBe("hidden");

    await user.click(within(answered).getByTestId("answer-remove"));
    await waitFor(() => expect(within(item(G12)).queryByTestId("finding-answered")).toBeNull());
    expect(p.getByTestId("validate-summary").textContent).toContain("警告 1 件");
  });
});

describe("取込・比較", () => {
  test("他のブックから取り込む lists each file's measure sheets, inserts them and validates", async () => {
    const { gateway, user, pane: p } = await pane("coordination");
    const depts = departmentFixtures().files;
    await user.upload(p.getByTestId("import-input"), [
      file(await fixtureBytes(depts[2].fixture), depts[2].file),
      file(Uint8Array.from(Buffer.from("not a workbook")), "memo.xlsx"),
    ]);
    expect((await p.findByTestId("import-list")).textContent).toContain("03_市民課.xlsx: 施策シート 3 枚（③-01, ③-02, ③-03）");
    expect(p.getByTestId("import-unreadable").textContent).toContain("memo.xlsx");
    await user.click(p.getByTestId("import-run"));
    expect((await p.findByTestId("import-result")).textContent).toContain("1 ファイルから施策シート 3 枚を取り込み");
    const names = (await gateway.readWorkbook()).sheets.map((s) => s.name);
    expect(names.slice(-3)).toEqual(["③-01", "③-02", "③-03"]);
  });

  test("前年度のブックと比較 lists the comparison findings and writes 前年度比較 on request", async () => {
    const { gateway, user, pane: p } = await pane("coordination");
    await user.upload(p.getByTestId("compare-input"), file(await fixtureBytes(yearPair().last), "last.xlsx"));
    expect((await p.findByTestId("compare-summary")).textContent).toContain("前年度の写し 2、書き換え 2、進捗率の低下 1");
    const cells = p.getAllByTestId("compare-finding").map((b) => `${b.getAttribute("data-rule")} ${b.getAttribute("data-cell")}`);
    expect(cells).toEqual([
      "copied-from-last-year ①-01!E12",
      "copied-from-last-year ①-02!E12",
      "status-changed ①-03!E10",
      "status-changed ①-04!F9",
      "progress-decreased-since-last-year ②-01!G12",
    ]);
    expect((await gateway.readWorkbook()).sheets.some((s) => s.name === "前年度比較")).toBe(false);
    await user.click(p.getByTestId("compare-write"));
    await p.findByTestId("compare-written");
    const tab = (await gateway.readWorkbook()).sheets.find((s) => s.name === "前年度比較");
    expect(tab?.values.length).toBe(7);
  });
});
