/** @jest-environment jsdom */
import "../theme/fabric-config";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { renderPane, settle } from "../testing/render";
import { emptyWorkbook, type SimWorkbook } from "../testing/sim-workbook";

beforeEach(() => localStorage.clear());

/**
 * A workbook whose only sheet, Requests, holds a list a person keeps by hand: 20 requests under a header
 * row in A1:E21, no IDs Procsheet knows. The person has the sheet open (A1 selected).
 */
function requestsSheet(): SimWorkbook {
  const workbook = emptyWorkbook({ sheets: ["Requests"] });
  const rows = Array.from({ length: 20 }, (_, i) => [
    `R-${101 + i}`,
    `Item ${i + 1}`,
    1000 * (i + 1),
    i % 4 === 0 ? "Done" : "To do",
    "",
  ]);
  workbook.sim.user.setRangeByUser("Requests", "A1:E21", [
    ["Request no", "Item", "Amount", "Status", "Notes"],
    ...rows,
  ]);
  workbook.sim.user.select("Requests", "A1");
  return workbook;
}

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
    await renderPane(emptyWorkbook());
    const procurement = await card("Procurement");
    const steps = within(procurement).getByRole("list", { name: "Steps" });
    expect(within(steps).getAllByRole("listitem").length).toBe(10);
    expect(
      within(steps).getByRole("listitem", {
        name: "Purchasing review, leads to Budget approval or Quotes / tender",
      }),
    ).toBeTruthy();
  });

  it("creates a register from a template in the chosen language, with or without sample rows and automatic routing", async () => {
    const workbook = emptyWorkbook();
    const create = jest.spyOn(workbook.excel, "createRegister");
    await renderPane(workbook);
    const sales = await card("Sales");
    fireEvent.click(within(sales).getByRole("button", { name: "Create register: Sales" }));
    await choose(within(sales).getByRole("combobox", { name: /Language of the register/ }), "中文（简体）");
    fireEvent.click(within(sales).getByRole("checkbox", { name: "Include sample rows" }));
    const automatic = within(sales).getByRole("checkbox", {
      name: "Route cases as people edit the register",
    });
    expect((automatic as HTMLInputElement).checked).toBe(true);
    fireEvent.click(automatic);
    fireEvent.click(within(sales).getByRole("button", { name: "Create register" }));
    expect(await screen.findByText(/The register of .+ is ready/)).toBeTruthy();
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ id: "sales" }), {
      lang: "zh-CN",
      sample: false,
      now: "2026-03-02T09:00:00",
      automatic: false,
    });
    // The new process is now the workbook's, listed on Start.
    expect(await screen.findByRole("list", { name: "Processes in this workbook" })).toBeTruthy();
    // A Chinese register with no rows: headers in Chinese, only the blank row a new table has.
    const register = workbook.register("sales");
    expect(await register.rows()).toEqual([]);
    expect((await register.stored()).lang).toBe("zh-CN");
    expect((await register.stored()).automatic).toBe(false);
  });

  it("previews adopting the sheet and adopts with the mapping the person chose", async () => {
    const workbook = requestsSheet();
    const adopt = jest.spyOn(workbook.excel, "adoptSheet");
    await renderPane(workbook);
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
    // The person's IDs stay, and the register reads as the process's rows.
    const rows = await workbook.register("procurement").rows();
    expect(rows).toHaveLength(20);
    expect(rows[0]).toMatchObject({ id: "R-101", item: "Item 1", amount: 1000, status: "done" });
  });

  it("will not adopt while the sheet has problems, and names the cells", async () => {
    const workbook = requestsSheet();
    // Someone merged D7:D8 (Excel keeps the upper-left value); the workbook opens like that.
    const json = workbook.sim.dump();
    const sheet = json.sheets.find((s) => s.name === "Requests");
    if (!sheet) throw new Error("no sheet Requests");
    delete sheet.cells["D8"];
    sheet.merged = ["D7:D8"];
    workbook.sim.load(json);
    await renderPane(workbook);
    const procurement = await card("Procurement");
    fireEvent.click(within(procurement).getByRole("button", { name: "Adopt this sheet: Procurement" }));
    fireEvent.click(within(procurement).getByRole("button", { name: "Preview" }));
    expect(
      await within(procurement).findByText(
        "Merged cells D7:D8 are in the way: a table cannot hold merged cells. Unmerge them and look again.",
      ),
    ).toBeTruthy();
    const confirm = within(procurement).getByRole("button", { name: "Adopt the sheet" });
    expect(confirm.getAttribute("aria-disabled") ?? confirm.hasAttribute("disabled").toString()).toBe("true");
  });

  it("will not adopt with two columns holding one key", async () => {
    await renderPane(requestsSheet());
    const procurement = await card("Procurement");
    fireEvent.click(within(procurement).getByRole("button", { name: "Adopt this sheet: Procurement" }));
    fireEvent.click(within(procurement).getByRole("button", { name: "Preview" }));
    await choose(await within(procurement).findByRole("combobox", { name: /^Notes/ }), "Amount");
    expect(within(procurement).getAllByText("Another column already holds Amount.").length).toBe(2);
    await act(async () => undefined);
  });
});
