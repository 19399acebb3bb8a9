/**
 * Automation as staff meet it, in headless Chromium (en, then zh-CN): a status typed into the register is
 * routed with no button pressed, within 3 seconds; the ribbon's New case button opens a form that checks
 * every field before anything is written, then adds, numbers and routes the case.
 * Screens: test/e2e/screenshots/<lang>-routed.png, <lang>-new-row-routed.png, <lang>-new-case-problems.png, <lang>-new-case-added.png.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import type { Lang } from "../../src/words/lang";
import { OFFICE_MANIFEST } from "../../src/words/office-manifest";
import { STATUS_LABELS } from "../../src/core/register/status";
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
  gridColumnOf,
  sayIn,
} from "./harness";

jest.setTimeout(120_000);

const say = sayIn;

const HEADERS: Record<Lang, Record<"id" | "step" | "status" | "owner" | "item" | "amount", string>> = {
  en: { id: "ID", step: "Step", status: "Status", owner: "Owner", item: "Item", amount: "Amount" },
  "zh-CN": {
    id: "编号",
    step: "步骤",
    status: "状态",
    owner: "负责人",
    item: "采购物品",
    amount: "采购金额",
  },
};

const procurement = JSON.parse(readFileSync(join(ROOT, "templates/procurement.process.json"), "utf8")) as {
  readonly steps: readonly { readonly id: string; readonly name: Record<Lang, string> }[];
};
const stepName = (id: string, lang: Lang): string =>
  procurement.steps.find((s) => s.id === id)?.name[lang] ?? id;

let server: StaticServer;
let browser: Browser;

describeInBrowser("automation in the workbench", () => {
  beforeAll(async () => {
    server = await serveDirectory(await buildWorkbench());
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe.each<Lang>(["en", "zh-CN"])("in %s", (lang) => {
    let page: Page;
    let pane: Locator;
    const h = HEADERS[lang];
    const cell = (address: string) => page.locator(`#workbook td[data-address="${address}"]`);
    const text = (address: string) => cell(address).locator(".cell-text").innerText();
    const columnOf = (name: string): Promise<string> => gridColumnOf(page, name);

    beforeAll(async () => {
      page = await openWorkbench(browser.context, server.url, { lang });
      pane = page.locator("#pane");
    });
    afterAll(async () => page?.close());

    test("a case marked Done moves on to its next owner within 3 seconds, with no button pressed", async () => {
      const automatic = pane.getByRole("region", { name: say(lang, "automaticTitle") });
      await automatic.getByText(say(lang, "automaticHere")).waitFor();
      const [status, step, owner] = [
        await columnOf(h.status),
        await columnOf(h.step),
        await columnOf(h.owner),
      ];
      // The first open case of the register's early steps (Done moves it on rather than closing it).
      const early = ["request", "review", "rfq"].map((id) => stepName(id, lang));
      const row = await page.evaluate(
        ([s, st, todo, steps]) => {
          const at = (a: string) => document.querySelector(`#workbook td[data-address="${a}"] .cell-text`);
          for (let r = 2; r < 60; r += 1)
            if (at(`${s}${r}`)?.textContent === todo && steps.includes(at(`${st}${r}`)?.textContent ?? ""))
              return r;
          return 0;
        },
        [status, step, STATUS_LABELS.todo[lang], early] as const,
      );
      expect(row).toBeGreaterThan(1);
      const [stepBefore, ownerBefore] = [await text(`${step}${row}`), await text(`${owner}${row}`)];

      await cell(`${status}${row}`).dblclick();
      await page.getByLabel(`${status}${row}`, { exact: true }).fill(STATUS_LABELS.done[lang]);
      const typed = await page.evaluate(() => performance.now());
      await page.keyboard.press("Enter");
      const routedAt = await page.waitForFunction(
        ([address, before]) => {
          const td = document.querySelector(`#workbook td[data-address="${address}"] .cell-text`);
          return td && td.textContent !== before ? performance.now() : false;
        },
        [`${step}${row}`, stepBefore] as const,
        { timeout: 10_000, polling: 50 },
      );
      const ms = Number(await routedAt.jsonValue()) - typed;
      expect(ms).toBeLessThan(3000);
      await expect(text(`${status}${row}`)).resolves.toBe(STATUS_LABELS.todo[lang]);
      await expect(text(`${owner}${row}`)).resolves.not.toBe("");
      expect([stepBefore, ownerBefore]).not.toEqual([
        await text(`${step}${row}`),
        await text(`${owner}${row}`),
      ]);
      const id = await text(`A${row}`);
      await automatic.getByRole("button", { name: say(lang, "moveSelect", { id }) }).scrollIntoViewIfNeeded();
      await screenshot(page, lang, "routed");
      expect(pageErrors(page)).toEqual([]);
    });

    test("a new row typed under the register is numbered and routed within 3 seconds, with no button pressed", async () => {
      const [item, amount, owner, due] = [
        await columnOf(h.item),
        await columnOf(h.amount),
        await columnOf(h.owner),
        await columnOf(lang === "en" ? "Due" : "截止日期"),
      ];
      const bottom = await page.evaluate(() => {
        const t = window.procsheetWorkbench?.sim.snapshot().tables.find((x) => x.name.startsWith("PS_"));
        return Number(/(\d+)$/.exec(t?.address ?? "")?.[1]);
      });
      const r = bottom + 1;
      // Typing on a selected cell starts the edit, as in Excel; Enter commits.
      await cell(`${item}${r}`).click();
      await page.keyboard.type(lang === "en" ? "Label printer" : "标签打印机");
      await page.keyboard.press("Enter");
      await cell(`${amount}${r}`).click();
      await page.keyboard.type("3200");
      const typed = await page.evaluate(() => performance.now());
      await page.keyboard.press("Enter");
      const routedAt = await page.waitForFunction(
        ([id, who]) => {
          const at = (a: string) => document.querySelector(`#workbook td[data-address="${a}"] .cell-text`);
          return /^PR-\d{4}$/.test(at(id)?.textContent ?? "") && (at(who)?.textContent ?? "") !== ""
            ? performance.now()
            : false;
        },
        [`A${r}`, `${owner}${r}`] as const,
        { timeout: 10_000, polling: 50 },
      );
      expect(Number(await routedAt.jsonValue()) - typed).toBeLessThan(3000);
      await expect(text(`${due}${r}`)).resolves.toMatch(/^2026-\d\d-\d\d$/);
      await screenshot(page, lang, "new-row-routed");
      expect(pageErrors(page)).toEqual([]);
    });

    test("the ribbon's New case opens a form that checks every field, then adds and routes the case", async () => {
      await page
        .getByRole("toolbar", { name: OFFICE_MANIFEST["manifest.group"][lang] })
        .getByRole("button", { name: OFFICE_MANIFEST["manifest.newCase"][lang] })
        .click();
      const form = pane.getByRole("form", { name: say(lang, "newCase") });
      await form.waitFor();
      await form.getByRole("button", { name: say(lang, "newCaseAdd") }).click();
      await form.getByText(say(lang, "newCaseFix", { n: 2 })).waitFor();
      await form.getByRole("textbox", { name: new RegExp(`^${h.amount}`) }).fill("12x");
      await form.getByRole("button", { name: say(lang, "newCaseAdd") }).click();
      await form.getByText(say(lang, "entryNumber", { text: "12x" })).waitFor();
      await form.scrollIntoViewIfNeeded();
      await screenshot(page, lang, "new-case-problems");

      const item = lang === "en" ? "Standing desks ×4" : "升降办公桌 ×4";
      await form.getByRole("textbox", { name: new RegExp(`^${h.item}`) }).fill(item);
      await form.getByRole("textbox", { name: new RegExp(`^${h.amount}`) }).fill("12,400");
      await form.getByRole("button", { name: say(lang, "newCaseAdd") }).click();
      const added = form.getByRole("status");
      await added.filter({ hasText: /PR-\d{4} →/ }).waitFor();
      const [id] = /PR-\d{4}/.exec(await added.innerText()) ?? [""];
      // The case is in the grid: its ID, its item, an owner.
      const itemCell = page.getByRole("gridcell", { name: item, exact: true });
      await itemCell.waitFor();
      const address = String(await itemCell.getAttribute("data-address"));
      const r = address.replace(/^[A-Z]+/, "");
      await expect(text(`A${r}`)).resolves.toBe(id);
      await expect(text(`${await columnOf(h.owner)}${r}`)).resolves.not.toBe("");
      await added.scrollIntoViewIfNeeded();
      await screenshot(page, lang, "new-case-added");
      expect(pageErrors(page)).toEqual([]);
    });
  });
});
