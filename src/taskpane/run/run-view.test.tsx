/** @jest-environment jsdom */
import "../theme/fabric-config";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { WAITING_HINT_MS } from "../components/sync-progress";
import { FakeExcel } from "../testing/fake-excel";
import { openTab, procurementWorkbook, renderPane, settle } from "../testing/render";

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

describe("Run", () => {
  it("syncs with progress, and Cancel stops it with nothing written", async () => {
    const excel = await procurementWorkbook({ checkpointEvery: 1 });
    const before = excel.rows("procurement");
    await renderPane(excel);
    await openTab("Run");
    const release = excel.holdSyncs();
    fireEvent.click(within(region("Sync")).getByRole("button", { name: "Sync now" }));
    expect(await within(region("Sync")).findByRole("progressbar")).toBeTruthy();
    fireEvent.click(within(region("Sync")).getByRole("button", { name: "Cancel" }));
    expect(
      await within(region("Sync")).findByText(
        "The sync was cancelled; nothing was written. Sync again when you are ready.",
      ),
    ).toBeTruthy();
    expect(excel.rows("procurement")).toBe(before);
    release();

    await syncOnce();
    expect(excel.rows("procurement")).not.toBe(before);
  });

  it("says when the last sync ran and what it did, that it was undone, or that it stopped part-way", async () => {
    const excel = await procurementWorkbook();
    await renderPane(excel);
    await openTab("Run");
    expect(within(region("Sync")).queryByText(/Last sync/)).toBeNull();
    await syncOnce();
    expect(
      await within(region("Sync")).findByText(
        /^Last sync: 2026-03-02 09:00 · \d+ cells changed, \d+ events logged\.$/,
      ),
    ).toBeTruthy();
    fireEvent.click(within(region("Undo")).getByRole("button", { name: "Undo last sync" }));
    expect(
      await within(region("Sync")).findByText("The last sync (2026-03-02 09:00) was undone."),
    ).toBeTruthy();

    // A sync that stopped part-way (the pane was closed mid-write), found when the pane opens again.
    excel.interruptLastSync("procurement");
    await openTab("Start");
    await openTab("Run");
    expect(
      await within(region("Sync")).findByText(
        /^The sync of 2026-03-02 09:00 stopped part-way .* nothing is logged twice\.$/,
      ),
    ).toBeTruthy();
  });

  it("says what to do when Excel keeps the sync waiting, as it does while a cell is being edited (C1)", async () => {
    const excel = await procurementWorkbook();
    await renderPane(excel);
    await openTab("Run");
    const release = excel.holdSyncs();
    jest.useFakeTimers();
    try {
      fireEvent.click(within(region("Sync")).getByRole("button", { name: "Sync now" }));
      await act(async () => undefined);
      expect(within(region("Sync")).queryByText(/Still waiting for Excel/)).toBeNull();
      await act(async () => {
        jest.advanceTimersByTime(WAITING_HINT_MS + 10);
      });
      expect(
        within(region("Sync")).getByText(
          "Still waiting for Excel. If you are editing a cell, press Enter or Esc; the sync then goes on by itself.",
        ),
      ).toBeTruthy();
    } finally {
      jest.useRealTimers();
    }
    release();
    expect(await within(region("Sync")).findByText(/Synced: \d+ cells changed/)).toBeTruthy();
    expect(within(region("Sync")).queryByText(/Still waiting for Excel/)).toBeNull();
  });

  it("undoes the last sync and lists the cells changed since, left as they are", async () => {
    const excel = await procurementWorkbook();
    await renderPane(excel);
    await openTab("Run");
    await syncOnce();
    expect(excel.rows("procurement").find((r) => r.id === "PR-0004")?.owner).toBe("钱志刚");
    excel.editCell("procurement", "PR-0004", "owner", "Amy Guo"); // someone changes a cell the sync wrote
    fireEvent.click(within(region("Undo")).getByRole("button", { name: "Undo last sync" }));
    expect(await within(region("Undo")).findByText(/Put back \d+ cells in \d+ cases/)).toBeTruthy();
    expect(
      within(region("Undo")).getByText("1 cell was changed after the sync and was left as it is:"),
    ).toBeTruthy();
    const conflicts = within(region("Undo")).getByRole("list", { name: "Cells left as they are" });
    expect(conflicts.textContent).toBe("PR-0004 · Owner: the sync wrote 钱志刚, it now holds Amy Guo");
    expect(excel.rows("procurement").find((r) => r.id === "PR-0006")?.step).toBe("match");

    fireEvent.click(within(region("Undo")).getByRole("button", { name: "Undo last sync" }));
    expect(await within(region("Undo")).findByText("There is no sync to undo.")).toBeTruthy();
  });

  it("shows my work oldest first and moves a case on with Start, Block and Finish", async () => {
    const excel = await procurementWorkbook();
    const setStatus = jest.spyOn(excel, "setCaseStatus");
    await renderPane(excel);
    await openTab("Run");
    expect(within(region("My work")).getByText("Choose who you are to see the cases you own.")).toBeTruthy();
    await syncOnce();
    // Whoever owns the most open cases after routing.
    const open = excel
      .rows("procurement")
      .filter((r) => !r.closed && r.status !== "done" && r.status !== "cancelled");
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
        .map((h) => h.textContent),
    ).toEqual(expected);
    expect(localStorage.getItem("procsheet.me.procurement")).toBe(me);

    const first = String(expected[0]);
    const item = within(list).getByRole("heading", { name: first }).closest("li") as HTMLElement;
    fireEvent.click(within(item).getByRole("button", { name: `Block ${first}` }));
    await waitFor(() =>
      expect(setStatus).toHaveBeenCalledWith(expect.anything(), first, "blocked", me, "2026-03-02T09:00:00"),
    );
    expect(await within(item).findByText("Blocked")).toBeTruthy(); // the status is a word, not a colour alone
    fireEvent.click(within(item).getByRole("button", { name: `Finish ${first}` }));
    await waitFor(() => expect(within(list).queryByRole("heading", { name: first })).toBeNull());
    expect(excel.history("procurement").at(-1)).toMatchObject({
      caseId: first,
      type: "status",
      status: "done",
      by: me,
    });
  });

  it("applies status formats and filtered views", async () => {
    const excel = await procurementWorkbook();
    await renderPane(excel);
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
    const atMatch = excel.rows("procurement").filter((r) => r.step === "match").length;
    expect(await within(views).findByText(`${atMatch} rows shown.`)).toBeTruthy();
  });

  it("says what to do when Excel refuses", async () => {
    const excel = await procurementWorkbook();
    excel.failNext("applyStatusFormats", {
      code: "EXCEL_API",
      message: "protected",
      key: "excel.AccessDenied",
      params: { code: "AccessDenied", detail: "" },
    });
    await renderPane(excel);
    await openTab("Run");
    fireEvent.click(within(region("Status formats")).getByRole("button", { name: "Apply status formats" }));
    expect(await screen.findByText(/The sheet is protected. Unprotect it/)).toBeTruthy();
  });

  it("needs a process first", async () => {
    await renderPane(new FakeExcel());
    await openTab("Run");
    fireEvent.click(screen.getByRole("button", { name: "Go to Start" }));
    await act(async () => undefined);
    expect(screen.getByRole("tab", { name: "Start" }).getAttribute("aria-selected")).toBe("true");
  });
});

describe("Run in Chinese", () => {
  it("shows the run tools and statuses in zh-CN", async () => {
    const excel = await procurementWorkbook({ lang: "zh-CN" });
    await renderPane(excel, "zh-CN");
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
