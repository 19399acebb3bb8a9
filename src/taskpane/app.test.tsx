/** @jest-environment jsdom */
import "./theme/fabric-config";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { emptyWorkbook, refuseRequests } from "./testing/sim-workbook";
import { registerRibbonCommands } from "../commands/ribbon-commands";
import { clock, NOW, openTab, procurementWorkbook, renderPane, template } from "./testing/render";

beforeEach(() => localStorage.clear());

describe("the task pane shell", () => {
  it("opens an empty workbook on Start, with the template gallery", async () => {
    await renderPane(emptyWorkbook());
    expect(screen.getByRole("tab", { name: "Start" }).getAttribute("aria-selected")).toBe("true");
    expect(await screen.findByRole("heading", { name: "Procurement" })).toBeTruthy();
  });

  it("opens a workbook that holds a process on Run", async () => {
    await renderPane(await procurementWorkbook());
    await waitFor(() =>
      expect(screen.getByRole("tab", { name: "Run" }).getAttribute("aria-selected")).toBe("true"),
    );
    expect(await screen.findByRole("heading", { name: "My work" })).toBeTruthy();
  });

  it("moves between the loop's steps with the keyboard", async () => {
    // jsdom lays nothing out; Fluent's FocusZone skips elements without a size, so give them one.
    const height = jest.spyOn(HTMLElement.prototype, "offsetHeight", "get").mockReturnValue(20);
    await renderPane(emptyWorkbook());
    const start = screen.getByRole("tab", { name: "Start" });
    act(() => start.focus());
    fireEvent.keyDown(start, { key: "ArrowRight", keyCode: 39, which: 39 });
    const goals = screen.getByRole("tab", { name: "Goals" });
    await waitFor(() => expect(document.activeElement).toBe(goals));
    fireEvent.keyDown(goals, { key: "Enter", keyCode: 13, which: 13 });
    await waitFor(() => expect(goals.getAttribute("aria-selected")).toBe("true"));
    expect(await screen.findByText(/This step needs a process/)).toBeTruthy();
    height.mockRestore();
  });

  it("follows Office's display language: zh-CN", async () => {
    await renderPane(emptyWorkbook({ displayLanguage: "zh-CN" }), "zh-CN");
    expect(screen.getByRole("tab", { name: "开始" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "分配" })).toBeTruthy();
    expect(await screen.findByRole("heading", { name: "采购流程" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("zh-CN");
  });

  it("takes Office's theme: the Black theme's body colours on the pane, through the real adapter", async () => {
    await renderPane(emptyWorkbook({ officeTheme: "black" }));
    const body = getComputedStyle(document.body);
    expect(body.backgroundColor).toBe("rgb(38, 38, 38)");
    expect(body.color).toBe("rgb(255, 255, 255)");
  });

  it("switches language by hand and remembers the choice", async () => {
    const view = await renderPane(emptyWorkbook());
    fireEvent.click(screen.getByRole("button", { name: "中文: show the pane in Chinese" }));
    expect(await screen.findByRole("tab", { name: "目标" })).toBeTruthy();
    expect(localStorage.getItem("procsheet.lang")).toBe("zh-CN");
    view.unmount();
    await renderPane(emptyWorkbook(), "en");
    expect(screen.getByRole("tab", { name: "开始" })).toBeTruthy();
  });

  it("starts change tracking when a process is opened, and records status edits", async () => {
    const workbook = await procurementWorkbook();
    const reconcile = jest.spyOn(workbook.excel, "reconcileStatuses");
    const watch = jest.spyOn(workbook.excel, "watchRegister");
    await renderPane(workbook);
    expect(await screen.findByText(/Change tracking is on · 0 status/)).toBeTruthy();
    expect(reconcile).toHaveBeenCalled();
    expect(watch).toHaveBeenCalled();
    const open = (await workbook.rows()).find((r) => r.status === "todo");
    // A person types a new status into the register's Status cell and presses Enter.
    await act(async () => workbook.typeInto(String(open?.id), "Status", "In progress"));
    expect(await screen.findByText(/Change tracking is on · 1 status/)).toBeTruthy();
    expect((await workbook.history()).at(-1)).toMatchObject({
      type: "status",
      status: "doing",
      caseId: open?.id,
    });
  });

  it("opens the New case form when the ribbon's New case button is pressed", async () => {
    const workbook = await procurementWorkbook();
    registerRibbonCommands(workbook.excel, clock);
    await renderPane(workbook);
    await act(async () => workbook.sim.user.pressButton("newCase"));
    expect(await screen.findByRole("form", { name: "New case" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: /^Run/ }).getAttribute("aria-selected")).toBe("true");
  });

  it("says what to do when the workbook cannot be read, and retries", async () => {
    // Excel refuses the add-in's requests while a person edits a cell when a batch cannot wait for the
    // edit to end; the simulation always waits, so the refusal is injected.
    const workbook = emptyWorkbook();
    const editEnds = refuseRequests(workbook.sim, "InvalidOperationInCellEditMode");
    await renderPane(workbook);
    expect(await screen.findByText(/A cell is being edited. Press Enter or Esc/)).toBeTruthy();
    editEnds();
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(screen.queryByText(/A cell is being edited/)).toBeNull());
  });

  it("offers a process picker when the workbook holds several processes", async () => {
    const workbook = await procurementWorkbook();
    await workbook.excel.createRegister(template("sales"), { lang: "en", sample: false, now: NOW });
    await renderPane(workbook);
    const picker = screen.getByRole("combobox", { name: /^Process/ });
    fireEvent.click(picker);
    const listbox = await screen.findByRole("listbox");
    fireEvent.click(within(listbox).getByRole("option", { name: /Procurement/ }));
    await waitFor(() => expect(picker.textContent).toMatch(/Procurement/));
  });

  it("opens its process at ExcelApi 1.13, the oldest Excel that loads the pane (the manifest's minimum)", async () => {
    await renderPane(await procurementWorkbook({ apiVersion: "1.13" }));
    expect(await screen.findByRole("heading", { name: "My work" })).toBeTruthy();
  });

  it("loads each view lazily", async () => {
    await renderPane(await procurementWorkbook());
    await openTab("Analyze");
    expect(await screen.findByRole("heading", { name: "Measured" })).toBeTruthy();
  });
});

describe("the pane's language", () => {
  it("follows Office's display language once Office is ready, unless chosen by hand", async () => {
    // Office.js reports its language only after it has initialised; the first render may guess "en".
    await renderPane(emptyWorkbook({ displayLanguage: "zh-CN" }), "en");
    expect(await screen.findByRole("tab", { name: "开始" })).toBeTruthy();
  });

  it("keeps a language chosen by hand over Office's", async () => {
    localStorage.setItem("procsheet.lang", "en");
    await renderPane(emptyWorkbook({ displayLanguage: "zh-CN" }), "zh-CN");
    expect(screen.getByRole("tab", { name: "Start" })).toBeTruthy();
  });
});
