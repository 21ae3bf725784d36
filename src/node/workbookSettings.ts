/**
 * The settings the add-in saved in a workbook (its 様式 profile, rounding, tab names), read by the command
 * line from the package's web-extension part, so `check` on a file reads it as the task pane does. A
 * damaged value never stops a command: what can be read is used, the rest falls back to its default, and
 * the user is told which.
 */
import type { Settings } from "../core/model/settings";
import { SETTINGS_KEY } from "../core/model/settingsKey";
import { readWebExtensionProperty, type XlsxPackage } from "../xlsx/package";
import type { CliKey, Params } from "./messages";

export interface SavedSettings {
  /** null when the workbook has none, or none that can be read. */
  settings: Settings | null;
  /** What to tell the user when the saved value was damaged (a catalogue key and its parameters). */
  warning: { key: CliKey; params: Params } | null;
}

const NONE: SavedSettings = { settings: null, warning: null };

export async function readSavedSettings(pkg: XlsxPackage): Promise<SavedSettings> {
  let raw: string | null;
  try {
    raw = readWebExtensionProperty(pkg, SETTINGS_KEY);
  } catch (e) {
    return { settings: null, warning: { key: "cli.settings-unreadable", params: { detail: oneLine(e) } } };
  }
  if (raw === null) return NONE;
  // The settings module loads zod: only a workbook that has saved settings pays for it.
  const { SettingsSchema, parseSettings } = await import("../core/model/settings");
  let value: unknown;
  try {
    value = JSON.parse(raw);
    // A value stored as a JSON string of the JSON (set from a string rather than an object) is read alike.
    if (typeof value === "string") value = JSON.parse(value);
  } catch (e) {
    return { settings: null, warning: { key: "cli.settings-unreadable", params: { detail: oneLine(e) } } };
  }
  const whole = SettingsSchema.safeParse(value);
  if (whole.success) return { settings: whole.data, warning: null };
  const fields = [...new Set(whole.error.issues.map((i) => i.path.join(".") || "(root)"))].slice(0, 5).join("; ");
  return { settings: parseSettings(value), warning: { key: "cli.settings-partly", params: { fields } } };
}

function oneLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).replace(/\s+/g, " ").trim().slice(0, 160);
}
