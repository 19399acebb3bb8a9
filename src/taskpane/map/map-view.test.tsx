/** @jest-environment jsdom */
import "../theme/fabric-config";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { openTab, procurementWorkbook, renderPane, settle } from "../testing/render";

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

  it("draws the flow for the eye: a box per step and the end, an arrow per rule labelled in people's words", async () => {
    await renderPane(await procurementWorkbook());
    await openTab("Map");
    const drawing = await screen.findByTestId("flow-drawing");
    const svg = drawing.querySelector("svg") as SVGElement;
    expect(svg.getAttribute("aria-hidden")).toBe("true");
    expect([...svg.querySelectorAll("g[data-step]")].map((g) => g.getAttribute("data-step"))).toEqual([
      "need",
      "request",
      "review",
      "budget",
      "rfq",
      "contract",
      "receipt",
      "supplier-fix",
      "match",
      "pay",
      "end",
    ]);
    expect(svg.querySelectorAll("g[data-edge]")).toHaveLength(15);
    const label = (edge: string) => svg.querySelector(`text[data-label="${edge}"]`)?.lastChild?.textContent;
    expect(label("review->budget")).toBe("If Amount > 50000");
    expect(label("supplier-fix->match")).toBe("Otherwise");
    expect(label("budget->end")).toBe("If Budget approved = false");
  });

  it("opens a step's editor when its box is clicked", async () => {
    await renderPane(await procurementWorkbook());
    await openTab("Map");
    const drawing = await screen.findByTestId("flow-drawing");
    fireEvent.click(drawing.querySelector('g[data-step="contract"]') as Element);
    const edit = screen.getByRole("button", { name: "Rename Supplier & contract or set its SLA" });
    expect(edit.getAttribute("aria-expanded")).toBe("true");
    const name = screen.getAllByRole("textbox", { name: "Step name (English)" })[0] as HTMLInputElement;
    expect(name.value).toBe("Supplier & contract");
    expect(document.activeElement).toBe(name);
  });

  it("edits fields — add, rename, reorder, delete — and shows each mistake in its field", async () => {
    const workbook = await procurementWorkbook();
    const save = jest.spyOn(workbook.excel, "saveDefinition");
    await renderPane(workbook);
    await openTab("Map");
    const fields = await screen.findByRole("list", { name: "Fields of the process" });
    const add = screen.getByRole("region", { name: "Add a field" });
    fireEvent.change(within(add).getByRole("textbox", { name: "Header (English)" }), {
      target: { value: "Urgency" },
    });
    fireEvent.click(within(add).getByRole("combobox", { name: /^Type/ }));
    fireEvent.click(
      within(await screen.findByRole("listbox")).getByRole("option", { name: "Choice from a list" }),
    );
    fireEvent.click(within(add).getByRole("button", { name: "Add field" }));
    await settle();
    const headings = () =>
      within(fields)
        .getAllByRole("heading", { level: 3 })
        .map((h) => h.textContent);
    expect(headings().at(-1)).toBe("Urgency · Choice from a list");
    // A header another column has is refused in the card; so is a range upside down.
    fireEvent.click(screen.getByRole("button", { name: "Edit the field Urgency" }));
    fireEvent.change(
      within(fields).getAllByRole("textbox", { name: "Header (Chinese)" }).at(-1) as HTMLElement,
      {
        target: { value: "类别" },
      },
    );
    expect(
      await within(fields).findByText(/the header "类别" already names the column category/),
    ).toBeTruthy();
    fireEvent.change(
      within(fields).getAllByRole("textbox", { name: "Header (Chinese)" }).at(-1) as HTMLElement,
      {
        target: { value: "紧急程度" },
      },
    );
    fireEvent.change(within(fields).getByRole("textbox", { name: "Choices, one per line" }), {
      target: { value: "low | Low | 低\nhigh | High | 高" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Edit the field Amount" }));
    fireEvent.change(within(fields).getByRole("textbox", { name: "Least value" }), {
      target: { value: "100" },
    });
    fireEvent.change(within(fields).getByRole("textbox", { name: "Greatest value" }), {
      target: { value: "10" },
    });
    expect(
      await within(fields).findByText(/the greatest value \(10\) is below the least \(100\)/),
    ).toBeTruthy();
    expect(screen.getByRole("button", { name: "Save" }).hasAttribute("disabled")).toBe(true);
    fireEvent.change(within(fields).getByRole("textbox", { name: "Greatest value" }), {
      target: { value: "" },
    });
    // Reorder and delete.
    fireEvent.click(screen.getByRole("button", { name: "Move Urgency up" }));
    expect(headings().slice(-2)).toEqual(["Urgency · Choice from a list", "Invoice amount · Number"]);
    fireEvent.click(screen.getByRole("button", { name: "Delete the field PO number" }));
    fireEvent.click(
      within(screen.getByRole("alertdialog", { name: "Delete the field PO number" })).getByRole("button", {
        name: "Delete",
      }),
    );
    expect(headings()).not.toContain("PO number · Text");
    // What the save does comes first: the definition's changes, then the register's.
    const changes = await screen.findByRole("region", { name: "What changes in version 2" });
    expect(within(changes).getByText(/Urgency/)).toBeTruthy();
    const register = await within(changes).findByRole("list", { name: "The register follows:" });
    expect(
      within(register)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "a column Urgency is added at the right",
      "the column PO number stays where it is; Procsheet no longer reads it",
    ]);
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(save).toHaveBeenCalled());
    expect(await screen.findByText("Saved: version 2.")).toBeTruthy();
    const header = (await workbook.sim.snapshot()).tables.find((t) => t.name === "PS_procurement")?.columns;
    expect(header?.at(-1)).toBe("Urgency");
    expect(header).toContain("PO number");
  });

  it("refuses to save a deleted step that still has cases, naming them, before anything is written", async () => {
    const workbook = await procurementWorkbook();
    const save = jest.spyOn(workbook.excel, "saveDefinition");
    await renderPane(workbook);
    await openTab("Map");
    fireEvent.click(await screen.findByRole("button", { name: "Delete Budget approval" }));
    fireEvent.click(screen.getByRole("button", { name: "Delete" }));
    expect(
      await screen.findByText(
        /The step “Budget approval” still has 4 cases not closed: PR-0003, PR-0022, PR-0023, PR-0024/,
      ),
    ).toBeTruthy();
    expect(screen.getByRole("button", { name: "Save" }).hasAttribute("disabled")).toBe(true);
    expect(save).not.toHaveBeenCalled();
  });

  it("draws the map on a sheet of its own, and names the feature an Excel without shapes lacks", async () => {
    const workbook = await procurementWorkbook();
    await renderPane(workbook);
    await openTab("Map");
    fireEvent.click(await screen.findByRole("button", { name: "Draw the map on a sheet" }));
    expect(
      await screen.findByText(/The map is on the sheet Procurement Map: 11 boxes and 15 arrows/),
    ).toBeTruthy();
    const shapes = workbook.sim.snapshot().sheets["Procurement Map"]?.shapes ?? [];
    expect(shapes.filter((s) => s.type === "Line")).toHaveLength(15);
    workbook.sim.setApiVersion("1.8");
    fireEvent.click(screen.getByRole("button", { name: "Draw the map on a sheet" }));
    expect(await screen.findByText(/lacks a feature Procsheet needs \(Worksheet\.shapes\)/)).toBeTruthy();
  });
});
