/**
 * The coordinating office in the built preview: import two departments' workbooks, compare with last
 * year's, mark a finding 確認済み, save the workbook, reopen it: the mark is still there; change the cell
 * (as a person would in Excel) and reopen: the finding is back.
 */
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";
import { loadWorkbookFromBuffer, workbookToBuffer, applyEditsToWorkbook } from "../support/exceljs";
import { departmentFixtures, fixtureBytes, yearPair } from "../fixtures/coordination";
import { test, type TestContext } from "./harness";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const pane = (page: Page) => page.getByTestId("taskpane");

async function paneTab(page: Page, name: string): Promise<void> {
  await pane(page).getByRole("tab", { name, exact: true }).click();
}

async function openWorkbook(t: TestContext, name: string, buffer: Buffer): Promise<void> {
  await t.page.getByTestId("file-input").setInputFiles({ name, mimeType: XLSX, buffer });
  await t.page.waitForFunction((n) => document.querySelector("[data-testid=loaded-name]")?.textContent?.includes(n), name);
}

async function sheetNames(page: Page): Promise<string[]> {
  return page.locator("[data-testid=sheet-tab]").evaluateAll((els) => els.map((e) => e.getAttribute("data-sheet") ?? ""));
}

async function validate(page: Page): Promise<void> {
  await paneTab(page, "検証");
  await pane(page).getByRole("button", { name: "検証する", exact: true }).click();
  await page.getByTestId("validate-summary").waitFor();
}

/** The workbook as the preview would save it: the download link's file. */
async function saveWorkbook(page: Page): Promise<Buffer> {
  await page.getByRole("button", { name: "ブックをダウンロード (.xlsx)" }).click();
  const link = page.getByTestId("workbook-download");
  await link.waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const dir = join("test-artifacts", "downloads");
  mkdirSync(dir, { recursive: true });
  const path = join(dir, "coordination-saved.xlsx");
  await download.saveAs(path);
  return readFileSync(path);
}

const REGRESSION = "②-01!G12";

