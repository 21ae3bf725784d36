/**
 * The built preview (dist/preview) in headless Chromium: the task pane over the in-memory workbook, as a
 * user drives it. Registered with the harness; run by `npm run test:browser` (tests/browser/run.ts).
 */
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import type { Locator, Page } from "playwright-core";
import { test, type TestContext } from "./harness";

const ROOT = join(__dirname, "..", "..");
const XSS = `<img src=x onerror="window.__xss=1">`;

const pane = (page: Page) => page.getByTestId("taskpane");
const sheetTable = (page: Page) => page.getByTestId("sheet-table");
const cell = (page: Page, a1: string) => page.locator(`[data-testid=sheet-table] td[data-cell="${a1}"]`);
const sheetTabs = (page: Page) => page.locator("[data-testid=sheet-tab]");

async function openSample(t: TestContext, query = ""): Promise<void> {
  await t.page.goto(t.url + query);
  await t.page.getByTestId("open-sample").click();
  await sheetTable(t.page).waitFor();
}

async function paneTab(page: Page, name: string): Promise<void> {
  await pane(page).getByRole("tab", { name, exact: true }).click();
}

async function sheetNames(page: Page): Promise<string[]> {
  return sheetTabs(page).evaluateAll((els) => els.map((e) => e.getAttribute("data-sheet") ?? ""));
}

async function activateSheet(page: Page, name: string): Promise<void> {
  await page.locator(`[data-testid=sheet-tab][data-sheet="${name}"]`).click();
  await page.locator(`[data-testid=sheet-table][data-sheet="${name}"]`).waitFor();
}

/** True when the element's box lies inside the scrolling sheet area. */
async function inView(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  const area = await page.getByTestId("sheet-scroller").boundingBox();
  if (!box || !area) return false;
  return (
    box.y >= area.y - 1 &&
    box.y + Math.min(box.height, 40) <= area.y + area.height + 1 &&
    box.x >= area.x - 1 &&
    box.x < area.x + area.width
  );
}

async function validate(page: Page, button = "検証する"): Promise<void> {
  await paneTab(page, button === "検証する" ? "検証" : "Validate");
  await pane(page).getByRole("button", { name: button, exact: true }).click();
  await page.getByTestId("finding").first().waitFor();
}

/** The sample with a cell and the measure name replaced by markup that would run if it were parsed as HTML. */
async function xssWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(ROOT, "samples", "sodegaura-2016.xlsx")) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("①-01")!;
  let nameCell: ExcelJS.Cell | null = null;
  ws.eachRow((row) =>
    row.eachCell((c) => {
      if (c.value === "施策名") nameCell = ws.getCell(Number(c.row), Number(c.col) + 1);
    }),
  );
  assert.ok(nameCell, "the sample has a 施策名 label on ①-01");
  (nameCell as ExcelJS.Cell).value = XSS;
  ws.getCell("J2").value = XSS;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function noScriptRan(page: Page): Promise<void> {
  await page.waitForTimeout(200); // an onerror handler would have fired by now
  assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined, "no injected script ran");
  assert.equal(await page.locator("img").count(), 0, "no <img> element was created from cell text");
}

// ---------------------------------------------------------------------------------------------------

test("サンプルを開く: the sample opens in the sheet view, office.js served locally", async (t) => {
  await t.page.goto(t.url);
  await t.page.getByText("ブックが開かれていません").waitFor();
  await t.page.getByRole("button", { name: "サンプルを開く" }).click();
  await sheetTable(t.page).waitFor();
  assert.equal(await sheetTable(t.page).getAttribute("data-sheet"), "①-01");
  const names = await sheetNames(t.page);
  assert.equal(names.length, 14);
  assert.deepEqual(names.slice(0, 2), ["①-01", "①-02"]);
  assert.match((await cell(t.page, "A1").textContent()) ?? "", /施策進行管理シート/);
  assert.match((await t.page.getByTestId("loaded-name").textContent()) ?? "", /sodegaura-2016\.xlsx/);
  assert.ok(
    t.requests.some((r) => /^http:\/\/localhost:\d+\/office-js\/office\.js$/.test(r)),
    `office.js comes from the preview server (requests: ${t.requests.join(", ")})`,
  );
});

