import { compileExpression, useFastCompiler, type RuleBindings } from "./expression";
import { compileFast } from "./fast";
import { firstMatch, traceShadowed, type Clause } from "./first-match";
import type { ClauseTrace } from "./trace";

const bindings: RuleBindings = { now: "2026-03-02T09:00:00", today: "2026-03-02", process: "p" };

function clauses(...whens: (string | undefined)[]): Clause[] {
  return whens.map((w, i) => {
    const path = `steps[0].next[${i}]`;
    if (w === undefined) return { path };
    const c = compileExpression(w, `${path}.when`);
    if (!c.ok) throw new Error(c.error.message);
    return { path, when: c.value };
  });
}

describe.each([
  ["the fast path", compileFast],
  ["jsonata alone", undefined],
])("first match under %s", (_name, compiler) => {
  beforeAll(() => useFastCompiler(compiler));
  afterAll(() => useFastCompiler(compileFast));

  it("decides by the first clause that holds, and the why lists the later ones that hold too (R9)", async () => {
    const list = clauses("amount > 100", "amount > 5", "amount < 5", "$contains(owner, 'x')", undefined);
    const row = { amount: 10, owner: "xavier" };
    const trace: ClauseTrace[] = [];
    const m = await firstMatch(list, row, bindings, "C-1", trace);
    expect(m).toMatchObject({ ok: true, index: 1 });
    if (!m.ok) return;
    await traceShadowed(list, m.index, row, bindings, trace);
    expect(trace.map((t) => `${t.path} ${t.outcome}`)).toEqual([
      "steps[0].next[0] not-matched",
      "steps[0].next[3] shadowed",
      "steps[0].next[4] shadowed",
    ]);
  });

  it("lists nothing without a trace, and ignores a later clause that fails", async () => {
    const list = clauses("true", "amount + 'x'");
    expect(traceShadowed(list, 0, { amount: 1 }, bindings, undefined)).toBeUndefined();
    const trace: ClauseTrace[] = [];
    await traceShadowed(list, 0, { amount: 1 }, bindings, trace);
    expect(trace).toEqual([]);
  });
});
