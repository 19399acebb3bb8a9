import { STRINGS, type StringKey } from "./strings";
import { fill, stringsFor } from "./use-strings";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the strings table", () => {
  const keys = Object.keys(STRINGS.en) as StringKey[];

  it("has every key in both languages", () => {
    expect(Object.keys(STRINGS["zh-CN"]).sort()).toEqual([...keys].sort());
  });

  it("has no empty text", () => {
    for (const lang of ["en", "zh-CN"] as const)
      for (const k of keys)
        expect({ lang, k, empty: STRINGS[lang][k].trim() === "" }).toEqual({ lang, k, empty: false });
  });

  it("uses the same placeholders in both languages", () => {
    for (const k of keys)
      expect({ k, zh: placeholders(STRINGS["zh-CN"][k]) }).toEqual({ k, zh: placeholders(STRINGS.en[k]) });
  });

  it("really translates: zh-CN texts with letters only are the rare exceptions", () => {
    const untranslated = keys.filter(
      (k) =>
        /[A-Za-z]{3}/.test(STRINGS.en[k].replace(/\{\w+\}/g, "")) && STRINGS["zh-CN"][k] === STRINGS.en[k],
    );
    expect(untranslated).toEqual([]);
  });
});

describe("filling strings", () => {
  it("fills placeholders and keeps unknown ones visible", () => {
    expect(fill("{a} of {b}", { a: 1 })).toBe("1 of {b}");
  });
  it("formats numbers, rates and dates per language", () => {
    expect(stringsFor("en").pct(0.853)).toBe("85%");
    expect(stringsFor("en").date("2026-03-02")).toBe("Mar 2, 2026");
    expect(stringsFor("zh-CN").date("2026-03-02T10:00:00")).toBe("2026年3月2日");
    expect(stringsFor("zh-CN").f("testsPassed", { passed: 2, total: 3 })).toBe("3 个测试中通过 2 个。");
  });
});
