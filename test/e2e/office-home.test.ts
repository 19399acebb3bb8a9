/**
 * At home in every Office, in headless Chromium on the workbench: the pane in Office's dark themes (with
 * screenshots, test/e2e/screenshots/<theme>-*.png), every view checked by axe-core, the results of actions
 * in view in a 350 px pane, and the main loop by keyboard alone.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { stringsFor, type StringKey } from "../../src/taskpane/i18n/use-strings";
import type { Lang } from "../../src/words/lang";
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

const say = (key: StringKey, params: Record<string, Value> = {}, lang: Lang = "en"): string =>
  stringsFor(lang).f(key, params as never);

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

async function openTab(page: Page, key: StringKey, lang: Lang = "en"): Promise<void> {
  const pane = page.locator("#pane");
  await pane.getByRole("tab", { name: say(key, {}, lang), exact: true }).click();
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

const AXE = join(ROOT, "node_modules/axe-core/axe.min.js");

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[]; readonly failureSummary?: string }[];
}

/** axe-core's serious and critical violations inside the pane, one line each (rule, help, where). */
async function axeProblems(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: string, o: object) => Promise<unknown> } }).axe;
    const r = (await axe.run("#pane", { resultTypes: ["violations"] })) as { violations: unknown[] };
    return r.violations;
  });
  return (violations as AxeViolation[])
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) =>
      v.nodes.map(
        (n) => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(" ")} — ${n.failureSummary ?? ""}`,
      ),
    );
}

const VIEWS: readonly StringKey[] = [
  "tabStart",
  "tabGoals",
  "tabMap",
  "tabRules",
  "tabTest",
  "tabRun",
  "tabAnalyze",
  "tabRepeat",
];

describeInBrowser("every view checked by axe-core", () => {
  test.each([
    ["colorful", "en"],
    ["darkGray", "en"],
    ["black", "en"],
    ["black", "zh-CN"],
  ] as const)("%s, %s: no serious or critical violation in any view of the pane", async (theme, lang) => {
    const page = await openWorkbench(browser.context, server.url, { theme, lang });
    const found: string[] = [];
    for (const view of VIEWS) {
      await openTab(page, view, lang);
      await page.waitForTimeout(300); // Fluent's delayed renders (MessageBar text) settle
      found.push(...(await axeProblems(page)).map((p) => `${view}: ${p}`));
    }
    // Results too: a dry run's changes or its "nothing to change".
    await openTab(page, "tabTest", lang);
    await page
      .locator("#pane")
      .getByRole("button", { name: say("dryRun", {}, lang), exact: true })
      .click();
    await page
      .locator("#pane")
      .getByText(/^(Nothing was written\.|Everything is up to date|未写入任何内容|一切都是最新的)/)
      .first()
      .waitFor();
    found.push(...(await axeProblems(page)).map((p) => `dry run: ${p}`));
    await screenshot(page, `${theme}-${lang}`, "axe-test-view");
    expect(found).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  test("an empty workbook's Start view and the blank wizard", async () => {
    const page = await openWorkbench(browser.context, server.url, { template: "none" });
    const found = await axeProblems(page);
    await page
      .locator("#pane")
      .getByRole("button", { name: say("blankStart"), exact: true })
      .click();
    await page.getByTestId("blank-wizard").waitFor();
    found.push(...(await axeProblems(page)));
    expect(found).toEqual([]);
    await page.close();
  });
});

/** What the focused element is called (its label, else its text), and whether it is inside the pane. */
function focused(
  page: Page,
): Promise<{ readonly name: string; readonly inPane: boolean; readonly role: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return { name: "", inPane: false, role: "" };
    const labelled = el.getAttribute("aria-labelledby");
    const byId = labelled
      ? labelled
          .split(" ")
          .map((id) => document.getElementById(id)?.textContent ?? "")
          .join(" ")
      : "";
    const label = el.id ? (document.querySelector(`label[for="${el.id}"]`)?.textContent ?? "") : "";
    const name = (el.getAttribute("aria-label") || byId || label || el.textContent || "").trim();
    return {
      name,
      inPane: document.getElementById("pane")?.contains(el) ?? false,
      role: el.getAttribute("role") ?? el.tagName.toLowerCase(),
    };
  });
}

/** Tab (forward) until the focused control in the pane is called `name`; fails after `max` presses. */
async function tabTo(page: Page, name: string | RegExp, role?: string, max = 250): Promise<void> {
  for (let i = 0; i < max; i++) {
    const f = await focused(page);
    if (
      f.inPane &&
      (role === undefined || f.role === role) &&
      (typeof name === "string" ? f.name === name : name.test(f.name))
    )
      return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached "${String(name)}" in the pane`);
}

describeInBrowser("the main loop by keyboard alone", () => {
  test("start from a template, sync, filter a view, undo — with Tab, arrows, Enter and Space only", async () => {
    const page = await openWorkbench(browser.context, server.url, { template: "none" });
    const pane = page.locator("#pane");
    await pane
      .getByRole("button", { name: /^Create register: / })
      .first()
      .waitFor();

    // Start: the Procurement card's Create register, the form's automatic routing off, Create register.
    await tabTo(page, `${say("createRegister")}: Procurement`);
    await page.keyboard.press("Enter");
    await tabTo(page, new RegExp(`^${say("automaticOn")}`));
    await page.keyboard.press("Space");
    await tabTo(page, say("createRegister"));
    await page.keyboard.press("Enter");
    await pane
      .getByText(/The register of .+ is ready\./)
      .first()
      .waitFor();

    // The loop's tabs: the selected tab is the tab stop; arrows move along, Enter opens.
    await tabTo(page, say("tabStart"));
    for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
    expect((await focused(page)).name).toBe(say("tabRun"));
    await page.keyboard.press("Enter");
    await pane.getByTestId("view-loading").waitFor({ state: "detached" });
    await pane.getByRole("tab", { name: say("tabRun"), selected: true }).waitFor();

    // Sync now.
    await tabTo(page, say("syncNow"));
    await page.keyboard.press("Enter");
    await pane
      .getByText(/^Synced: /)
      .first()
      .waitFor();

    // Views: Show → Overdue (the list opens with Enter, arrows pick, Enter chooses), Apply view.
    await tabTo(page, new RegExp(`^${say("viewShow")}\\b`), "combobox");
    await page.keyboard.press("Enter");
    await page.getByRole("listbox").waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute("role") === "option");
    await page.keyboard.press("ArrowUp");
    expect((await focused(page)).name).toBe(say("viewOverdue"));
    await page.keyboard.press("Enter");
    await page.getByRole("listbox").waitFor({ state: "detached" });
    await expect(
      pane.getByRole("combobox", { name: new RegExp(`^${say("viewShow")}`) }).innerText(),
    ).resolves.toContain(say("viewOverdue"));
    await tabTo(page, say("applyView"));
    await page.keyboard.press("Enter");
    await pane.getByText(/^Applied: Overdue — \d+ rows? shown\.$/).waitFor();

    // Undo the sync.
    await tabTo(page, say("undoLastSync"));
    await page.keyboard.press("Enter");
    await pane
      .getByText(/^Put back \d+ cells? in \d+ cases?\./)
      .first()
      .waitFor();
    await screenshot(page, "keyboard", "undone");
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });
});
