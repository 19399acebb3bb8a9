/** @jest-environment jsdom */
import "../theme/fabric-config";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { WAITING_HINT_MS } from "../components/sync-progress";
import { openTab, procurementWorkbook, renderPane, settle } from "../testing/render";
import { emptyWorkbook, onSyncProgress, type ProcessWorkbook } from "../testing/sim-workbook";

beforeEach(() => localStorage.clear());

const region = (name: string) => screen.getByRole("region", { name });

async function syncOnce(): Promise<void> {
  fireEvent.click(within(region("Sync")).getByRole("button", { name: "Sync now" }));
  expect(await within(region("Sync")).findByText(/Synced: \d+ cells changed/)).toBeTruthy();
}

async function chooseMe(name: string): Promise<void> {
  const input = within(region("My work")).getByRole("combobox", { name: "Me" });
  fireEvent.input(input, { target: { value: name } }); // Fluent's ComboBox listens to input events
  fireEvent.keyDown(input, { key: "Enter", keyCode: 13, which: 13 });
  await settle();
}

/**
 * Makes the next sync stop part-way through writing, as when the connection drops mid-write: after its
 * reads (the rules' first checkpoint) a sync checks the rows' IDs in one batch and writes in the next; that
 * write's third statement fails, after the journal ("writing") and the first register cells went in.
 */
function stopNextSyncMidWrite(workbook: ProcessWorkbook) {
  let armed = false;
  const excel = onSyncProgress(workbook.excel, (p) => {
    if (!armed || p.phase !== "rules" || p.done !== 0) return;
    armed = false;
    const { sim } = workbook;
    sim.betweenSyncs(() => sim.betweenSyncs(() => sim.failAt(2, "ConnectionFailure")));
  });
  return { excel, arm: () => void (armed = true) };
}

