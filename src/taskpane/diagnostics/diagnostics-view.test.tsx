/** @jest-environment jsdom */
import "../theme/fabric-config";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { App } from "../app";
import { ExcelProvider } from "../excel-context";
import { emptyWorkbook } from "../testing/sim-workbook";
import { clock, renderPane } from "../testing/render";
import { registerProcsheetIcons } from "../theme/icons";

beforeEach(() => localStorage.clear());
afterEach(() => window.history.replaceState(null, "", "/"));

/** Runs the self-check from the open view and waits for its report. */
async function runIt(button: RegExp): Promise<HTMLElement> {
  fireEvent.click(await screen.findByRole("button", { name: button }));
  return screen.findByTestId("diagnostics-summary", {}, { timeout: 30000 });
}

describe("the self-check view", () => {
  it("opens from the pane's More menu, passes every check on the simulation and copies the report as JSON", async () => {
    const workbook = emptyWorkbook({ sheets: ["Data"] });
    const before = workbook.sim.dump();
    const written: string[] = [];
    Object.assign(navigator, { clipboard: { writeText: async (text: string) => void written.push(text) } });
    await renderPane(workbook);
    fireEvent.click(screen.getByRole("button", { name: "More" }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "Self-check" }));
    expect(await screen.findByRole("heading", { name: "Self-check" })).toBeTruthy();
    expect(screen.queryByRole("tablist")).toBeNull();
    const summary = await runIt(/Run the self-check/);
    expect(summary.textContent).toBe("55 passed · 0 failed · 0 not supported here · 0 could not observe");
    const list = screen.getByRole("list", { name: "Checks" });
    expect(within(list).getAllByText("Pass")).toHaveLength(55);
    expect(within(list).getByText(/A batch that fails midway keeps the writes/)).toBeTruthy();
    expect(screen.getByText("ExcelApi 1.1–1.17 · SharedRuntime 1.1")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Copy report" }));
    expect(await screen.findByText(/Copied the report/)).toBeTruthy();
    const report = JSON.parse(written[0] ?? "{}") as { kind: string; results: unknown[]; host: object };
    expect(report.kind).toBe("procsheet-self-check");
    expect(report.results).toHaveLength(55);
    expect(report.host).toMatchObject({ host: "Excel", platform: "OfficeOnline" });
    expect(workbook.sim.dump()).toEqual(before);
    fireEvent.click(screen.getByRole("button", { name: "Back to the process" }));
    expect(await screen.findByRole("tablist")).toBeTruthy();
  }, 60000);

  it("opens on ?diagnostics in Chinese; at ExcelApi 1.13 newer checks say not supported here; copies by hand without the Clipboard API", async () => {
    window.history.replaceState(null, "", "/taskpane.html?diagnostics");
    Object.assign(navigator, { clipboard: undefined });
    const copy = jest.fn(() => true);
    Object.assign(document, { execCommand: copy });
    const workbook = emptyWorkbook({ apiVersion: "1.13", displayLanguage: "zh-CN" });
    registerProcsheetIcons();
    render(
      <ExcelProvider excel={workbook.excel} clock={clock}>
        <App lang="zh-CN" />
      </ExcelProvider>,
    );
    expect(await screen.findByRole("heading", { name: "自检" })).toBeTruthy();
    const summary = await runIt(/运行自检/);
    expect(summary.textContent).toMatch(/^\d+ 项通过 · 0 项未通过 · [1-9]\d* 项此处不支持 · 0 项无法观察$/);
    const notHere = document.querySelector('[data-check="event-trigger-source"]');
    expect(notHere?.getAttribute("data-status")).toBe("unsupported");
    expect(within(notHere as HTMLElement).getByText("此处不支持")).toBeTruthy();
    expect(notHere?.textContent).toContain("Excel 的结果：needs ExcelApi 1.14");
    fireEvent.click(screen.getByRole("button", { name: "复制报告" }));
    expect(await screen.findByText(/已复制报告/)).toBeTruthy();
    expect(copy).toHaveBeenCalledWith("copy");
    await act(async () => undefined);
  }, 60000);
});
