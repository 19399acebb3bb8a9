// Engine sync throughput (issue 2): one tick of the core over 100k generated procurement rows, each
// routed through an 8-clause owner rule (the spike's rule set), measured three ways in one run:
//   rowsPerSec                — syncRows as shipped (fast path on)
//   engineOnJsonataRowsPerSec — syncRows with the fast path off (every rule through jsonata)
//   jsonataRowsPerSec         — the same 8 rules evaluated directly with jsonata, first match, awaited
//   mixedRowsPerSec           — syncRows, the fast path on, with clause 4 written as a regular expression
//                               ($contains(requester, /ext\./i)), which only jsonata runs, on the sync's thread
//   workerRowsPerSec          — the same in a worker thread, as `procsheet sync` runs it (a step with one
//                               jsonata clause goes to the worker whole: 2,000 rows per message)
// ratio = rowsPerSec ÷ jsonataRowsPerSec; overheadRatio = engineOnJsonata ÷ jsonata (the engine's own
// cost around jsonata: ≥ 0.9 means the engine adds at most ~10%).
// Build first: npx tsc -p tsconfig.cli.json   Usage: node bench/engine-sync.mjs [--rows=100000]
import { createRequire } from "node:module";
import path from "node:path";
import process from "node:process";
import console from "node:console";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const lib = (p) => require(path.join(root, "lib/src/core", p));
const { loadProcess } = lib("definition/load.js");
const { syncRows } = lib("sync/sync.js");
const { useFastCompiler } = lib("rules/expression.js");
const { compileFast } = lib("rules/fast/index.js");
const { nodeThreadHost } = require(path.join(root, "lib/src/rule-worker/node-thread.js"));
const jsonata = require("jsonata");

const rowsArg = process.argv.find((a) => a.startsWith("--rows="));
const N = rowsArg ? Number(rowsArg.slice(7)) : 100_000;

const CLAUSES = [
  { when: 'category = "IT" and amount > 50000', assign: "cio" },
  { when: "amount > 100000", assign: "cfo" },
  { when: 'urgency = "Urgent" and amount > 1000', assign: "urgent" },
  { when: '$contains($lowercase(requester), "ext.")', assign: "vendor-mgmt" },
  {
    when: 'requestStatus = "Submitted" and $toMillis(createdAt) < $toMillis("2024-07-01T00:00:00Z")',
    assign: "backlog",
  },
  { when: 'category in ["IT", "Software", "Hardware"]', assign: "it-buyer" },
  { when: 'department = "Marketing" and category = "Services"', assign: "marketing" },
  { assign: "default" },
];

const definition = {
  schemaVersion: 1,
  id: "bench-procurement",
  idPrefix: "PR",
  name: "Bench procurement",
  fields: ["category", "department", "requester", "urgency", "requestStatus", "createdAt", "vendor"]
    .map((key) => ({ key, header: key, type: "text" }))
    .concat([{ key: "amount", header: "amount", type: "number" }]),
  steps: [
    { id: "review", name: "Review", owner: CLAUSES, slaDays: 3 },
    { id: "pay", name: "Pay", owner: "finance" },
  ],
};

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (r, list) => list[Math.floor(r() * list.length)];

function makeRows(n) {
  const r = rng(6);
  const rows = new Array(n);
  for (let i = 0; i < n; i++) {
    rows[i] = {
      id: `PR-${String(i + 1).padStart(6, "0")}`,
      step: "review",
      status: "todo",
      stepStarted: "2026-03-02T09:00:00",
      amount: Math.round(r() * r() * 200000 * 100) / 100,
      category: pick(r, [
        "IT",
        "Software",
        "Hardware",
        "Services",
        "Facilities",
        "Travel",
        "Office",
        "Legal",
      ]),
      department: pick(r, ["Marketing", "Finance", "Operations", "Sales", "HR", "Engineering"]),
      requester: r() < 0.08 ? `p${i % 13}.EXT.${i % 97}` : `p${i % 13}.${i % 89}`,
      urgency: pick(r, ["Low", "Normal", "Normal", "High", "Urgent"]),
      requestStatus: pick(r, ["Draft", "Submitted", "Approved", "Rejected"]),
      createdAt: `2024-${String(1 + Math.floor(r() * 12)).padStart(2, "0")}-${String(1 + Math.floor(r() * 28)).padStart(2, "0")}T10:30:00Z`,
      vendor: pick(r, ["Acme", "Globex", "Initech", "Umbrella"]),
    };
  }
  return rows;
}

const mixed = {
  ...definition,
  steps: [
    {
      ...definition.steps[0],
      owner: CLAUSES.map((c, i) => (i === 3 ? { ...c, when: "$contains(requester, /ext\\./i)" } : c)),
    },
    definition.steps[1],
  ],
};

async function timeEngine(rows, rules, def = definition) {
  const loaded = loadProcess(def);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  const t0 = performance.now();
  const result = await syncRows(loaded.value, rows, {
    now: "2026-03-02T09:00:00",
    ...(rules ? { rules } : {}),
  });
  const ms = performance.now() - t0;
  if (result.errors.length > 0)
    throw new Error(`engine: ${result.errors.length} row errors, e.g. ${result.errors[0].message}`);
  return { ms, owners: result.rows.map((row) => row.owner) };
}

async function timeJsonata(rows) {
  const compiled = CLAUSES.map((c) => ({ when: c.when && jsonata(c.when), assign: c.assign }));
  const bindings = { now: "2026-03-02T09:00:00", today: "2026-03-02", process: definition.id };
  const owners = new Array(rows.length);
  const t0 = performance.now();
  for (let i = 0; i < rows.length; i++) {
    for (const c of compiled) {
      if (!c.when || (await c.when.evaluate(rows[i], bindings))) {
        owners[i] = c.assign;
        break;
      }
    }
  }
  return { ms: performance.now() - t0, owners };
}

const rows = makeRows(N);
// Warm-up on a slice, so every path is measured with its code already optimised.
await timeEngine(rows.slice(0, 2000));
await timeJsonata(rows.slice(0, 2000));
const fast = await timeEngine(rows);
useFastCompiler(undefined);
await timeEngine(rows.slice(0, 2000));
const engineJsonata = await timeEngine(rows);
useFastCompiler(compileFast);
await timeEngine(rows.slice(0, 2000), undefined, mixed);
const mixedHere = await timeEngine(rows, undefined, mixed);
const worker = nodeThreadHost();
await timeEngine(rows.slice(0, 2000), worker.host, mixed);
const onWorker = await timeEngine(rows, worker.host, mixed);
worker.dispose();
const raw = await timeJsonata(rows);
const same =
  fast.owners.every((o, i) => o === raw.owners[i]) &&
  engineJsonata.owners.every((o, i) => o === raw.owners[i]) &&
  mixedHere.owners.every((o, i) => o === raw.owners[i]) &&
  onWorker.owners.every((o, i) => o === raw.owners[i]);
const perSec = (ms) => Math.round((N / ms) * 1000);
console.log(
  JSON.stringify({
    bench: "engine-sync",
    rows: N,
    rowsPerSec: perSec(fast.ms),
    jsonataRowsPerSec: perSec(raw.ms),
    ratio: Number((raw.ms / fast.ms).toFixed(2)),
    engineOnJsonataRowsPerSec: perSec(engineJsonata.ms),
    overheadRatio: Number((raw.ms / engineJsonata.ms).toFixed(2)),
    mixedRowsPerSec: perSec(mixedHere.ms),
    workerRowsPerSec: perSec(onWorker.ms),
    sameOwners: same,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
