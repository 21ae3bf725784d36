/**
 * Entry point. In Excel: the task pane over the Office.js gateway and the workbook's own settings.
 * Anywhere else (a plain browser, the tests): the preview page, with the pane beside an in-memory
 * workbook. The preview code is loaded only there, so Excel never downloads ExcelJS.
 */
import { createRoot } from "react-dom/client";
import { detectHost, officeCanDownload, officeDisplayLanguage, officeDocumentUrl } from "../excel/host";
import { TaskpaneApp } from "./App";
import { defaultEngine } from "./defaultEngine";
import { startEngineWorker } from "./engine/startWorker";
import { workerRunner } from "./engine/workerRunner";
import type { EngineRunner } from "./engine/runner";

/** The engine in a Web Worker where one starts; otherwise the pane runs it inline. */
function engineRunner(): EngineRunner | undefined {
  const worker = startEngineWorker();
  return worker ? workerRunner(worker) : undefined;
}

async function main(): Promise<void> {
  const container = document.getElementById("container");
  if (!container) return;
  const root = createRoot(container);
  const host = await detectHost();
  if (host === "excel") {
    const [{ ExcelGateway }, { WorkbookSettingsStore }] = await Promise.all([import("../excel/excelGateway"), import("../excel/settings")]);
    root.render(
      <TaskpaneApp
        services={{
          gateway: new ExcelGateway(),
          engine: defaultEngine,
          engineRunner: engineRunner(),
          canDownload: officeCanDownload(),
          settingsStore: new WorkbookSettingsStore(),
          displayLanguage: officeDisplayLanguage(),
          sourceName: () => workbookName(officeDocumentUrl()),
        }}
      />,
    );
  } else {
    const { startPreview } = await import("../preview/main");
    startPreview(root, defaultEngine, engineRunner());
  }
}

/** "https://…/Shared Documents/計画.xlsx" → "計画.xlsx"; Excel gives no URL for a new, unsaved book. */
function workbookName(url: string | undefined): string {
  if (!url) return "workbook.xlsx";
  const last = url.split(/[\\/]/).pop() ?? "";
  try {
    return decodeURIComponent(last.split("?")[0]) || "workbook.xlsx";
  } catch {
    return last || "workbook.xlsx";
  }
}

void main();
