// Routing throughput of one 8-clause first-match owner rule set (issue 6, docs/office-notes.md §3) on three paths:
//   fast    — the rules compiled by the fast path (src/core/rules/fast), through compileExpression
//   jsonata — the same rules through jsonata 2.2.2, one awaited evaluate per clause
//   js      — the same rules written by hand in JavaScript
// Each path and size runs in its own child process, so peakRssMB is that path's own peak; a "data only"
// child gives the RSS of the rows themselves. All paths must route every row to the same owner.
//
// Build first: npx tsc -p tsconfig.cli.json
// Usage: node bench/rules-path.mjs [--sizes=100000,1000000] [--jsonata-max=1000000] [--timeout=5000]
// Prints one JSON line per path and size. `--timeout` is RuleLimits.timeoutMs for both compiled paths: with
// the engine's default 250 ms, a major GC pause inside one jsonata evaluate on a 1M-row heap has been seen to
// raise D1012 (the fast path has no clock). Rows whose evaluation fails are counted in `errors`.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(here), "..");
const require = createRequire(import.meta.url);

const CLAUSES = [
  { when: 'category = "IT" and amount > 50000', owner: "cio" },
  { when: "amount > 100000", owner: "cfo" },
  { when: 'urgency = "Urgent" and amount > 1000', owner: "urgent" },
  { when: '$contains($lowercase(requester), "ext.")', owner: "vendor-mgmt" },
  {
    when: 'status = "Submitted" and $toMillis(createdAt) < $toMillis("2024-07-01T00:00:00Z")',
    owner: "backlog",
  },
  { when: 'category in ["IT", "Software", "Hardware"]', owner: "it-buyer" },
  { when: 'department = "Marketing" and category = "Services"', owner: "marketing" },
  { owner: "default" },
];

const CUTOFF = Date.parse("2024-07-01T00:00:00Z");
/** The same rules, by hand; `Date.parse` is what jsonata's $toMillis calls on ISO text. */
function routeJs(r) {
  if (r.category === "IT" && r.amount > 50000) return "cio";
  if (r.amount > 100000) return "cfo";
  if (r.urgency === "Urgent" && r.amount > 1000) return "urgent";
  if (r.requester.toLowerCase().indexOf("ext.") !== -1) return "vendor-mgmt";
  if (r.status === "Submitted" && Date.parse(r.createdAt) < CUTOFF) return "backlog";
  if (r.category === "IT" || r.category === "Software" || r.category === "Hardware") return "it-buyer";
  if (r.department === "Marketing" && r.category === "Services") return "marketing";
  return "default";
}

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

const CATEGORIES = [
  "IT",
  "Software",
  "Hardware",
  "Services",
  "Facilities",
  "Travel",
  "Office",
  "Legal",
  "Training",
  "Logistics",
];
const DEPARTMENTS = ["Marketing", "Finance", "Operations", "Sales", "HR", "Engineering"];
const URGENCY = ["Low", "Normal", "Normal", "High", "Urgent"];
const STATUS = ["Draft", "Submitted", "Approved", "Rejected"];
const PEOPLE = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy"];
const VENDORS = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", "Wonka"];

function makeRows(n) {
  const r = rng(6);
  const rows = new Array(n);
  for (let i = 0; i < n; i++) {
    const day = 1 + Math.floor(r() * 365);
    const month = String(1 + Math.floor((day - 1) / 31)).padStart(2, "0");
    const dom = String(1 + ((day - 1) % 28)).padStart(2, "0");
    rows[i] = {
      amount: Math.round(r() * r() * 200000 * 100) / 100,
      category: CATEGORIES[Math.floor(r() * CATEGORIES.length)],
      department: DEPARTMENTS[Math.floor(r() * DEPARTMENTS.length)],
      requester:
        r() < 0.08
          ? `${PEOPLE[Math.floor(r() * PEOPLE.length)]}.EXT.${i % 97}`
          : `${PEOPLE[Math.floor(r() * PEOPLE.length)]}.${i % 89}`,
      urgency: URGENCY[Math.floor(r() * URGENCY.length)],
      status: STATUS[Math.floor(r() * STATUS.length)],
      createdAt: `2024-${month}-${dom}T${String(Math.floor(r() * 24)).padStart(2, "0")}:30:00Z`,
      vendor: VENDORS[Math.floor(r() * VENDORS.length)],
    };
  }
  return rows;
}

/** FNV-1a over the owners, so children can prove they agree without sending a million strings. */
function digest(owners) {
  let h = 0x811c9dc5;
  for (const o of owners) {
    for (let i = 0; i < o.length; i++) h = Math.imul(h ^ o.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 10, 0x01000193);
  }
  return (h >>> 0).toString(16);
}

function counts(owners) {
  const c = {};
  for (const o of owners) c[o] = (c[o] ?? 0) + 1;
  return c;
}

