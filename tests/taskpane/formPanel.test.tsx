/** @jest-environment jsdom */
/**
 * 様式 panel on a rating form (real engine, in-memory workbook): the profile read with, the scale with
 * each value's meaning, a letter with no legend given its meaning and saved in the workbook's settings;
 * validating again shows the conflict that meaning reveals.
 */
import "./setup";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryGateway } from "../../src/preview/memoryGateway";
import { TaskpaneApp } from "../../src/taskpane/App";
import { defaultEngine } from "../../src/taskpane/defaultEngine";
import { parseSettings } from "../../src/core/model/settings";
import { MemoryStore } from "./fixtures";
import { akiruno } from "../fixtures/forms/offices";
import { formFixture, sheet } from "../fixtures/forms/build";
import { unknownHeaderRows } from "../fixtures/forms/unknownHeaders";

jest.setTimeout(60_000);

test("see the profile, give E a meaning, save it, validate again: the conflict appears", async () => {
  const gateway = new MemoryGateway();
  const wb = akiruno().fixture.workbook();
  await gateway.load(new Uint8Array(await wb.xlsx.writeBuffer()), "akiruno.xlsx");
  const store = new MemoryStore();
  const user = userEvent.setup();
  render(<TaskpaneApp services={{ gateway, engine: defaultEngine, settingsStore: store, displayLanguage: "ja-JP" }} initialPanel="form" />);

  // Only the shown panel is mounted: look the panel up again after each tab switch (its state is kept).
  let panel = within(await screen.findByTestId("panel-form"));
  await user.click(panel.getByTestId("form-read"));
  expect((await panel.findByTestId("form-profile")).textContent).toContain("評価欄つきの様式");
  const scale = panel.getByTestId("form-scale");
  expect(within(scale).getByTestId("form-value-B").textContent).toContain("△ 遅延");
  expect(within(scale).getByTestId("form-value-B").textContent).toContain("凡例");
  expect(panel.getByTestId("form-rule").textContent).toContain("A ≥ 100%");

  // Validate first: E is no value of the scale, and no conflict can be told.
  await user.click(screen.getByTestId("tab-validate"));
  let validate = within(screen.getByTestId("panel-validate"));
  await user.click(validate.getByTestId("validate-run"));
  await waitFor(() =>
    expect(validate.getAllByTestId("finding").some((f) => f.textContent?.includes("「E」は評価区分のどの値にも当たりません"))).toBe(true),
  );
  expect(
    validate.getAllByTestId("finding").filter((f) => f.textContent?.includes("評価「E」") && f.textContent.includes("食い違って")),
  ).toEqual([]);

  // 様式: E means at risk (picked from the list), saved in the workbook.
  await user.click(screen.getByTestId("tab-form"));
  panel = within(await screen.findByTestId("panel-form"));
  await user.click(panel.getByTestId("form-pick-E"));
  await user.click(await screen.findByTestId("form-option-at_risk"));
  await user.click(panel.getByTestId("form-save"));
  await panel.findByTestId("form-saved");
  const saved = parseSettings(store.current);
  expect(saved.profile?.scale).toEqual([{ value: "E", status: "at_risk" }]);
  await waitFor(() => expect(panel.getByTestId("form-profile").textContent).toContain("ブックに保存された様式"));

  // Validate again: E is known now, and it contradicts its year's text 「計画どおり進捗している」.
  await user.click(screen.getByTestId("tab-validate"));
  validate = within(screen.getByTestId("panel-validate"));
  await user.click(validate.getByTestId("validate-run"));
  await waitFor(() =>
    expect(
      validate.getAllByTestId("finding").some((f) => f.textContent?.includes("評価「E」") && f.textContent.includes("食い違って")),
    ).toBe(true),
  );
  expect(validate.getAllByTestId("finding").some((f) => f.textContent?.includes("「E」は評価区分のどの値にも当たりません"))).toBe(false);
});

