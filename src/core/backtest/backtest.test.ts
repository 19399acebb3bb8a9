import { readFileSync } from "fs";
import { join } from "path";
import cases from "../../../test/golden/backtest.cases.json";
import { loadFixture } from "../../../test/fixtures/load-fixture";
import { loadProcess } from "../definition/load";
import type { ProcessDefinition } from "../definition/types";
import type { CompiledProcess } from "../process";
import type { CellInput } from "../register/cell-value";
import { mapColumns } from "../register/columns";
import { inThread, type RuleHost, type RuleQuestion } from "../rules/evaluator";
import type { ProcessEvent } from "../sync/events";
import { backtest, type RegisterCase } from "./backtest";
import { backtestJson } from "./backtest-json";
import { registerCases } from "./register-rows";

/** One JSON Patch operation (RFC 6902), the three the cases use. */
interface PatchOp {
  readonly op: "replace" | "remove" | "add";
  readonly path: string;
  readonly value?: unknown;
}

interface BacktestCase {
  readonly name: string;
  readonly current: string;
  readonly draft: readonly PatchOp[];
  readonly now: string;
  readonly register: { readonly headers: string[]; readonly rows: CellInput[][] };
  readonly events: ProcessEvent[];
  readonly expect: unknown;
}

function patched(definition: unknown, ops: readonly PatchOp[]): unknown {
  const doc = structuredClone(definition) as Record<string, unknown>;
  for (const { op, path, value } of ops) {
    const keys = path.split("/").slice(1);
    const last = keys.pop() as string;
    let at: Record<string, unknown> | unknown[] = doc;
    for (const k of keys) at = (at as Record<string, unknown>)[k] as Record<string, unknown>;
    if (Array.isArray(at)) {
      const i = Number(last);
      if (op === "remove") at.splice(i, 1);
      else if (op === "add") at.splice(i, 0, value);
      else at[i] = value;
    } else if (op === "remove") delete at[last];
    else at[last] = value;
  }
  return doc;
}

function compile(definition: unknown): CompiledProcess {
  const r = loadProcess(definition as ProcessDefinition);
  if (!r.ok) throw new Error(r.error.map((e) => e.message).join("\n"));
  return r.value;
}

function fixtureJson(name: string): unknown {
  return JSON.parse(readFileSync(join(__dirname, `../../../test/fixtures/${name}.process.json`), "utf8"));
}

function register(process: CompiledProcess, c: BacktestCase): RegisterCase[] {
  const map = mapColumns(process, c.register.headers);
  if (!map.ok) throw new Error(map.error.map((e) => e.message).join("\n"));
  return registerCases(process, map.value, c.register.rows);
}

describe("backtest golden cases (docs/specification.md §3.13)", () => {
  it.each((cases.cases as unknown as BacktestCase[]).map((c) => [c.name, c]))("%s", async (_name, c) => {
    const current = loadFixture(c.current);
    const draft = compile(patched(fixtureJson(c.current), c.draft));
    const r = await backtest(current, draft, c.events, register(current, c), { now: c.now });
    const definitions = { current: current.definition, draft: draft.definition };
    expect(backtestJson(r, "en", definitions)).toEqual(c.expect);
  });
});

