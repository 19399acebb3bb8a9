/**
 * Learning from History in the workbench, in headless Chromium (issue 13): Analyze on the procurement
 * sample — which comes with fifteen weeks of History — shows real figures and non-empty charts; "Try on
 * past cases" runs an unsaved rule change over that History; the pinned clock reaches Excel's TODAY().
 * In English and in Chinese; each screen is saved as test/e2e/screenshots/<lang>-learn-<screen>.png.
 */
import type { Locator, Page } from "playwright-core";
import type { Lang } from "../../src/words/lang";
import { IntlMessageFormat } from "intl-messageformat";
import type { StringKey } from "../../src/taskpane/i18n/use-strings";
import { lookUp } from "../../src/words/book";
import { AGE_HEADERS } from "../../src/core/register/format-rules";
import {
  buildWorkbench,
  describeInBrowser,
  launchBrowser,
  openWorkbench,
  pageErrors,
  screenshot,
  serveDirectory,
  type Browser,
  type StaticServer,
  sayIn,
} from "./harness";

jest.setTimeout(180_000);

const say = sayIn;
/** A pane text as a pattern, every argument left open. */
function pattern(lang: Lang, key: StringKey): RegExp {
  const text = lookUp(`pane.${key}`)?.[lang] ?? "";
  const nodes = new IntlMessageFormat(text, lang, undefined, { ignoreTag: true }).getAst();
  const parts = nodes.map((n) => (n.type === 0 ? n.value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") : ".+?"));
  return new RegExp(parts.join(""));
}

let server: StaticServer;
let browser: Browser;

describeInBrowser("learning from History in the workbench", () => {
  beforeAll(async () => {
    server = await serveDirectory(await buildWorkbench());
    browser = await launchBrowser();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe.each<Lang>(["en", "zh-CN"])("in %s", (lang) => {
    let page: Page;
    let pane: Locator;
    const openTab = async (key: StringKey) => {
      await pane.getByRole("tab", { name: say(lang, key), exact: true }).click();
      await pane.getByTestId("view-loading").waitFor({ state: "detached" });
    };

    beforeAll(async () => {
      page = await openWorkbench(browser.context, server.url, { lang });
      pane = page.locator("#pane");
    });
    afterAll(async () => page?.close());

    test("Analyze on a fresh procurement sample: real figures, on time per step, breaches", async () => {
      await openTab("tabAnalyze");
      const p85 = pane.getByRole("region", { name: say(lang, "cycleP85") });
      await p85.getByText(pattern(lang, "closedCases")).waitFor({ timeout: 60_000 });
      const text = await p85.innerText();
      // Weeks of closed cases: a real p85 in days, judged against the 25-day goal.
      expect(text).toMatch(/\d+(\.\d)?/);
      expect(text).toMatch(new RegExp(`${say(lang, "targetMet")}|${say(lang, "targetMissed")}`));
      expect(text).not.toMatch(pattern(lang, "notEnough"));
      const closed = Number(/(\d+)/.exec(await p85.getByText(pattern(lang, "closedCases")).innerText())?.[1]);
      expect(closed).toBeGreaterThanOrEqual(10);
      const forecast = await pane.getByRole("region", { name: say(lang, "forecast") }).innerText();
      expect(forecast).toMatch(pattern(lang, "forecastDates"));
      await screenshot(page, lang, "learn-analyze");

      const breaches = pane.getByRole("list", { name: say(lang, "breachesTitle") });
      await breaches.scrollIntoViewIfNeeded();
      expect(await breaches.getByRole("listitem").count()).toBeGreaterThan(0);
      await pane.getByRole("table").scrollIntoViewIfNeeded();
      await screenshot(page, lang, "learn-breaches");
    });

    test("the Analysis sheet's charts are drawn from real series, none empty", async () => {
      await pane.getByRole("button", { name: say(lang, "buildCharts"), exact: true }).click();
      await pane.getByText(pattern(lang, "chartsBuilt")).first().waitFor({ timeout: 60_000 });
      const charts = page.getByTestId("chart");
      await charts.first().waitFor();
      expect(await charts.count()).toBe(6);
      for (const chart of await charts.all()) {
        await expect(chart.locator("figcaption").innerText()).resolves.not.toBe("");
        // Drawn marks, not the "no data" text: a histogram of the sample's past has three bins of 20 days.
        expect(await chart.locator("rect, circle, polygon, polyline").count()).toBeGreaterThanOrEqual(3);
        expect(await chart.getByText(lang === "en" ? "No data" : "无数据", { exact: true }).count()).toBe(0);
      }
      await page.locator("#workbook .charts").scrollIntoViewIfNeeded();
      await screenshot(page, lang, "learn-charts");
      expect(pageErrors(page)).toEqual([]);
    });

    test("Try on past cases: an unsaved rule change run over History, with the why of each change", async () => {
      await openTab("tabRules");
      await pane.getByRole("combobox", { name: new RegExp(`^${say(lang, "step")}`) }).click();
      const review = lang === "en" ? "Purchasing review" : "采购部门审查";
      await page.getByRole("option", { name: review, exact: true }).click();
      const when = (key: "ownerClauseN" | "nextClauseN", n: number) =>
        pane.getByRole("region", { name: say(lang, key, { n }) }).getByLabel(say(lang, "when"));
      await when("ownerClauseN", 1).fill("amount > 80000");
      await when("nextClauseN", 1).fill("amount > 80000");
      await when("nextClauseN", 2).fill("amount <= 80000");
      await pane.getByText(pattern(lang, "unsavedChanges")).waitFor();

      await openTab("tabTest");
      await pane.getByRole("button", { name: say(lang, "pastRun"), exact: true }).click();
      await pane.getByText(pattern(lang, "pastSummary")).waitFor({ timeout: 60_000 });
      const owners = pane.getByRole("list", { name: say(lang, "pastOwnerChanges") });
      expect(await owners.getByRole("listitem").count()).toBeGreaterThan(0);
      await owners
        .getByRole("listitem")
        .first()
        .getByRole("button", { name: say(lang, "pastWhy") })
        .click();
      await expect(
        pane
          .getByRole("table", { name: say(lang, "pastLoad") })
          .getByRole("row")
          .count(),
      ).resolves.toBeGreaterThan(2);
      await pane.getByText(pattern(lang, "pastSummary")).scrollIntoViewIfNeeded();
      await screenshot(page, lang, "learn-backtest");
      await pane.getByRole("table", { name: say(lang, "pastOnTime") }).scrollIntoViewIfNeeded();
      await screenshot(page, lang, "learn-backtest-tables");
      expect(pageErrors(page)).toEqual([]);
    });

    test("the pinned clock reaches Excel's TODAY(): days in step agree with the pane's 2 March", async () => {
      await openTab("tabRun");
      await page.getByRole("tab", { name: lang === "en" ? "Procurement" : "采购流程", exact: true }).click();
      await pane.getByRole("button", { name: say(lang, "applyFormats"), exact: true }).click();
      await pane.getByText(pattern(lang, "formatsApplied")).first().waitFor();
      const header = page.locator("#workbook thead td", { hasText: AGE_HEADERS[lang] }).first();
      const column = ((await header.getAttribute("data-address")) ?? "").replace(/\d+$/, "");
      expect(column).not.toBe("");
      // PR-0016 (row 17) started its step on 12 February: 18 days on 2 March, whatever today is.
      await expect(
        page.locator(`#workbook td[data-address="${column}17"] .cell-text`).innerText(),
      ).resolves.toBe("18");
      await screenshot(page, lang, "learn-formats");
      expect(pageErrors(page)).toEqual([]);
    });
  });
});
