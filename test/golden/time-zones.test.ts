// docs/reliability.md D2: the engine works on wall-clock local times ("2026-03-08T09:00:00", no zone), so the
// machine's time zone must change nothing — not the due dates, not the cycle times, not across a
// daylight-saving change. Every golden case runs again in a Node process under zones on both sides of UTC
// (jest's process.env is its own copy, so TZ can only be set for a child process) and must give exactly
// what it gives under UTC.
import { spawnSync } from "child_process";
import { ensureBuilt, ROOT } from "../fixtures/cli/cli-harness";

const ZONES = ["America/Los_Angeles", "Pacific/Auckland", "Asia/Shanghai", "Europe/Berlin"];

/** Runs every golden case with the built core (lib/) and prints the results as one JSON text. */
const SCRIPT = `
const { readFileSync } = require("fs");
const { join } = require("path");
const root = process.argv[1];
const { loadProcess } = require(join(root, "lib/src/core/definition/load.js"));
const { syncRows } = require(join(root, "lib/src/core/sync/sync.js"));
const { analyzeHistory } = require(join(root, "lib/src/core/analysis/analyze.js"));
const { dueReminders } = require(join(root, "lib/src/core/reminders/due-reminders.js"));
const load = (name) => {
  const r = loadProcess(readFileSync(join(root, "test/fixtures", name + ".process.json"), "utf8"));
  if (!r.ok) throw new Error(name);
  return r.value;
};
const golden = (f) => JSON.parse(readFileSync(join(root, "test/golden", f), "utf8")).cases;
(async () => {
  const out = [new Date(2026, 6, 1).getTimezoneOffset()];
  for (const c of golden("sync.cases.json")) {
    const r = await syncRows(load(c.process), c.rows, { now: c.now, ...(c.reroute ? { reroute: true } : {}), ...(c.people ? { people: c.people } : {}) });
    out.push(r.rows, r.events, r.errors);
  }
  for (const c of golden("reminders.cases.json"))
    out.push(dueReminders({ process: load(c.process), rows: c.rows, history: c.history ?? [], people: c.people ?? [], now: c.now }));
  for (const c of golden("analysis.cases.json"))
    out.push(analyzeHistory(load(c.process), c.events, { now: c.now, ...(c.register ? { register: c.register } : {}) }));
  // Across 2026's changes: the US (8 March), Europe (29 March), New Zealand (5 April).
  const spans = [["A", "2026-03-07T09:00:00", "2026-03-09T09:00:00"], ["B", "2026-03-28T09:00:00", "2026-03-30T09:00:00"], ["C", "2026-04-04T09:00:00", "2026-04-06T09:00:00"]];
  const events = spans.flatMap(([caseId, start, end]) => [
    { caseId, at: start, type: "created", step: "request", status: "todo" },
    { caseId, at: end, type: "closed", step: "request", status: "done" },
  ]);
  out.push(analyzeHistory(load("mini"), events, { now: "2026-04-10T12:00:00" }).cycleTimeDays);
  // Where a timed-out rule stops (D1012) depends on the machine's load, not on the zone.
  const timing = (k, v) => (typeof v === "string" && v.includes("D1012") ? v.replace(/ at \\d+:/, ":") : v);
  process.stdout.write(JSON.stringify(out, (k, v) => (k === "position" ? undefined : timing(k, v))));
})();
`;

function runUnder(zone: string): unknown[] {
  const r = spawnSync(process.execPath, ["-e", SCRIPT, ROOT], {
    env: { ...process.env, TZ: zone },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as unknown[];
}

describe("the engine under other time zones (docs/reliability.md D2)", () => {
  let utc: unknown[] = [];
  beforeAll(() => {
    ensureBuilt();
    utc = runUnder("UTC");
  });

  it("measures a two-day case as two days across each daylight-saving change", () => {
    expect(utc[utc.length - 1]).toMatchObject({ count: 3, mean: 2, p50: 2, p95: 2 });
  });

  it.each(ZONES)("gives under %s exactly what it gives under UTC", (zone) => {
    const [offset, ...results] = runUnder(zone);
    expect(offset).not.toBe(0);
    expect(results).toEqual(utc.slice(1));
  });
});
