import { loadProcess } from "../definition/load";
import type { ProcessDefinition } from "../definition/types";
import { explainRow } from "./explain";
import { runRuleTests } from "../testing/rule-tests";

const definition: ProcessDefinition = {
  schemaVersion: 1,
  id: "p",
  name: "P",
  fields: [{ key: "amount", header: { en: "Amount", "zh-CN": "采购金额" }, type: "number" }],
  roles: {
    cfo: { members: ["Wang Fang"], name: { en: "CFO", "zh-CN": "首席财务官" } },
    buyers: { members: ["Ann", "Bo"], assign: "first", name: { en: "Buyers", "zh-CN": "采购专员" } },
  },
  steps: [
    {
      id: "review",
      name: "Review",
      owner: [
        { when: "采购金额 > 100000", assign: "首席财务官" },
        { when: "Amount > 50000", assign: "CFO" },
        { when: "amount > 10000", assignExpr: "'BUYERS'" },
        { assign: "Jack Wang" },
      ],
    },
  ],
  tests: [{ name: "big", step: "review", row: { amount: 200000 }, expect: { owner: "首席财务官" } }],
};

describe("owners in people's words", () => {
  const process = (() => {
    const r = loadProcess(definition);
    if (!r.ok) throw new Error(r.error.map((e) => e.message).join("\n"));
    return r.value;
  })();
  const owner = async (amount: number) =>
    (await explainRow(process, { amount }, "review", "2026-03-02T09:00:00")).owner;

  it("takes a role's name in either language, or its key in any letter case, as that role", async () => {
    expect(await owner(200000)).toEqual({ person: "Wang Fang", role: "cfo" });
    expect(await owner(60000)).toEqual({ person: "Wang Fang", role: "cfo" });
    expect(await owner(20000)).toEqual({ person: "Ann", role: "buyers" });
  });

  it("takes any other name as a person", async () => {
    expect(await owner(5)).toEqual({ person: "Jack Wang" });
  });

  it("matches a rule test's expected owner given by the role's name", async () => {
    const results = await runRuleTests(process, "2026-03-02T09:00:00");
    expect(results.map((r) => r.failures)).toEqual([[]]);
  });
});
