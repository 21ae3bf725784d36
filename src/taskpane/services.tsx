/**
 * Everything the task pane talks to, handed in from outside (index.tsx, the preview, or a test):
 * components never reach Excel, storage or the engine on their own.
 */
import { createContext, useContext } from "react";
import type { WorkbookGateway } from "../core/model/gateway";
import type { SettingsStore } from "../core/model/settings";
import type { EngineApi } from "./engineApi";
import type { EngineRunner } from "./engine/runner";

export interface TaskpaneServices {
  gateway: WorkbookGateway;
  engine: EngineApi;
  /** Runs analyse / propose-fill off the UI thread (a Web Worker); without it they run inline. */
  engineRunner?: EngineRunner;
  settingsStore: SettingsStore;
  /** Office's display language ("ja-JP", "en-US"); undefined when unknown. */
  displayLanguage?: string;
  /**
   * Whether a file can be downloaded from the pane. Not in Excel on the Mac: its task pane is a WKWebView
   * that ignores download links (office-js issues 2700, 4681); the pane then offers a sheet or the clipboard.
   */
  canDownload?: boolean;
  /** The workbook's name for reports and export file names. */
  sourceName?: () => string;
}

const ServicesContext = createContext<TaskpaneServices | null>(null);

export const ServicesProvider = ServicesContext.Provider;

export function useServices(): TaskpaneServices {
  const s = useContext(ServicesContext);
  if (!s) throw new Error("TaskpaneServices missing: wrap the pane in <ServicesProvider>");
  return s;
}
