/** @jest-environment jsdom */
import "../theme/fabric-config";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readTable } from "../../../test/excel-fixtures/sim-fixture";
import { openTab, procurementWorkbook, renderPane, settle } from "../testing/render";
import type { ProcessWorkbook } from "../testing/sim-workbook";

beforeEach(() => localStorage.clear());
afterEach(() => jest.restoreAllMocks());

const region = (name: string) => screen.getByRole("region", { name });

async function syncOnce(): Promise<void> {
  fireEvent.click(within(region("Sync")).getByRole("button", { name: "Sync now" }));
  expect(await within(region("Sync")).findByText(/Synced: \d+ cells changed/)).toBeTruthy();
}

/** Gives everyone in People an email, as an admin fills the sheet in: `p<row>@example.com`. */
async function emailsInPeople(workbook: ProcessWorkbook): Promise<Map<string, string>> {
  const [, ...rows] = await readTable("PS_People");
  const emails = new Map<string, string>();
  rows.forEach((r, i) => {
    const email = `p${i + 2}@example.com`;
    workbook.sim.setCellByUser("People", `B${i + 2}`, email);
    emails.set(String(r[0]), email);
  });
  await workbook.sim.settle();
  return emails;
}

/** The first open case with an owner, made overdue by a person typing an earlier due date. */
async function overdueCase(workbook: ProcessWorkbook): Promise<{ id: string; owner: string }> {
  const open = (await workbook.rows()).find(
    (r) => typeof r.owner === "string" && r.owner !== "" && r.status === "todo",
  );
  if (!open || typeof open.id !== "string") throw new Error("no open case in the sample");
  await workbook.typeInto(open.id, "Due", "2026-02-20");
  return { id: open.id, owner: String(open.owner) };
}

describe("the Run view's Outbox", () => {
  it("lists what Sync now produced, emails a person's pending messages as one draft, and marks them sent", async () => {
    const workbook = await procurementWorkbook();
    const emails = await emailsInPeople(workbook);
    await renderPane(workbook);
    await openTab("Run");
    expect(within(region("Outbox")).getByText(/^No reminders yet\./)).toBeTruthy();
    await syncOnce();
    expect(await within(region("Sync")).findByText(/reminders? added to the Outbox\.$/)).toBeTruthy();
    const { id, owner } = await overdueCase(workbook);
    // The due date typed is all that changed: the sync routes nothing, its reminders pass finds the case late.
    fireEvent.click(within(region("Sync")).getByRole("button", { name: "Sync now" }));
    const outbox = region("Outbox");
    expect(await within(outbox).findByText(`${id} · Overdue`, {}, { timeout: 8000 })).toBeTruthy();
    const list = within(outbox).getByRole("list", { name: "Outbox" });
    // People names no managers yet: the escalations to a manager wait, and the sync says so.
    expect(
      within(region("Sync")).getAllByText(
        /^PR-\d+: the level 1 escalation goes to .+'s manager, but People names none\./,
      ).length,
    ).toBeGreaterThan(0);
    expect(within(list).getAllByRole("listitem").length).toBeGreaterThan(1);
    // Exactly one overdue message for the case, in the pane and on the Outbox sheet.
    const sheet = (await readTable("PS_procurement_Outbox")).slice(1);
    const pending = sheet.length;
    const overdueRows = sheet.filter(
      (r) => String(r[11]).startsWith(`${id}|`) && String(r[11]).includes("|overdue|"),
    );
    expect(overdueRows.length).toBe(1);
    expect(overdueRows[0]?.[7]).toBe("Pending");

    const open = jest.spyOn(window, "open").mockImplementation(() => null);
    fireEvent.click(within(outbox).getByRole("button", { name: "Email these" }));
    expect(within(outbox).getByText(/Procsheet does not mark them sent/)).toBeTruthy();
    await waitFor(() => expect(open).toHaveBeenCalled());
    const urls = open.mock.calls.map((c) => String(c[0]));
    const recipients = new Set(sheet.map((r) => String(r[2])));
    expect(urls.length).toBe(recipients.size);
    const ownerUrl = urls.find((u) => u.startsWith(`mailto:${emails.get(owner)}?`));
    expect(ownerUrl).toBeDefined();
    const body = new URL(ownerUrl ?? "").searchParams.get("body") ?? "";
    const subject = new URL(ownerUrl ?? "").searchParams.get("subject") ?? "";
    expect(`${subject}\n${body}`).toContain(`${id} is overdue`);
    expect(body).toContain(`Message key: ${String(overdueRows[0]?.[11])}`);
    expect(await within(outbox).findByText(/drafts? opened in your mail app\./)).toBeTruthy();
    // A browser may block all but the first: each person's draft can be opened again on its own.
    fireEvent.click(
      within(outbox).getByRole("button", { name: new RegExp(`^Draft for ${owner} \\(\\d+ messages?\\)$`) }),
    );
    await waitFor(() => expect(open).toHaveBeenCalledTimes(urls.length + 1));
    expect(String(open.mock.calls[urls.length]?.[0])).toBe(ownerUrl);

    fireEvent.click(within(outbox).getByRole("button", { name: "Mark as sent" }));
    expect(await within(outbox).findByText(`${pending} messages marked sent.`)).toBeTruthy();
    const after = (await readTable("PS_procurement_Outbox")).slice(1);
    expect(after.every((r) => r[7] === "Sent")).toBe(true);
    expect(within(outbox).getByText("No messages with this status.")).toBeTruthy();
  });

  it("My work counts the chosen person's cases due soon and overdue", async () => {
    const workbook = await procurementWorkbook();
    await renderPane(workbook);
    await openTab("Run");
    await syncOnce();
    const { owner } = await overdueCase(workbook);
    const input = within(region("My work")).getByRole("combobox", { name: "Me" });
    fireEvent.input(input, { target: { value: owner } });
    fireEvent.keyDown(input, { key: "Enter", keyCode: 13, which: 13 });
    await settle();
    expect(await within(region("My work")).findByText(/^\d+ due soon · [1-9]\d* overdue$/)).toBeTruthy();
  });
});

describe("People in the role editor", () => {
  it("flags a member People lacks and offers People's names", async () => {
    const workbook = await procurementWorkbook();
    await renderPane(workbook);
    await openTab("Rules");
    const roles = await screen.findByRole("region", { name: "Roles" });
    expect(within(roles).queryByText(/not in People/)).toBeNull();
    fireEvent.change(within(roles).getByRole("textbox", { name: /^Members of cashier/ }), {
      target: { value: "周琳\nZed Unknown" },
    });
    expect(
      await within(roles).findByText(
        "1 name in the roles is not in People: Zed Unknown. Add each to the People sheet so reminders can reach them.",
      ),
    ).toBeTruthy();
    fireEvent.click(within(roles).getByRole("button", { name: "Add Amy Guo to cashier" }));
    expect(
      (within(roles).getByRole("textbox", { name: /^Members of cashier/ }) as HTMLTextAreaElement).value,
    ).toBe("周琳\nZed Unknown\nAmy Guo");
  });

  it("says what is wrong with People where it cannot be read", async () => {
    const workbook = await procurementWorkbook();
    workbook.sim.setCellByUser("People", "D2", "next week");
    await workbook.sim.settle();
    await renderPane(workbook);
    await openTab("Rules");
    const roles = await screen.findByRole("region", { name: "Roles" });
    expect(await within(roles).findByText(/Row 1 of the sheet "People".*"next week"/)).toBeTruthy();
  });
});
