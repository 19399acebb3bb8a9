import { readFileSync } from "fs";
import { join } from "path";
import { diffDefinitions } from "./diff";
import type { ProcessDefinition, StepDef } from "./types";

const mini = JSON.parse(
  readFileSync(join(__dirname, "../../../test/fixtures/mini.process.json"), "utf8"),
) as ProcessDefinition;

type Mutable = { -readonly [K in keyof ProcessDefinition]: ProcessDefinition[K] };
const edit = (update: (d: Mutable) => void): ProcessDefinition => {
  const d = JSON.parse(JSON.stringify(mini)) as Mutable;
  update(d);
  return d;
};
const step = (d: ProcessDefinition, id: string): StepDef => d.steps.find((s) => s.id === id) as StepDef;

describe("diffDefinitions", () => {
  it("finds nothing between a definition and itself, whatever the key order or version", () => {
    const reordered = Object.fromEntries(Object.entries(mini).reverse()) as unknown as ProcessDefinition;
    expect(diffDefinitions(mini, mini)).toEqual([]);
    expect(diffDefinitions(mini, { ...reordered, version: 7 })).toEqual([]);
  });

  it("names steps added, removed and renamed, matched by id", () => {
    const b = edit((d) => {
      d.steps = [
        ...d.steps.filter((s) => s.id !== "budget"),
        { id: "receive", name: { en: "Receive goods", "zh-CN": "收货" }, owner: "buyers" },
      ].map((s) => (s.id === "order" ? { ...s, name: { en: "Purchase order", "zh-CN": "下单" } } : s));
      // "review" sent big amounts to budget; it must go somewhere that still exists.
      d.steps = d.steps.map((s) => (s.id === "review" ? { ...s, next: [{ goto: "order" }] } : s));
    });
    const changes = diffDefinitions(mini, b);
    expect(changes).toContainEqual({ kind: "stepRemoved", step: "budget", name: step(mini, "budget").name });
    expect(changes).toContainEqual({
      kind: "stepAdded",
      step: "receive",
      name: { en: "Receive goods", "zh-CN": "收货" },
      position: 4,
    });
    expect(changes).toContainEqual({
      kind: "stepRenamed",
      step: "order",
      before: step(mini, "order").name,
      after: { en: "Purchase order", "zh-CN": "下单" },
    });
    expect(changes.some((c) => c.kind === "stepMoved")).toBe(false);
  });

  it("says which step moved when the order changes", () => {
    const b = edit((d) => {
      const [first, second, ...rest] = d.steps;
      d.steps = [second as StepDef, first as StepDef, ...rest];
    });
    const moved = diffDefinitions(mini, b).filter((c) => c.kind === "stepMoved");
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({ kind: "stepMoved" });
  });

  it("reports SLA changes, including an SLA added or dropped", () => {
    const b = edit((d) => {
      d.steps = d.steps.map((s, i) => {
        if (i === 0) return { ...s, slaDays: (s.slaDays ?? 0) + 2 };
        if (i === 1) {
          const { slaDays: _gone, ...rest } = s;
          return rest;
        }
        return s;
      });
    });
    const sla = diffDefinitions(mini, b).filter((c) => c.kind === "slaChanged");
    const [s0, s1] = mini.steps as [StepDef, StepDef];
    expect(sla).toEqual([
      {
        kind: "slaChanged",
        step: s0.id,
        name: s0.name,
        ...(s0.slaDays !== undefined ? { before: s0.slaDays } : {}),
        after: (s0.slaDays ?? 0) + 2,
      },
      ...(s1.slaDays !== undefined
        ? [{ kind: "slaChanged", step: s1.id, name: s1.name, before: s1.slaDays }]
        : []),
    ]);
  });

  it("lists rule clauses changed, added and removed, in the terms of the rule", () => {
    const b = edit((d) => {
      d.steps = d.steps.map((s) =>
        s.id === "review"
          ? {
              ...s,
              owner: [{ when: "amount > 50000", assign: "finance" }, { assign: "buyers" }],
              next: [{ when: "amount > 20000", goto: "budget" }, { goto: "order" }],
            }
          : s,
      );
    });
    const changes = diffDefinitions(mini, b);
    const review = step(mini, "review");
    const next = changes.find((c) => c.kind === "nextRuleChanged");
    expect(next).toEqual({
      kind: "nextRuleChanged",
      step: "review",
      name: review.name,
      clauses: [
        {
          change: "changed",
          before: { when: review.next?.[0]?.when, then: "budget" },
          after: { when: "amount > 20000", then: "budget" },
        },
      ],
    });
    // "buyers" stays as the last clause; the new first clause is the one added.
    expect(review.owner).toBe("buyers");
    expect(changes.find((c) => c.kind === "ownerRuleChanged")).toEqual({
      kind: "ownerRuleChanged",
      step: "review",
      name: review.name,
      clauses: [{ change: "added", after: { when: "amount > 50000", then: "finance" } }],
    });
  });

  it("keeps an expression owner apart from a named one", () => {
    const a = edit((d) => {
      d.steps = d.steps.map((s, i) => (i === 0 ? { ...s, owner: [{ assignExpr: "requester" }] } : s));
    });
    const b = edit((d) => {
      d.steps = d.steps.map((s, i) => (i === 0 ? { ...s, owner: "requester" } : s));
    });
    expect(diffDefinitions(a, b).find((c) => c.kind === "ownerRuleChanged")).toMatchObject({
      clauses: [
        { change: "changed", before: { then: "requester", expr: true }, after: { then: "requester" } },
      ],
    });
  });

  it("reports fields added, removed and changed, with what changed", () => {
    const b = edit((d) => {
      const fields = d.fields ?? [];
      d.fields = [
        ...fields
          .filter((f) => f.key !== "requester")
          .map((f) => (f.key === "category" ? { ...f, choices: ["IT", "Office"], required: true } : f)),
        { key: "costCentre", header: { en: "Cost centre", "zh-CN": "成本中心" }, type: "text" },
      ];
    });
    const changes = diffDefinitions(mini, b);
    expect(changes).toContainEqual(expect.objectContaining({ kind: "fieldRemoved", field: "requester" }));
    expect(changes).toContainEqual({
      kind: "fieldAdded",
      field: "costCentre",
      header: { en: "Cost centre", "zh-CN": "成本中心" },
      type: "text",
    });
    expect(changes).toContainEqual(
      expect.objectContaining({ kind: "fieldChanged", field: "category", aspects: ["choices", "required"] }),
    );
  });

  it("reports role members, roles added and removed, and goal targets", () => {
    const b = edit((d) => {
      d.roles = { buyers: { members: ["Ann", "Dee"], assign: "first" }, legal: { members: ["Lu"] } };
      d.goal = { statement: "Faster", targetCycleDays: 5, targetOnTimeRate: 0.9 };
    });
    const changes = diffDefinitions(mini, b);
    const before = mini.roles ?? {};
    for (const role of Object.keys(before).filter((r) => r !== "buyers"))
      expect(changes).toContainEqual({ kind: "roleRemoved", role });
    expect(changes).toContainEqual({ kind: "roleAdded", role: "legal", members: ["Lu"] });
    const buyers = changes.find((c) => c.kind === "roleChanged" && c.role === "buyers");
    expect(buyers).toMatchObject({ added: ["Dee"] });
    expect(changes).toContainEqual(
      expect.objectContaining({ kind: "goalChanged", aspect: "targetCycleDays", after: 5 }),
    );
    expect(changes).toContainEqual(
      expect.objectContaining({ kind: "goalChanged", aspect: "targetOnTimeRate", after: 0.9 }),
    );
  });

  it("sums up other differences by part, ignoring the version", () => {
    const b = edit((d) => {
      d.version = 9;
      d.description = "New words";
      d.tests = [];
      d.steps = d.steps.map((s, i) => (i === 0 ? { ...s, description: "Why this step" } : s));
    });
    const other = diffDefinitions(mini, b).find((c) => c.kind === "otherChanged");
    expect(other).toEqual({
      kind: "otherChanged",
      parts: [
        "description",
        ...(mini.tests && mini.tests.length > 0 ? ["tests"] : []),
        `steps.${mini.steps[0]?.id}.description`,
      ],
    });
  });
});
