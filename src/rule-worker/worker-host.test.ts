// Rules off the sync's thread with a hard time limit (docs/specification.md §3.8, docs/reliability.md R6): the
// worker-thread host the command line uses, over the engine's own sync.
import { testThreadHost } from "../../test/rule-worker/thread-host";
import type { ProcessDefinition, RuleRow } from "../core/definition/types";
import { loadProcess } from "../core/definition/load";
import { describeError } from "../core/error";
import type { CompiledProcess } from "../core/process";
import { backtest } from "../core/backtest/backtest";
import type { ProcessEvent } from "../core/sync/events";
import { syncRows } from "../core/sync/sync";
import { nodeThreadHost } from "./node-thread";
import type { WorkerRuleHost } from "./worker-host";

const NOW = "2026-03-02T09:00:00";

function hostile(when: string): CompiledProcess {
  const definition = {
    schemaVersion: 1,
    id: "hostile",
    name: "Hostile",
    fields: [{ key: "reportedBy", header: "Reported by", type: "text" }],
    steps: [
      {
        id: "triage",
        name: "Triage",
        owner: [{ when: 'reportedBy = "vip"', assign: "Vera" }, { when, assign: "Regex" }, { assign: "Ann" }],
      },
    ],
  } as unknown as ProcessDefinition;
  const r = loadProcess(definition);
  if (!r.ok) throw new Error(r.error.map((e) => e.message).join("\n"));
  return r.value;
}

const rowsWith = (...names: string[]): RuleRow[] => names.map((reportedBy) => ({ reportedBy }));
const evil = `${"a".repeat(34)}!`;

describe("rules in a worker thread", () => {
  let host: WorkerRuleHost;
  beforeEach(() => {
    host = testThreadHost();
  });
  afterEach(() => host.dispose());

  it("answers as the sync's own thread does, over several batches", async () => {
    const process = hostile("$match(reportedBy, /^b+$/)");
    const rows = rowsWith(
      ...Array.from({ length: 250 }, (_v, i) => ["vip", "bbb", "ann", "b"][i % 4] as string),
    );
    const options = { now: NOW, trace: true, checkpointEvery: 100 };
    const here = await syncRows(process, rows, options);
    const there = await syncRows(process, rows, { ...options, rules: host.host });
    expect(there).toEqual(here);
    expect(host.stats()).toMatchObject({ started: 1, fallback: false });
  });

  it.each([
    ["$match", "$match(reportedBy, /(a+)+$/)"],
    ["$contains", "$contains(reportedBy, /(a+)+$/)"],
    ["$replace", '$replace(reportedBy, /(a+)+$/, "x") = "x"'],
    ["$split", "$count($split(reportedBy, /(a+)+$/)) > 1"],
    ["~>", "reportedBy ~> $match(/(a+)+$/)"],
  ])(
    "stops a catastrophic regular expression in %s within seconds; the row names its rule, the others sync",
    async (_name, when) => {
      const process = hostile(when);
      const started = Date.now();
      const result = await syncRows(process, rowsWith("bob", evil, "vip", "carl"), {
        now: NOW,
        rules: host.host,
      });
      const seconds = (Date.now() - started) / 1000;
      expect(seconds).toBeLessThan(15);
      expect(result.errors).toEqual([
        expect.objectContaining({
          index: 1,
          code: "RULE_LIMIT",
          path: "steps[0].owner[1].when",
          key: "rule.stopped",
        }),
      ]);
      expect(describeError(result.errors[0] as never, "en")).toContain("more than 2 seconds");
      expect(result.rows.map((r) => r.owner)).toEqual(["Ann", undefined, "Vera", "Ann"]);
      expect(result.rows[1]).toEqual({ reportedBy: evil });
      expect(host.stats().started).toBeGreaterThanOrEqual(2);
    },
    30_000,
  );

  it("stops spending time on a sync once stopped rules have used its budget", async () => {
    const budgeted = testThreadHost({ hardLimitMs: 500, budgetMs: 1_500 });
    try {
      const process = hostile("$match(reportedBy, /(a+)+$/)");
      const rows = rowsWith(...Array.from({ length: 8 }, () => `${"a".repeat(40)}!`), "bob");
      const result = await syncRows(process, rows, { now: NOW, rules: budgeted.host });
      const keys = result.errors.map((e) => e.key);
      expect(keys).toContain("rule.stopped");
      expect(keys).toContain("rule.budgetSpent");
      expect(result.errors).toHaveLength(9);
    } finally {
      budgeted.dispose();
    }
  }, 60_000);

  it("stops a catastrophic rule in a backtest (the pane's Try on past cases): that visit is the draft's error, the rest compared", async () => {
    const saved = hostile("$match(reportedBy, /^b+$/)");
    const draft = hostile("$match(reportedBy, /(a+)+$/)");
    const names = ["bob", evil, "vip"];
    const events: ProcessEvent[] = names.map((_n, i) => ({
      caseId: `C-${i + 1}`,
      at: `2026-02-0${i + 2}T09:00:00`,
      type: "created",
      step: "triage",
      status: "todo",
    }));
    const register = names.map((reportedBy, i) => ({
      id: `C-${i + 1}`,
      row: { id: `C-${i + 1}`, reportedBy },
    }));
    const started = Date.now();
    const r = await backtest(saved, draft, events, register, { now: NOW, rules: host.host });
    expect((Date.now() - started) / 1000).toBeLessThan(15);
    expect(r.errors).toEqual([
      {
        caseId: "C-2",
        step: "triage",
        side: "draft",
        error: expect.objectContaining({
          code: "RULE_LIMIT",
          key: "rule.stopped",
          path: "steps[0].owner[1].when",
        }),
      },
    ]);
    expect([r.cases, r.visits, r.ownerChanges]).toEqual([3, 3, []]);
    expect(host.stats().started).toBeGreaterThanOrEqual(2);
  }, 30_000);

  it("leaves the rules on the sync's thread when no worker can start", async () => {
    const broken = nodeThreadHost({ entry: "/nonexistent/procsheet-rule-worker.js" });
    try {
      const process = hostile("$match(reportedBy, /^b+$/)");
      const rows = rowsWith("vip", "bbb", "ann");
      const here = await syncRows(process, rows, { now: NOW });
      const there = await syncRows(process, rows, { now: NOW, rules: broken.host });
      expect(there).toEqual(here);
      expect(broken.stats()).toMatchObject({ fallback: true, running: false });
    } finally {
      broken.dispose();
    }
  });
});
