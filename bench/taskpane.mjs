// Task pane startup (issue 5): the JS a pane downloads before its first paint, and how long that paint
// takes in headless Chromium. Prints one JSON line:
//   {"bench":"taskpane","firstRenderMs":…,"initialJsGzipBytes":…,…}
// Targets: firstRenderMs ≤ 1000 here, initialJsGzipBytes ≤ 250 KB.
//   initialJsGzipBytes — the production build's initial chunks of the `taskpane` entry (webpack stats),
//                        each gzipped at level 9, summed
//   firstRenderMs      — `performance.mark("procsheet:first-render")` (the App's first render, after
//                        Office.onReady) relative to navigation start; median of 5 cold loads of
//                        dist/taskpane.html, each in a fresh Chromium profile (empty cache)
// office.js: the page asks for it from Microsoft's CDN; the request is answered with the npm copy in
// node_modules/@microsoft/office-js/dist (and its companion files), not an empty script, so its download,
// parsing and Office.onReady outside Office (host null) count as they do in a real pane. No other
// request leaves the machine.
// Needs Debian's chromium (/usr/bin/chromium). Usage: node bench/taskpane.mjs [--runs=5]
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import process from "node:process";
import console from "node:console";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");
const CHROMIUM = "/usr/bin/chromium";
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS_DIST = path.join(root, "node_modules/@microsoft/office-js/dist");
const runsArg = process.argv.find((a) => a.startsWith("--runs="));
const RUNS = runsArg ? Number(runsArg.slice(7)) : 5;

function build() {
  const dir = mkdtempSync(path.join(tmpdir(), "procsheet-bench-"));
  const statsFile = path.join(dir, "stats.json");
  const webpack = require.resolve("webpack/bin/webpack.js", { paths: [root] });
  const r = spawnSync(process.execPath, [webpack, "--mode", "production", "--json", statsFile], {
    cwd: root,
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`the production build failed:\n${r.stdout}\n${r.stderr}`);
  const stats = JSON.parse(readFileSync(statsFile, "utf8"));
  rmSync(dir, { recursive: true, force: true });
  return stats;
}

function initialJs(stats) {
  const files = stats.entrypoints.taskpane.assets.map((a) => a.name).filter((n) => n.endsWith(".js"));
  const sizes = files.map((name) => {
    const source = readFileSync(path.join(stats.outputPath, name));
    return { name, raw: source.length, gzip: gzipSync(source, { level: 9 }).length };
  });
  return {
    files: sizes.map((s) => s.name),
    raw: sizes.reduce((n, s) => n + s.raw, 0),
    gzip: sizes.reduce((n, s) => n + s.gzip, 0),
  };
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
};

/** Serves dist/ on 127.0.0.1 at a free port. */
function serve(dir) {
  const server = createServer((req, res) => {
    const file = path.normalize(path.join(dir, decodeURIComponent(new URL(req.url, "http://x").pathname)));
    if (!file.startsWith(dir + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** One cold load: a fresh profile, office.js from the local copy, the first-render mark read back. */
async function firstRender(url) {
  const profile = mkdtempSync(path.join(tmpdir(), "procsheet-bench-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 350, height: 900 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  try {
    await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => {
      const requested = route.request().url();
      const file = requested.startsWith(OFFICE_JS_CDN)
        ? path.join(OFFICE_JS_DIST, new URL(requested).pathname.slice(new URL(OFFICE_JS_CDN).pathname.length))
        : undefined;
      if (file && file.startsWith(OFFICE_JS_DIST) && existsSync(file))
        return route.fulfill({ path: file, contentType: "text/javascript; charset=utf-8" });
      return route.fulfill({ status: 404, body: "" });
    });
    const page = await context.newPage();
    await page.goto(url);
    const handle = await page.waitForFunction(
      () => performance.getEntriesByName("procsheet:first-render")[0]?.startTime,
      undefined,
      { timeout: 30_000 },
    );
    return await handle.jsonValue();
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

if (!existsSync(CHROMIUM)) {
  console.error(`bench taskpane: ${CHROMIUM} is missing (apt-get install -y chromium).`);
  process.exit(1);
}
const stats = build();
const js = initialJs(stats);
const server = await serve(stats.outputPath);
const url = `http://127.0.0.1:${server.address().port}/taskpane.html`;
const times = [];
try {
  for (let i = 0; i < RUNS; i++) times.push(await firstRender(url));
} finally {
  server.close();
}
console.log(
  JSON.stringify({
    bench: "taskpane",
    firstRenderMs: Math.round(median(times)),
    initialJsGzipBytes: js.gzip,
    initialJsBytes: js.raw,
    initialJsFiles: js.files.length,
    runsMs: times.map((t) => Math.round(t)),
    officeJs: "local copy",
  }),
);
