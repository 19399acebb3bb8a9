// A large register through the built command line (issue 16 "Size"): a 200,000-row procurement register
// synced from CSV into a new .xlsx, and an .xlsx register synced in place, each in its own node process
// with the default heap (or --heap), timed (wall and CPU), with its peak RSS (bench/peak-rss.cjs). A
// register the size guard refuses prints `refused` with its line. Measures; never fails on a timing.
// Build first: npx tsc -p tsconfig.cli.json   Usage: node bench/cli-large.mjs [--rows=200000] [--heap=MB]
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import process from "node:process";
import console from "node:console";
import { fileURLToPath } from "node:url";
import { largeRegisterCsv, writeLargeRegisterXlsx } from "./large-register.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const option = (name, fallback) => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? Number(arg.slice(name.length + 3)) : fallback;
};
const rows = option("rows", 200_000);
const heap = option("heap", undefined);

const dir = mkdtempSync(path.join(tmpdir(), "procsheet-bench-"));
try {
  writeFileSync(path.join(dir, "register.csv"), [...largeRegisterCsv(rows)].join("\n") + "\n");
  await writeLargeRegisterXlsx(path.join(dir, "register.xlsx"), rows);
  const cases = [
    { case: "csv-to-xlsx", args: ["register.csv", "--out", "converted.xlsx"] },
    { case: "xlsx-in-place", args: ["register.xlsx", "--out", "register.xlsx"] },
  ];
  for (const c of cases) {
    const rssFile = path.join(dir, `${c.case}.rss`);
    const node = [
      ...(heap ? [`--max-old-space-size=${heap}`] : []),
      "--require",
      path.join(root, "bench/peak-rss.cjs"),
    ];
    const argv = [...node, path.join(root, "lib/src/cli/main.js"), "sync", "procurement", ...c.args];
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [...argv, "--now", "2026-03-02T10:00:00"], {
      cwd: dir,
      env: { ...process.env, PEAK_RSS_FILE: rssFile, LANG: "C.UTF-8", LC_ALL: "" },
      stdio: ["ignore", "ignore", "pipe"],
      encoding: "utf8",
      maxBuffer: 1 << 20,
    });
    const ms = Math.round(performance.now() - t0);
    let usage = { peakRssMB: null, cpuMs: null };
    try {
      usage = JSON.parse(readFileSync(rssFile, "utf8"));
    } catch {
      // the process died before its exit handler (out of memory)
    }
    const line = { bench: "cli-large", case: c.case, rows, ms, ...usage, ...(heap ? { heapMB: heap } : {}) };
    if (r.status === 2 && /too large/.test(r.stderr))
      console.log(JSON.stringify({ ...line, refused: true, message: r.stderr.trim() }));
    else if (r.status !== 0 && r.status !== 1)
      console.log(JSON.stringify({ ...line, failed: r.status ?? r.signal, stderr: r.stderr.slice(0, 500) }));
    else console.log(JSON.stringify(line));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
