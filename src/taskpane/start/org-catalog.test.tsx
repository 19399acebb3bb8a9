/** @jest-environment jsdom */
import "../theme/fabric-config";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "fs";
import { join } from "path";
import type { ProcessDefinition } from "../../core/definition/types";
import { fakeCatalogServer, indexFor } from "../testing/fake-fetch";
import { openTab, renderPane, settle } from "../testing/render";
import { emptyWorkbook, workbookWith } from "../testing/sim-workbook";

// The pane fetches catalog/index.json relative to its page: in jsdom, http://localhost/.
const BASE = "http://localhost/catalog/";

const mini = JSON.parse(
  readFileSync(join(__dirname, "../../../test/fixtures/mini.process.json"), "utf8"),
) as ProcessDefinition;

/** Version 3 as an admin would publish it: review's SLA 2 → 4 days, "Order" renamed, a field added. */
const v3: ProcessDefinition = {
  ...mini,
  version: 3,
  steps: mini.steps.map((s) =>
    s.id === "review"
      ? { ...s, slaDays: 4 }
      : s.id === "order"
        ? { ...s, name: { en: "Purchase order", "zh-CN": "采购订单" } }
        : s,
  ),
  fields: [
    ...(mini.fields ?? []),
    { key: "costCentre", header: { en: "Cost centre", "zh-CN": "成本中心" }, type: "text" },
  ],
};
const text = (d: unknown): string => `${JSON.stringify(d, null, 2)}\n`;

function serve(files: Record<string, string>): string[] {
  const server = fakeCatalogServer({ ...files, "index.json": indexFor(files) }, BASE);
  (globalThis as { fetch?: unknown }).fetch = server.fetch;
  return server.requests;
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  delete (globalThis as { fetch?: unknown }).fetch;
});

