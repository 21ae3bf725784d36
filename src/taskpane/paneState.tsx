/**
 * State shared by the panels: the settings, the last report (the overview shows what 検証 found),
 * whether the workbook was written since that report was made, and how one panel opens another at a
 * given place (概要's counts open 検証 filtered; a delayed measure opens its findings).
 */
import { createContext, useContext } from "react";
import type { WorkbookGrid } from "../core/model/grid";
import type { Report, Severity } from "../core/model/schemas";
import type { Settings } from "../core/model/settings";
import type { EngineRunner } from "./engine/runner";

/** Where a panel opened by another should start. */
export interface PanelTarget {
  /** Show only these severities. */
  severities?: Severity[];
  /** Show only this sheet's findings. */
  sheet?: string;
}

export interface PaneState {
  settings: Settings;
  saveSettings(next: Settings): Promise<void>;
  report: Report | null;
  /** True once the pane wrote to the workbook after `report` was made. */
  reportStale: boolean;
  /** True while the pane re-validates by itself after a write. */
  revalidating: boolean;
  /** Reads the workbook and analyses it; the result becomes the shared report. */
  analyzeNow(): Promise<{ grid: WorkbookGrid; report: Report }>;
  /** The engine's heavy calls, off the UI thread where the host allows. */
  runner: EngineRunner;
  /** Call after any write: the report is marked out of date and, if there is one, re-made. */
  markChanged(): void;
  openPanel(id: import("./App").PanelId, target?: PanelTarget): void;
  /** Set by openPanel for the panel it opens; that panel applies it once and clears it. */
  target: PanelTarget | null;
  clearTarget(): void;
}

const PaneStateContext = createContext<PaneState | null>(null);

export const PaneStateProvider = PaneStateContext.Provider;

export function usePaneState(): PaneState {
  const s = useContext(PaneStateContext);
  if (!s) throw new Error("PaneState missing");
  return s;
}
