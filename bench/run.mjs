// `npm run bench`: builds the core once, then runs every benchmark; each prints JSON lines on stdout.
// Benchmarks measure; they never fail on a timing (CI does not run them).
import { spawnSync } from "node:child_process";
import path from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    shell: process.platform === "win32",
  });
  if (r.status !== 0) process.exitCode = 1;
};

run("npx", ["tsc", "-p", "tsconfig.cli.json"]);
const only = process.argv.slice(2);
const benches = ["engine-sync.mjs", "rules-path.mjs"].filter(
  (b) => only.length === 0 || only.some((o) => b.startsWith(o)),
);
for (const b of benches) run(process.execPath, [path.join("bench", b)]);
