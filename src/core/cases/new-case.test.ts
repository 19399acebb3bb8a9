import { loadProcess } from "../definition/load";
import type { ProcessDefinition } from "../definition/types";
import { caseAmount, caseTitle } from "./case-summary";
import { checkNewCase, defaultEntries } from "./new-case";

const DEFINITION: ProcessDefinition = {
  schemaVersion: 1,
  id: "buy",
  name: "Buy",
  fields: [
    { key: "item", header: "Item", type: "text", required: true },
    { key: "notes", header: "Notes", type: "text", multiline: true },
    { key: "amount", header: "Amount", type: "number", format: "money", min: 1, max: 100_000 },
    { key: "qty", header: "Quantity", type: "number", default: 1 },
    { key: "needed", header: "Needed by", type: "date" },
    {
      key: "category",
      header: "Category",
      type: "choice",
      choices: ["IT", { value: "office", label: { en: "Office", "zh-CN": "办公" } }],
    },
    { key: "urgent", header: "Urgent", type: "boolean", default: false },
  ],
  steps: [{ id: "request", name: "Request", owner: "Ann" }],
};

function process() {
  const r = loadProcess(DEFINITION);
  if (!r.ok) throw new Error(r.error[0]?.message);
  return r.value;
}

describe("the New case form's check", () => {
  it("turns what a person typed into the case as the register reads it", () => {
    const r = checkNewCase(
      process(),
      {
        item: " Label printer ",
        amount: "68,000",
        qty: "2",
        needed: "2026/3/9",
        category: "办公",
        urgent: true,
      },
      { decimal: ".", group: "," },
    );
    expect(r.problems).toEqual({});
    expect(r.row).toEqual({
      item: "Label printer",
      amount: 68000,
      qty: 2,
      needed: "2026-03-09",
      category: "office",
      urgent: true,
    });
  });

  it("names every field that cannot go in, before anything is written", () => {
    const r = checkNewCase(process(), {
      amount: "lots",
      needed: "next week",
      category: "Travel",
      qty: "0.5",
    });
    expect(r.problems).toEqual({
      item: { kind: "required" },
      amount: { kind: "number", text: "lots" },
      needed: { kind: "date", text: "next week" },
      category: { kind: "choice", text: "Travel" },
    });
    expect(checkNewCase(process(), { item: "x", amount: "0" }).problems).toEqual({
      amount: { kind: "belowMin", min: 1 },
    });
    expect(checkNewCase(process(), { item: "x", amount: "200000" }).problems).toEqual({
      amount: { kind: "aboveMax", max: 100_000 },
    });
  });

  it("starts from the fields' defaults", () => {
    expect(defaultEntries(process())).toEqual({ qty: "1", urgent: false });
  });

  it("calls a case by its first text field and its money", () => {
    expect(caseTitle(DEFINITION, { id: "B-1", item: "Desk", amount: 5 })).toBe("Desk");
    expect(caseAmount(DEFINITION, { id: "B-1", qty: 3, amount: 5 })).toBe(5);
    expect(caseTitle(DEFINITION, { id: "B-1" })).toBeUndefined();
  });
});
