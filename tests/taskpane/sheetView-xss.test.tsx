/** @jest-environment jsdom */
import "./setup";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { type WorkbookGrid } from "../../src/core/model/grid";
import { makeSheet, makeWorkbook } from "../../src/core/model/gridSchema";
import type { CellMark } from "../../src/core/model/gateway";
import { SheetView, displayText } from "../../src/preview/SheetView";
import { LangProvider } from "../../src/taskpane/i18n";
import { FakeGateway, edit, fakeEngine, finding, makeReport, renderPane } from "./fixtures";

const XSS = `<img src=x onerror="window.__xss=1">`;
const w = window as unknown as { __xss?: number };

const grid: WorkbookGrid = makeWorkbook({
  sheets: [
    makeSheet({
      name: "①-01",
      values: [
        ["袖ケ浦市情報化推進計画2016 施策進行管理シート（5年）", null, null],
        [null, null, null],
        ["施策番号", "①-01", XSS],
        [0.43, 12, null],
      ],
      numFmts: [[null], [null], [null], ["0%", "General"]],
      merges: ["A1:C1"],
    }),
    makeSheet({ name: "進捗一覧", values: [["施策番号"]] }),
    makeSheet({ name: "hidden", values: [["x"]], visibility: "hidden" }),
  ],
  generatedSheets: [{ name: "進捗一覧", role: "overview" }],
});

function view(props: Partial<Parameters<typeof SheetView>[0]> = {}) {
  const onActivateSheet = jest.fn();
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <LangProvider value="ja">
        <SheetView grid={grid} activeSheet="①-01" selection={null} marks={[]} onActivateSheet={onActivateSheet} {...props} />
      </LangProvider>
    </FluentProvider>,
  );
  return { ...utils, onActivateSheet };
}

const cell = (a1: string) => document.querySelector(`td[data-cell="${a1}"]`) as HTMLTableCellElement;

beforeEach(() => {
  delete w.__xss;
});

describe("SheetView", () => {
  test("renders the active sheet from A1 with Excel's headings and merged cells spanned", () => {
    view();
    const table = screen.getByRole("table", { name: "シート「①-01」の内容" });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["A", "B", "C"]);
    expect(cell("A1").colSpan).toBe(3);
    expect(cell("B1")).toBeNull();
    expect(cell("B3").textContent).toBe("①-01");
    // A percent-formatted number reads as Excel shows it.
    expect(cell("A4").textContent).toBe("43%");
    expect(cell("B4").textContent).toBe("12");
  });

  test("the selected cell is highlighted and brought into view; marked cells carry their severity", () => {
    const marks: CellMark[] = [
      { sheet: "①-01", cell: "B3", severity: "error" },
      { sheet: "進捗一覧", cell: "A1", severity: "warning" },
    ];
    view({ selection: { sheet: "①-01", cell: "C3" }, marks });
    expect(cell("C3").getAttribute("aria-current")).toBe("true");
    expect((globalThis as unknown as { __scrolledTo?: Element }).__scrolledTo).toBe(cell("C3"));
    expect(cell("B3").getAttribute("data-mark")).toBe("error");
    expect(cell("A1").getAttribute("data-mark")).toBeNull(); // a mark on another sheet
    expect(screen.getByTestId("sheet-selection").textContent).toBe("選択中のセル: ①-01!C3");
  });

  test("a selection beyond the used range still shows that cell", () => {
    view({ selection: { sheet: "①-01", cell: "E9" } });
    expect(cell("E9").getAttribute("aria-current")).toBe("true");
  });

  test("sheet tabs list the visible sheets and switch on click", async () => {
    const { onActivateSheet } = view();
    const tabs = within(screen.getByRole("tablist", { name: "シート" })).getAllByRole("tab");
    expect(tabs.map((t) => t.getAttribute("data-sheet"))).toEqual(["①-01", "進捗一覧"]);
    expect(tabs[1].getAttribute("title")).toBe("Shinchoku が作成");
    await userEvent.setup().click(tabs[1]);
    expect(onActivateSheet).toHaveBeenCalledWith("進捗一覧");
  });

  test("displayText keeps decimals of the format", () => {
    expect(displayText(0.14285, "0.0%")).toBe("14.3%");
    expect(displayText(true, null)).toBe("TRUE");
    expect(displayText(null, null)).toBe("");
  });
});

describe("cells holding markup are text, and nothing runs", () => {
  test("in the sheet view", async () => {
    view();
    expect(cell("C3").textContent).toBe(XSS);
    expect(document.querySelector("img")).toBeNull();
    await new Promise((r) => setTimeout(r, 20)); // an onerror would have fired by now
    expect(w.__xss).toBeUndefined();
  });

  test("in findings and fill previews of the task pane", async () => {
    const report = makeReport({
      findings: [finding({ sheet: XSS, cell: "C3", rule: "html-markup", messages: { ja: `HTML: ${XSS}`, en: `HTML: ${XSS}` } })],
    });
    const edits = [edit("①-01", "C3", XSS, "", XSS)];
    const { user } = renderPane({ panel: "validate", engine: fakeEngine(report, edits), gateway: new FakeGateway().seed(edits) });
    await user.click(await screen.findByRole("button", { name: "検証する" }));
    await screen.findByTestId("validate-summary"); // the report is shown in a transition
    expect(screen.getByText(`HTML: ${XSS}`)).toBeTruthy();
    await user.click(screen.getByRole("tab", { name: "自動入力" }));
    await user.click(screen.getByRole("button", { name: "変更内容を確認" }));
    expect((await screen.findAllByText(XSS)).length).toBeGreaterThanOrEqual(2);
    expect(document.querySelector("img")).toBeNull();
    await new Promise((r) => setTimeout(r, 20));
    expect(w.__xss).toBeUndefined();
  });
});
