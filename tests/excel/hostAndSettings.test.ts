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

describe("settings saved by two co-authors", () => {
  test("load and save refresh first, so a co-author's save is seen, not silently overwritten by an old copy", async () => {
    const shared = new Map<string, unknown>();
    const copy = (): DocumentSettings & { refreshes: number } => {
      const local = new Map(shared);
      return {
        refreshes: 0,
        get: (n) => local.get(n) ?? null,
        set: (n, v) => void local.set(n, v),
        saveAsync(cb) {
          for (const [k, v] of local) shared.set(k, v);
          cb?.({ status: "succeeded" });
        },
        refreshAsync(cb) {
          this.refreshes++;
          local.clear();
          for (const [k, v] of shared) local.set(k, v);
          cb?.({ status: "succeeded" });
        },
      };
    };
    const a = copy();
    const b = copy();
    const storeA = new WorkbookSettingsStore(a);
    const storeB = new WorkbookSettingsStore(b);
    const fromA = { ...(await storeA.load()), planYears: 7 };
    await storeA.save(fromA);
    // B opened before A saved; its load refreshes and sees A's plan period.
    expect((await storeB.load()).planYears).toBe(7);
    expect(b.refreshes).toBeGreaterThan(0);
  });
});