test("取込・比較: import two departments, compare with last year, 確認済み survives save and reopen, a changed cell voids it", async (t) => {
  const pair = yearPair();
  const depts = departmentFixtures().files;
  await t.page.goto(t.url);
  await t.page.getByTestId("open-sample").waitFor();
  await openWorkbook(t, "今年度.xlsx", Buffer.from(await fixtureBytes(pair.current)));
  const before = await sheetNames(t.page);

  // 他のブックから取り込む: 市民課 (③-01…) and 防災安全課 (④-01, ④-02 and a ②-02 that is taken here).
  await paneTab(t.page, "取込・比較");
  await t.page.getByTestId("import-input").setInputFiles([
    { name: depts[2].file, mimeType: XLSX, buffer: Buffer.from(await fixtureBytes(depts[2].fixture)) },
    { name: depts[3].file, mimeType: XLSX, buffer: Buffer.from(await fixtureBytes(depts[3].fixture)) },
  ]);
  await t.page.getByTestId("import-list").waitFor();
  assert.match((await t.page.getByTestId("import-list").textContent()) ?? "", /03_市民課\.xlsx: 施策シート 3 枚/);
  await t.page.getByTestId("import-run").click();
  await t.page.getByTestId("import-result").waitFor();
  assert.match((await t.page.getByTestId("import-result").textContent()) ?? "", /2 ファイルから施策シート 6 枚を取り込み/);
  const after = await sheetNames(t.page);
  assert.deepEqual(after.slice(0, before.length), before, "the open workbook's sheets stay first, unchanged");
  assert.deepEqual(after.slice(before.length), ["③-01", "③-02", "③-03", "④-01", "④-02", "②-02 (2)"]);
  await t.shot("coordination-imported");

  // The duplicate number is a finding of 検証, on the imported sheet.
  await validate(t.page);
  await t.page.locator('[data-testid=finding][data-cell="②-02 (2)!B3"]').waitFor();

  // 前年度のブックと比較 (read in the page; nothing is sent anywhere: the harness checks every request).
  await paneTab(t.page, "取込・比較");
  await t.page
    .getByTestId("compare-input")
    .setInputFiles({ name: "前年度.xlsx", mimeType: XLSX, buffer: Buffer.from(await fixtureBytes(pair.last)) });
  await t.page.getByTestId("compare-summary").waitFor();
  assert.match((await t.page.getByTestId("compare-summary").textContent()) ?? "", /前年度の写し 2、書き換え 2、進捗率の低下 1/);
  const rules = await t.page
    .locator("[data-testid=compare-finding]")
    .evaluateAll((els) => els.map((e) => `${e.getAttribute("data-rule")} ${e.getAttribute("data-cell")}`));
  assert.deepEqual(rules, [
    "copied-from-last-year ①-01!E12",
    "copied-from-last-year ①-02!E12",
    "status-changed ①-03!E10",
    "status-changed ①-04!F9",
    "progress-decreased-since-last-year ②-01!G12",
  ]);
  await t.page.getByTestId("compare-write").click();
  await t.page.getByTestId("compare-written").waitFor();
  assert.ok((await sheetNames(t.page)).includes("前年度比較"));
  await t.shot("coordination-compared");

  // 確認済み on the within-sheet fall of progress, in 検証.
  await validate(t.page);
  // 確認済み is offered on the current finding, in the bar that stays in view.
  const item = t.page.getByTestId("current-bar");
  await t.page.locator(`[data-testid=finding][data-cell="${REGRESSION}"]`).click();
  await item.getByTestId("answer-open").click();
  await item.getByTestId("answer-save").click();
  assert.match((await item.getByTestId("answer-form").textContent()) ?? "", /理由を入力してください/);
  await item.getByTestId("answer-reason").fill("対象施設の一部廃止で分母が変わったため");
  await item.getByTestId("answer-by").fill("企画課 山田");
  await item.getByTestId("answer-save").click();
  await t.page.locator(`[data-testid=answered][data-cell="${REGRESSION}"]`).waitFor();
  await t.page.waitForFunction(() => /確認済み 1 件/.test(document.querySelector("[data-testid=validate-summary]")?.textContent ?? ""));
  // The store is no tab a person sees.
  assert.ok(!(await sheetNames(t.page)).some((n) => n.includes("確認済み")));
  await t.shot("coordination-answered");

  // Save, reopen: the mark is still there.
  const saved = await saveWorkbook(t.page);
  await openWorkbook(t, "今年度_保存.xlsx", saved);
  await validate(t.page);
  // Who answered and why are shown on the current finding; the list carries the 確認済み badge.
  const listed = t.page.locator(`[data-testid=finding][data-cell="${REGRESSION}"]`);
  await listed.getByTestId("finding-answered").waitFor();
  await listed.click();
  const answered = t.page.locator(`[data-testid=answered][data-cell="${REGRESSION}"]`);
  await answered.waitFor();
  assert.match((await answered.textContent()) ?? "", /企画課 山田.*対象施設の一部廃止で分母が変わったため/);

  // Change the cell (as in Excel), reopen: the finding is back, unanswered.
  const wb = await loadWorkbookFromBuffer(saved);
  const [sheet, cellA1] = REGRESSION.split("!");
  const res = applyEditsToWorkbook(wb, [
    { sheet, cell: cellA1, before: "50% (構築開始)", after: "45% (構築開始)", rule: "test", reason: { ja: "", en: "" } },
  ]);
  assert.equal(res.applied.length, 1);
  const changed = Buffer.from(await workbookToBuffer(wb));
  const dir = join("test-artifacts", "downloads");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "coordination-answered.xlsx"), saved);
  await openWorkbook(t, "今年度_変更.xlsx", changed);
  await validate(t.page);
  const back = t.page.locator(`[data-testid=finding][data-cell="${REGRESSION}"]`);
  await back.click();
  await item.getByTestId("answer-open").waitFor();
  assert.equal(await back.getByTestId("finding-answered").count(), 0);
  assert.equal(await t.page.locator(`[data-testid=answered][data-cell="${REGRESSION}"]`).count(), 0);
});

test("確認済み can be taken back; English UI", async (t) => {
  const pair = yearPair();
  await t.page.goto(t.url + "?lang=en");
  await t.page.getByTestId("open-sample").waitFor();
  await openWorkbook(t, "current.xlsx", Buffer.from(await fixtureBytes(pair.current)));
  await paneTab(t.page, "Validate");
  await pane(t.page).getByRole("button", { name: "Validate", exact: true }).click();
  // 確認済み is offered on the current finding, in the bar that stays in view.
  const item = t.page.getByTestId("current-bar");
  await t.page.locator(`[data-testid=finding][data-cell="${REGRESSION}"]`).click();
  await item.getByTestId("answer-open").click();
  await item.getByTestId("answer-reason").fill("checked with the department");
  await item.getByTestId("answer-by").fill("Yamada");
  await item.getByTestId("answer-save").click();
  const answered = t.page.locator(`[data-testid=answered][data-cell="${REGRESSION}"]`);
  await answered.waitFor();
  await t.page.waitForFunction(() => /1 answered/.test(document.querySelector("[data-testid=validate-summary]")?.textContent ?? ""));
  await answered.getByTestId("answer-remove").click();
  await answered.waitFor({ state: "detached" });
  // The pane validates again after the change; the summary follows once that report is shown.
  await t.page.waitForFunction(() => !/answered/.test(document.querySelector("[data-testid=validate-summary]")?.textContent ?? "answered"));
});