test("検証: findings listed; clicking one selects its cell in the sheet view", async (t) => {
  await openSample(t);
  await activateSheet(t.page, "④-01"); // start elsewhere, so the jump is visible
  await validate(t.page);
  assert.match((await t.page.getByTestId("validate-summary").textContent()) ?? "", /エラー \d+ 件、警告 \d+ 件、情報 \d+ 件/);
  const count = [...((await t.page.getByTestId("validate-summary").textContent()) ?? "").matchAll(/(\d+)/g)].reduce(
    (n, m) => n + Number(m[1]),
    0,
  );
  assert.ok(count > 10, `many findings on the sample (${count})`);
  // Grouped by rule, by name (never the id), with counts; the boilerplate sentence is one row for its 14 sheets.
  assert.ok((await t.page.getByTestId("finding-group").count()) >= 5);
  assert.ok(((await pane(t.page).textContent()) ?? "").includes("定型文の使い回し"));
  assert.ok(!((await pane(t.page).textContent()) ?? "").includes("boilerplate-summary"));
  assert.match((await t.page.getByTestId("finding-cluster").first().textContent()) ?? "", /→ \d+ 件$/);
  // The overview shares the report.
  await paneTab(t.page, "概要");
  assert.equal(await t.page.locator("[data-testid=stat-measures] [data-testid=stat-value]").textContent(), "14");
  await t.shot("overview");
  await paneTab(t.page, "検証");

  // The list is windowed: a finding is reached by searching for it.
  await pane(t.page).getByRole("searchbox", { name: "指摘を検索" }).fill("①-01!G13");
  const over100 = t.page.locator('[data-testid=finding][data-cell="①-01!G13"]');
  await over100.click();
  await t.page.locator('[data-testid=sheet-table][data-sheet="①-01"]').waitFor();
  await t.page.locator('td[data-cell="G13"][aria-current="true"]').waitFor();
  assert.equal(await t.page.getByTestId("sheet-selection").textContent(), "選択中のセル: ①-01!G13");
  assert.ok(await inView(t.page, cell(t.page, "G13")), "the selected cell is scrolled into view");

  // 次へ moves to the next finding in the list and selects it.
  const position = async () => (await t.page.getByTestId("validate-position").textContent()) ?? "";
  const before = await position();
  await pane(t.page).getByRole("searchbox", { name: "指摘を検索" }).fill("");
  await pane(t.page).getByRole("button", { name: "次へ", exact: true }).click();
  await t.page.waitForFunction((b) => document.querySelector("[data-testid=validate-position]")?.textContent !== b, before);
  const m = /（(.+)!([A-Z]+\d+)）/.exec(await position());
  assert.ok(m, `position names the cell: ${await position()}`);
  await t.page.locator(`[data-testid=sheet-table][data-sheet="${m[1]}"] td[data-cell="${m[2]}"][aria-current="true"]`).waitFor();

  // 前へ from the first finding's neighbour walks back; the current finding stays in the list's view.
  await pane(t.page).getByRole("button", { name: "前へ", exact: true }).click();
  const current = t.page.locator('[data-testid=finding][aria-current="true"]');
  await current.waitFor();
  const [sheet, a1] = (await current.getAttribute("data-cell"))!.split("!");
  await t.page.locator(`[data-testid=sheet-table][data-sheet="${sheet}"] td[data-cell="${a1}"][aria-current="true"]`).waitFor();
  assert.ok(await inView(t.page, cell(t.page, a1)));
});

test("検証: marking cells on the sheets, and clearing the marks", async (t) => {
  await openSample(t);
  await validate(t.page);
  await pane(t.page).getByRole("switch", { name: "シート上の該当セルに印を付ける" }).click();
  await t.page.locator("td[data-mark]").first().waitFor();
  assert.ok((await t.page.locator('td[data-cell="E9"][data-mark="warning"]').count()) === 1, "①-01!E9 (boilerplate) is marked");
  await t.shot("marks-on");
  await pane(t.page).getByRole("switch", { name: "シート上の該当セルに印を付ける" }).click();
  await t.page.waitForFunction(() => document.querySelectorAll("td[data-mark]").length === 0);
});

