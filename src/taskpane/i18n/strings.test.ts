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
