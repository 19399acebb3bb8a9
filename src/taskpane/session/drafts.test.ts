import type { ProcessDefinition } from "../../core/definition/types";
import { draftsReducer, NO_DRAFTS } from "./drafts";

const base: ProcessDefinition = {
  schemaVersion: 1,
  id: "p",
  name: "P",
  steps: [{ id: "a", name: "A", owner: "Ann" }],
};
const rename =
  (name: string) =>
  (d: ProcessDefinition): ProcessDefinition => ({ ...d, name });

describe("draftsReducer", () => {
  it("starts a draft from the saved definition on the first edit", () => {
    const s = draftsReducer(NO_DRAFTS, { type: "edit", processId: "p", base, update: rename("Q") });
    expect(s.drafts.p?.name).toBe("Q");
  });

  it("keeps building on the draft, not on the saved definition", () => {
    let s = draftsReducer(NO_DRAFTS, { type: "edit", processId: "p", base, update: rename("Q") });
    s = draftsReducer(s, { type: "edit", processId: "p", base, update: (d) => ({ ...d, idPrefix: "X" }) });
    expect(s.drafts.p).toMatchObject({ name: "Q", idPrefix: "X" });
  });

  it("drops the draft when the edits return to the saved definition", () => {
    let s = draftsReducer(NO_DRAFTS, { type: "edit", processId: "p", base, update: rename("Q") });
    s = draftsReducer(s, { type: "edit", processId: "p", base, update: rename("P") });
    expect(s.drafts).toEqual({});
  });

  it("discards one process's draft and keeps the others", () => {
    let s = draftsReducer(NO_DRAFTS, { type: "edit", processId: "p", base, update: rename("Q") });
    s = draftsReducer(s, { type: "edit", processId: "o", base: { ...base, id: "o" }, update: rename("R") });
    s = draftsReducer(s, { type: "discard", processId: "p" });
    expect(Object.keys(s.drafts)).toEqual(["o"]);
  });
});
