/**
 * The task pane as Office loads it (taskpane.html of the build, office.js from Microsoft's CDN address), in
 * Chromium with the CDN answered from the npm copy of office.js, or blocked, as a firewall would:
 * - an engine too old for the pane (simulated by removing the ES2020 library the boot script checks for,
 *   which Internet Explorer 11 and EdgeHTML lack) gets a message saying so and what works, not a blank pane;
 * - office.js blocked: the pane says at once that office.js did not load and from where;
 * - office.js loaded but the files it loads after itself blocked (Office.onReady never resolves): the pane
 *   says so after a few seconds;
 * - the pane, and the workbench, under a Content-Security-Policy without 'unsafe-eval' (the definition
 *   schema's validator is compiled at build time), with no violation.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page, Route } from "playwright-core";
import {
  buildWorkbench,
  describeInBrowser,
  launchBrowser,
  NOW,
  pageErrors,
  ROOT,
  screenshot,
  serveDirectory,
  type Browser,
  type StaticServer,
} from "./harness";

jest.setTimeout(120_000);

const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS_DIST = join(ROOT, "node_modules/@microsoft/office-js/dist");
/** The boot script's wait for Office (scripts/pane-pages.cjs OFFICE_WAIT_MS). */
const OFFICE_WAIT_MS = 8000;
const CSP = [
  "default-src 'self'",
  `script-src 'self' ${CDN.replace(/\/lib\/.*$/, "")}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
].join("; ");

/** Answers the Office CDN from the npm copy of office.js; `blocked` says which files a firewall drops. */
async function routeOfficeCdn(page: Page, blocked: (file: string) => boolean = () => false): Promise<void> {
  await page.route(`${CDN}**`, async (route: Route) => {
    const file = new URL(route.request().url()).pathname.replace(/^\/lib\/1\/hosted\//, "");
    const local = join(OFFICE_JS_DIST, file);
    if (blocked(file) || !existsSync(local)) return route.abort("blockedbyclient");
    return route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(local, "utf8") });
  });
}

/** Records Content-Security-Policy violations the page reports. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.exposeFunction("reportViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      void (window as unknown as { reportViolation(v: string): Promise<void> }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  return violations;
}

/** Makes the page read `lang` as the reader's language, as a webview in a Chinese Office would. */
async function readerLanguage(page: Page, lang: string): Promise<void> {
  await page.addInitScript((l) => {
    Object.defineProperty(navigator, "languages", { get: () => [l] });
    Object.defineProperty(navigator, "language", { get: () => l });
  }, lang);
}

let server: StaticServer;
let cspServer: StaticServer;
let browser: Browser;

async function newPage(): Promise<Page> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  (page as Page & { errors?: string[] }).errors = errors;
  return page;
}

describeInBrowser("the task pane before its code runs", () => {
  beforeAll(async () => {
    const out = await buildWorkbench();
    server = await serveDirectory(out);
    cspServer = await serveDirectory(out, {}, { "content-security-policy": CSP });
    browser = await launchBrowser();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await cspServer?.close();
  });

  it.each([
    ["en", "This version of Office is too old for Procsheet", "Excel on the web, in a current Edge"],
    ["zh-CN", "此版本的 Office 太旧，无法运行 Procsheet", "网页版 Excel（使用新版"],
  ])(
    "in an engine too old for the pane says so and what works (%s), instead of a blank pane",
    async (lang, title, web) => {
      const page = await newPage();
      await routeOfficeCdn(page);
      await readerLanguage(page, lang);
      // Internet Explorer 11 and EdgeHTML have neither (boot.ts engineIsCurrent).
      await page.addInitScript(() => {
        delete (Promise as { allSettled?: unknown }).allSettled;
        delete (String.prototype as { matchAll?: unknown }).matchAll;
      });
      await page.goto(`${server.url}/taskpane.html`);
      const alert = page.getByRole("alert");
      await alert.getByRole("heading", { name: title }).waitFor();
      await alert.getByText(web).waitFor();
      expect(await page.locator("#root").innerHTML()).toBe("");
      await screenshot(page, lang, "boot-too-old");
      expect(pageErrors(page)).toEqual([]);
      await page.close();
    },
  );

  it.each([
    ["en", "Office's JavaScript library did not load"],
    ["zh-CN", "Office 的 JavaScript 库未能加载"],
  ])(
    "with office.js blocked says at once what is wrong and where office.js comes from (%s)",
    async (lang, title) => {
      const page = await newPage();
      await routeOfficeCdn(page, (file) => file === "office.js");
      await readerLanguage(page, lang);
      const started = Date.now();
      await page.goto(`${server.url}/taskpane.html`);
      const alert = page.getByRole("alert");
      await alert.getByRole("heading", { name: title }).waitFor();
      expect(Date.now() - started).toBeLessThan(OFFICE_WAIT_MS);
      await alert.getByText(`${CDN}office.js`).waitFor();
      expect(await page.locator("#root").innerHTML()).toBe("");
      await screenshot(page, lang, "boot-office-js-blocked");
      await page.close();
    },
  );

  it("with the files office.js loads blocked (Office never ready) says so after a few seconds", async () => {
    const page = await newPage();
    await routeOfficeCdn(page, (file) => file !== "office.js");
    await page.goto(`${server.url}/taskpane.html`);
    await page.waitForTimeout(OFFICE_WAIT_MS / 2);
    expect(await page.locator("#procsheet-boot").count()).toBe(0);
    await page
      .getByRole("alert")
      .getByRole("heading", { name: "Office's JavaScript library did not load" })
      .waitFor({ timeout: OFFICE_WAIT_MS * 2 });
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it("starts under a Content-Security-Policy without 'unsafe-eval', with no violation and no message", async () => {
    const page = await newPage();
    const violations = await watchViolations(page);
    await routeOfficeCdn(page);
    await page.goto(`${cspServer.url}/taskpane.html`);
    await page.waitForFunction(() => (document.getElementById("root")?.childElementCount ?? 0) > 0);
    await screenshot(page, "en", "boot-csp-pane");
    expect(await page.locator("#procsheet-boot").count()).toBe(0);
    expect(violations).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it("loads a process, and checks it against the schema, under the same policy (the workbench)", async () => {
    const page = await newPage();
    const violations = await watchViolations(page);
    const q = new URLSearchParams({ template: "procurement", lang: "en", api: "1.17", now: NOW });
    await page.goto(`${cspServer.url}/workbench.html?${q.toString()}`);
    await page.getByRole("grid").waitFor();
    const pane = page.locator("#pane");
    await pane.getByRole("tablist").waitFor();
    for (const tab of ["Rules", "Test", "Analyze", "Repeat"]) {
      await pane.getByRole("tab", { name: tab }).click();
      await pane.getByRole("tabpanel").waitFor();
    }
    expect(violations).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });
});
