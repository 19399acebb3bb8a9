/**
 * An organisation's catalogue as an admin deploys it (docs/admins.md): *.process.json files and the index
 * scripts/catalog.mjs writes, served beside the task pane. In Chromium the pane fetches them from its own
 * origin, checks each against the index's SHA-256 with Web Crypto, lists them, shows a broken file's
 * problems, and upgrades the workbook's process after showing what changes.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
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

jest.setTimeout(120_000);

/** The catalogue files an admin would deploy, with the index the real indexer writes for them. */
function deployedCatalog(): Record<string, string> {
  const procurement = JSON.parse(readFileSync(join(ROOT, "templates/procurement.process.json"), "utf8")) as {
    steps: { id: string; slaDays?: number }[];
  };
  const v2 = {
    ...procurement,
    version: 2,
    steps: procurement.steps.map((s) => (s.id === "review" ? { ...s, slaDays: 4 } : s)),
  };
  const files: Record<string, string> = {
    "procurement.process.json": `${JSON.stringify(v2, null, 2)}\n`,
    "broken.process.json": JSON.stringify({ schemaVersion: 1, id: "broken", name: "Broken", steps: [] }),
  };
  const dir = mkdtempSync(join(tmpdir(), "procsheet-catalog-"));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const r = spawnSync(process.execPath, [join(ROOT, "scripts/catalog.mjs"), dir], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(r.stderr);
    files["index.json"] = readFileSync(join(dir, "index.json"), "utf8");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return Object.fromEntries(Object.entries(files).map(([name, text]) => [`/catalog/${name}`, text]));
}

let server: StaticServer;
let browser: Browser;
let page: Page;
let pane: Locator;

describeInBrowser("the organisation's catalogue in the browser", () => {
  beforeAll(async () => {
    server = await serveDirectory(await buildWorkbench(), deployedCatalog());
    browser = await launchBrowser();
    page = await openWorkbench(browser.context, server.url);
    pane = page.locator("#pane");
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("lists the catalogue beside the pane, with a broken file's problems, and upgrades the workbook", async () => {
    await pane.getByRole("tab", { name: "Start", exact: true }).click();
    const list = pane.getByRole("list", { name: "Your organisation's processes" });
    const card = list
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: "Procurement" }) });
    await card.getByText("Version 2 · from your organisation's catalogue").waitFor();
    await pane.getByText("broken.process.json cannot be offered:").waitFor();
    await card.getByText("This workbook runs version 1; version 2 is available.").waitFor();
    // Each file matched the index's SHA-256, computed in the page with Web Crypto.
    await expect(pane.getByText(/changed after the catalogue index was written/).count()).resolves.toBe(0);

    await card.getByRole("button", { name: "Review the upgrade" }).click();
    const changes = card.getByRole("list", { name: "What changes from version 1 to version 2:" });
    await changes.getByText("SLA of Purchasing review: 2 days → 4 days").waitFor();
    await card.getByRole("button", { name: "Upgrade to version 2" }).click();
    await pane.getByText("Procurement now runs version 2.").waitFor();
    await card.getByText("This workbook runs this version.").waitFor();
    await screenshot(page, "en", "catalog");
    expect(pageErrors(page)).toEqual([]);
  });
});
