/** @jest-environment jsdom */
import "../theme/fabric-config";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { openTab, procurementWorkbook, renderPane } from "../testing/render";

beforeEach(() => localStorage.clear());

const stepHeadings = () =>
  within(screen.getByRole("list", { name: "Steps" }))
    .getAllByRole("heading", { level: 3 })
    .map((h) => h.textContent);

describe("Map", () => {
  it("draws the steps as a flow with each branch's condition", async () => {
    await renderPane(await procurementWorkbook());
    await openTab("Map");
    expect((await screen.findAllByRole("heading", { level: 3 })).length).toBeGreaterThan(0);
    expect(stepHeadings()[2]).toBe("3. Purchasing review");
    const branches = screen.getByRole("list", { name: "Where Purchasing review leads" });
    expect(
      within(branches)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["If Amount > 50000 → Budget approval", "If Amount <= 50000 → Quotes / tender"]);
  });

  it("reorders steps from the keyboard and keeps the focus on the moved step", async () => {
    await renderPane(await procurementWorkbook());
    await openTab("Map");
    const down = await screen.findByRole("button", { name: "Move Identify the need down" });
    act(() => down.focus());
    fireEvent.click(down); // Enter or Space on a focused button
    await waitFor(() =>
      expect(stepHeadings().slice(0, 2)).toEqual(["1. Purchase requisition", "2. Identify the need"]),
    );
    expect(document.activeElement?.getAttribute("aria-label")).toBe("Move Identify the need down");

    fireEvent.keyDown(document.activeElement as Element, { key: "ArrowUp", altKey: true });
    await waitFor(() => expect(stepHeadings()[0]).toBe("1. Identify the need"));
    // At the top "up" is disabled, so the focus stays on the step's other move button.
    expect(document.activeElement?.getAttribute("aria-label")).toMatch(/Move Identify the need (up|down)/);
    expect(screen.queryByText(/Unsaved changes/)).toBeNull(); // moved back: nothing to save
  });

  it("renames, sets the SLA, adds and deletes steps", async () => {
    await renderPane(await procurementWorkbook());
    await openTab("Map");
    fireEvent.click(await screen.findByRole("button", { name: "Rename Payment or set its SLA" }));
    // The step's own editor comes first; "Add a step" below has fields of the same names.
    fireEvent.change(screen.getAllByRole("textbox", { name: "Step name (Chinese)" })[0] as HTMLElement, {
      target: { value: "支付" },
    });
    fireEvent.change(screen.getAllByRole("textbox", { name: "Step name (English)" })[0] as HTMLElement, {
      target: { value: "Pay the supplier" },
    });
    expect(stepHeadings().at(-1)).toBe("10. Pay the supplier");

    const add = screen.getByRole("region", { name: "Add a step" });
    fireEvent.change(within(add).getByRole("textbox", { name: "Step name (English)" }), {
      target: { value: "Archive" },
    });
    fireEvent.click(within(add).getByRole("button", { name: "Add step" }));
    expect(stepHeadings().at(-1)).toBe("11. Archive");

    fireEvent.click(screen.getByRole("button", { name: "Delete Budget approval" }));
    expect(screen.getByText(/1 rule leading to it in another step is removed too/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Delete" }));
    expect(stepHeadings()).not.toContain("4. Budget approval");
    const branches = screen.getByRole("list", { name: "Where Purchasing review leads" });
    expect(
      within(branches)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["If Amount <= 50000 → Quotes / tender"]);
    expect(await screen.findByText(/Unsaved changes/)).toBeTruthy();
  });

  it("opens the Rules editor on a step", async () => {
    await renderPane(await procurementWorkbook());
    await openTab("Map");
    fireEvent.click(
      await screen.findByRole("button", { name: "Edit the rules of Goods receipt & quality check" }),
    );
    const step = await screen.findByRole("combobox", { name: /^Step/ });
    await waitFor(() => expect(step.textContent).toMatch("Goods receipt & quality check"));
    expect(screen.getByRole("tab", { name: "Rules" }).getAttribute("aria-selected")).toBe("true");
  });
});
