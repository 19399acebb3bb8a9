/** @jest-environment jsdom */
import "../theme/fabric-config";
import { fireEvent, screen, waitFor } from "@testing-library/react";
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
});
