import { loadFixture } from "../../../test/fixtures/load-fixture";
import { explainRow } from "../rules/explain";
import { expectationChanges, updatedExpectation } from "./update-test";

const NOW = "2026-03-02T09:00:00";
const mini = loadFixture("mini");

describe("updating a failing rule test to what the rules now decide", () => {
  it("keeps checking what it checked, with the new answers", async () => {
    const x = await explainRow(mini, { amount: 20000 }, "review", NOW);
    expect(updatedExpectation({ next: "order" }, x)).toEqual({ next: "budget" });
    expect(updatedExpectation({ owner: "Zed" }, x)).toEqual({ owner: "buyers" });
    expect(updatedExpectation({ owner: "Zed", next: "order" }, x)).toEqual({
      owner: "buyers",
      next: "budget",
    });
  });

  it("expects the error where a rule it checks now fails, and the decisions where an expected error is gone", async () => {
    const failing = await explainRow(mini, { amount: 5 }, "request", NOW);
    expect(updatedExpectation({ owner: "Ann" }, failing)).toEqual({ error: "RULE_RESULT" });
    const fine = await explainRow(mini, { amount: 5, requester: "Ann" }, "request", NOW);
    expect(updatedExpectation({ error: "RULE_RESULT" }, fine)).toEqual({ owner: "Ann", next: "review" });
  });

  it("says what changes, before → after", () => {
    expect(expectationChanges({ owner: "Zed", next: "order" }, { owner: "buyers", next: "order" })).toEqual([
      { what: "owner", before: "Zed", after: "buyers" },
    ]);
    expect(expectationChanges({ owner: "Ann" }, { error: "RULE_RESULT" })).toEqual([
      { what: "owner", before: "Ann" },
      { what: "error", after: "RULE_RESULT" },
    ]);
  });
});
