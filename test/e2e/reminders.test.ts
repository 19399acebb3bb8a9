/**
 * Reminders as staff meet them, in headless Chromium (en, then zh-CN), with the clock pinned (?now=): the
 * workbench's Excel routes the register automatically and so holds the lease; a person types an earlier due
 * date into an open case, and within seconds the case's overdue reminder is in the Run view's Outbox and
 * on the Outbox sheet, pending, once.
 * Email these opens one mail draft per person, and Mark as sent marks their rows.
 * Screens: test/e2e/screenshots/<lang>-outbox.png, <lang>-outbox-sheet.png, <lang>-email-these.png,
 * <lang>-marked-sent.png.
 */
import type { Locator, Page } from "playwright-core";
import type { Lang } from "../../src/words/lang";
import { STATUS_LABELS } from "../../src/core/register/status";
import { OUTBOX_SHEET, outboxHeaders } from "../../src/workbook/outbox/outbox-table";
import { say as sayWord } from "../../src/words/say";
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
  gridColumnOf,
  sayIn,
} from "./harness";

jest.setTimeout(120_000);

const say = sayIn;

const HEADERS: Record<Lang, Record<"status" | "owner" | "due", string>> = {
  en: { status: "Status", owner: "Owner", due: "Due" },
  "zh-CN": { status: "状态", owner: "负责人", due: "截止日期" },
};

let server: StaticServer;
let browser: Browser;

describeInBrowser("reminders in the workbench", () => {
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
    const columnOf = (name: string): Promise<string> => gridColumnOf(page, name);

    beforeAll(async () => {
      page = await openWorkbench(browser.context, server.url, { lang });
      pane = page.locator("#pane");
    });
    afterAll(async () => page?.close());

    test("an overdue case's reminder lands in the Outbox, in the pane and on the Outbox sheet, once", async () => {
      await pane.getByRole("tab", { name: say(lang, "tabRun"), exact: true }).click();
      const automatic = pane.getByRole("region", { name: say(lang, "automaticTitle") });
      await automatic.getByText(say(lang, "automaticHere")).waitFor();
      const [status, owner, due] = [await columnOf(h.status), await columnOf(h.owner), await columnOf(h.due)];
      // The first open case with an owner.
      const row = await page.evaluate(
        ([s, o, todo]) => {
          const at = (a: string) => document.querySelector(`#workbook td[data-address="${a}"] .cell-text`);
          for (let r = 2; r < 60; r += 1)
            if (at(`${s}${r}`)?.textContent === todo && (at(`${o}${r}`)?.textContent ?? "") !== "") return r;
          return 0;
        },
        [status, owner, STATUS_LABELS.todo[lang]] as const,
      );
      expect(row).toBeGreaterThan(1);
      const id = await cell(`A${row}`).locator(".cell-text").innerText();

      // A person moves the due date into the past; Sync now (or the lease holder's next 15-minute tick —
      // a routing of some rows does not produce reminders, docs/specification.md §3.12) finds it late.
      await cell(`${due}${row}`).dblclick();
      await page.getByLabel(`${due}${row}`, { exact: true }).fill("2026-02-20");
      await page.keyboard.press("Enter");
      await pane.getByRole("button", { name: say(lang, "syncNow"), exact: true }).click();

      const outbox = pane.getByRole("region", { name: say(lang, "outboxTitle") });
      const overdue = `${id} · ${say(lang, "kindOverdue")}`;
      await outbox.getByText(overdue, { exact: true }).waitFor({ timeout: 15_000 });
      await expect(outbox.getByText(overdue, { exact: true }).count()).resolves.toBe(1);
      await outbox.getByRole("button", { name: say(lang, "emailThese") }).waitFor();
      await outbox.getByRole("button", { name: say(lang, "emailThese") }).scrollIntoViewIfNeeded();
      await outbox.getByText(overdue, { exact: true }).scrollIntoViewIfNeeded();
      await screenshot(page, lang, "outbox");

      // The Outbox sheet as the command line writes it: headed in the workbook's language, the row pending.
      await page.getByRole("tab", { name: OUTBOX_SHEET[lang], exact: true }).click();
      const sheet = await page.evaluate(
        (name) => window.procsheetWorkbench?.sim.snapshot().sheets[name]?.values ?? [],
        OUTBOX_SHEET[lang],
      );
      expect(sheet[0]).toEqual(outboxHeaders(lang));
      const keyAt = outboxHeaders(lang).length - 1;
      const rows = sheet.slice(1).filter((r) => {
        const key = String(r[keyAt] ?? "");
        return key.startsWith(`${id}|`) && key.includes("|overdue|");
      });
      expect(rows.length).toBe(1);
      expect(rows[0]?.[7]).toBe(sayWord("outbox.status.pending", {}, lang));
      await screenshot(page, lang, "outbox-sheet");
      expect(pageErrors(page)).toEqual([]);
    });

    test("Email these opens one mail draft per person; Mark as sent marks their rows sent", async () => {
      // The drafts would open the machine's mail app: window.open is recorded instead.
      await page.evaluate(() => {
        const opened: string[] = [];
        (window as Window & { opened?: string[] }).opened = opened;
        window.open = (url?: string | URL) => {
          opened.push(String(url));
          return null;
        };
      });
      const outbox = pane.getByRole("region", { name: say(lang, "outboxTitle") });
      await outbox.getByRole("button", { name: say(lang, "emailThese") }).click();
      await outbox.getByRole("button", { name: say(lang, "markSent") }).waitFor();
      const opened = await page.evaluate(() => (window as Window & { opened?: string[] }).opened ?? []);
      const sheet = await page.evaluate(
        (name) => window.procsheetWorkbench?.sim.snapshot().sheets[name]?.values ?? [],
        OUTBOX_SHEET[lang],
      );
      const recipients = new Set(sheet.slice(1).map((r) => String(r[2])));
      expect(opened.length).toBe(recipients.size);
      expect(opened.every((u) => u.startsWith("mailto:?subject=") || /^mailto:[^?]+\?subject=/.test(u))).toBe(
        true,
      );
      await outbox.getByRole("button", { name: say(lang, "markSent") }).scrollIntoViewIfNeeded();
      await screenshot(page, lang, "email-these");
      await outbox.getByRole("button", { name: say(lang, "markSent") }).click();
      await outbox.getByText(say(lang, "markedSent", { n: sheet.length - 1 })).waitFor();
      const after = await page.evaluate(
        (name) => window.procsheetWorkbench?.sim.snapshot().sheets[name]?.values ?? [],
        OUTBOX_SHEET[lang],
      );
      const sent = sayWord("outbox.status.sent", {}, lang);
      expect(after.slice(1).every((r) => r[7] === sent)).toBe(true);
      await screenshot(page, lang, "marked-sent");
      expect(pageErrors(page)).toEqual([]);
    });
  });
});
