/** @jest-environment jsdom */
import "../theme/fabric-config";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Automation } from "../../excel/api-types";
import { clock, openTab, procurementWorkbook, renderPane } from "../testing/render";
import type { ProcessWorkbook } from "../testing/sim-workbook";

beforeEach(() => localStorage.clear());

const region = (name: string) => screen.getByRole("region", { name });

// The runtime's automation as index.tsx starts it, with a short debounce so the test need not wait 1.5 s.
async function automate(workbook: ProcessWorkbook): Promise<Automation> {
  return workbook.excel.startAutomation({
    clock,
    name: () => "Mei",
    debounceMs: 20,
    settleMs: 0,
    renewMs: 3_600_000,
  });
}

// An open case in an early step, so Done moves it on rather than closing it.
async function openCase(workbook: ProcessWorkbook) {
  const early = new Set(["request", "review", "rfq"]);
  const open = (await workbook.rows()).find(
    (r) => early.has(String(r.step)) && r.status !== "done" && !r.closed,
  );
  if (!open) throw new Error("the sample register has no open case");
  return open;
}

describe("Automatic routing in the pane (docs/specification.md §3.12)", () => {
  it("moves a case marked Done on to its next owner with no button pressed, and says so", async () => {
    const workbook = await procurementWorkbook();
    const automation = await automate(workbook);
    try {
      const sync = jest.spyOn(workbook.excel, "sync");
      await renderPane(workbook, "en", automation);
      await openTab(/^Run/);
      const panel = region("Automatic routing");
      expect(
        within(panel)
          .getByRole("switch", { name: /Route cases as people edit/ })
          .getAttribute("aria-checked"),
      ).toBe("true");
      expect(await within(panel).findByText("Routing in this Excel.")).toBeTruthy();
      expect(within(panel).getByText("Nothing routed yet in this session.")).toBeTruthy();

      const open = await openCase(workbook);
      await act(async () => workbook.typeInto(String(open.id), "Status", "Done"));
      const moved = await within(panel).findByRole("button", { name: `Show ${open.id} in the register` });
      expect(moved.closest("li")?.textContent).toMatch(/now in|finished/);
      const after = (await workbook.rows()).find((r) => r.id === open.id);
      expect(after?.step).not.toBe(open.step);
      expect(after?.status).toBe("todo");
      expect(after?.owner).toBeTruthy();
      expect(moved.closest("li")?.textContent).toContain(String(after?.owner));
      expect((await workbook.history()).some((e) => e.caseId === open.id && e.type === "advanced")).toBe(
        true,
      );
      // Nobody pressed Sync now.
      expect(sync).not.toHaveBeenCalled();
    } finally {
      await act(async () => automation.stop());
    }
  });

  it("turns automatic routing off for the process, and edits then wait for Sync now", async () => {
    const workbook = await procurementWorkbook();
    const automation = await automate(workbook);
    try {
      await renderPane(workbook, "en", automation);
      await openTab(/^Run/);
      const panel = region("Automatic routing");
      fireEvent.click(within(panel).getByRole("switch", { name: /Route cases as people edit/ }));
      expect(await within(panel).findByText("Off: cases move when someone presses Sync now.")).toBeTruthy();
      expect((await workbook.stored()).automatic).toBe(false);
      expect(automation.standing(workbook.processId).kind).toBe("stopped");

      const open = await openCase(workbook);
      await act(async () => workbook.typeInto(String(open.id), "Status", "Done"));
      await automation.flush(workbook.processId);
      const after = (await workbook.rows()).find((r) => r.id === open.id);
      expect(after).toMatchObject({ step: open.step, status: "done" });
    } finally {
      await act(async () => automation.stop());
    }
  });

  it("syncs on Sync now while this Excel routes automatically (its own lease, not a co-author's)", async () => {
    const workbook = await procurementWorkbook();
    const automation = await automate(workbook);
    try {
      await renderPane(workbook, "en", automation);
      await openTab(/^Run/);
      expect(await within(region("Automatic routing")).findByText("Routing in this Excel.")).toBeTruthy();
      fireEvent.click(screen.getByRole("button", { name: "Sync now" }));
      // The router's takeover sync brought the register up to date: this one finds nothing to do.
      expect(await screen.findByText(/^Everything is up to date/)).toBeTruthy();
      expect(screen.queryByText(/being routed in .*Excel/)).toBeNull();
    } finally {
      await act(async () => automation.stop());
    }
  });

  it("speaks Chinese in a Chinese Office", async () => {
    const workbook = await procurementWorkbook({ lang: "zh-CN" });
    const automation = await automate(workbook);
    try {
      await renderPane(workbook, "zh-CN", automation);
      await openTab(/^实施/);
      const panel = region("自动分配");
      expect(await within(panel).findByText("正在此 Excel 中自动分配。")).toBeTruthy();
      const open = await openCase(workbook);
      await act(async () => workbook.typeInto(String(open.id), "状态", "完成"));
      await waitFor(() =>
        expect(within(panel).getByRole("button", { name: `在登记表中显示 ${open.id}` })).toBeTruthy(),
      );
    } finally {
      await act(async () => automation.stop());
    }
  });
});