describe("Run", () => {
  it("syncs with progress, and Cancel stops it with nothing written", async () => {
    const workbook = await procurementWorkbook();
    const before = await workbook.rows();
    await renderPane(workbook);
    await openTab("Run");
    // A person is editing a cell: Excel holds the sync's first request until the edit ends (delayForCellEdit).
    workbook.sim.setCellEditMode(true);
    fireEvent.click(within(region("Sync")).getByRole("button", { name: "Sync now" }));
    expect(await within(region("Sync")).findByRole("progressbar")).toBeTruthy();
    fireEvent.click(within(region("Sync")).getByRole("button", { name: "Cancel" }));
    // The edit ends; Excel answers the read, and the sync stops before it routes or writes anything.
    workbook.sim.setCellEditMode(false);
    expect(
      await within(region("Sync")).findByText(
        "The sync was cancelled; nothing was written. Sync again when you are ready.",
      ),
    ).toBeTruthy();
    expect(await workbook.rows()).toEqual(before);

    await syncOnce();
    expect(await workbook.rows()).not.toEqual(before);
  });

  it("says when the last sync ran and what it did, that it was undone, or that it stopped part-way", async () => {
    const workbook = await procurementWorkbook();
    const midWrite = stopNextSyncMidWrite(workbook);
    await renderPane(midWrite.excel);
    await openTab("Run");
    expect(within(region("Sync")).queryByText(/Last sync/)).toBeNull();
    await syncOnce();
    expect(
      await within(region("Sync")).findByText(
        /^Last sync: Mar 2, 2026, 9:00 AM · \d+ cells changed, \d+ events logged\.$/,
      ),
    ).toBeTruthy();
    fireEvent.click(within(region("Undo")).getByRole("button", { name: "Undo last sync" }));
    expect(
      await within(region("Sync")).findByText("The last sync (Mar 2, 2026, 9:00 AM) was undone."),
    ).toBeTruthy();

    // A sync that stopped part-way (the connection dropped mid-write), found when the pane opens again.
    // Change tracking's handling of the undo's events ends first, so the sync's batches are the only ones.
    await act(async () => workbook.sim.settle());
    midWrite.arm();
    fireEvent.click(within(region("Sync")).getByRole("button", { name: "Sync now" }));
    expect(
      await within(region("Sync")).findByText(/Excel reported an error \(ConnectionFailure\)/),
    ).toBeTruthy();
    await openTab("Start");
    await openTab("Run");
    expect(
      await within(region("Sync")).findByText(
        /^The sync of Mar 2, 2026, 9:00 AM stopped part-way .* nothing is logged twice\.$/,
      ),
    ).toBeTruthy();
  });

  it("says what to do when Excel keeps the sync waiting, as it does while a cell is being edited (C1)", async () => {
    const workbook = await procurementWorkbook();
    await renderPane(workbook);
    await openTab("Run");
    workbook.sim.setCellEditMode(true);
    jest.useFakeTimers();
    try {
      fireEvent.click(within(region("Sync")).getByRole("button", { name: "Sync now" }));
      await act(async () => undefined);
      expect(within(region("Sync")).queryByText(/Still waiting for Excel/)).toBeNull();
      await act(async () => {
        jest.advanceTimersByTime(WAITING_HINT_MS + 10);
      });
      expect(workbook.sim.host.waitingForEdit).toBeGreaterThan(0);
      expect(
        within(region("Sync")).getByText(
          "Still waiting for Excel. If you are editing a cell, press Enter or Esc; the sync then goes on by itself.",
        ),
      ).toBeTruthy();
    } finally {
      jest.useRealTimers();
    }
    workbook.sim.setCellEditMode(false);
    expect(await within(region("Sync")).findByText(/Synced: \d+ cells changed/)).toBeTruthy();
    expect(within(region("Sync")).queryByText(/Still waiting for Excel/)).toBeNull();
  });

  it("undoes the last sync and lists the cells changed since, left as they are", async () => {
    const workbook = await procurementWorkbook();
    await renderPane(workbook);
    await openTab("Run");
    await syncOnce();
    expect((await workbook.rows()).find((r) => r.id === "PR-0004")?.owner).toBe("钱志刚");
    // Someone changes a cell the sync wrote.
    await act(async () => workbook.typeInto("PR-0004", "Owner", "Amy Guo"));
    fireEvent.click(within(region("Undo")).getByRole("button", { name: "Undo last sync" }));
    expect(await within(region("Undo")).findByText(/Put back \d+ cells in \d+ cases/)).toBeTruthy();
    expect(
      within(region("Undo")).getByText("1 cell was changed after the sync and was left as it is:"),
    ).toBeTruthy();
    const conflicts = within(region("Undo")).getByRole("list", { name: "Cells left as they are" });
    expect(conflicts.textContent).toBe("PR-0004 · Owner: the sync wrote 钱志刚, it now holds Amy Guo");
    const rows = await workbook.rows();
    expect(rows.find((r) => r.id === "PR-0006")?.step).toBe("match");
    expect(rows.find((r) => r.id === "PR-0004")?.owner).toBe("Amy Guo");

    fireEvent.click(within(region("Undo")).getByRole("button", { name: "Undo last sync" }));
    expect(await within(region("Undo")).findByText("There is no sync to undo.")).toBeTruthy();
  });

  it("shows my work oldest first and moves a case on with Start, Block and Finish", async () => {
    const workbook = await procurementWorkbook();
    const setStatus = jest.spyOn(workbook.excel, "setCaseStatus");
    await renderPane(workbook);
    await openTab("Run");
    expect(within(region("My work")).getByText("Choose who you are to see the cases you own.")).toBeTruthy();
    await syncOnce();
    // Whoever owns the most open cases after routing.
    const open = (await workbook.rows()).filter(
      (r) => !r.closed && r.status !== "done" && r.status !== "cancelled",
    );
    const counts = new Map<string, number>();
    for (const r of open) counts.set(String(r.owner), (counts.get(String(r.owner)) ?? 0) + 1);
    const [me, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] as [string, number];
    await chooseMe(me);
    expect(
      await within(region("My work")).findByText(`${n} open cases, the longest waiting first.`),
    ).toBeTruthy();
    const expected = open
      .filter((r) => r.owner === me)
      .sort((a, b) => String(a.stepStarted).localeCompare(String(b.stepStarted)))
      .map((r) => r.id);
    const list = within(region("My work")).getByRole("list", { name: "My work" });
    expect(
      within(list)
        .getAllByRole("heading")
        .map((h) => h.textContent?.split(" ")[0]),
    ).toEqual(expected);
    expect(localStorage.getItem("procsheet.me.procurement")).toBe(me);

    const first = String(expected[0]);
    const item = within(list)
      .getByRole("heading", { name: new RegExp(`^${first}\\b`) })
      .closest("li") as HTMLElement;
    fireEvent.click(within(item).getByRole("button", { name: `Block ${first}` }));
    await waitFor(() =>
      expect(setStatus).toHaveBeenCalledWith(expect.anything(), first, "blocked", me, "2026-03-02T09:00:00"),
    );
    expect(await within(item).findByText("Blocked")).toBeTruthy(); // the status is a word, not a colour alone
    fireEvent.click(within(item).getByRole("button", { name: `Finish ${first}` }));
    await waitFor(() =>
      expect(within(list).queryByRole("heading", { name: new RegExp(`^${first}\\b`) })).toBeNull(),
    );
    expect((await workbook.history()).at(-1)).toMatchObject({
      caseId: first,
      type: "status",
      status: "done",
      by: me,
    });
    expect((await workbook.rows()).find((r) => r.id === first)?.status).toBe("done");
  });

  it("applies status formats and filtered views", async () => {
    const workbook = await procurementWorkbook();
    await renderPane(workbook);
    await openTab("Run");
    fireEvent.click(within(region("Status formats")).getByRole("button", { name: "Apply status formats" }));
    expect(
      await within(region("Status formats")).findByText(
        /Applied 9 Procsheet format rules; left 0 of your own/,
      ),
    ).toBeTruthy();
    // The note arrives as a key and is shown in words.
    expect(within(region("Status formats")).queryByText("formats.ageColumnAdded")).toBeNull();

    const views = region("Views");
    fireEvent.click(within(views).getByRole("combobox", { name: /^Show/ }));
    fireEvent.click(within(await screen.findByRole("listbox")).getByRole("option", { name: "By step" }));
    await settle();
    fireEvent.click(within(views).getByRole("combobox", { name: /^Step/ }));
    fireEvent.click(
      within(await screen.findByRole("listbox")).getByRole("option", { name: "Three-way match" }),
    );
    await settle();
    fireEvent.click(within(views).getByRole("button", { name: "Apply view" }));
    const atMatch = (await workbook.rows()).filter((r) => r.step === "match").length;
    expect(await within(views).findByText(`Applied: Three-way match — ${atMatch} rows shown.`)).toBeTruthy();
  });

  it("brings each action's result into view where it was taken: the sync's summary, the view's rows, a refusal", async () => {
    const scrolled: HTMLElement[] = [];
    // jsdom lays nothing out and has no scrollIntoView: record which element asked to be seen.
    const spy = jest.fn(function (this: HTMLElement) {
      scrolled.push(this);
    });
    Object.defineProperty(HTMLElement.prototype, "scrollIntoView", { value: spy, configurable: true });
    try {
      const workbook = await procurementWorkbook();
      await renderPane(workbook);
      await openTab("Run");
      expect(scrolled).toEqual([]); // opening a view scrolls nowhere
      await syncOnce();
      const summary = within(region("Sync")).getByText(/Synced: \d+ cells changed/);
      expect(scrolled.some((el) => el.contains(summary))).toBe(true);
      expect(spy).toHaveBeenLastCalledWith({ block: "nearest" });
      fireEvent.click(within(region("Views")).getByRole("button", { name: "Apply view" }));
      const rows = await within(region("Views")).findByText(/^Applied: Open — \d+ rows shown\.$/);
      expect(scrolled.at(-1)?.contains(rows)).toBe(true);
      workbook.sim.coauthor.protectSheet("Procurement");
      fireEvent.click(within(region("Status formats")).getByRole("button", { name: "Apply status formats" }));
      const refusal = await screen.findByText(/The sheet is protected. Unprotect it/);
      expect(scrolled.at(-1)?.contains(refusal)).toBe(true);
    } finally {
      delete (HTMLElement.prototype as { scrollIntoView?: unknown }).scrollIntoView;
    }
  });

  it("shows the view that is on the sheet after the pane moved away and back (Overdue, not the default Open)", async () => {
    const workbook = await procurementWorkbook();
    await renderPane(workbook);
    await openTab("Run");
    const views = () => region("Views");
    fireEvent.click(within(views()).getByRole("combobox", { name: /^Show/ }));
    fireEvent.click(within(await screen.findByRole("listbox")).getByRole("option", { name: "Overdue" }));
    await settle();
    fireEvent.click(within(views()).getByRole("button", { name: "Apply view" }));
    const shown = await within(views()).findByText(/^Applied: Overdue — \d+ rows? shown\.$/);
    const text = shown.textContent;
    await openTab("Goals");
    await openTab("Run");
    expect(within(views()).getByRole("combobox", { name: /^Show/ }).textContent).toContain("Overdue");
    expect(await within(views()).findByText(text ?? "")).toBeTruthy();
  });

  it("says what to do when Excel refuses", async () => {
    const workbook = await procurementWorkbook();
    await renderPane(workbook);
    await openTab("Run");
    // A co-author protects the register's sheet; Excel then refuses the formats with AccessDenied.
    workbook.sim.coauthor.protectSheet("Procurement");
    fireEvent.click(within(region("Status formats")).getByRole("button", { name: "Apply status formats" }));
    expect(await screen.findByText(/The sheet is protected. Unprotect it/)).toBeTruthy();
  });

  it("needs a process first", async () => {
    await renderPane(emptyWorkbook());
    await openTab("Run");
    fireEvent.click(screen.getByRole("button", { name: "Go to Start" }));
    await act(async () => undefined);
    expect(screen.getByRole("tab", { name: "Start" }).getAttribute("aria-selected")).toBe("true");
  });
});

describe("Run in Chinese", () => {
  it("shows the run tools and statuses in zh-CN", async () => {
    await renderPane(await procurementWorkbook({ lang: "zh-CN" }), "zh-CN");
    await openTab("实施");
    expect(screen.getByRole("region", { name: "我的工作" })).toBeTruthy();
    fireEvent.click(
      within(screen.getByRole("region", { name: "同步" })).getByRole("button", { name: "立即同步" }),
    );
    expect(await screen.findByText(/^已同步：33 行中 \d+ 行的 \d+ 个单元格已修改/)).toBeTruthy();
    const input = within(screen.getByRole("region", { name: "我的工作" })).getByRole("combobox", {
      name: "我",
    });
    fireEvent.input(input, { target: { value: "周琳" } });
    fireEvent.keyDown(input, { key: "Enter", keyCode: 13, which: 13 });
    await settle();
    const list = await screen.findByRole("list", { name: "我的工作" });
    expect(within(list).getAllByText(/^(待办|进行中|等待|受阻)$/).length).toBeGreaterThan(0);
    expect(within(list).getAllByRole("button", { name: /^完成 PR-/ }).length).toBeGreaterThan(0);
  });
});