test("自動入力: preview → apply → the sheet shows the new value → 元に戻す restores it", async (t) => {
  await openSample(t);
  await paneTab(t.page, "自動入力");
  await pane(t.page).getByRole("button", { name: "変更内容を確認" }).click();
  const rows = t.page.getByTestId("fill-row");
  await rows.first().waitFor();
  assert.ok((await rows.count()) > 5);
  const first = rows.first();
  const [sheet, a1] = (await first.getAttribute("data-cell"))!.split("!");
  // The diff shows what stays, what goes (struck) and what comes; before/after are read from it.
  const before = await first.getByTestId("fill-diff").evaluate((el) =>
    [...el.childNodes]
      .filter((n) => (n as Element).tagName !== "INS")
      .map((n) => n.textContent)
      .join(""),
  );
  const after = await first.getByTestId("fill-diff").evaluate((el) =>
    [...el.childNodes]
      .filter((n) => (n as Element).tagName !== "DEL")
      .map((n) => n.textContent)
      .join(""),
  );
  assert.notEqual(before, after);

  // Choose only the first edit.
  await pane(t.page).getByRole("checkbox", { name: "すべて選択", exact: true }).click();
  await first.getByRole("checkbox").click();
  await pane(t.page).getByRole("button", { name: "選択した変更を反映（1 件）" }).click();
  await t.page.getByTestId("fill-outcome").getByText("1 件の変更を反映しました。").waitFor();

  await activateSheet(t.page, sheet);
  assert.equal(await cell(t.page, a1).textContent(), after, "the sheet view shows the filled value");
  await t.shot("after-apply");

  await pane(t.page).getByRole("button", { name: "元に戻す（1 件）" }).click();
  await t.page.getByTestId("fill-outcome").getByText("1 件の変更を元に戻しました。").waitFor();
  assert.equal(await cell(t.page, a1).textContent(), before, "undo restores the cell exactly");
});

test("集計: summary tabs appear in the sheet tabs; a second run replaces them", async (t) => {
  await openSample(t);
  await paneTab(t.page, "集計");
  await pane(t.page).getByRole("button", { name: "集計タブを作成・更新" }).click();
  const result = t.page.getByTestId("summary-result");
  await result.waitFor();
  const written = await result.getByRole("listitem").allTextContents();
  assert.deepEqual(written, ["進捗一覧", "遅延施策", "担当課別", "年度別", "検証結果"]);
  const names = await sheetNames(t.page);
  for (const n of written) assert.ok(names.includes(n), `sheet tab ${n}`);
  // The first summary tab is shown.
  await t.page.locator('[data-testid=sheet-table][data-sheet="進捗一覧"]').waitFor();
  assert.match((await sheetTable(t.page).textContent()) ?? "", /①-01/);
  await t.shot("summary");

  await pane(t.page).getByRole("button", { name: "集計タブを作成・更新" }).click();
  await result.getByText(/置き換えた以前のタブ/).waitFor();
  const again = await sheetNames(t.page);
  assert.equal(again.length, names.length, "regenerating replaces, never duplicates");
});

