import type { ProcessDefinition } from "../../core/definition/types";
import { peopleIn } from "../components/people";
import { addRole, parseMembers, removeRole, setMembers, setPolicy } from "./role-edits";

const def: ProcessDefinition = {
  schemaVersion: 1,
  id: "p",
  name: "P",
  roles: { buyers: { members: ["Ann", "Bo"] } },
  steps: [{ id: "a", name: "A", owner: [{ when: "x", assign: "Fay" }, { assign: "buyers" }] }],
};

describe("role edits", () => {
  it("reads members one per line or separated by commas", () => {
    expect(parseMembers("Ann\n Bo ,孙丽、何静\n\nAnn")).toEqual(["Ann", "Bo", "孙丽", "何静"]);
  });
  it("edits members and the assignment policy", () => {
    let d = setMembers(def, "buyers", ["Cy"]);
    d = setPolicy(d, "buyers", "first");
    expect(d.roles?.buyers).toEqual({ members: ["Cy"], assign: "first" });
    expect(setPolicy(d, "buyers", "least-busy").roles?.buyers).toEqual({ members: ["Cy"] });
  });
  it("adds and removes roles", () => {
    const d = addRole(def, "finance", ["Fay"]);
    expect(Object.keys(d.roles ?? {})).toEqual(["buyers", "finance"]);
    expect("roles" in removeRole(removeRole(d, "finance"), "buyers")).toBe(false);
  });
  it("lists the people a picker can offer", () => {
    expect(peopleIn(def)).toEqual(["Ann", "Bo", "Fay"]);
  });
});
