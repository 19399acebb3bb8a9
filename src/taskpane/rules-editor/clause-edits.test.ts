import type { NextClause, ProcessDefinition } from "../../core/definition/types";
import {
  moveAt,
  ownerClauses,
  toOwnerRule,
  updateNext,
  updateOwner,
  withOwnerKind,
  withWhen,
} from "./clause-edits";

const def: ProcessDefinition = {
  schemaVersion: 1,
  id: "p",
  name: "P",
  steps: [
    { id: "a", name: "A", owner: "buyers", next: [{ goto: "b" }] },
    { id: "b", name: "B", owner: [{ when: "x > 1", assign: "cfo" }, { assign: "finance" }] },
  ],
};

describe("clause edits", () => {
  it("round-trips a plain owner through the clause list", () => {
    expect(ownerClauses("buyers")).toEqual([{ assign: "buyers" }]);
    expect(toOwnerRule([{ assign: "buyers" }])).toBe("buyers");
    expect(toOwnerRule([{ when: "x", assign: "buyers" }])).toEqual([{ when: "x", assign: "buyers" }]);
  });

  it("drops an empty condition", () => {
    const conditional: NextClause = { when: "x", goto: "b" };
    const always: NextClause = { goto: "b" };
    expect(withWhen(conditional, " ")).toEqual({ goto: "b" });
    expect(withWhen(always, "amount > 1")).toEqual({ when: "amount > 1", goto: "b" });
  });

  it("switches an owner clause between a name and an expression", () => {
    expect(withOwnerKind({ when: "x", assign: "requester" }, "assignExpr", "requester")).toEqual({
      when: "x",
      assignExpr: "requester",
    });
  });

  it("adds an owner clause to a step that had a plain owner", () => {
    const d = updateOwner(def, "a", (c) => [{ when: "amount > 5", assign: "cfo" }, ...c]);
    expect(d.steps[0]?.owner).toEqual([{ when: "amount > 5", assign: "cfo" }, { assign: "buyers" }]);
  });

  it("removes next when its last clause goes", () => {
    const d = updateNext(def, "a", () => []);
    expect("next" in (d.steps[0] ?? {})).toBe(false);
  });

  it("reorders clauses", () => {
    expect(moveAt([1, 2, 3], 2, -1)).toEqual([1, 3, 2]);
    expect(moveAt([1, 2, 3], 0, -1)).toEqual([1, 2, 3]);
  });
});
