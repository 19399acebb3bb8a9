import { stringsFor } from "./use-strings";

describe("the pane's words", () => {
  it("reads plain texts and fills parameters in the pane's language", () => {
    expect(stringsFor("en").t.tabStart).toBe("Start");
    expect(stringsFor("zh-CN").t.tabStart).toBe("开始");
    expect(stringsFor("zh-CN").f("testsPassed", { passed: 2, total: 3 })).toBe("3 个测试中通过 2 个。");
    expect(stringsFor("en").f("testsPassed", { passed: 1, total: 1 })).toBe("1 of 1 test passed.");
  });

  it("formats numbers, rates and dates per language", () => {
    expect(stringsFor("en").pct(0.853)).toBe("85%");
    expect(stringsFor("en").num(12345.56)).toBe("12,345.6");
    expect(stringsFor("en").date("2026-03-02")).toBe("Mar 2, 2026");
    expect(stringsFor("zh-CN").date("2026-03-02T10:00:00")).toBe("2026年3月2日");
  });

  it("says any key of the catalogue, an error's words too", () => {
    expect(stringsFor("zh-CN").say("undo.nothing", {})).toBe("没有可撤消的同步。");
  });
});

describe("dates and numbers in Office's full display language", () => {
  it("writes them as en-GB, de-DE and zh-TW write them while the words stay English (no German month in English)", () => {
    const gb = stringsFor("en", undefined, undefined, "en-GB");
    expect(gb.date("2026-03-02")).toBe("2 Mar 2026");
    expect(gb.f("dueOn", { date: gb.day("2026-03-02") })).toBe("Due 2 Mar 2026");
    const de = stringsFor("en", undefined, undefined, "de-DE");
    expect(de.num(12345.56)).toBe("12.345,6");
    expect(de.pct(0.853)).toBe("85\u00a0%"); // a no-break space before the sign
    expect(de.date("2026-03-02")).toBe("02.03.2026");
    expect(de.f("dueOn", { date: de.day("2026-03-02") })).toBe("Due 02.03.2026");
    expect(de.t.tabStart).toBe("Start");
    const tw = stringsFor("en", undefined, undefined, "zh-TW");
    expect(tw.date("2026-03-02")).toBe("2026/03/02");
    expect(tw.lang).toBe("en");
  });

  it("keeps plurals in the words' language and numbers inside a plural in the full locale", () => {
    // zh-TW has no singular: the English words must still say "1 row", never "1 rows".
    expect(stringsFor("en", undefined, undefined, "zh-TW").f("viewApplied", { rows: 1 })).toBe(
      "1 row shown.",
    );
    expect(stringsFor("en", undefined, undefined, "de-DE").f("viewApplied", { rows: 1234 })).toBe(
      "1.234 rows shown.",
    );
  });

  it("uses the words' own locale when the person chose another language by hand or the tag is not one", () => {
    expect(stringsFor("zh-CN", undefined, undefined, "de-DE").locale).toBe("zh-CN");
    expect(stringsFor("zh-CN", undefined, undefined, "zh-SG").locale).toBe("zh-SG");
    expect(stringsFor("en", undefined, undefined, "not a tag!").locale).toBe("en-US");
    expect(stringsFor("en").locale).toBe("en-US");
  });
});

describe("times of day", () => {
  it("writes a workbook's local date-time to the minute in the reader's locale, never moved by a time zone", () => {
    expect(stringsFor("en").dateTime("2026-03-02T09:00:00")).toBe("Mar 2, 2026, 9:00 AM");
    expect(stringsFor("en", undefined, undefined, "en-GB").dateTime("2026-03-02T09:00:00")).toBe(
      "2 Mar 2026, 09:00",
    );
    expect(stringsFor("zh-CN").dateTime("2026-03-02T21:05")).toBe("2026年3月2日 21:05");
    expect(stringsFor("en", undefined, undefined, "de-DE").dateTime("2026-03-02T09:00:00")).toBe(
      "02.03.2026, 09:00",
    );
  });
});
