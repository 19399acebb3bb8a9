// Differential run of the fast path against jsonata over a large generated corpus (issue 6).
// Build first: `npx tsc -p tsconfig.cli.json`. Usage: node bench/diff.mjs [cases=100000] [seed=20240701]
// Prints one JSON line: counts, acceptance, and the first mismatches (with seed/index to replay them).
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const { generateCase } = require(path.join(root, "lib/src/core/rules/fast/generate.js"));
const { runCase } = require(path.join(root, "lib/src/core/rules/fast/differential.js"));

const cases = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? 20240701);
const counts = { agree: 0, fallback: 0, invalid: 0, mismatch: 0 };
const mismatches = [];
const started = Date.now();
for (let i = 0; i < cases; i++) {
  const c = generateCase(seed, i);
  const outcome = await runCase(c);
  counts[outcome.kind]++;
  if (outcome.kind === "mismatch" && mismatches.length < 20) {
    mismatches.push({
      seed,
      index: i,
      source: c.source,
      row: c.row,
      limits: c.limits,
      jsonata: outcome.jsonata,
      fast: outcome.fast,
    });
  }
}
const compared = counts.agree + counts.mismatch;
console.log(
  JSON.stringify({
    bench: "diff",
    seed,
    cases,
    compared,
    agree: counts.agree,
    mismatch: counts.mismatch,
    fallback: counts.fallback,
    invalid: counts.invalid,
    accepted: Number((compared / Math.max(1, cases - counts.invalid)).toFixed(4)),
    seconds: Number(((Date.now() - started) / 1000).toFixed(1)),
    mismatches,
  }),
);
process.exitCode = counts.mismatch === 0 ? 0 : 1;