async function child(which, n, timeoutMs) {
  const rows = makeRows(n);
  const limits = { timeoutMs, stack: 300, sequence: 100_000 };
  let errors = 0;
  const bindings = { now: "2024-07-01T09:30:00", today: "2024-07-01", process: "procurement" };
  const owners = new Array(n);
  let pass;
  if (which === "data") {
    pass = () => {};
  } else if (which === "js") {
    pass = () => {
      for (let i = 0; i < n; i++) owners[i] = routeJs(rows[i]);
    };
  } else {
    const { compileExpression, useFastCompiler } = require(
      path.join(root, "lib/src/core/rules/expression.js"),
    );
    const { toBoolean } = require(path.join(root, "lib/src/core/rules/boolean.js"));
    // The fast path is the engine's default: the jsonata path switches it off explicitly.
    if (which === "fast") {
      const { compileFast } = require(path.join(root, "lib/src/core/rules/fast/index.js"));
      useFastCompiler(compileFast);
    } else useFastCompiler(undefined);
    const clauses = CLAUSES.map((c, i) => {
      if (c.when === undefined) return { owner: c.owner };
      const compiled = compileExpression(c.when, `steps[0].owner[${i}].when`, limits);
      if (!compiled.ok) throw new Error(compiled.error.message);
      return { owner: c.owner, when: compiled.value };
    });
    if (which === "fast") {
      const probe = clauses[0].when.evaluate(rows[0], bindings);
      if (probe instanceof Promise) throw new Error("the fast path did not take the rules");
      pass = () => {
        for (let i = 0; i < n; i++) {
          const row = rows[i];
          for (const c of clauses) {
            if (!c.when || toBoolean(c.when.evaluate(row, bindings))) {
              owners[i] = c.owner;
              break;
            }
          }
        }
      };
    } else {
      pass = async () => {
        for (let i = 0; i < n; i++) {
          const row = rows[i];
          try {
            for (const c of clauses) {
              if (!c.when || toBoolean(await c.when.evaluate(row, bindings))) {
                owners[i] = c.owner;
                break;
              }
            }
          } catch (e) {
            errors++;
            owners[i] = `error ${e.code}`;
          }
        }
      };
    }
  }
  // One full warm-up pass, then the median of timed passes: at least 5 and at least 1.5 s in all for the
  // fast paths (a 100k pass takes milliseconds, so one pass alone is noise); one pass for jsonata.
  await pass();
  const times = [];
  let total = 0;
  do {
    const t0 = process.hrtime.bigint();
    await pass();
    const t = Number(process.hrtime.bigint() - t0) / 1e9;
    times.push(t);
    total += t;
  } while (which !== "jsonata" && which !== "data" && (times.length < 5 || total < 1.5));
  times.sort((a, b) => a - b);
  const seconds = times[Math.floor(times.length / 2)];
  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  const done = which === "data" ? null : owners;
  process.stdout.write(
    JSON.stringify({
      rows: n,
      path: which,
      seconds,
      rowsPerSec: which === "data" ? null : Math.round(n / seconds),
      peakRssMB: Number(peakRssMB.toFixed(1)),
      errors,
      digest: done ? digest(done) : null,
      owners: done ? counts(done) : null,
    }) + "\n",
  );
}

function runChild(which, n, timeoutMs) {
  const res = spawnSync(process.execPath, [here, "--child", which, String(n), String(timeoutMs)], {
    encoding: "utf8",
    maxBuffer: 1 << 24,
  });
  if (res.status !== 0) throw new Error(`${which}/${n} failed: ${res.stderr}`);
  return JSON.parse(res.stdout.trim().split("\n").pop());
}

async function main() {
  const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=")));
  const sizes = (args.sizes ?? "100000,1000000").split(",").map(Number);
  const jsonataMax = Number(args["jsonata-max"] ?? 1_000_000);
  const timeoutMs = Number(args.timeout ?? 5000);
  for (const n of sizes) {
    const data = runChild("data", n, timeoutMs);
    const results = {};
    for (const which of ["js", "fast", "jsonata"]) {
      if (which === "jsonata" && n > jsonataMax) continue;
      results[which] = runChild(which, n, timeoutMs);
    }
    const js = results.js;
    for (const [which, r] of Object.entries(results)) {
      console.log(
        JSON.stringify({
          bench: "rules-path",
          rows: n,
          path: which,
          rowsPerSec: r.rowsPerSec,
          peakRssMB: r.peakRssMB,
          errors: r.errors,
          rowsOnlyRssMB: data.peakRssMB,
          rssOverRows: Number((r.peakRssMB / data.peakRssMB).toFixed(2)),
          vsJsonata: results.jsonata ? Number((r.rowsPerSec / results.jsonata.rowsPerSec).toFixed(1)) : null,
          vsJs: Number((r.rowsPerSec / js.rowsPerSec).toFixed(2)),
          sameOwnersAsJs: r.digest === js.digest,
          owners: r.owners,
        }),
      );
    }
    if (Object.values(results).some((r) => r.digest !== js.digest)) process.exitCode = 1;
  }
}

if (process.argv[2] === "--child")
  await child(process.argv[3], Number(process.argv[4]), Number(process.argv[5]));
else await main();