test("新しい施策シート: form errors per field, then a new sheet for the plan period", async (t) => {
  await openSample(t);
  await paneTab(t.page, "新しい施策シート");
  const form = pane(t.page).getByRole("form", { name: "新しい施策シート" });
  await form.getByTestId("new-startYear").fill("1900");
  await form.getByRole("button", { name: "シートを作成" }).click();
  await form.getByText("施策番号を入力してください。").waitFor();
  assert.match(
    (await form.getByTestId("new-startYear").locator("xpath=ancestor::div[contains(@class,'fui-Field')][1]").textContent()) ?? "",
    /1989/,
  );

  await form.getByTestId("new-number").fill("⑤-01");
  await form.getByTestId("new-name").fill("電子申請の拡充");
  await form.getByTestId("new-department").fill("企画課");
  await form.getByTestId("new-startYear").fill("2021");
  await form.getByTestId("new-years").fill("5");
  await form.getByRole("button", { name: "シートを作成" }).click();
  await t.page.getByTestId("new-created").waitFor();
  assert.equal(await t.page.getByTestId("new-created").textContent(), "シート「⑤-01」を作成しました。");
  assert.ok((await sheetNames(t.page)).includes("⑤-01"));
  await t.page.locator('[data-testid=sheet-table][data-sheet="⑤-01"]').waitFor();
  const text = (await sheetTable(t.page).textContent()) ?? "";
  for (const y of ["R3年度", "R7年度", "電子申請の拡充"]) assert.ok(text.includes(y), `new sheet shows ${y}`);

  // The engine reads the new sheet as a measure sheet.
  await validate(t.page);
  assert.match((await t.page.getByTestId("validate-summary").textContent()) ?? "", /件/);
  await pane(t.page).getByRole("radio", { name: "シート別" }).check();
  await pane(t.page).getByRole("searchbox", { name: "指摘を検索" }).fill("⑤-01");
  await t.page.locator('[data-testid=finding-group][data-group="sheet:⑤-01"]').waitFor();
  assert.ok(
    (await t.page.locator('[data-testid=finding-group][data-group="sheet:⑤-01"]').count()) === 1,
    "the new sheet is read as a measure (its empty 活動目標 is reported)",
  );

  // The form was cleared; the same number again is refused with a clear message, and 和暦 is read.
  await paneTab(t.page, "新しい施策シート");
  assert.equal(await form.getByTestId("new-number").inputValue(), "");
  await form.getByTestId("new-number").fill("⑤-01");
  await form.getByTestId("new-startYear").fill("令和3年度");
  await form.getByRole("button", { name: "シートを作成" }).click();
  await form.getByText("施策番号「⑤-01」はシート「⑤-01」で使われています。別の番号を入力してください。").waitFor();
  assert.ok(!(await sheetNames(t.page)).includes("⑤-01 (2)"), "no copy was made");
  await form.getByTestId("new-number").fill("⑤-02");
  await form.getByRole("button", { name: "シートを作成" }).click();
  await t.page.getByText("シート「⑤-02」を作成しました。").waitFor();
  assert.ok(((await sheetTable(t.page).textContent()) ?? "").includes("R3年度"), "令和3年度 was read as FY2021");
});

test("書き出し: a new sheet with Japanese headers, and the clipboard, where a download cannot be made", async (t) => {
  await openSample(t);
  await t.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(t.url).origin });
  await paneTab(t.page, "書き出し");
  await pane(t.page).getByRole("button", { name: "新しいシートに書き出す" }).click();
  await t.page.getByTestId("export-sheet-done").waitFor();
  await t.page.locator('[data-testid=sheet-table][data-sheet="書き出し"]').waitFor();
  const head = await t.page.locator("[data-testid=sheet-table] tbody tr").first().textContent();
  for (const h of ["施策番号", "計画・設計", "開発・構築", "運用", "作業内容", "進捗区分"]) assert.ok(head?.includes(h), `header ${h}`);
  assert.ok(((await sheetTable(t.page).textContent()) ?? "").includes("○ 計画通り"));
  await t.shot("export-sheet");
  // A second export replaces the export tab, never adds another.
  await pane(t.page).getByRole("button", { name: "新しいシートに書き出す" }).click();
  await t.page.getByTestId("export-sheet-done").waitFor();
  assert.equal((await sheetNames(t.page)).filter((n) => n.startsWith("書き出し")).length, 1);
  await pane(t.page).getByRole("button", { name: "CSV をクリップボードにコピー" }).click();
  await t.page.getByTestId("export-copied").waitFor();
  const copied = await t.page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.startsWith("シート,施策番号,施策名,"), copied.slice(0, 40));
});

