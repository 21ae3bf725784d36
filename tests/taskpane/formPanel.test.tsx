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
