/**
 * Settings for the browser preview: localStorage when the browser allows it, memory otherwise (private
 * windows and sandboxed frames may refuse storage; the pane must still work).
 */
import { defaultSettings, parseSettings, SettingsSchema, type Settings, type SettingsStore } from "../core/model/settings";

import { SETTINGS_KEY } from "../core/model/settingsKey";

export { SETTINGS_KEY };

type KeyValueStorage = Pick<Storage, "getItem" | "setItem">;

function browserStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null; // reading `localStorage` itself throws where storage is blocked
  }
}

export class LocalSettingsStore implements SettingsStore {
  private memory: Settings | null = null;

  constructor(
    private readonly storage: KeyValueStorage | null = browserStorage(),
    private readonly key: string = SETTINGS_KEY,
  ) {}

  async load(): Promise<Settings> {
    if (this.memory) return this.memory;
    try {
      const raw = this.storage?.getItem(this.key);
      return raw ? parseSettings(JSON.parse(raw)) : defaultSettings;
    } catch {
      return defaultSettings;
    }
  }

  async save(settings: Settings): Promise<void> {
    const valid = SettingsSchema.parse(settings);
    this.memory = valid;
    try {
      this.storage?.setItem(this.key, JSON.stringify(valid));
    } catch {
      // Storage full or blocked: the settings still hold for this session.
    }
  }
}
