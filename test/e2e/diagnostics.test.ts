/**
 * The self-check in the workbench (the real pane over the simulated Excel) in headless Chromium: opened by
 * `?diagnostics` and from the pane's More menu, it runs every check, all pass, the report shows, the
 * workbook is as it was; in en and zh-CN, with screenshots of the 350 px pane.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import {
  buildWorkbench,
  describeInBrowser,
  launchBrowser,
  NOW,
  pageErrors,
  screenshot,
  SCREENSHOTS,
  serveDirectory,
  type Browser,
  type StaticServer,
} from "./harness";

jest.setTimeout(180_000);

let server: StaticServer;
let browser: Browser;

const LANGS = {
  en: {
    run: "Run the self-check",
    summary: /^(\d+) passed · 0 failed · 0 not supported here · 0 could not observe$/,
    copy: "Copy report",
    copied: /Copied the report/,
  },
  "zh-CN": {
    run: "运行自检",
    summary: /^(\d+) 项通过 · 0 项未通过 · 0 项此处不支持 · 0 项无法观察$/,
    copy: "复制报告",
    copied: /已复制报告/,
  },
} as const;

/** The workbench at `?diagnostics` (no menu click): the pane opens on the self-check. */
async function openOnDiagnostics(lang: "en" | "zh-CN"): Promise<Page> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  (page as Page & { errors?: string[] }).errors = errors;
  const q = new URLSearchParams({ template: "procurement", lang, api: "1.17", now: NOW, diagnostics: "" });
  await page.goto(`${server.url}/workbench.html?${q.toString()}`);
  await page.getByRole("grid").waitFor();
  await page.locator("#pane").getByTestId("diagnostics").waitFor();
  return page;
}

/** The workbook as the simulation holds it (window.procsheetWorkbench), without the selection. */
const dump = (page: Page) =>
  page.evaluate(() => JSON.stringify(window.procsheetWorkbench?.sim.dump() ?? null));

describeInBrowser("the self-check in the workbench", () => {
  beforeAll(async () => {
    server = await serveDirectory(await buildWorkbench());
    browser = await launchBrowser();
    await browser.context.grantPermissions(["clipboard-read", "clipboard-write"]);
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const lang of ["en", "zh-CN"] as const) {
    test(`${lang}: ?diagnostics opens it; every check passes, the report shows and copies as JSON; the workbook is unchanged`, async () => {
      const words = LANGS[lang];
      const page = await openOnDiagnostics(lang);
      const pane = page.locator("#pane");
      await page.waitForTimeout(500); // the template's register is made and its events handled
      const before = await dump(page);
      await screenshot(page, lang, "self-check-start");
      await pane.getByRole("button", { name: words.run }).click();
      const summary = pane.getByTestId("diagnostics-summary");
      await summary.waitFor({ timeout: 60_000 });
      const text = (await summary.innerText()).trim();
      expect(text).toMatch(words.summary);
      expect(Number(words.summary.exec(text)?.[1])).toBeGreaterThanOrEqual(50);
      await expect(pane.locator('li[data-status="pass"]').count()).resolves.toBe(
        Number(words.summary.exec(text)?.[1]),
      );
      await expect(pane.locator("li[data-status]:not([data-status=pass])").count()).resolves.toBe(0);
      await pane.getByText("ExcelApi 1.1–1.17 · SharedRuntime 1.1").waitFor();
      await pane.getByRole("button", { name: words.copy }).click();
      await pane.getByText(words.copied).waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const report = JSON.parse(copied) as { kind: string; counts: { pass: number; fail: number } };
      expect(report.kind).toBe("procsheet-self-check");
      expect(report.counts.fail).toBe(0);
      expect(await dump(page)).toBe(before);
      // The pane (350 px wide) from its top, then scrolled to the end of the report.
      await pane.evaluate((el) => (el.scrollTop = 0));
      await screenshot(page, lang, "self-check-report");
      await pane.screenshot({ path: join(SCREENSHOTS, `${lang}-self-check-pane-top.png`) });
      await pane.evaluate((el) => (el.scrollTop = el.scrollHeight));
      await pane.screenshot({ path: join(SCREENSHOTS, `${lang}-self-check-pane-end.png`) });
      expect(pageErrors(page)).toEqual([]);
      await page.close();
    });
  }

  test("the pane's More menu opens the self-check, and Back returns to the loop's tabs", async () => {
    const page = await browser.context.newPage();
    const q = new URLSearchParams({ template: "procurement", lang: "en", api: "1.17", now: NOW });
    await page.goto(`${server.url}/workbench.html?${q.toString()}`);
    const pane = page.locator("#pane");
    await pane.getByRole("tablist").waitFor();
    await pane.getByRole("button", { name: "More" }).click();
    await page.getByRole("menuitem", { name: "Self-check" }).click();
    await pane.getByRole("heading", { name: "Self-check" }).waitFor();
    await screenshot(page, "en", "self-check-menu");
    await pane.getByRole("button", { name: "Back to the process" }).click();
    await pane.getByRole("tablist").waitFor();
    await page.close();
  });
});
