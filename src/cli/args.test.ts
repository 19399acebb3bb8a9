import { detectLang, langFromEnv, localNow, parseLang } from "./args";

describe("arguments", () => {
  it("knows the two languages it ships", () => {
    expect(["en", "EN-us", "zh", "zh-CN", "zh_cn"].map(parseLang)).toEqual([
      "en",
      "en",
      "zh-CN",
      "zh-CN",
      "zh-CN",
    ]);
    expect(parseLang("fr")).toBeUndefined();
  });

  it("takes the language from LC_ALL, LC_MESSAGES, then LANG", () => {
    expect(langFromEnv({ LANG: "zh_CN.UTF-8" })).toBe("zh-CN");
    expect(langFromEnv({ LC_ALL: "en_US.UTF-8", LANG: "zh_CN.UTF-8" })).toBe("en");
    expect(langFromEnv({ LC_ALL: "", LANG: "zh_TW.UTF-8" })).toBe("zh-CN");
    expect(langFromEnv({})).toBe("en");
    expect(detectLang(["sync", "--lang=zh-CN"], {})).toEqual({ lang: "zh-CN", explicit: true });
    expect(detectLang(["sync", "--", "--lang", "zh"], {})).toEqual({ lang: "en", explicit: false });
  });

  it("reads the machine's wall clock as local time without a zone", () => {
    expect(localNow(new Date(2026, 0, 5, 9, 7, 3))).toBe("2026-01-05T09:07:03");
  });
});
