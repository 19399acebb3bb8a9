/**
 * The workbench's own behaviour in headless Chromium: the grid draws the simulated workbook as Excel would
 * show it, follows clicks and the keyboard (and the pane with it), edits cells like a person typing,
 * redraws after every change, stays fast on long sheets, and runs against an older ExcelApi.
 */
import type { Locator, Page } from "playwright-core";
import {
  buildWorkbench,
  describeInBrowser,
  launchBrowser,
  openWorkbench,
  pageErrors,
  serveDirectory,
  type Browser,
  type StaticServer,
} from "./harness";

jest.setTimeout(120_000);

let server: StaticServer;
let browser: Browser;
let page: Page;
let pane: Locator;

const cell = (address: string) => page.locator(`#workbook td[data-address="${address}"]`);
/** What a cell shows (without the filter button drawn in a table header). */
const text = (address: string) => cell(address).locator(".cell-text").innerText();
/** The in-cell editor (an input with a drop-down list where the cell has list validation). */
const editor = (address: string) => page.getByLabel(address, { exact: true });
const statusLine = () => page.getByTestId("status-line");

/** The grid column under the header `name` of the register (row 1), as a letter. */
async function columnOf(name: string): Promise<string> {
  const address = await page
    .locator("#workbook thead td", { hasText: name })
    .first()
    .getAttribute("data-address");
  return (address ?? "").replace(/\d+$/, "");
}

