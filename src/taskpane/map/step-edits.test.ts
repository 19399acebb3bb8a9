import type { ProcessDefinition } from "../../core/definition/types";
import { addStep, deleteStep, moveStep, referencesTo, renameStep, setStepSla, stepIdFor } from "./step-edits";

const def: ProcessDefinition = {
  schemaVersion: 1,
  id: "p",
  name: "P",
  roles: { buyers: { members: ["Ann"] } },
  steps: [
    { id: "request", name: "Request", owner: "Ann" },
    {
      id: "review",
      name: "Review",
      owner: "buyers",
      next: [{ when: "amount > 5", goto: "budget" }, { goto: "order" }],
    },
    { id: "budget", name: "Budget", owner: "Fay", slaDays: 3 },
    { id: "order", name: "Order", owner: "buyers" },
  ],
  tests: [
    { name: "big", step: "review", row: { amount: 9 }, expect: { next: "budget" } },
    { name: "budget owner", step: "budget", row: {}, expect: { owner: "Fay" } },
  ],
  sample: [{ step: "budget" }, { step: "order" }],
};

describe("step edits", () => {
  it("makes unique, schema-valid ids from names", () => {
    expect(stepIdFor(def, "Budget approval")).toBe("budget-approval");
    expect(stepIdFor(def, "Review")).toBe("review-2");
    expect(stepIdFor(def, "审批")).toBe("step");
    expect(stepIdFor(def, "End")).toBe("step");
  });

  it("adds a step owned by the first role", () => {
    expect(addStep(def, { en: "Pay" }, "pay").steps.at(-1)).toEqual({
      id: "pay",
      name: { en: "Pay" },
      owner: "buyers",
    });
  });

  it("renames one language", () => {
    expect(renameStep(def, "order", "zh-CN", "下单").steps[3]?.name).toEqual({
      en: "Order",
      "zh-CN": "下单",
    });
  });

  it("moves steps up and down, and not past the ends", () => {
    expect(moveStep(def, "budget", -1).steps.map((s) => s.id)).toEqual([
      "request",
      "budget",
      "review",
      "order",
    ]);
    expect(moveStep(def, "order", 1)).toBe(def);
  });

  it("sets and clears a step's SLA", () => {
    expect(setStepSla(def, "order", 2).steps[3]?.slaDays).toBe(2);
    expect("slaDays" in (setStepSla(def, "budget", undefined).steps[2] ?? {})).toBe(false);
  });

  it("deletes a step with the clauses, tests and sample rows that lead to it or sit at it", () => {
    expect(referencesTo(def, "budget")).toEqual([{ from: "review", index: 0 }]);
    const d = deleteStep(def, "budget");
    expect(d.steps.map((s) => s.id)).toEqual(["request", "review", "order"]);
    expect(d.steps[1]?.next).toEqual([{ goto: "order" }]);
    expect(d.tests?.map((t) => t.name)).toEqual([]);
    expect(d.sample).toEqual([{ step: "order" }]);
  });
});
