/**
 * Settings stored in the workbook (Office.context.document.settings), so they travel with the file: the
 * plan period, rounding and tab names belong to the plan, not to one person's machine. What comes back is
 * parsed leniently (parseSettings): one damaged field falls back to its default, not the whole object.
 */
import { parseSettings, type Settings, type SettingsStore } from "../core/model/settings";

/* global Office */

import { SETTINGS_KEY } from "../core/model/settingsKey";

export { SETTINGS_KEY };

/** The part of Office.Settings used here, so tests hand in a plain object. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: { code?: unknown; message?: string } }) => void): void;
  /** Reads what co-authors saved since this copy was loaded (Excel on the web, shared workbooks). */
  refreshAsync?(callback?: (result: { status: unknown }) => void): void;
}

export class WorkbookSettingsStore implements SettingsStore {
  constructor(private readonly settings: DocumentSettings = Office.context.document.settings as unknown as DocumentSettings) {}

  /** Co-authors' saves since the pane opened; the last `saveAsync` wins, so every load and save starts here. */
  private refresh(): Promise<void> {
    const refreshAsync = this.settings.refreshAsync;
    if (typeof refreshAsync !== "function") return Promise.resolve();
    // A refresh that fails leaves the copy already in hand: still the best settings there are.
    return new Promise((resolve) => {
      try {
        refreshAsync.call(this.settings, () => resolve());
      } catch {
        resolve();
      }
    });
  }

  async load(): Promise<Settings> {
    await this.refresh();
    let raw: unknown;
    try {
      raw = this.settings.get(SETTINGS_KEY);
    } catch {
      raw = undefined;
    }
    return parseSettings(raw ?? {});
  }

  async save(settings: Settings): Promise<void> {
    // Refreshed first so this save replaces the co-author's settings knowingly, field by field as shown in the
    // pane, rather than a copy older than what they saved.
    await this.refresh();
    const value = parseSettings(settings);
    this.settings.set(SETTINGS_KEY, value);
    return new Promise((resolve, reject) => {
      this.settings.saveAsync((result) => {
        // Office.AsyncResultStatus.Succeeded is "succeeded"; compare the string so no Office global is needed.
        if (String(result.status).toLowerCase() === "succeeded") resolve();
        else reject(Object.assign(new Error("settings not saved"), { code: result.error?.code ?? "GeneralException" }));
      });
    });
  }
}
