import type { ProcessDefinition } from "../../core/definition/types";
import { duplicateDefinition, freeId, isProcessId, templateFileName, templateJson } from "./template-file";

const def: ProcessDefinition = {
  schemaVersion: 1,
  id: "sales",
  version: 3,
  name: { en: "Sales", "zh-CN": "销售" },
  steps: [{ id: "a", name: "A", owner: "Ann" }],
};

describe("template files", () => {
  it("names and writes the file with its version", () => {
    expect(templateFileName(def)).toBe("sales.process.json");
    expect(JSON.parse(templateJson(def, 5)).version).toBe(5);
  });
  it("duplicates under a new id, named as a copy, from version 1", () => {
    const d = duplicateDefinition(def, "sales-2");
    expect(d).toMatchObject({ id: "sales-2", name: { en: "Sales (copy)", "zh-CN": "销售（副本）" } });
    expect("version" in d).toBe(false);
  });
  it("checks and frees ids", () => {
    expect(isProcessId("sales-2")).toBe(true);
    expect(isProcessId("Sales 2")).toBe(false);
    expect(freeId("sales", ["sales", "sales-2"])).toBe("sales-3");
  });
});