describe("backtest", () => {
  const c = cases.cases[0] as unknown as BacktestCase;
  const current = loadFixture(c.current);
  const draft = compile(patched(fixtureJson(c.current), c.draft));

  it("keeps the why of both decisions of every change when asked", async () => {
    const r = await backtest(current, draft, c.events, register(current, c), { now: c.now, trace: true });
    const why = r.ownerChanges[0]?.why;
    expect(why?.before.map((t) => t.outcome)).toEqual(["matched"]);
    expect(why?.after[0]).toMatchObject({ outcome: "matched", when: "amount > 5000", owner: "Zed" });
  });

  it("lists the visits to a step the draft lacks, and the on-time rate per step under each SLA", async () => {
    const slower = compile(
      patched(fixtureJson(c.current), [
        { op: "remove", path: "/steps/2" },
        { op: "replace", path: "/steps/1/next", value: [{ goto: "order" }] },
        { op: "replace", path: "/steps/0/slaDays", value: 0 },
        { op: "remove", path: "/tests" },
      ]),
    );
    const r = await backtest(current, slower, c.events, register(current, c), { now: c.now });
    expect(r.missingSteps).toEqual([{ caseId: "PR-0002", step: "budget" }]);
    // Every request was left the next working day: on time within 1 day, late when it must be the same day.
    expect(r.onTime.before).toEqual({ request: 1, review: 1, budget: 1 });
    expect(r.onTime.after).toEqual({ request: 0, review: 1 });
  });

  it("reports its progress and stops when the checkpoint throws (the pane's Cancel)", async () => {
    const seen: [number, number][] = [];
    await backtest(current, draft, c.events, register(current, c), {
      now: c.now,
      checkpointEvery: 4,
      checkpoint: (done, total) => void seen.push([done, total]),
    });
    expect(seen).toEqual([
      [0, 9],
      [4, 9],
      [8, 9],
      [9, 9],
    ]);
    const stop = backtest(current, draft, c.events, register(current, c), {
      now: c.now,
      checkpointEvery: 4,
      checkpoint: (done) => {
        if (done > 0) throw new Error("cancelled");
      },
    });
    await expect(stop).rejects.toThrow("cancelled");
  });

  it("asks the rule host about rules off the fast path, each at its visit's own clock, as a sync does", async () => {
    // The draft's new first owner clause uses a regular expression: off the fast path, so it goes to the host.
    const regex = compile(
      patched(fixtureJson(c.current), [
        ...c.draft,
        {
          op: "add",
          path: "/steps/1/owner/0",
          value: { when: '$contains(requester, /^nobody$/) and $now < "2000"', assign: "Never" },
        },
      ]),
    );
    const asked: { process: string; q: RuleQuestion }[] = [];
    const opened: string[] = [];
    let closed = 0;
    const recording: RuleHost = (process, bindings) => {
      opened.push(process === regex ? "draft" : "saved");
      const here = inThread(process, bindings);
      return {
        batches: false,
        answer: (q) => {
          asked.push({ process: process === regex ? "draft" : "saved", q });
          return here.answer(q);
        },
        close: () => void closed++,
      };
    };
    const without = await backtest(current, regex, c.events, register(current, c), { now: c.now });
    const r = await backtest(current, regex, c.events, register(current, c), {
      now: c.now,
      rules: recording,
    });
    expect(r).toEqual(without);
    expect([opened, closed]).toEqual([["saved", "draft"], 2]);
    // Only the draft's review step has a rule off the fast path: only its owner questions were asked there.
    const reviewVisits = c.events.filter(
      (e) => (e.type === "created" || e.type === "advanced") && e.step === "review",
    );
    expect(asked.map((a) => [a.process, a.q.kind, a.q.step])).toEqual(
      reviewVisits.map(() => ["draft", "owner", 1]),
    );
    expect(asked.map((a) => [a.q.rowId, a.q.bindings?.now])).toEqual(
      reviewVisits.map((e) => [e.caseId, e.at]),
    );
  });

  it("names the rule clause of an error as the sync does, in the reader's language", async () => {
    const failing = compile(
      patched(fixtureJson(c.current), [
        ...c.draft,
        { op: "add", path: "/steps/1/owner/0", value: { when: "amount + requester > 0", assign: "Zed" } },
      ]),
    );
    const r = await backtest(current, failing, c.events, register(current, c), { now: c.now });
    const definitions = { current: current.definition, draft: failing.definition };
    const en = backtestJson(r, "en", definitions).errors[0];
    expect(en).toMatchObject({ step: "review" });
    expect(en?.message).toMatch(/^draft: owner rule 1 of “Review”, its condition: .*character \d+/);
    const zh = backtestJson(r, "zh-CN", definitions).errors[0]?.message ?? "";
    expect(zh).toMatch(/^draft: “审查”的第 1 条负责人规则/);
    expect(zh.slice("draft: ".length)).not.toMatch(/[A-Za-z]{4,}/);
  });
});
