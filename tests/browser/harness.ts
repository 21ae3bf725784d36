/**
 * A small test harness for the browser suite: plain Node + playwright-core driving Debian's Chromium
 * against dist/preview served on a free localhost port. Each test gets a fresh browser context (fresh
 * localStorage), every request it makes is recorded, and a screenshot is kept whatever the outcome.
 */
import { mkdirSync, rmSync } from "fs";
import { join } from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";

export interface TestContext {
  page: Page;
  context: BrowserContext;
  /** The preview page's URL (…/taskpane.html). */
  url: string;
  /** Every URL the page requested. */
  requests: string[];
  /** Saves a screenshot under test-artifacts/screenshots with this name. */
  shot(name: string): Promise<void>;
}

export interface TestCase {
  name: string;
  locale: string;
  /** Seconds this test may take (the 1,400-sheet one loads a large workbook first). */
  timeoutMs: number;
  fn(t: TestContext): Promise<void>;
}

export const SCREENSHOTS = join("test-artifacts", "screenshots");
const TEST_TIMEOUT_MS = 45_000;

const cases: TestCase[] = [];

/** Outbound attempts by third-party code that the preview's Content-Security-Policy is there to stop. */
const EXPECTED_CSP_BLOCKS = [/Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/'/];

/** CSP blocks seen during the run (printed at the end: they never reached the network). */
export const blocked: string[] = [];

export function test(name: string, fn: TestCase["fn"], options: { locale?: string; timeoutMs?: number } = {}): void {
  cases.push({ name, fn, locale: options.locale ?? "ja-JP", timeoutMs: options.timeoutMs ?? TEST_TIMEOUT_MS });
}

/** Requests that stay on this machine: the preview server, and data/blob URLs the page makes itself. */
export function isLocal(url: string): boolean {
  if (url.startsWith("data:") || url.startsWith("blob:") || url === "about:blank") return true;
  try {
    const u = new URL(url);
    return (u.protocol === "http:" || u.protocol === "https:") && (u.hostname === "localhost" || u.hostname === "127.0.0.1");
  } catch {
    return false;
  }
}

function slug(s: string): string {
  return s
    .normalize("NFKC")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms / 1000}s`)), ms);
    }),
  ]);
}

export interface RunSummary {
  passed: number;
  failed: number;
  allRequests: string[];
}

export async function runAll(browser: Browser, url: string): Promise<RunSummary> {
  // A fresh folder each run: screenshots of earlier runs would pass for this one's.
  rmSync(SCREENSHOTS, { recursive: true, force: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  let passed = 0;
  let failed = 0;
  const allRequests: string[] = [];
  // BROWSER_ONLY=regex runs only the matching tests (for working on one flow).
  const only = process.env.BROWSER_ONLY ? new RegExp(process.env.BROWSER_ONLY) : null;
  for (const [i, c] of cases.entries()) {
    if (only && !only.test(c.name)) continue;
    const started = Date.now();
    const context = await browser.newContext({
      locale: c.locale,
      viewport: { width: 1360, height: 860 },
      acceptDownloads: true,
    });
    const requests: string[] = [];
    const problems: string[] = [];
    context.on("request", (r) => requests.push(r.url()));
    const page = await context.newPage();
    page.setDefaultTimeout(12_000); // fail fast: every step here takes well under a second when it works
    page.on("pageerror", (e) => problems.push(`uncaught error in page: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() !== "error" || !/Content Security Policy/i.test(m.text())) return;
      // office.js, loaded outside Office, tries to frame Microsoft's telemetry page; the preview's CSP
      // blocks it before any request is made. Any other violation means our page tried something it must not.
      if (EXPECTED_CSP_BLOCKS.some((re) => re.test(m.text()))) blocked.push(m.text().slice(0, 120));
      else problems.push(`CSP: ${m.text()}`);
    });
    const prefix = String(i + 1).padStart(2, "0");
    const shot = async (name: string) => {
      await page.screenshot({ path: join(SCREENSHOTS, `${prefix}-${slug(name)}.png`) });
    };
    let error: unknown = null;
    try {
      await withTimeout(c.fn({ page, context, url, requests, shot }), c.timeoutMs, c.name);
      const foreign = requests.filter((r) => !isLocal(r));
      if (foreign.length) problems.push(`requests left localhost: ${foreign.join(", ")}`);
      if (problems.length) throw new Error(problems.join("\n"));
    } catch (e) {
      error = e;
    }
    try {
      await page.screenshot({ path: join(SCREENSHOTS, `${prefix}-${slug(c.name)}${error ? "-FAILED" : ""}.png`) });
    } catch {
      // the page may be gone after a crash; the failure itself is what matters
    }
    allRequests.push(...requests);
    await context.close();
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    if (error) {
      failed++;
      const msg = error instanceof Error ? error.message : String(error);
      console.log(`  ✗ ${c.name} (${secs}s)\n      ${msg.split("\n").join("\n      ")}`);
    } else {
      passed++;
      console.log(`  ✓ ${c.name} (${secs}s)`);
    }
  }
  return { passed, failed, allRequests };
}