test("書き出し: CSV and JSON download from a blob link", async (t) => {
  await openSample(t);
  await paneTab(t.page, "書き出し");
  const dir = join("test-artifacts", "downloads");
  mkdirSync(dir, { recursive: true });
  for (const format of ["csv", "json"] as const) {
    await pane(t.page)
      .getByRole("button", { name: `${format.toUpperCase()} を作成` })
      .click();
    const link = t.page.getByTestId("export-link");
    await t.page.waitForFunction(
      (f) => document.querySelector("[data-testid=export-link]")?.getAttribute("download")?.endsWith(f),
      `.${format}`,
    );
    assert.match((await link.getAttribute("href")) ?? "", /^blob:http:\/\/localhost/);
    const [download] = await Promise.all([t.page.waitForEvent("download"), link.click()]);
    assert.equal(download.suggestedFilename(), `sodegaura-2016.${format}`);
    const path = join(dir, download.suggestedFilename());
    await download.saveAs(path);
    const text = readFileSync(path, "utf8");
    if (format === "csv") {
      assert.ok(text.startsWith("\uFEFFシート,施策番号,"), "CSV starts with a BOM for Excel and Japanese headers");
      assert.ok(text.includes("①-01"));
      assert.ok(text.split(/\r?\n/).filter(Boolean).length >= 14 * 5);
    } else {
      const parsed = JSON.parse(text);
      assert.ok(parsed && typeof parsed === "object");
      assert.ok(text.includes("①-01"));
    }
  }
});

test(
  "English UI when the display language is English",
  async (t) => {
    await t.page.goto(`${t.url}?lang=en`);
    await t.page.getByRole("button", { name: "Open sample" }).click();
    await sheetTable(t.page).waitFor();
    // The pane may draw after the sheet view: wait for its first tab before counting them.
    await pane(t.page).getByRole("tab", { name: "Overview", exact: true }).waitFor();
    for (const name of ["Overview", "Validate", "Fill", "Summary", "New sheet", "Export", "Settings"]) {
      assert.equal(await pane(t.page).getByRole("tab", { name, exact: true }).count(), 1, `tab ${name}`);
    }
    await validate(t.page, "Validate");
    assert.match((await t.page.getByTestId("validate-summary").textContent()) ?? "", /^\d+ errors, \d+ warnings, \d+ notes$/);
    const msg = (await t.page.getByTestId("finding").first().textContent()) ?? "";
    assert.match(msg, /Warning|Error|Info/);
    await paneTab(t.page, "Summary");
    await pane(t.page).getByRole("button", { name: "Create or refresh summary tabs" }).click();
    const written = await t.page.getByTestId("summary-result").getByRole("listitem").allTextContents();
    assert.deepEqual(written, ["Overview", "Delayed", "By department", "By year", "Findings"]);
  },
  { locale: "en-US" },
);

test("設定: switching the language to English applies at once and is kept after a reload", async (t) => {
  await openSample(t, "?lang=ja");
  await paneTab(t.page, "設定");
  await pane(t.page).getByRole("radio", { name: "English（英語）" }).check();
  await pane(t.page).getByRole("button", { name: "保存", exact: true }).click();
  await pane(t.page).getByRole("tab", { name: "Validate", exact: true }).waitFor();
  assert.equal(await t.page.getByRole("button", { name: "Open sample" }).count(), 1, "the preview's own toolbar follows");
  await t.page.reload();
  await pane(t.page).getByRole("tab", { name: "Settings", exact: true }).waitFor();
});

test("keyboard: every step reachable with Tab / arrows / Enter, focus visible", async (t) => {
  await t.page.goto(t.url);
  await t.page.getByTestId("open-sample").waitFor();
  const focused = () =>
    t.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return {
        text: el?.textContent?.trim() ?? "",
        role: el?.getAttribute("role") ?? el?.tagName.toLowerCase(),
        visible: !!el?.hasAttribute("data-fui-focus-visible"),
      };
    });
  let f = await focused();
  for (let i = 0; i < 6 && f.text !== "サンプルを開く"; i++) {
    await t.page.keyboard.press("Tab");
    f = await focused();
  }
  assert.equal(f.text, "サンプルを開く");
  assert.ok(f.visible, "keyboard focus is visibly indicated");
  await t.page.keyboard.press("Enter");
  await sheetTable(t.page).waitFor();

  // Into the task pane: Tab until the pane's tab list, then arrows to 検証.
  for (let i = 0; i < 30; i++) {
    await t.page.keyboard.press("Tab");
    f = await focused();
    if (f.role === "tab" && f.text.includes("概要")) break;
  }
  assert.equal(f.role, "tab", "the pane's tabs are reachable by Tab");
  await t.page.keyboard.press("ArrowRight");
  await t.page.keyboard.press("Enter");
  await pane(t.page).getByRole("tab", { name: "検証", exact: true, selected: true }).waitFor();
  for (let i = 0; i < 5; i++) {
    await t.page.keyboard.press("Tab");
    f = await focused();
    if (f.text === "検証する") break;
  }
  assert.equal(f.text, "検証する");
  assert.ok(f.visible);
  await t.page.keyboard.press("Enter");
  await t.page.getByTestId("finding").first().waitFor();
  await t.shot("keyboard-focus");
});

