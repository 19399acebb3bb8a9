import cases from "../../../test/golden/sync.cases.json";
import { loadFixture } from "../../../test/fixtures/load-fixture";
import type { RuleRow } from "../definition/types";
import { loadProcess } from "../definition/load";
import type { Person } from "../people/person";
import { syncRows } from "./sync";

interface SyncCase {
  name: string;
  process: string;
  now: string;
  reroute?: boolean;
  people?: Person[];
  rows: Record<string, string | number | boolean>[];
  expect: {
    rows?: Record<string, string | number | boolean | null>[];
    unchanged?: number[];
    events?: Record<string, string>[];
    errors?: Record<string, string | number>[];
    /** The matched owner line of a row's why, matched partially. */
    traces?: ({ row: number } & Record<string, string | number | boolean>)[];
  };
}

describe("sync golden cases (docs/specification.md §3)", () => {
  it.each((cases.cases as SyncCase[]).map((c) => [c.name, c]))("%s", async (_name, c) => {
    const process = loadFixture(c.process);
    const input = c.rows as RuleRow[];
    const result = await syncRows(process, input, {
      now: c.now,
      ...(c.reroute ? { reroute: true } : {}),
      ...(c.people ? { people: c.people } : {}),
      ...(c.expect.traces ? { trace: true } : {}),
    });
    c.expect.rows?.forEach((expected, i) => {
      const row = result.rows[i] as RuleRow;
      for (const [key, value] of Object.entries(expected)) {
        if (value === null) expect({ [key]: row[key] }).toEqual({ [key]: undefined });
        else expect({ [key]: row[key] }).toEqual({ [key]: value });
      }
    });
    for (const i of c.expect.unchanged ?? []) expect(result.rows[i]).toBe(input[i]);
    if (c.expect.events) expect(result.events).toEqual(c.expect.events);
    for (const { row, ...line } of c.expect.traces ?? []) {
      const matched = result.traces?.[row]?.owner?.find((t) => t.outcome === "matched");
      expect(matched).toMatchObject(line);
      if (line.away === undefined) expect(matched?.away).toBeUndefined();
    }
    if (c.expect.errors) {
      expect(result.errors).toHaveLength(c.expect.errors.length);
      c.expect.errors.forEach((e, i) => expect(result.errors[i]).toMatchObject(e));
    } else expect(result.errors).toEqual([]);
  });
});

describe("owners a rule computes (docs/reliability.md D6)", () => {
  const process = loadFixture("mini");

  it("are stored as people see them, and a name longer than 255 characters is the row's error", async () => {
    const rows: RuleRow[] = [
      { requester: "\u200FZed\u200B " },
      { requester: "x".repeat(256) },
      { requester: "y".repeat(255) },
    ];
    const r = await syncRows(process, rows, { now: "2026-03-02T09:00:00" });
    expect(r.rows[0]?.owner).toBe("Zed");
    expect(r.rows[2]?.owner).toBe("y".repeat(255));
    expect(r.rows[1]).toBe(rows[1]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({
      index: 1,
      code: "RULE_RESULT",
      path: "steps[0].owner[0].assignExpr",
    });
    expect(r.errors[0]?.message).toMatch(/at most 255 characters/);
  });

  it("that are not one text (a list, an object, a number) are the row's error, naming the clause (docs/reliability.md R7)", async () => {
    const def = loadFixture("mini").definition;
    for (const expr of ['[requester, "x"]', '{"name": requester}', "42", "true"]) {
      const loaded = loadProcess({
        ...def,
        steps: def.steps.map((s, i) => (i === 0 ? { ...s, owner: [{ assignExpr: expr }] } : s)),
      });
      if (!loaded.ok) throw new Error(loaded.error[0]?.message);
      const row: RuleRow = { requester: "Zed" };
      const r = await syncRows(loaded.value, [row], { now: "2026-03-02T09:00:00" });
      expect({ expr, rowKept: r.rows[0] === row, error: r.errors[0] }).toMatchObject({
        expr,
        rowKept: true,
        error: { code: "RULE_RESULT", path: "steps[0].owner[0].assignExpr" },
      });
    }
  });
});
