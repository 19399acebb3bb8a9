/**
 * Building a process without its file, in the workbench in headless Chromium, as a manager would: from
 * blank, a four-step leave request with a branch (more than 5 days goes to the director), its register,
 * the flow with its branch in the pane, and the map drawn on a sheet — in English, then in Chinese.
 * Screens are saved as test/e2e/screenshots/<lang>-build-*.png.
 */
import type { Locator, Page } from "playwright-core";
import type { Lang } from "../../src/words/lang";
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

interface Case {
  readonly name: { readonly en: string; readonly zh: string };
  readonly steps: readonly string[];
  readonly field: { readonly en: string; readonly zh: string };
  /** The branch's condition as the person types it: the column's header in their own language. */
  readonly condition: string;
}

const CASES: Readonly<Record<Lang, Case>> = {
  en: {
    name: { en: "Leave request", zh: "请假申请" },
    steps: ["Ask", "Manager approves", "Director approves", "Record"],
    field: { en: "Days", zh: "天数" },
    condition: "Days > 5",
  },
  "zh-CN": {
    name: { en: "Leave request", zh: "请假申请" },
    steps: ["提交申请", "经理审批", "总监审批", "人事登记"],
    field: { en: "Days", zh: "天数" },
    condition: "天数 > 5",
  },
};

let server: StaticServer;
let browser: Browser;

describeInBrowser("building a process from blank in the workbench", () => {
  beforeAll(async () => {
    server = await serveDirectory(await buildWorkbench());
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test.each<Lang>(["en", "zh-CN"])(
    "in %s: goal → fields → steps → owners → a first test → register → map",
    async (lang) => {
      const c = CASES[lang];
      const page: Page = await openWorkbench(browser.context, server.url, { template: "none", lang });
      const pane = page.locator("#pane");
      const wizard = pane.getByTestId("blank-wizard");
      const next = () => wizard.getByRole("button", { name: say(lang, "next"), exact: true }).click();
      const choose = async (combobox: Locator, option: string) => {
        await combobox.click();
        await page.getByRole("listbox").getByRole("option", { name: option, exact: true }).click();
      };

      await pane.getByRole("button", { name: say(lang, "blankStart"), exact: true }).click();
      // Goal
      await wizard.getByLabel(say(lang, "processNameEn")).fill(c.name.en);
      await wizard.getByLabel(say(lang, "processNameZh")).fill(c.name.zh);
      await wizard
        .getByLabel(say(lang, "goalStatementEn"))
        .fill("Every request answered within 3 working days");
      await wizard.getByLabel(say(lang, "goalStatementZh")).fill("每个申请 3 个工作日内答复");
      await screenshot(page, lang, "build-1-goal");
      await next();
      // Fields
      const addField = wizard.getByRole("region", { name: say(lang, "addFieldTitle") });
      await addField.getByLabel(say(lang, "headerEn")).fill(c.field.en);
      await addField.getByLabel(say(lang, "headerZh")).fill(c.field.zh);
      await choose(
        addField.getByRole("combobox", { name: new RegExp(`^${say(lang, "fieldType")}`) }),
        say(lang, "typeNumber"),
      );
      await addField.getByRole("button", { name: say(lang, "addField"), exact: true }).click();
      await next();
      // Steps
      const addStep = wizard.getByRole("region", { name: say(lang, "addStepTitle") });
      for (const step of c.steps) {
        await addStep
          .getByLabel(lang === "en" ? say(lang, "stepNameEn") : say(lang, "stepNameZh"))
          .fill(step);
        await addStep.getByRole("button", { name: say(lang, "addStep"), exact: true }).click();
      }
      await wizard.getByTestId("flow-drawing").locator("g[data-step]").nth(4).waitFor();
      await screenshot(page, lang, "build-2-steps");
      await next();
      // Owners, and the branch
      const section = (step: string) =>
        wizard.getByRole("region", { name: say(lang, "stepRules", { step }) });
      const people = ["Ann", "Mia", "Zoe", "Hal"];
      for (const [i, step] of c.steps.entries())
        await section(step)
          .getByRole("combobox", { name: say(lang, "assignTo") })
          .fill(people[i] ?? "");
      const manager = section(c.steps[1] ?? "");
      await manager.getByRole("button", { name: say(lang, "addNextClause"), exact: true }).click();
      await manager.getByRole("button", { name: say(lang, "addNextClause"), exact: true }).click();
      const rule1 = manager.getByRole("region", { name: say(lang, "nextClauseN", { n: 1 }) });
      await rule1.getByLabel(say(lang, "when")).fill(c.condition);
      await choose(
        rule1.getByRole("combobox", { name: new RegExp(`^${say(lang, "goTo")}`) }),
        c.steps[2] ?? "",
      );
      const rule2 = manager.getByRole("region", { name: say(lang, "nextClauseN", { n: 2 }) });
      await choose(
        rule2.getByRole("combobox", { name: new RegExp(`^${say(lang, "goTo")}`) }),
        c.steps[3] ?? "",
      );
      await rule1.scrollIntoViewIfNeeded();
      await screenshot(page, lang, "build-3-owners");
      await next();
      // A first test
      await choose(
        wizard.getByRole("combobox", { name: new RegExp(`^${say(lang, "testStep")}`) }),
        c.steps[1] ?? "",
      );
      await wizard.getByLabel(lang === "en" ? c.field.en : c.field.zh, { exact: true }).fill("7");
      await wizard
        .getByTestId("first-test-result")
        .getByText(c.steps[2] ?? "")
        .first()
        .waitFor();
      await wizard.getByRole("button", { name: say(lang, "keepTest"), exact: true }).click();
      await screenshot(page, lang, "build-4-test");
      await next();
      // The register
      await wizard.getByRole("button", { name: say(lang, "createRegister"), exact: true }).click();
      await pane.getByRole("tab", { name: say(lang, "tabMap"), exact: true, selected: true }).waitFor();
      const drawing = pane.getByTestId("flow-drawing");
      await drawing.locator("g[data-step]").nth(4).waitFor();
      expect(await drawing.locator("text[data-label]").count()).toBe(2);
      await expect(drawing.locator("text[data-label]").first().textContent()).resolves.toContain(
        lang === "en" ? "Days > 5" : "天数 > 5",
      );
      await page.getByRole("tab", { name: c.name[lang === "en" ? "en" : "zh"], exact: true }).waitFor();
      await drawing.scrollIntoViewIfNeeded();
      await screenshot(page, lang, "build-5-flow");
      // The map on a sheet
      await pane.getByRole("button", { name: say(lang, "drawMap"), exact: true }).click();
      await pane
        .getByText(new RegExp(say(lang, "mapDrawn", { sheet: "§", n: 5, arrows: 5 }).split("§")[0] ?? ""))
        .first()
        .waitFor();
      const sheetDrawing = page.locator("figure.drawing");
      await sheetDrawing.waitFor();
      expect(await sheetDrawing.locator("polyline").count()).toBe(5);
      expect(await sheetDrawing.locator("g[data-shape]").count()).toBeGreaterThanOrEqual(5 + 5 + 2);
      await screenshot(page, lang, "build-6-map-sheet");
      expect(pageErrors(page)).toEqual([]);
      await page.close();
    },
  );
});
