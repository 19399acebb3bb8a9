/** @jest-environment jsdom */
import "../theme/fabric-config";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { openTab, procurementWorkbook, renderPane } from "../testing/render";

beforeEach(() => localStorage.clear());

describe("Test", () => {
  it("runs the process's rule tests and shows each result", async () => {
    const workbook = await procurementWorkbook();
    const total = workbook.binding.definition.tests?.length ?? 0;
    await renderPane(workbook);
    await openTab("Test");
    expect(await screen.findByText(`${total} of ${total} tests passed.`)).toBeTruthy();
    const list = screen.getByRole("list", { name: "Rule tests" });
    expect(within(list).getAllByText("Passed").length).toBe(total);
  });

  it("shows a failing test's failures and the why", async () => {
    const workbook = await procurementWorkbook();
    const def = workbook.binding.definition;
    // Break a rule the tests pin: review → budget from 60,000 instead of 50,000.
    const steps = def.steps.map((s) =>
      s.id === "review" ? { ...s, next: [{ when: "amount > 60000", goto: "budget" }, { goto: "rfq" }] } : s,
    );
    const saved = await workbook.excel.saveDefinition(
      workbook.binding,
      { ...def, steps },
      "2026-03-01T09:00:00",
    );
    expect(saved.ok).toBe(true);
    await renderPane(workbook);
    await openTab("Test");
    expect(await screen.findAllByText("Failed")).not.toHaveLength(0);
    expect(
      screen.getAllByText(/next step: expected “Budget approval”, got “Quotes \/ tender”/).length,
    ).toBeGreaterThan(0);
    expect(screen.getAllByRole("list", { name: "Why this next step" }).length).toBeGreaterThan(0);
  });

  it("adds the selected row as a test", async () => {
    const workbook = await procurementWorkbook();
    const total = workbook.binding.definition.tests?.length ?? 0;
    await renderPane(workbook);
    await openTab("Test");
    await screen.findByText(`${total} of ${total} tests passed.`);
    fireEvent.click(screen.getByRole("button", { name: "Add selected row as test" }));
    expect(
      await screen.findByText("Select a row of the register in Excel to see what the rules decide for it."),
    ).toBeTruthy();

    await act(async () => workbook.select("PR-0027"));
    fireEvent.click(screen.getByRole("button", { name: "Add selected row as test" }));
    expect(
      await screen.findByText("Added the test “PR-0027 at Purchasing review”. Save to keep it."),
    ).toBeTruthy();
    expect(await screen.findByText(`${total + 1} of ${total + 1} tests passed.`)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(async () =>
      expect((await workbook.stored()).definition.tests?.at(-1)).toMatchObject({
        name: "PR-0027 at Purchasing review",
        step: "review",
        expect: { owner: "buyers", next: "rfq" },
      }),
    );
  });

  it("dry-runs the sync: every change with its why, nothing written, then Sync now", async () => {
    const workbook = await procurementWorkbook();
    const before = await workbook.rows();
    await renderPane(workbook);
    await openTab("Test");
    workbook.sim.resetCounters();
    fireEvent.click(await screen.findByRole("button", { name: "Dry run" }));
    expect(
      await screen.findByText(/Nothing was written. A sync would change \d+ cells in \d+ of 33 rows/),
    ).toBeTruthy();
    expect(workbook.sim.counters().cellsWritten).toBe(0);
    expect(await workbook.rows()).toEqual(before);
    const changes = screen.getByRole("list", { name: "Changes the sync would make" });
    const pr4 = within(changes).getByRole("heading", { name: "PR-0004" }).closest("li") as HTMLElement;
    expect(within(pr4).getByText("Owner: (empty) → 钱志刚")).toBeTruthy();
    const why = within(pr4).getByRole("list", { name: "Why PR-0004 gets this owner" });
    expect(why.textContent).toContain("Matched rule 1: Amount > 200000 → 钱志刚 (role CFO)");
    const pr6 = within(changes).getByRole("heading", { name: "PR-0006" }).closest("li") as HTMLElement;
    // The register holds step names, so the change is shown in them (not in step ids).
    expect(within(pr6).getByText("Step: Three-way match → Payment")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Sync now" }));
    expect(await screen.findByText(/Synced: \d+ cells changed in \d+ of 33 rows/)).toBeTruthy();
    expect((await workbook.rows()).find((r) => r.id === "PR-0004")?.owner).toBe("钱志刚");
    await act(async () => undefined);
  });
});
