/**
 * State shared by the panels: the settings, the last report (the overview shows what 検証 found) and
 * whether the workbook was written since that report was made.
 */
import { createContext, useContext } from "react";
import type { WorkbookGrid } from "../core/model/grid";
import type { Report } from "../core/model/schemas";
import type { Settings } from "../core/model/settings";

export interface PaneState {
  settings: Settings;
  saveSettings(next: Settings): Promise<void>;
  report: Report | null;
  /** True once the pane wrote to the workbook after `report` was made. */
  reportStale: boolean;
  /** Reads the workbook and analyses it; the result becomes the shared report. */
  analyzeNow(): Promise<{ grid: WorkbookGrid; report: Report }>;
  /** Call after any write, so the overview can say its numbers are out of date. */
  markChanged(): void;
}

const PaneStateContext = createContext<PaneState | null>(null);

export const PaneStateProvider = PaneStateContext.Provider;

export function usePaneState(): PaneState {
  const s = useContext(PaneStateContext);
  if (!s) throw new Error("PaneState missing");
  return s;
}
