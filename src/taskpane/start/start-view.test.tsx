/** @jest-environment jsdom */
import "../theme/fabric-config";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { AdoptPreview } from "../../excel/api-types";
import { FakeExcel } from "../testing/fake-excel";
import { renderPane, settle } from "../testing/render";

beforeEach(() => localStorage.clear());

const preview = (problems: AdoptPreview["problems"] = []): AdoptPreview => ({
  sheetName: "Requests",
  address: "Requests!A1:E21",
  headers: ["Request no", "Item", "Amount", "Status", "Notes"],
  guesses: [undefined, "item", "amount", "status", undefined],
  rowCount: 20,
  rowsWithoutId: 20,
  columnsToAdd: ["id", "step", "owner", "due", "stepStarted", "created", "closed"],
  problems,
});

async function card(name: string): Promise<HTMLElement> {
  const heading = await screen.findByRole("heading", { name });
  return heading.closest("article") as HTMLElement;
}

async function choose(combobox: HTMLElement, option: RegExp | string): Promise<void> {
  fireEvent.click(combobox);
  const listbox = await screen.findByRole("listbox");
  fireEvent.click(within(listbox).getByRole("option", { name: option }));
  await settle();
}

describe("Start", () => {
  it("shows each template with its steps drawn as a small flow", async () => {
    await renderPane(new FakeExcel());
    const procurement = await card("Procurement");
    const steps = within(procurement).getByRole("list", { name: "Steps" });
    expect(within(steps).getAllByRole("listitem").length).toBe(10);
    expect(
      within(steps).getByRole("listitem", {
        name: "Purchasing review, leads to Budget approval or Quotes / tender",
      }),
    ).toBeTruthy();
  });

  it("creates a register from a template in the chosen language, with or without sample rows", async () => {
    const excel = new FakeExcel();
    const create = jest.spyOn(excel, "createRegister");
    await renderPane(excel);
    const sales = await card("Sales");
    fireEvent.click(within(sales).getByRole("button", { name: "Create register: Sales" }));
    await choose(within(sales).getByRole("combobox", { name: /Language of the register/ }), "中文（简体）");
    fireEvent.click(within(sales).getByRole("checkbox", { name: "Include sample rows" }));
    fireEvent.click(within(sales).getByRole("button", { name: "Create register" }));
    expect(await screen.findByText(/The register of .+ is ready/)).toBeTruthy();
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ id: "sales" }), {
      lang: "zh-CN",
      sample: false,
      now: "2026-03-02T09:00:00",
    });
    // The new process is now the workbook's, listed on Start.
    expect(await screen.findByRole("list", { name: "Processes in this workbook" })).toBeTruthy();
  });

  it("previews adopting the sheet and adopts with the mapping the person chose", async () => {
    const excel = new FakeExcel({ preview: preview() });
    const adopt = jest.spyOn(excel, "adoptSheet");
    await renderPane(excel);
    const procurement = await card("Procurement");
    fireEvent.click(within(procurement).getByRole("button", { name: "Adopt this sheet: Procurement" }));
    fireEvent.click(within(procurement).getByRole("button", { name: "Preview" }));
    expect(await within(procurement).findByText("Sheet Requests, Requests!A1:E21.")).toBeTruthy();
    await settle();
    expect(within(procurement).getByText(/20 rows; 20 without an ID/)).toBeTruthy();
    const first = within(procurement).getByRole("combobox", { name: /^Request no/ });
    await waitFor(() =>
      expect(within(procurement).getByRole("combobox", { name: /^Request no/ }).textContent).toMatch(
        "Leave this column alone",
      ),
    );
    expect(within(procurement).getByRole("combobox", { name: /^Amount/ }).textContent).toMatch("Amount");
    expect(within(procurement).getByText(/Columns to add at the right: ID \(Procsheet\), Step/)).toBeTruthy();

    await choose(first, "ID (Procsheet)");
    expect(within(procurement).getByText(/Columns to add at the right: Step \(Procsheet\)/)).toBeTruthy();
    fireEvent.click(within(procurement).getByRole("button", { name: "Adopt the sheet" }));
    await waitFor(() => expect(adopt).toHaveBeenCalled());
    expect(adopt.mock.calls[0]?.[2]).toMatchObject({
      columns: { "Request no": "id", Item: "item", Amount: "amount", Status: "status", Notes: "" },
      lang: "en",
    });
    expect(await screen.findByText(/The register of .+ is ready/)).toBeTruthy();
  });

  it("will not adopt while the sheet has problems, and names the cells", async () => {
    const problem = { code: "SHEET_SHAPE" as const, message: "Cells D7:D8 are merged. Unmerge them first." };
    await renderPane(new FakeExcel({ preview: preview([problem]) }));
    const procurement = await card("Procurement");
    fireEvent.click(within(procurement).getByRole("button", { name: "Adopt this sheet: Procurement" }));
    fireEvent.click(within(procurement).getByRole("button", { name: "Preview" }));
    expect(await within(procurement).findByText(problem.message)).toBeTruthy();
    const confirm = within(procurement).getByRole("button", { name: "Adopt the sheet" });
    expect(confirm.getAttribute("aria-disabled") ?? confirm.hasAttribute("disabled").toString()).toBe("true");
  });

  it("will not adopt with two columns holding one key", async () => {
    await renderPane(new FakeExcel({ preview: preview() }));
    const procurement = await card("Procurement");
    fireEvent.click(within(procurement).getByRole("button", { name: "Adopt this sheet: Procurement" }));
    fireEvent.click(within(procurement).getByRole("button", { name: "Preview" }));
    await choose(await within(procurement).findByRole("combobox", { name: /^Notes/ }), "Amount");
    expect(within(procurement).getAllByText("Another column already holds Amount.").length).toBe(2);
    await act(async () => undefined);
  });
});
