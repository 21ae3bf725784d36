/**
 * axe-core on every panel state, in Japanese and English: no violation of serious or critical impact.
 *
 * Checked: the task pane and the sheet view (the preview's own toolbar stands in for Excel's ribbon).
 * Excluded, by name: Fluent UI's focus helpers (Tabster's `[data-tabster-dummy]` elements: focusable
 * spans kept aria-hidden on purpose to trap and restore focus), which axe reports as `aria-hidden-focus`.
 * They are never reached by a screen reader's virtual cursor and are how every Fluent v9 page works.
 */
import assert from "node:assert/strict";
import { readFileSync } from "fs";
import type { Page } from "playwright-core";
import { test } from "./harness";

const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

async function axe(page: Page, state: string): Promise<void> {
  // Fluent buttons fade between colours (e.g. from disabled back to enabled): check the settled page,
  // with the pointer off any control.
  await page.mouse.move(0, 0);
  await page.waitForTimeout(400);
  // Evaluated through the debugging protocol, so the page's Content-Security-Policy stays as it is.
  if (!(await page.evaluate('"axe" in window'))) await page.evaluate(AXE);
  // A string, not a function: the test runner's compiler would add helpers the page does not have.
  const violations = (await page.evaluate(`(async () => {
    const r = await window.axe.run(
      { include: [["[data-testid=taskpane]"], ["[data-testid=workbook-area]"]], exclude: [["[data-tabster-dummy]"]] },
      { resultTypes: ["violations"] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })) }));
  })()`)) as Violation[];
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert.deepEqual(
    bad.map((v) => `${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    [],
    `axe on ${state}`,
  );
}

async function walk(page: Page, url: string, L: Record<string, string>): Promise<void> {
  await page.goto(url);
  await page.getByTestId("open-sample").waitFor();
  await axe(page, "the empty preview");
  await page.getByTestId("open-sample").click();
  await page.getByTestId("sheet-table").waitFor();
  const pane = page.getByTestId("taskpane");
  const tab = (name: string) => pane.getByRole("tab", { name, exact: true }).click();
  await axe(page, "overview before validating");
  await page.getByTestId("overview-run").click();
  await page.getByTestId("stat-warnings").waitFor();
  await axe(page, "overview");
  await page.getByTestId("stat-warnings").click();
  await page.getByTestId("finding-group").first().waitFor();
  await axe(page, "validate, warnings only");
  await page.getByTestId("chip-error").click();
  await page.getByTestId("chip-info").click();
  await page.getByTestId("finding-cluster").first().click();
  await page.getByTestId("finding").first().click();
  await axe(page, "validate by rule, a cluster open, a finding current");
  await pane.getByRole("radio", { name: L.bySheet }).check();
  await page.getByTestId("validate-next").click();
  // Focus stays on the button pressed.
  assert.equal(await page.evaluate('document.activeElement && document.activeElement.getAttribute("data-testid")'), "validate-next");
  await axe(page, "validate by sheet");
  await tab(L.fill);
  await page.getByTestId("fill-preview").click();
  await page.getByTestId("fill-row").first().waitFor();
  await axe(page, "fill preview");
  await page.getByTestId("fill-apply-all").click();
  await page.getByTestId("fill-outcome").waitFor();
  assert.equal(
    await page.evaluate('document.activeElement && document.activeElement.getAttribute("data-testid")'),
    "fill-outcome-region",
    "focus on the outcome, not <body>",
  );
  await axe(page, "fill applied");
  await tab(L.summary);
  await page.getByTestId("summary-run").click();
  await page.getByTestId("summary-result").waitFor();
  await axe(page, "summary written");
  await tab(L.newSheet);
  await page.getByTestId("new-submit").click();
  await page.locator("[role=alert], .fui-Field__validationMessage").first().waitFor();
  await axe(page, "new sheet with errors");
  await tab(L.export);
  await page.getByTestId("export-csv").click();
  await page.getByTestId("export-link").waitFor();
  await axe(page, "export ready");
  await tab(L.settings);
  await axe(page, "settings");
}

test(
  "axe-core: no serious or critical violation on any panel state (ja)",
  async (t) => {
    await walk(t.page, t.url, {
      bySheet: "シート別",
      fill: "自動入力",
      summary: "集計",
      newSheet: "新しい施策シート",
      export: "書き出し",
      settings: "設定",
    });
    await t.shot("axe-ja-last-state");
  },
  { timeoutMs: 120_000 },
);

test(
  "axe-core: no serious or critical violation on any panel state (en)",
  async (t) => {
    await walk(t.page, `${t.url}?lang=en`, {
      bySheet: "By sheet",
      fill: "Fill",
      summary: "Summary",
      newSheet: "New sheet",
      export: "Export",
      settings: "Settings",
    });
    await t.shot("axe-en-last-state");
  },
  { locale: "en-US", timeoutMs: 120_000 },
);
