/**
 * The 様式 flow in the built preview (headless Chromium): open a rating-form workbook, see its profile in
 * 様式, give a letter nobody explained its meaning, validate again and see the conflict it reveals, then
 * 集計 creates 指標一覧. Registered with the harness like preview.ts.
 */
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { test } from "./harness";
import { fixtureFromSpecs, plainSheet } from "../fixtures/fixture";
import { unknownHeaderRows } from "../fixtures/forms/unknownHeaders";
import { akiruno, hamamatsu } from "../fixtures/forms/offices";

const pane = (page: Page) => page.getByTestId("taskpane");
const tab = (page: Page, name: string) => pane(page).getByRole("tab", { name, exact: true }).click();
const finding = (page: Page, ...words: string[]) => words.reduce((l, w) => l.filter({ hasText: w }), pane(page).getByTestId("finding"));

/** あきる野市's rating form (letters explained on a 評価基準 sheet, one letter not) with an indicator sheet beside it. */
async function ratingWorkbook(): Promise<Buffer> {
  const f = fixtureFromSpecs("forms-browser", [...akiruno().fixture.specs, hamamatsu().fixture.specs[0]]);
  return Buffer.from(await f.workbook().xlsx.writeBuffer());
}

test("様式: the profile read with, an unknown letter given its meaning, the conflict after validating again, 指標一覧", async (t) => {
  await t.page.goto(t.url);
  await t.page.getByTestId("file-input").setInputFiles({
    name: "rating-form.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await ratingWorkbook(),
  });
  await t.page.getByTestId("sheet-table").waitFor();

  await tab(t.page, "様式");
  await pane(t.page).getByTestId("form-read").click();
  assert.match((await pane(t.page).getByTestId("form-profile").textContent()) ?? "", /成果指標つきの様式/);
  assert.match((await pane(t.page).getByTestId("form-value-B").textContent()) ?? "", /遅延.*凡例/);
  await t.shot("form-panel");

  await tab(t.page, "検証");
  await pane(t.page).getByRole("button", { name: "検証する", exact: true }).click();
  await finding(t.page, "「E」は評価区分のどの値にも当たりません").first().waitFor();
  assert.equal(await finding(t.page, "評価「E」", "食い違って").count(), 0);

  await tab(t.page, "様式");
  await pane(t.page).getByTestId("form-pick-E").click();
  await t.page.getByTestId("form-option-at_risk").click();
  await pane(t.page).getByTestId("form-save").click();
  await pane(t.page).getByTestId("form-saved").waitFor();

  await tab(t.page, "検証");
  await pane(t.page).getByRole("button", { name: "検証する", exact: true }).click();
  await finding(t.page, "評価「E」", "食い違って").first().waitFor();
  assert.equal(await finding(t.page, "「E」は評価区分のどの値にも当たりません").count(), 0);
  await t.shot("form-conflict");

  await tab(t.page, "集計");
  await pane(t.page).getByRole("button", { name: "集計タブを作成・更新" }).click();
  const written = await t.page.getByTestId("summary-result").getByRole("listitem").allTextContents();
  assert.ok(written.includes("指標一覧"), `written: ${written.join(", ")}`);
  await t.page.locator('[data-testid=sheet-tab][data-sheet="指標一覧"]').waitFor();
});

/** A rating form whose rating column is headed 所管評価, a spelling no built-in list has. */
async function unknownHeaderWorkbook(): Promise<Buffer> {
  const rows = unknownHeaderRows();
  return Buffer.from(
    await fixtureFromSpecs("forms-browser-headers", [plainSheet("2-1", rows)])
      .workbook()
      .xlsx.writeBuffer(),
  );
}

test("様式: a header the reader does not know, clicked on the sheet, given its role; validating again reads its column", async (t) => {
  await t.page.goto(t.url);
  await t.page.getByTestId("file-input").setInputFiles({
    name: "unknown-header.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await unknownHeaderWorkbook(),
  });
  await t.page.getByTestId("sheet-table").waitFor();

  await tab(t.page, "様式");
  await pane(t.page).getByTestId("form-read").click();
  await pane(t.page).getByTestId("form-headers").waitFor();
  // Point at the header on the sheet, as in Excel, and use the selection.
  await t.page.locator('[data-testid=sheet-table] [data-cell="B4"]').click();
  await t.page.locator('[data-testid=sheet-table] [data-cell="B4"][data-selected]').waitFor();
  await pane(t.page).getByTestId("form-use-selection").click();
  assert.match((await pane(t.page).getByTestId("form-header-所管評価").textContent()) ?? "", /2-1!B4/);
  await pane(t.page).getByTestId("form-role-所管評価").click();
  await t.page.getByTestId("form-role-option-rating").click();
  await pane(t.page).getByTestId("form-save").click();
  await pane(t.page).getByTestId("form-saved").waitFor();
  await pane(t.page).getByTestId("form-value-順調").waitFor();
  await t.shot("form-header-role");

  await tab(t.page, "検証");
  await pane(t.page).getByRole("button", { name: "検証する", exact: true }).click();
  await finding(t.page, "評価「順調」", "食い違って").first().waitFor();
});
