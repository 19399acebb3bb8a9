import type { ProcessDefinition } from "../../core/definition/types";
import { setGoalStatement, setOnTimeTarget, setTargetCycleDays } from "./goal-edits";

const def: ProcessDefinition = {
  schemaVersion: 1,
  id: "p",
  name: "P",
  steps: [{ id: "a", name: "A", owner: "Ann" }],
};

describe("goal edits", () => {
  it("creates a goal from a statement", () => {
    expect(setGoalStatement(def, "en", "Fast").goal).toEqual({ statement: { en: "Fast" } });
  });
  it("sets and clears the targets", () => {
    let d = setTargetCycleDays(def, 25);
    d = setOnTimeTarget(d, 0.85);
    expect(d.goal).toEqual({ statement: "", targetCycleDays: 25, targetOnTimeRate: 0.85 });
    d = setTargetCycleDays(d, undefined);
    expect(d.goal).toEqual({ statement: "", targetOnTimeRate: 0.85 });
  });
  it("removes an empty goal altogether", () => {
    const d = setOnTimeTarget(setOnTimeTarget(def, 0.9), undefined);
    expect("goal" in d).toBe(false);
  });
});
