// The engine asks its rules through a host (src/core/rules/evaluator.ts): a host that answers later, for many
// rows at once (a worker), gives exactly the sync an in-thread one gives; whatever a rule throws is its row's.
import type { ProcessDefinition, RuleRow } from "../definition/types";
import { loadProcess } from "../definition/load";
import type { CompiledProcess } from "../process";
import { answerHere, type RuleHost, type RuleQuestion } from "../rules/evaluator";
import { syncRows } from "./sync";

const definition: ProcessDefinition = {
  schemaVersion: 1,
  id: "hosted",
  name: "Hosted",
  roles: { buyers: { members: ["Ann", "Bo", "Cy"] } },
  fields: [
    { key: "amount", header: "Amount", type: "number" },
    { key: "reportedBy", header: "Reported by", type: "text" },
  ],
  steps: [
    {
      id: "review",
      name: "Review",
      owner: [
        { when: "$contains(reportedBy, /^vip/i)", assign: "Dee" },
        { when: "amount > 1000", assignExpr: '$uppercase($substring(reportedBy, 0, 1)) & "-desk"' },
        { assign: "buyers" },
      ],
      next: [{ when: "$match(reportedBy, /x+$/)", goto: "pay" }, { goto: "end" }],
    },
    { id: "pay", name: "Pay", owner: "buyers" },
  ],
} as unknown as ProcessDefinition;

function load(): CompiledProcess {
  const r = loadProcess(definition);
  if (!r.ok) throw new Error(r.error.map((e) => e.message).join("\n"));
  return r.value;
}

function rows(n: number): RuleRow[] {
  return Array.from({ length: n }, (_v, i) => {
    const base: Record<string, string | number> = {
      amount: (i * 379) % 2000,
      reportedBy: ["vip.a", "bob", "xx", "ann"][i % 4] as string,
    };
    if (i % 3 === 0)
      Object.assign(base, { id: `HOST-${i + 1}`, step: "review", status: "done", owner: "Bo" });
    return base;
  });
}

/** A host that answers on a later turn, many questions at once, as a worker does; it counts what it was asked. */
function laterHost(asked: RuleQuestion[]): RuleHost {
  return (process, bindings) => ({
    batches: true,
    answer: (q) => {
      asked.push(q);
      return new Promise((resolve) => setTimeout(() => resolve(answerHere(process, bindings, q)), 0));
    },
  });
}

describe("a sync's rules through a host", () => {
  it("gives the same rows, events, errors and traces as rules on the sync's thread, least-busy included", async () => {
    const process = load();
    const input = rows(300);
    const options = { now: "2026-03-02T09:00:00", trace: true, checkpointEvery: 64 };
    const here = await syncRows(process, input, options);
    const asked: RuleQuestion[] = [];
    const there = await syncRows(process, input, { ...options, rules: laterHost(asked) });
    expect(there).toEqual(here);
    expect(here.rows.some((r) => r.owner === "Cy")).toBe(true);
    // Only the steps whose rules are not on the fast path go to the host: review's (regexes), not pay's.
    expect(asked.length).toBeGreaterThan(0);
    expect(new Set(asked.map((q) => q.step))).toEqual(new Set([0]));
  });

  it("makes whatever a rule throws its row's error; the other rows sync", async () => {
    const process = load();
    const step = process.steps[0] as unknown as { owner: unknown[] };
    const throwing = {
      path: "steps[0].owner[0]",
      when: {
        source: "boom",
        inThread: true,
        evaluate: (row: RuleRow) => {
          if (row.reportedBy === "bob") throw new RangeError("Invalid string length");
          return false;
        },
      },
      assign: "Dee",
    };
    const patched = {
      ...process,
      steps: [{ ...process.steps[0], owner: [throwing, ...step.owner.slice(1)] }, process.steps[1]],
    } as unknown as CompiledProcess;
    const result = await syncRows(patched, [{ reportedBy: "bob" }, { reportedBy: "ann" }], {
      now: "2026-03-02T09:00:00",
    });
    expect(result.errors).toEqual([
      expect.objectContaining({ index: 0, code: "RULE_LIMIT", path: "steps[0].owner[0].when" }),
    ]);
    expect(result.rows[1]).toMatchObject({ id: "HOST-0001", owner: "Ann" });
  });
});