describeInBrowser("the workbench", () => {
  beforeAll(async () => {
    server = await serveDirectory(await buildWorkbench());
    browser = await launchBrowser();
    page = await openWorkbench(browser.context, server.url);
    pane = page.locator("#pane");
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("draws the template's sample register as Excel shows it", async () => {
    await page.getByRole("tab", { name: "Procurement", exact: true, selected: true }).waitFor();
    await page.getByRole("tab", { name: "Procurement History", exact: true }).waitFor();
    // The table's header row is frozen: it is drawn in the grid's sticky head, with filter buttons.
    await expect(page.locator("#workbook thead td.part-header").count()).resolves.toBeGreaterThan(10);
    await expect(text("A1")).resolves.toBe("ID");
    await expect(page.locator("#workbook thead .filter-button").count()).resolves.toBeGreaterThan(10);
    // Number formats: money with thousands separators, dates and times as the register formats them.
    const amount = await columnOf("Amount");
    await expect(text(`${amount}2`)).resolves.toMatch(/^42,500(\.00)?$/);
    await expect(text("F2")).resolves.toBe("2026-02-03 10:00");
    await expect(cell(`${amount}2`).evaluate((td) => getComputedStyle(td).textAlign)).resolves.toBe("right");
    await expect(page.getByTestId("hidden-rows").innerText()).resolves.toBe("No hidden rows");
    // Scrolled down, the header row stays in view.
    const grid = page.locator("#workbook .grid-scroll");
    const top = (await cell("A1").boundingBox())?.y;
    await grid.evaluate((el) => el.scrollBy(0, 300));
    await expect(
      cell("A1")
        .boundingBox()
        .then((b) => b?.y),
    ).resolves.toBe(top);
    await grid.evaluate((el) => el.scrollTo(0, 0));
  });

  test("follows a click and the arrow keys, and the pane's live row follows the selection", async () => {
    await pane.getByRole("tab", { name: "Rules", exact: true }).click();
    const live = pane.getByTestId("live-row");
    await cell("A3").click();
    await live.getByText(/^PR-0002, evaluated at the step/).waitFor();
    await page.keyboard.press("ArrowDown");
    await live.getByText(/^PR-0003, evaluated at the step/).waitFor();
    await expect(statusLine().innerText()).resolves.toContain("Selected A4");
    await expect(cell("A4").getAttribute("aria-selected")).resolves.toBe("true");
    // The keyboard is in the selected cell (in its typing input), so the next keystroke edits it.
    await expect(
      page.evaluate(() => document.activeElement?.closest("td")?.getAttribute("data-address")),
    ).resolves.toBe("A4");
  });

  test("edits a cell like a person typing: the list refuses a wrong status, automatic routing takes a right one", async () => {
    await pane.getByRole("tab", { name: "Run", exact: true }).click();
    await pane.getByText("Routing in this Excel.").waitFor();
    const status = await columnOf("Status");
    const target = cell(`${status}5`);
    await expect(target.innerText()).resolves.toBe("To do");

    await target.dblclick();
    await editor(`${status}5`).fill("Nonsense");
    await page.keyboard.press("Enter");
    await page
      .getByRole("alert")
      .filter({ hasText: /Excel refused “Nonsense”/ })
      .waitFor();
    await expect(target.innerText()).resolves.toBe("To do");

    await target.click();
    await page.keyboard.press("Enter");
    await expect(editor(`${status}5`).inputValue()).resolves.toBe("To do");
    await editor(`${status}5`).fill("Done");
    await page.keyboard.press("Enter");
    await target.getByText("Done", { exact: true }).waitFor();
    // PR-0004 was at the last step: Done closes it, and the pane lists it under what was just routed.
    await pane.getByRole("button", { name: "Show PR-0004 in the register" }).waitFor();
    // Enter moved the selection down, as in Excel.
    await expect(statusLine().innerText()).resolves.toContain(`Selected ${status}6`);
  });

  test("types a new row under the register: an amount joins the table and takes the column's money format", async () => {
    const amount = await columnOf("Amount");
    const bottom = await page.evaluate(() => {
      const t = window.procsheetWorkbench?.sim.snapshot().tables.find((x) => x.sheet === "Procurement");
      return Number(/(\d+)$/.exec(t?.address ?? "")?.[1]);
    });
    const below = `${amount}${bottom + 1}`;
    await cell(below).click();
    // Typing on a selected cell starts the edit with that character, as in Excel (no Enter, F2 or double-click).
    await page.keyboard.type("68000");
    await expect(editor(below).inputValue()).resolves.toBe("68000");
    await page.keyboard.press("Enter");
    await expect(text(below)).resolves.toBe("68,000.00");
    await expect(cell(below).evaluate((td) => getComputedStyle(td).textAlign)).resolves.toBe("right");
    const address = await page.evaluate(
      () => window.procsheetWorkbench?.sim.snapshot().tables.find((x) => x.sheet === "Procurement")?.address,
    );
    expect(address).toBe(`Procurement!A1:${address?.split(":")[1]?.replace(/\d+$/, "")}${bottom + 1}`);
    await expect(statusLine().innerText()).resolves.toContain(`Selected ${amount}${bottom + 2}`);
    // Tab commits and moves right; Esc cancels.
    await page.keyboard.type("1");
    await page.keyboard.press("Tab");
    await expect(statusLine().innerText()).resolves.toMatch(new RegExp(`Selected [A-Z]+${bottom + 2}`));
    await page.keyboard.type("999");
    await page.keyboard.press("Escape");
    const right = await page.evaluate(() =>
      document.activeElement?.closest("td")?.getAttribute("data-address"),
    );
    await expect(text(right ?? "")).resolves.toBe("");
  });

  test("redraws after a co-author's edit", async () => {
    await page.evaluate(() =>
      window.procsheetWorkbench?.sim.coauthor.editCell("Procurement", "B2", "Edited remotely"),
    );
    await page.getByRole("gridcell", { name: "Edited remotely" }).waitFor();
  });

  test("draws a long sheet only where it is scrolled, and redraws it quickly", async () => {
    await page.getByRole("tab", { name: "Sheet1", exact: true }).click();
    const started = await page.evaluate(() => {
      const rows = Array.from({ length: 2000 }, (_, i) => [`Row ${i + 1}`, i * 1.5, i % 2 === 0]);
      const t0 = performance.now();
      window.procsheetWorkbench?.sim.user.setRangeByUser("Sheet1", "A1:C2000", rows);
      return t0;
    });
    await cell("A1").filter({ hasText: "Row 1" }).waitFor();
    const drawnIn = await page.evaluate((t0) => performance.now() - t0, started);
    expect(drawnIn).toBeLessThan(1000);
    await expect(page.locator("#workbook tbody tr").count()).resolves.toBeLessThan(120);
    await expect(statusLine().innerText()).resolves.toContain("2,003 rows: only those in view are drawn");
    await page.locator("#workbook .grid-scroll").evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.getByRole("gridcell", { name: "Row 2000", exact: true }).waitFor();
    await expect(text("B2000")).resolves.toBe("2998.5");
    await expect(text("C2000")).resolves.toBe("FALSE");
  });

  test("takes Chinese from an IME: the first keystroke of a composition is neither lost nor typed twice", async () => {
    await page.locator("#workbook .grid-scroll").evaluate((el) => el.scrollTo(0, 0));
    await cell("E2").click();
    // What Chromium gets from a pinyin IME: a key the IME takes (keyCode 229), the composition, the choice.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Input.dispatchKeyEvent", {
      type: "rawKeyDown",
      key: "Process",
      code: "KeyN",
      windowsVirtualKeyCode: 229,
    });
    await cdp.send("Input.imeSetComposition", { text: "n", selectionStart: 1, selectionEnd: 1 });
    await cdp.send("Input.dispatchKeyEvent", {
      type: "keyUp",
      key: "n",
      code: "KeyN",
      windowsVirtualKeyCode: 78,
    });
    await cdp.send("Input.imeSetComposition", { text: "nihao", selectionStart: 5, selectionEnd: 5 });
    await cdp.send("Input.insertText", { text: "你好" });
    await expect(editor("E2").inputValue()).resolves.toBe("你好");
    await page.keyboard.press("Enter");
    await expect(text("E2")).resolves.toBe("你好");
    await expect(statusLine().innerText()).resolves.toContain("Selected E3");
    // Text an input method commits at once (no composition) starts the edit too.
    await page.keyboard.insertText("采购");
    await page.keyboard.press("Enter");
    await expect(text("E3")).resolves.toBe("采购");
    await expect(
      page.evaluate(() => window.procsheetWorkbench?.sim.snapshot().sheets["Sheet1"]?.values[1]?.[4]),
    ).resolves.toBe("你好");
    await cdp.detach();
  });

  test("moves between sheets with the keyboard", async () => {
    const tab = page.getByRole("tab", { name: "Sheet1", exact: true });
    await tab.focus();
    await page.keyboard.press("ArrowRight");
    await page.getByRole("tab", { name: "Procurement", exact: true, selected: true }).waitFor();
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Procurement");
    expect(pageErrors(page)).toEqual([]);
  });

  test("runs against ExcelApi 1.13, the oldest Excel that loads Procsheet (the manifest's minimum)", async () => {
    const oldest = await openWorkbench(browser.context, server.url, { api: "1.13" });
    await oldest.locator("#pane").getByRole("heading", { name: "My work" }).waitFor();
    await oldest.getByRole("gridcell", { name: "PR-0001", exact: true }).waitFor();
    expect(pageErrors(oldest)).toEqual([]);
    await oldest.close();
  });
});
