/**
 * What the browser tests share: the workbench built once (a development build with `--env workbench` into
 * dist-workbench/, rebuilt only when a source file changed), a tiny static server on a free port, and
 * Debian's Chromium driven by playwright-core. Without Chromium the suites are skipped with one line, or
 * fail when PROCSHEET_REQUIRE_BROWSER=1 (CI).
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import { stringsFor, type StringKey } from "../../src/taskpane/i18n/use-strings";
import type { Lang } from "../../src/words/lang";
import type { Value } from "../../src/words/params";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const ROOT = resolve(__dirname, "../..");
export const CHROMIUM = "/usr/bin/chromium";
export const SCREENSHOTS = join(ROOT, "test/e2e/screenshots");
const OUT = join(ROOT, "dist-workbench");
const STAMP = join(OUT, ".fingerprint");
const LOCK = join(ROOT, ".tmp/workbench-build.lock");
/** The clock the browser tests pin the pane to (the unit tests' NOW). */
export const NOW = "2026-03-02T09:00:00";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * `describe` when Chromium is there. Without it: a failing test under PROCSHEET_REQUIRE_BROWSER=1, else
 * the suite is skipped with one line on the console.
 */
export function describeInBrowser(name: string, fn: () => void): void {
  if (existsSync(CHROMIUM)) return describe(name, fn);
  if (process.env["PROCSHEET_REQUIRE_BROWSER"] === "1") {
    return describe(name, () => {
      it("needs Chromium", () => {
        throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (PROCSHEET_REQUIRE_BROWSER=1)`);
      });
    });
  }
  process.stdout.write(
    `Browser tests skipped (${name}): ${CHROMIUM} is not installed; apt-get install -y chromium to run them.\n`,
  );
  return describe.skip(name, fn);
}

function filesUnder(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) filesUnder(path, out);
    else out.push(path);
  }
  return out;
}

/** Changes when any input of the workbench build changes (paths, sizes, modification times). */
function fingerprint(): string {
  const hash = createHash("sha256");
  const inputs = [
    ...["src", "test/excel-sim", "templates", "scripts"].flatMap((d) => filesUnder(join(ROOT, d))),
    join(ROOT, "webpack.config.js"),
    join(ROOT, "package-lock.json"),
  ].filter((f) => !/\.test\.tsx?$/.test(f));
  for (const file of inputs.sort()) {
    const st = statSync(file);
    hash.update(`${file}\0${st.size}\0${st.mtimeMs}\n`);
  }
  return hash.digest("hex");
}

function runWebpack(): Promise<void> {
  const cli = require.resolve("webpack/bin/webpack.js", { paths: [ROOT] });
  const args = [cli, "--mode", "development", "--env", "workbench", "--output-path", OUT, "--no-stats"];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", fail);
    child.on("exit", (code) =>
      code === 0 ? done() : fail(new Error(`the workbench build failed (${code}):\n${output}`)),
    );
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Builds the workbench into dist-workbench/ unless an up-to-date build is there; one build at a time. */
export async function buildWorkbench(): Promise<string> {
  const wanted = fingerprint();
  const current = () => existsSync(STAMP) && readFileSync(STAMP, "utf8") === wanted;
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  for (let waited = 0; ; waited += 250) {
    if (current()) return OUT;
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Another test file is building; a lock older than three minutes is left over from a crash.
      const lock = statSync(LOCK, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > 180_000) rmSync(LOCK, { recursive: true, force: true });
      await sleep(250);
    }
  }
  try {
    if (!current()) {
      await runWebpack();
      writeFileSync(STAMP, wanted);
    }
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
  return OUT;
}

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves `dir` on 127.0.0.1 at a free port (GET only, no listing). `extra` adds files by URL path
 * (`/catalog/index.json`), as a deployment adds them beside the build, without touching the shared build;
 * `headers` go with every answer (e.g. a Content-Security-Policy, as an admin's web server may send).
 */
export async function serveDirectory(
  dir: string,
  extra: Readonly<Record<string, string>> = {},
  headers: Readonly<Record<string, string>> = {},
): Promise<StaticServer> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const added = extra[urlPath];
    if (added !== undefined) {
      res.writeHead(200, {
        ...headers,
        "content-type": TYPES[extname(urlPath)] ?? "application/octet-stream",
      });
      res.end(added);
      return;
    }
    const path = normalize(join(root, urlPath));
    if (!path.startsWith(root + sep) || !existsSync(path) || !statSync(path).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { ...headers, "content-type": TYPES[extname(path)] ?? "application/octet-stream" });
    res.end(readFileSync(path));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Headless Chromium with a throw-away profile; pages get a desktop-sized viewport. */
export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "procsheet-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
    locale: "en-US",
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface WorkbenchOptions {
  readonly template?: string;
  readonly lang?: "en" | "zh-CN";
  readonly api?: "1.13" | "1.17";
  /** False: the sample register is made with automatic routing off. */
  readonly automatic?: boolean;
  /** Office's theme (Office.context.officeTheme), colorful unless given. */
  readonly theme?: "colorful" | "darkGray" | "black" | "white";
}

/** Opens the workbench and waits for the grid and the pane's tabs. Page errors fail the test. */
export async function openWorkbench(
  context: BrowserContext,
  base: string,
  options: WorkbenchOptions = {},
): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  (page as Page & { errors?: string[] }).errors = errors;
  const q = new URLSearchParams({
    template: options.template ?? "procurement",
    lang: options.lang ?? "en",
    api: options.api ?? "1.17",
    theme: options.theme ?? "colorful",
    now: NOW,
  });
  if (options.automatic === false) q.set("automatic", "off");
  await page.goto(`${base}/workbench.html?${q.toString()}`);
  await page.getByRole("grid").waitFor();
  await page.locator("#pane").getByRole("tablist").waitFor();
  return page;
}

/** Uncaught errors the page has thrown so far. */
export function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}

export async function screenshot(page: Page, lang: string, screen: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${lang}-${screen}.png`) });
}

/** A pane text in `lang`, as the pane says it (the catalogue's words, src/words). */
export function sayIn(lang: Lang, key: StringKey, params: Record<string, Value> = {}): string {
  return stringsFor(lang).f(key, params as never);
}

/** The workbench grid's column (a letter) whose header cell in row 1 reads exactly `header`. */
export async function gridColumnOf(page: Page, header: string): Promise<string> {
  const address = await page.evaluate((name) => {
    for (const td of document.querySelectorAll("#workbook thead td"))
      if (td.querySelector(".cell-text")?.textContent === name) return td.getAttribute("data-address");
    return null;
  }, header);
  if (!address) throw new Error(`no column ${header} in the register's header row`);
  return address.replace(/\d+$/, "");
}
