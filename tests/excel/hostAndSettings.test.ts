import { defaultSettings } from "../../src/core/model/settings";
import { detectHost } from "../../src/excel/host";
import { SETTINGS_KEY, WorkbookSettingsStore, type DocumentSettings } from "../../src/excel/settings";

describe("detectHost", () => {
  test("no office.js: browser", async () => {
    await expect(detectHost(undefined)).resolves.toBe("browser");
  });

  test("Office.onReady with Excel: excel; with host null (outside Office): browser", async () => {
    const office = (host: unknown) => ({ onReady: () => Promise.resolve({ host, platform: null }), HostType: { Excel: "Excel" } });
    await expect(detectHost(office("Excel"))).resolves.toBe("excel");
    await expect(detectHost(office(null))).resolves.toBe("browser");
    await expect(detectHost(office("Word"))).resolves.toBe("browser");
  });

  test("onReady that never answers: browser after the timeout", async () => {
    jest.useFakeTimers();
    try {
      const pending = detectHost({ onReady: () => new Promise(() => undefined) }, 1000);
      jest.advanceTimersByTime(1000);
      await expect(pending).resolves.toBe("browser");
    } finally {
      jest.useRealTimers();
    }
  });
});

class MemorySettings implements DocumentSettings {
  data = new Map<string, unknown>();
  saved = 0;
  constructor(private readonly ok = true) {}
  get(name: string): unknown {
    return this.data.get(name) ?? null;
  }
  set(name: string, value: unknown): void {
    this.data.set(name, value);
  }
  saveAsync(cb?: (r: { status: unknown; error?: { code?: unknown } }) => void): void {
    this.saved++;
    cb?.(this.ok ? { status: "succeeded" } : { status: "failed", error: { code: 5001 } });
  }
}

describe("WorkbookSettingsStore", () => {
  test("nothing stored: defaults; saved settings come back; one bad field falls back alone", async () => {
    const doc = new MemorySettings();
    const store = new WorkbookSettingsStore(doc);
    await expect(store.load()).resolves.toEqual(defaultSettings);
    const mine = { ...defaultSettings, planStartYear: 2021, planYears: 5, language: "en" as const, tabNames: { overview: "一覧" } };
    await store.save(mine);
    expect(doc.saved).toBe(1);
    await expect(store.load()).resolves.toEqual(mine);
    doc.set(SETTINGS_KEY, { ...mine, planYears: "lots", tabNames: { overview: "bad/name" } });
    await expect(store.load()).resolves.toEqual({ ...mine, planYears: undefined, tabNames: {} });
  });

  test("a failed save rejects with a code", async () => {
    await expect(new WorkbookSettingsStore(new MemorySettings(false)).save(defaultSettings)).rejects.toMatchObject({ code: 5001 });
  });
});