test("a cell holding <img onerror> is shown as text; nothing executes", async (t) => {
  await t.page.goto(t.url);
  await t.page.getByTestId("file-input").setInputFiles({
    name: "xss.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await xssWorkbook(),
  });
  await sheetTable(t.page).waitFor();
  assert.match((await t.page.getByTestId("loaded-name").textContent()) ?? "", /xss\.xlsx/);
  assert.equal(await cell(t.page, "J2").textContent(), XSS);
  await noScriptRan(t.page);

  await validate(t.page);
  await paneTab(t.page, "概要");
  await paneTab(t.page, "集計");
  await pane(t.page).getByRole("button", { name: "集計タブを作成・更新" }).click();
  await t.page.getByTestId("summary-result").waitFor();
  await t.page.locator('[data-testid=sheet-table][data-sheet="進捗一覧"]').waitFor();
  assert.ok(((await sheetTable(t.page).textContent()) ?? "").includes(XSS), "the measure name shows as text in the summary");
  await paneTab(t.page, "自動入力");
  await pane(t.page).getByRole("button", { name: "変更内容を確認" }).click();
  await t.page.getByTestId("fill-row").first().waitFor();
  await noScriptRan(t.page);
});

test("a file that is not a workbook: the catalogue's message, and the open workbook stays", async (t) => {
  await openSample(t);
  await t.page.getByTestId("file-input").setInputFiles({ name: "data.csv", mimeType: "text/csv", buffer: Buffer.from("a,b\n1,2\n") });
  const alert = t.page.getByTestId("workbook-area").getByRole("alert");
  await alert.waitFor();
  assert.match((await alert.textContent()) ?? "", /このファイルは読み込めません/);
  assert.doesNotMatch((await alert.textContent()) ?? "", /Error|at /);
  assert.equal(await sheetTable(t.page).getAttribute("data-sheet"), "①-01");
});

test("an .xlsx dropped on the sheet area opens; a workbook without measure sheets says so", async (t) => {
  await t.page.goto(t.url);
  await t.page.getByTestId("open-sample").waitFor();
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("メモ").getCell("B2").value = "会議メモ";
  const bytes = Buffer.from(await wb.xlsx.writeBuffer()).toString("base64");
  // A real drop carries a DataTransfer with the file; build one in the page and drop it on the workbook area.
  await t.page.getByTestId("workbook-area").evaluate((area, b64) => {
    const bin = atob(b64);
    const data = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) data[i] = bin.charCodeAt(i);
    const dt = new DataTransfer();
    dt.items.add(new File([data], "memo.xlsx", { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
    area.dispatchEvent(new DragEvent("dragover", { dataTransfer: dt, bubbles: true, cancelable: true }));
    area.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, bytes);
  await t.page.locator('[data-testid=sheet-table][data-sheet="メモ"]').waitFor();
  assert.match((await t.page.getByTestId("loaded-name").textContent()) ?? "", /memo\.xlsx/);
  assert.equal(await cell(t.page, "B2").textContent(), "会議メモ");

  await paneTab(t.page, "検証");
  await pane(t.page).getByRole("button", { name: "検証する", exact: true }).click();
  await t.page.getByTestId("no-measures").waitFor();
  assert.match((await t.page.getByTestId("no-measures").textContent()) ?? "", /施策シートが見つかりません/);
  await paneTab(t.page, "自動入力");
  await pane(t.page).getByRole("button", { name: "変更内容を確認" }).click();
  await t.page.getByTestId("fill-nothing").waitFor();
});
