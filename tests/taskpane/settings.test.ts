/** Settings schema, lenient parsing, the language decision and the preview's store. */
import { defaultSettings, parseSettings, resolveLang, SettingsSchema } from "../../src/core/model/settings";
import { LocalSettingsStore, SETTINGS_KEY } from "../../src/preview/settingsStore";
import { previewDisplayLanguage } from "../../src/preview/main";

describe("SettingsSchema", () => {
  test("defaults: any rounding, automatic language, no plan period, no tab names", () => {
    expect(defaultSettings).toEqual({ rounding: "any", language: "auto", tabNames: {} });
  });

  test("tab names follow Excel's sheet-name rules", () => {
    const ok = SettingsSchema.safeParse({ tabNames: { overview: " 進捗まとめ " } });
    expect(ok.success && ok.data.tabNames.overview).toBe("進捗まとめ");
    for (const bad of ["a/b", "x:y", "[1]", "'q'", "", "あ".repeat(32)]) {
      expect(SettingsSchema.safeParse({ tabNames: { findings: bad } }).success).toBe(false);
    }
  });

  test("plan period bounds", () => {
    expect(SettingsSchema.safeParse({ planStartYear: 2016, planYears: 5 }).success).toBe(true);
    expect(SettingsSchema.safeParse({ planStartYear: 1988 }).success).toBe(false);
    expect(SettingsSchema.safeParse({ planYears: 0 }).success).toBe(false);
    expect(SettingsSchema.safeParse({ planYears: 2.5 }).success).toBe(false);
  });
});

describe("parseSettings", () => {
  test("keeps every valid field and drops only the damaged ones", () => {
    expect(
      parseSettings({
        planStartYear: 2016,
        planYears: "five",
        rounding: "floor",
        language: "fr",
        tabNames: { overview: "一覧", delayed: "a*b" },
      }),
    ).toEqual({ planStartYear: 2016, rounding: "floor", language: "auto", tabNames: { overview: "一覧" } });
  });

  test("anything that is not an object gives the defaults", () => {
    for (const raw of [null, undefined, 42, "x", []]) expect(parseSettings(raw)).toEqual(defaultSettings);
  });
});

describe("resolveLang", () => {
  const auto = { language: "auto" as const };
  test.each([
    ["ja-JP", "ja"],
    ["ja", "ja"],
    ["JA-jp", "ja"],
    ["en-US", "en"],
    ["en-GB", "en"],
    ["de-DE", "en"],
    ["jav", "en"],
    [undefined, "ja"],
    ["", "ja"],
  ])("auto with Office in %s → %s", (dl, lang) => {
    expect(resolveLang(auto, dl)).toBe(lang);
  });

  test("an explicit setting wins over Office", () => {
    expect(resolveLang({ language: "en" }, "ja-JP")).toBe("en");
    expect(resolveLang({ language: "ja" }, "en-US")).toBe("ja");
  });
});

describe("LocalSettingsStore", () => {
  function storage(initial: Record<string, string> = {}) {
    const data = new Map(Object.entries(initial));
    return {
      data,
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
    };
  }

  test("round-trips through storage", async () => {
    const s = storage();
    const a = new LocalSettingsStore(s);
    const settings = { ...defaultSettings, planStartYear: 2021, language: "en" as const };
    await a.save(settings);
    expect(JSON.parse(s.data.get(SETTINGS_KEY)!)).toEqual(settings);
    expect(await new LocalSettingsStore(s).load()).toEqual(settings);
  });

  test("garbage in storage gives the defaults; a refusing storage keeps settings in memory", async () => {
    expect(await new LocalSettingsStore(storage({ [SETTINGS_KEY]: "{not json" })).load()).toEqual(defaultSettings);
    const refusing = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    const store = new LocalSettingsStore(refusing);
    expect(await store.load()).toEqual(defaultSettings);
    await store.save({ ...defaultSettings, rounding: "ceil" });
    expect((await store.load()).rounding).toBe("ceil");
  });

  test("save refuses settings that break the schema", async () => {
    await expect(new LocalSettingsStore(storage()).save({ ...defaultSettings, planYears: -1 })).rejects.toBeTruthy();
  });
});

describe("preview display language", () => {
  test("?lang= stands in for Office's language, else the browser's", () => {
    expect(previewDisplayLanguage("?lang=en", "ja-JP")).toBe("en");
    expect(previewDisplayLanguage("?lang=ja-JP", "en-US")).toBe("ja-JP");
    expect(previewDisplayLanguage("", "en-US")).toBe("en-US");
    expect(previewDisplayLanguage("?lang=<script>", "ja")).toBe("ja");
  });
});
