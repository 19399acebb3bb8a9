// The add-in's syncs run rules outside the fast path in a worker with a hard time limit (docs/specification.md
// §3.8). In the pane that is a Web Worker; here the same host over worker threads, on the Excel simulation.
import { NOW, readRecords, registerIn } from "../../../test/excel-fixtures/sim-fixture";
import { testThreadHost } from "../../../test/rule-worker/thread-host";
import type { ProcessDefinition } from "../../core/definition/types";
import { describeError } from "../../core/error";
import { syncProcess } from "./run-sync";

const evil = `${"a".repeat(34)}!`;

const definition = {
  schemaVersion: 1,
  id: "hostile",
  name: "Hostile",
  fields: [{ key: "reportedBy", header: "Reported by", type: "text" }],
  steps: [
    {
      id: "triage",
      name: "Triage",
      owner: [
        { when: 'reportedBy = "vip"', assign: "Vera" },
        { when: "$match(reportedBy, /(a+)+$/)", assign: "Regex" },
        { assign: "Ann" },
      ],
    },
  ],
  sample: [{ reportedBy: "bob" }, { reportedBy: evil }, { reportedBy: "vip" }],
} as unknown as ProcessDefinition;

describe("a sync in a workbook with a rule that would freeze Excel", () => {
  it("stops the catastrophic rule within seconds; that row keeps its cells and names the rule, the others sync", async () => {
    const { sim, binding } = await registerIn(definition);
    const rules = testThreadHost();
    try {
      const started = Date.now();
      const r = await syncProcess({
        binding,
        now: NOW,
        rules: rules.host,
        run: { sleep: async () => undefined },
      });
      expect((Date.now() - started) / 1000).toBeLessThan(15);
      if (!r.ok) throw new Error(r.error.message);
      expect(r.value.errors).toEqual([
        expect.objectContaining({ code: "RULE_LIMIT", path: "steps[0].owner[1].when", key: "rule.stopped" }),
      ]);
      expect(describeError(r.value.errors[0] as never, "zh-CN")).toContain("秒仍未结束");
      const rows = await readRecords(binding.tableName);
      expect(rows.map((row) => [row["Reported by"], row["Owner"]])).toEqual([
        ["bob", "Ann"],
        [evil, ""],
        ["vip", "Vera"],
      ]);
      expect(rules.stats().started).toBeGreaterThanOrEqual(2);
    } finally {
      rules.dispose();
      sim.uninstall();
    }
  }, 60_000);
});
