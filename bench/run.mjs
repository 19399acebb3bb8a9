// `npm run bench`: builds once, then runs every benchmark; each prints JSON lines on stdout.
// Benchmarks measure; they never fail on a timing (CI does not run them).
//   npm run bench                 all of them
//   npm run bench -- engine excel only those whose name starts so
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

const benches = [
  { name: "engine-sync", build: "tsconfig.cli.json", args: ["bench/engine-sync.mjs"] },
  { name: "rules-path", build: "tsconfig.cli.json", args: ["bench/rules-path.mjs"] },
  { name: "history", build: "tsconfig.cli.json", args: ["bench/history.mjs"] },
  { name: "excel-sync", build: "tsconfig.bench.json", args: ["lib/bench/excel-sync.js"] },
  // 200,000 rows through the built command line: CSV to .xlsx, and an .xlsx synced in place.
  { name: "cli-large", build: "tsconfig.cli.json", args: ["bench/cli-large.mjs"] },
  // Builds dist/ itself (production webpack) and loads the pane in headless Chromium.
  { name: "taskpane", build: undefined, args: ["bench/taskpane.mjs"] },
];
const only = process.argv.slice(2);
const chosen = benches.filter((b) => only.length === 0 || only.some((o) => b.name.startsWith(o)));
for (const build of new Set(chosen.map((b) => b.build).filter(Boolean))) run("npx", ["tsc", "-p", build]);
for (const b of chosen) run(process.execPath, b.args);
