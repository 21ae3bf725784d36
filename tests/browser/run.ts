/**
 * `npm run test:browser`: builds the preview (skip with --no-build), serves dist/preview on a free
 * localhost port, runs tests/browser/preview.ts in Debian's Chromium through playwright-core, and ends
 * with a plain `N passed, M failed` line. Exit code 1 on any failure.
 */
import { spawnSync } from "child_process";
import { existsSync } from "fs";
import { resolve } from "path";
import { chromium } from "playwright-core";
import { blocked, isLocal, runAll, SCREENSHOTS } from "./harness";
import "./preview";
import "./coordination";
import "./scale";
import "./accessibility";
import "./forms";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startPreviewServer } = require("../../scripts/serve-preview.js") as {
  startPreviewServer(o: { port: number }): Promise<{ url: string; close(): Promise<void> }>;
};

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

async function main(): Promise<number> {
  const started = Date.now();
  if (!process.argv.includes("--no-build")) {
    console.log("building the preview (npm run build:preview)…");
    const b = spawnSync("npm", ["run", "--silent", "build:preview"], {
      stdio: ["ignore", "ignore", "inherit"],
      shell: process.platform === "win32",
    });
    if (b.status !== 0) {
      console.log("the preview build failed (see above)\n0 passed, 1 failed");
      return 1;
    }
  }
  // What the page needs beside itself; a missing file is a build problem, said plainly rather than as timeouts.
  const dist = resolve(__dirname, "..", "..", "dist", "preview");
  for (const [file, why] of [
    ["taskpane.html", "the preview page (npm run build:preview)"],
    ["sodegaura-2016.xlsx", "the sample behind サンプルを開く: the preview build must copy samples/sodegaura-2016.xlsx"],
    ["office-js/office.js", "the local office.js"],
  ]) {
    if (!existsSync(resolve(dist, file))) {
      console.log(`dist/preview/${file} is missing: ${why}\n0 passed, 1 failed`);
      return 1;
    }
  }
  if (!existsSync(resolve(dist, "office-js", "o15apptofilemappingtable.js"))) {
    console.log(
      "warning: dist/preview/office-js/o15apptofilemappingtable.js is missing; without it office.js never resolves " +
        "Office.onReady outside Office, so every page waits for the host-detection timeout",
    );
  }
  if (!existsSync(CHROMIUM)) {
    console.log(`Chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)\n0 passed, 1 failed`);
    return 1;
  }
  const server = await startPreviewServer({ port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  console.log(`preview at ${server.url}, ${browser.version()}`);
  let passed: number;
  let failed: number;
  try {
    const r = await runAll(browser, server.url);
    passed = r.passed;
    failed = r.failed;
    // Over the whole run, as a test of its own: the preview never talks to anything but localhost.
    const foreign = [...new Set(r.allRequests.filter((u) => !isLocal(u)))];
    if (foreign.length === 0 && r.allRequests.length > 0) {
      passed++;
      console.log(`  ✓ all ${r.allRequests.length} requests of the run stayed on localhost`);
    } else {
      failed++;
      console.log(`  ✗ requests left localhost: ${foreign.join(", ") || "(no requests recorded)"}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (blocked.length > 0) {
    console.log(
      `note: the page's Content-Security-Policy stopped ${blocked.length} outbound attempt(s) by office.js before any request, e.g. ${blocked[0]}`,
    );
  }
  console.log(`screenshots: ${resolve(SCREENSHOTS)}`);
  console.log(`time: ${((Date.now() - started) / 1000).toFixed(1)}s`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    console.log("0 passed, 1 failed");
    process.exit(1);
  },
);
