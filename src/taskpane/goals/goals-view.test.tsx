/** @jest-environment jsdom */
import "../theme/fabric-config";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { openTab, procurementWorkbook, renderPane } from "../testing/render";

beforeEach(() => localStorage.clear());

describe("Goals", () => {
  it("edits the goal and SLAs, and saves them as a new version", async () => {
    const workbook = await procurementWorkbook();
    const save = jest.spyOn(workbook.excel, "saveDefinition");
    await renderPane(workbook);
    await openTab("Goals");
    const cycle = (await screen.findByRole("textbox", { name: /^Target cycle time/ })) as HTMLInputElement;
    expect(cycle.value).toBe("25");
    fireEvent.change(cycle, { target: { value: "20" } });
    fireEvent.change(screen.getByRole("textbox", { name: /^On-time target/ }), { target: { value: "90" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Goal statement (Chinese)" }), {
      target: { value: "20天内到货" },
    });
    fireEvent.change(screen.getByRole("textbox", { name: /^Payment/ }), { target: { value: "4" } });
    // MessageBar renders its text a moment later (a live region, so screen readers announce it).
    expect(
      await screen.findByText("Unsaved changes. Saving makes them version 2 of the process."),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(async () => expect((await workbook.stored()).version).toBe(2));
    const saved = save.mock.calls[0]?.[1];
    expect(saved?.goal).toMatchObject({
      targetCycleDays: 20,
      targetOnTimeRate: 0.9,
      statement: { "zh-CN": "20天内到货" },
    });
    expect(saved?.steps.find((s) => s.id === "pay")?.slaDays).toBe(4);
    await waitFor(() => expect(screen.queryByText(/Unsaved changes/)).toBeNull());
  });

  it("keeps Save and Discard at the top of the pane while it scrolls (a sticky bar)", async () => {
    await renderPane(await procurementWorkbook());
    await openTab("Goals");
    fireEvent.change(await screen.findByRole("textbox", { name: /^Target cycle time/ }), {
      target: { value: "20" },
    });
    const bar = await screen.findByTestId("save-bar");
    expect(getComputedStyle(bar).position).toBe("sticky");
    expect(getComputedStyle(bar).top).toBe("0px");
    expect(within(bar).getByRole("button", { name: "Save" })).toBeTruthy();
    expect(within(bar).getByRole("button", { name: "Discard changes" })).toBeTruthy();
  });

  it("refuses a value out of range and keeps it out of the definition", async () => {
    await renderPane(await procurementWorkbook());
    await openTab("Goals");
    fireEvent.change(await screen.findByRole("textbox", { name: /^On-time target/ }), {
      target: { value: "140" },
    });
    expect(await screen.findByText("Enter a number from 0 to 100.")).toBeTruthy();
    expect(screen.queryByText(/Unsaved changes/)).toBeNull();
  });

  it("discards unsaved edits", async () => {
    await renderPane(await procurementWorkbook());
    await openTab("Goals");
    const cycle = (await screen.findByRole("textbox", { name: /^Target cycle time/ })) as HTMLInputElement;
    fireEvent.change(cycle, { target: { value: "30" } });
    fireEvent.click(screen.getByRole("button", { name: "Discard changes" }));
    await waitFor(() => expect(cycle.value).toBe("25"));
  });

  it("sets the working week, holidays pasted from Excel and make-up days, and shows the due dates they give", async () => {
    const workbook = await procurementWorkbook();
    const save = jest.spyOn(workbook.excel, "saveDefinition");
    await renderPane(workbook);
    await openTab("Goals");
    const preview = await screen.findByRole("list", { name: "A case starting today would be due" });
    // Today is Monday 2 March 2026; a requisition has one working day.
    expect(within(preview).getByText("Purchase requisition: Mar 3, 2026")).toBeTruthy();
    const holidays = screen.getByRole("textbox", { name: "Holidays" }) as HTMLTextAreaElement;
    fireEvent.change(holidays, { target: { value: `${holidays.value}\n2026/3/3\tStaff day\nsoon` } });
    expect(await screen.findByText("1 line is not a date: soon")).toBeTruthy();
    expect(within(preview).getByText("Purchase requisition: Mar 4, 2026")).toBeTruthy();
    // Saturday 7 March becomes a working day for make-up: the five-day SLAs end a day earlier.
    fireEvent.change(screen.getByRole("textbox", { name: "Make-up working days" }), {
      target: { value: "2026-03-07" },
    });
    expect(within(preview).getByText("Payment: Mar 9, 2026")).toBeTruthy();
    fireEvent.click(screen.getByRole("checkbox", { name: "Sunday" }));
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(save).toHaveBeenCalled());
    const calendar = save.mock.calls[0]?.[1].calendar;
    expect(calendar?.workdays).toEqual([1, 2, 3, 4, 5, 7]);
    expect(calendar?.holidays).toContain("2026-03-03");
    expect(calendar?.extraWorkdays).toEqual(["2026-03-07"]);
  });

  it("keeps the last working day of the week, saying why", async () => {
    await renderPane(await procurementWorkbook());
    await openTab("Goals");
    for (const day of ["Monday", "Tuesday", "Wednesday", "Thursday"])
      fireEvent.click(await screen.findByRole("checkbox", { name: day }));
    const friday = screen.getByRole("checkbox", { name: "Friday" });
    expect(friday.hasAttribute("disabled") || friday.getAttribute("aria-disabled") === "true").toBe(true);
    expect(screen.getByText("A week needs at least one working day.")).toBeTruthy();
  });

  it.each([
    ["en-GB", "Purchase requisition: 3 Mar 2026", "Monday"],
    ["de-DE", "Purchase requisition: 03.03.2026", "Monday"],
  ])(
    "writes due dates as Office's display language %s writes them, the words staying English",
    async (displayLanguage, due, weekday) => {
      await renderPane(await procurementWorkbook({ displayLanguage }));
      await openTab("Goals");
      const preview = await screen.findByRole("list", { name: "A case starting today would be due" });
      expect(within(preview).getByText(due)).toBeTruthy();
      expect(screen.getByRole("checkbox", { name: weekday })).toBeTruthy();
    },
  );
});
