import { setTextIn, textIn } from "./text-edit";

describe("editing a text per language", () => {
  it("turns a plain string into per-language text", () => {
    expect(setTextIn("Review", "zh-CN", "审查")).toEqual({ en: "Review", "zh-CN": "审查" });
  });
  it("drops an emptied language so the other one shows", () => {
    expect(setTextIn({ en: "Review", "zh-CN": "审查" }, "en", " ")).toEqual({ "zh-CN": "审查" });
  });
  it("reads exactly one language", () => {
    expect(textIn({ en: "Review" }, "zh-CN")).toBe("");
    expect(textIn("Review", "zh-CN")).toBe("Review");
  });
});