/** A rating form whose rating column is headed 所管評価 and whose department label reads 所管部署: spellings no built-in list has. */
async function unknownHeaders(): Promise<Uint8Array> {
  const rows = unknownHeaderRows();
  rows[1][3] = "所管部署";
  const f = formFixture({
    name: "unknown-headers",
    source: "",
    profile: null,
    detectedAs: "seed",
    sheets: [sheet("2-1", rows)],
    years: {},
    indicators: {},
    findings: [],
    clean: [],
  });
  return new Uint8Array(await f.fixture.workbook().xlsx.writeBuffer());
}

test("headers the reader does not know: one given a role from the list, one by selecting its cell; saved, then read", async () => {
  const gateway = new MemoryGateway();
  await gateway.load(await unknownHeaders(), "unknown.xlsx");
  const store = new MemoryStore();
  const user = userEvent.setup();
  render(<TaskpaneApp services={{ gateway, engine: defaultEngine, settingsStore: store, displayLanguage: "ja-JP" }} initialPanel="form" />);

  let panel = within(await screen.findByTestId("panel-form"));
  await user.click(panel.getByTestId("form-read"));
  const headers = await panel.findByTestId("form-headers");
  expect(within(headers).getByTestId("form-header-所管評価").textContent).toContain("2-1!B4");
  expect(panel.getByTestId("form-missing").textContent).toContain("「担当部署」の見出しが見つかりません");
  expect((panel.getByTestId("form-save") as HTMLButtonElement).disabled).toBe(true);

  // Before: the rating column is not read, so nothing can conflict with the text.
  await user.click(screen.getByTestId("tab-validate"));
  let validate = within(screen.getByTestId("panel-validate"));
  await user.click(validate.getByTestId("validate-run"));
  await waitFor(() => expect(validate.getAllByTestId("finding").length).toBeGreaterThan(0));
  expect(validate.getAllByTestId("finding").filter((f) => f.textContent?.includes("評価「順調」"))).toEqual([]);

  await user.click(screen.getByTestId("tab-form"));
  panel = within(await screen.findByTestId("panel-form"));
  // 所管評価 from the list.
  await user.click(panel.getByTestId("form-role-所管評価"));
  await user.click(await screen.findByTestId("form-role-option-rating"));
  // 所管部署 by selecting its cell (as in Excel), then "use the selected cell".
  await gateway.selectCell("2-1", "D2");
  await user.click(panel.getByTestId("form-use-selection"));
  expect((await panel.findByTestId("form-header-所管部署")).textContent).toContain("選択したセル");
  await user.click(panel.getByTestId("form-role-所管部署"));
  await user.click(await screen.findByTestId("form-role-option-department"));
  await user.click(panel.getByTestId("form-save"));
  await panel.findByTestId("form-saved");
  expect(parseSettings(store.current).profile?.labels).toEqual({ rating: ["所管評価"], department: ["所管部署"] });
  // Read again with the saved profile: nothing left to place, the rating values are listed.
  await waitFor(() => expect(panel.queryByTestId("form-headers")).toBeNull());
  expect(panel.queryByTestId("form-missing")?.textContent ?? "").not.toContain("担当部署");
  expect(within(panel.getByTestId("form-scale")).getByTestId("form-value-順調")).toBeTruthy();

  // An empty cell is not taken: the person is told to select the header.
  await gateway.selectCell("2-1", "Z40");
  await user.click(panel.getByTestId("form-use-selection"));
  expect(await panel.findByTestId("form-selection-empty")).toBeTruthy();

  // Validate again: the column is read, and the R4 rating contradicts its text.
  await user.click(screen.getByTestId("tab-validate"));
  validate = within(screen.getByTestId("panel-validate"));
  await user.click(validate.getByTestId("validate-run"));
  await waitFor(() =>
    expect(
      validate.getAllByTestId("finding").some((f) => f.textContent?.includes("評価「順調」") && f.textContent.includes("食い違って")),
    ).toBe(true),
  );
});
