import type { ProcessDefinition } from "../../core/definition/types";
import {
  addField,
  choicesText,
  deleteField,
  fieldKeyFor,
  moveField,
  parseChoices,
  renameField,
  setBound,
  setFieldType,
  setHelp,
  setRequired,
} from "./field-edits";

const def: ProcessDefinition = {
  schemaVersion: 1,
  id: "p",
  name: "P",
  fields: [
    { key: "amount", header: { en: "Amount", "zh-CN": "金额" }, type: "number", format: "money", min: 0 },
    { key: "kind", header: "Kind", type: "choice", choices: ["a", "b"] },
  ],
  steps: [{ id: "s", name: "S", owner: "Ann", next: [{ when: "金额 > 5", goto: "end" }] }],
  tests: [{ name: "t", step: "s", row: { amount: 9, kind: "a" }, expect: { next: "end" } }],
  sample: [{ amount: 3, kind: "b" }],
};

describe("field edits", () => {
  it("makes unique identifier keys from headers", () => {
    expect(fieldKeyFor(def, "Cost estimate")).toBe("costEstimate");
    expect(fieldKeyFor(def, "Amount")).toBe("amount2");
    expect(fieldKeyFor(def, "采购金额")).toBe("field");
    expect(fieldKeyFor(def, "Status")).toBe("field");
    expect(fieldKeyFor(def, "2nd reviewer")).toBe("ndReviewer");
  });

  it("adds a field at the end; a choice field with one choice to fill in", () => {
    expect(addField(def, { en: "Vendor" }, "text", "vendor").fields?.at(-1)).toEqual({
      key: "vendor",
      header: { en: "Vendor" },
      type: "text",
    });
    expect(addField(def, "Size", "choice", "size").fields?.at(-1)?.choices).toEqual(["…"]);
  });

  it("renames a header in one language, and the rules that named it follow", () => {
    const d = renameField(def, "amount", "zh-CN", "总额");
    expect(d.fields?.[0]?.header).toEqual({ en: "Amount", "zh-CN": "总额" });
    expect(d.steps[0]?.next?.[0]?.when).toBe("总额 > 5");
  });

  it("moves fields, and not past the ends", () => {
    expect(moveField(def, "kind", -1).fields?.map((f) => f.key)).toEqual(["kind", "amount"]);
    expect(moveField(def, "kind", 1)).toBe(def);
  });

  it("deletes a field with its values in rule tests and samples", () => {
    const d = deleteField(def, "kind");
    expect(d.fields?.map((f) => f.key)).toEqual(["amount"]);
    expect(d.tests?.[0]?.row).toEqual({ amount: 9 });
    expect(d.sample).toEqual([{ amount: 3 }]);
  });

  it("changes a type, dropping what only fits the old one", () => {
    expect(setFieldType(def, "amount", "text").fields?.[0]).toEqual({
      key: "amount",
      header: { en: "Amount", "zh-CN": "金额" },
      type: "text",
    });
    expect(setFieldType(def, "amount", "choice").fields?.[0]?.choices).toEqual(["…"]);
    expect(setFieldType(def, "kind", "text").fields?.[1]).toEqual({
      key: "kind",
      header: "Kind",
      type: "text",
    });
  });

  it("sets required, the range and the help text, and clears them", () => {
    expect(setRequired(def, "kind", true).fields?.[1]?.required).toBe(true);
    expect("required" in (setRequired(def, "kind", false).fields?.[1] ?? {})).toBe(false);
    expect(setBound(def, "amount", "max", 10).fields?.[0]).toMatchObject({ min: 0, max: 10 });
    expect("min" in (setBound(def, "amount", "min", undefined).fields?.[0] ?? {})).toBe(false);
    expect(setHelp(def, "kind", "zh-CN", "类型").fields?.[1]?.description).toEqual({ "zh-CN": "类型" });
    expect(
      "description" in (setHelp(setHelp(def, "kind", "en", "x"), "kind", "en", "").fields?.[1] ?? {}),
    ).toBe(false);
  });

  it("reads choices one per line, with labels in either language, and writes them back the same", () => {
    const text = "it | IT | 信息技术\noffice\n\nservices |  | 服务";
    const choices = parseChoices(text);
    expect(choices).toEqual([
      { value: "it", label: { en: "IT", "zh-CN": "信息技术" } },
      "office",
      { value: "services", label: { "zh-CN": "服务" } },
    ]);
    expect(choicesText(choices)).toBe("it | IT | 信息技术\noffice\nservices |  | 服务");
  });
});
