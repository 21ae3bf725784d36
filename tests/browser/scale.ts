/**
 * The pane at a city's scale: a 1,400-sheet workbook (the bench generator) opened in the preview, then
 * 検証, a finding click and the fill preview, measured in the page. Figures are printed, not asserted as
 * times (the machine is shared); what is asserted is that the DOM stays small (the lists are windowed).
 */
import assert from "node:assert/strict";
import { benchXlsx } from "../../scripts/bench/workbooks";
import { test } from "./harness";

const SHEETS = 1400;

/**
 * Runs `start` in the page and resolves when `done` holds after a paint: milliseconds in between. The page
 * script is a string: the test runner's compiler would otherwise add helpers the page does not have.
 */
async function timed(page: import("playwright-core").Page, start: string, done: string, limitMs = 120_000): Promise<number> {
  return page.evaluate(`(async () => {
    const start = ${JSON.stringify(start)}, done = ${JSON.stringify(done)}, limitMs = ${limitMs};
    const t0 = performance.now();
    document.querySelector(start).click();
    await new Promise((resolve, reject) => {
      const tick = () => document.querySelector(done) ? resolve() : performance.now() - t0 > limitMs ? reject(new Error("timed out: " + done)) : requestAnimationFrame(tick);
      tick();
    });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - t0;
  })()`) as Promise<number>;
}

test(
  `a ${SHEETS}-sheet workbook: validate off the page's thread, windowed lists, figures printed`,
  async (t) => {
    const bytes = Buffer.from(await benchXlsx(SHEETS));
    await t.page.goto(t.url);
    await t.page.getByTestId("file-input").setInputFiles({
      name: "city-1400.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: bytes,
    });
    await t.page.getByTestId("sheet-table").waitFor({ timeout: 240_000 });
    await t.page.getByTestId("taskpane").getByRole("tab", { name: "検証", exact: true }).click();
    await t.page.getByTestId("validate-run").waitFor();

    // Long tasks from here on are the validate's.
    await t.page.evaluate(`(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: "longtask" });
  })()`);
    const validateMs = await timed(t.page, "[data-testid=validate-run]", "[data-testid=finding-group]");
    assert.ok(t.page.workers().length >= 1, "the engine runs in a Web Worker");
    const longest = (await t.page.evaluate("Math.max(0, ...(window.__longTasks || []))")) as number;
    const summary = (await t.page.getByTestId("validate-summary").textContent()) ?? "";
    const total = [...summary.matchAll(/(\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
    assert.ok(total > 5000, `thousands of findings (${summary})`);
    const domNodes = (await t.page.evaluate('document.getElementsByTagName("*").length')) as number;
    assert.ok(domNodes < 6000, `the findings list is windowed: ${domNodes} elements in the page`);
    await t.shot("scale-validated");

    // A finding click: selected in the sheet view (by sheet, so the first rows are findings, not clusters).
    await t.page.getByTestId("taskpane").getByRole("radio", { name: "シート別" }).check();
    const first = t.page.locator("[data-testid=finding]").first();
    const target = (await first.getAttribute("data-cell"))!;
    const clickMs = await timed(t.page, "[data-testid=finding]", `td[data-cell="${target.split("!")[1]}"][aria-current="true"]`);
    // 次へ: the next one, the list scrolled to it.
    const nextMs = await timed(t.page, "[data-testid=validate-next]", '[data-testid=finding][aria-current="true"]');

    // The fill preview.
    await t.page.getByTestId("taskpane").getByRole("tab", { name: "自動入力", exact: true }).click();
    await t.page.getByTestId("fill-preview").waitFor();
    await t.page.evaluate("window.__longTasks = []");
    const fillMs = await timed(t.page, "[data-testid=fill-preview]", "[data-testid=fill-row]");
    const fillLongest = (await t.page.evaluate("Math.max(0, ...(window.__longTasks || []))")) as number;
    const edits = Number(/（(\d+) 件）/.exec((await t.page.getByTestId("fill-apply-all").textContent()) ?? "")?.[1] ?? 0);
    assert.ok(edits > 1000, `thousands of fill edits (${edits})`);
    const fillNodes = (await t.page.evaluate('document.getElementsByTagName("*").length')) as number;
    assert.ok(fillNodes < 6000, `the fill list is windowed: ${fillNodes} elements`);
    await t.shot("scale-fill");

    // The page's heap, by Chromium's own count (after a collection, as a user would hold it).
    const cdp = await t.context.newCDPSession(t.page);
    await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
    const heapMb = usedSize / 1024 / 1024;

    const f = (n: number) => n.toFixed(0);
    console.log(
      [
        `      ${SHEETS} sheets, ${total} findings, ${edits} fill edits:`,
        `      validate click → findings painted ${f(validateMs)} ms; longest main-thread task while validating ${f(longest)} ms`,
        `      finding click → cell selected ${f(clickMs)} ms; 次へ ${f(nextMs)} ms`,
        `      fill preview ${f(fillMs)} ms (longest task ${f(fillLongest)} ms); DOM ${domNodes} / ${fillNodes} elements; heap ${heapMb.toFixed(0)} MB`,
      ].join("\n"),
    );
  },
  { timeoutMs: 600_000 },
);