async function orgCard(name: string): Promise<HTMLElement> {
  const list = await screen.findByRole("list", { name: /Your organisation's processes|本组织的流程/ });
  const heading = await within(list).findByRole("heading", { name });
  return heading.closest("article") as HTMLElement;
}

describe("Start: the organisation's catalogue", () => {
  it("lists the catalogue's processes before the built-in templates, with versions, history and problems", async () => {
    const requests = serve({
      "purchase.process.json": text(v3),
      "purchase-v2.process.json": text({ ...mini, version: 2 }),
      "broken.process.json": text({
        ...mini,
        id: "broken",
        steps: [{ id: "a", name: "A", owner: "x", next: [{ goto: "nowhere" }] }],
      }),
    });
    await renderPane(emptyWorkbook());
    const card = await orgCard("Purchase");
    expect(within(card).getByText("Version 3 · from your organisation's catalogue")).toBeTruthy();
    expect(within(card).getByText("Older versions in the catalogue: 2")).toBeTruthy();
    expect(screen.getByText("broken.process.json cannot be offered:")).toBeTruthy();
    expect(screen.getByText(/^steps\[0\]\.next\[0\]\.goto: /)).toBeTruthy();
    // The built-in templates are still there.
    expect(await screen.findByRole("heading", { name: "Procurement" })).toBeTruthy();
    expect(requests).toContain(`${BASE}index.json`);
    expect(requests.every((u) => u.startsWith(BASE))).toBe(true);
  });

  it("shows nothing of a catalogue when the index is missing", async () => {
    (globalThis as { fetch?: unknown }).fetch = fakeCatalogServer({}, BASE).fetch;
    await renderPane(emptyWorkbook());
    expect(await screen.findByRole("heading", { name: "Procurement" })).toBeTruthy();
    await settle();
    expect(screen.queryByRole("heading", { name: "Your organisation's processes" })).toBeNull();
  });

  it("creates a register from a catalogue process, at the catalogue's version", async () => {
    serve({ "purchase.process.json": text(v3) });
    const workbook = emptyWorkbook();
    const create = jest.spyOn(workbook.excel, "createRegister");
    await renderPane(workbook);
    const card = await orgCard("Purchase");
    fireEvent.click(within(card).getByRole("button", { name: "Create register: Purchase" }));
    fireEvent.click(within(card).getByRole("button", { name: "Create register" }));
    expect(await screen.findByText(/The register of .+ is ready/)).toBeTruthy();
    expect(create.mock.calls[0]?.[0]).toMatchObject({ id: "purchase", version: 3 });
    expect(await workbook.register("purchase").stored()).toMatchObject({ id: "purchase", version: 3 });
  });

  it("shows the workbook's version, what an upgrade changes, and applies it at the catalogue's version", async () => {
    serve({ "purchase.process.json": text(v3) });
    const workbook = await workbookWith(mini);
    const upgrade = jest.spyOn(workbook.excel, "upgradeProcess");
    await renderPane(workbook);
    // A workbook with a process opens on Run; the gallery is on Start.
    await openTab("Start");
    const card = await orgCard("Purchase");
    expect(within(card).getByText("This workbook runs version 1; version 3 is available.")).toBeTruthy();
    fireEvent.click(within(card).getByRole("button", { name: "Review the upgrade" }));
    const changes = await within(card).findByRole("list", {
      name: "What changes from version 1 to version 3:",
    });
    const lines = within(changes)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(lines).toEqual(
      expect.arrayContaining([
        "Step renamed: Order → Purchase order",
        "SLA of Review: 2 days → 4 days",
        "Field added: Cost centre",
      ]),
    );
    expect(upgrade).not.toHaveBeenCalled();
    fireEvent.click(within(card).getByRole("button", { name: "Upgrade to version 3" }));
    expect(await screen.findByText("Purchase now runs version 3.")).toBeTruthy();
    expect(upgrade).toHaveBeenCalledWith(
      expect.objectContaining({ id: "purchase", version: 1 }),
      expect.objectContaining({ version: 3 }),
      "2026-03-02T09:00:00",
    );
    const stored = await workbook.stored();
    expect(stored.version).toBe(3);
    expect(stored.versions?.[0]?.version).toBe(1);
    await waitFor(() => expect(within(card).getByText("This workbook runs this version.")).toBeTruthy());
    // The list of the workbook's processes says so too.
    expect(screen.getByText(/^Version 3( · current)?$/)).toBeTruthy();
  });

  it("says the same in Chinese", async () => {
    serve({ "purchase.process.json": text(v3) });
    await renderPane(await workbookWith(mini, { lang: "zh-CN" }), "zh-CN");
    await openTab("开始");
    const card = await orgCard("采购");
    expect(within(card).getByText("版本 3 · 来自本组织的流程目录")).toBeTruthy();
    expect(within(card).getByText("此工作簿运行的是版本 1；现有版本 3 可用。")).toBeTruthy();
    fireEvent.click(within(card).getByRole("button", { name: "查看升级内容" }));
    const changes = await within(card).findByRole("list", { name: "从版本 1 到版本 3 的变化：" });
    expect(within(changes).getByText("步骤改名：下单 → 采购订单")).toBeTruthy();
    expect(within(changes).getByText("审查 的时限：2 天 → 4 天")).toBeTruthy();
  });

  // docs/reliability.md X5: a template is someone else's text; it is shown, never run as markup.
  it("shows markup in a catalogue process's texts as text", async () => {
    const html = '<img src=x onerror="globalThis.pwned=1">Purchase';
    serve({
      "purchase.process.json": text({
        ...v3,
        name: { en: html, "zh-CN": html },
        description: { en: "<b>bold</b> claims", "zh-CN": "<b>bold</b> claims" },
      }),
    });
    await renderPane(emptyWorkbook());
    const card = await orgCard(html);
    expect(within(card).getByText("<b>bold</b> claims")).toBeTruthy();
    expect(card.querySelector("img, b")).toBeNull();
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
  });
});
