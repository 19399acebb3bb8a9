/** @jest-environment jsdom */
import "../theme/fabric-config";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { inThread, type RuleHost, type RuleQuestion } from "../../core/rules/evaluator";
import { openTab, procurementWorkbook, renderPane, settle } from "../testing/render";

beforeEach(() => localStorage.clear());

/** In Rules, review's owner and next rules move the 50,000 line to 80,000 (unsaved: a draft). */
async function raiseReviewThreshold(): Promise<void> {
  await openTab("Rules");
  fireEvent.click(await screen.findByRole("combobox", { name: /^Step/ }));
  fireEvent.click(
    within(await screen.findByRole("listbox")).getByRole("option", { name: "Purchasing review" }),
  );
  await settle();
  const when = (clause: string) =>
    within(screen.getByRole("region", { name: clause })).getByRole("textbox", { name: /^Condition/ });
  fireEvent.change(when("Owner rule 1"), { target: { value: "amount > 80000" } });
  fireEvent.change(when("Next rule 1"), { target: { value: "amount > 80000" } });
  fireEvent.change(when("Next rule 2"), { target: { value: "amount <= 80000" } });
  await settle();
}

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

  it("tries the unsaved edits on past cases: changed owners and next steps with the why of both, the load, on time", async () => {
    const workbook = await procurementWorkbook({ past: true });
    await renderPane(workbook);
    await openTab("Test");
    expect(await screen.findByText(/No unsaved edits: the draft is the saved process/)).toBeTruthy();
    await raiseReviewThreshold();
    await openTab("Test");
    workbook.sim.resetCounters();
    fireEvent.click(await screen.findByRole("button", { name: "Try on past cases" }));
    const status = await screen.findByText(
      /^Tried on \d+ cases \(\d+ step visits\): \d+ owner changes, \d+ next-step changes\.$/,
      {},
      { timeout: 5000 },
    );
    expect(status).toBeTruthy();
    // PR-0008 (64,000) went through budget approval; under the draft it would not have.
    const owners = screen.getByRole("list", { name: "Owner changes" });
    const pr8 = within(owners)
      .getByText("PR-0008 · Purchasing review: Procurement manager → Buyers")
      .closest("li") as HTMLElement;
    fireEvent.click(within(pr8).getByRole("button", { name: "Why" }));
    expect(within(pr8).getByRole("list", { name: "Saved rule for PR-0008" }).textContent).toContain(
      "Amount > 50000",
    );
    expect(within(pr8).getByRole("list", { name: "Draft rule for PR-0008" }).textContent).toContain(
      "Amount > 80000",
    );
    const nexts = screen.getByRole("list", { name: "Next-step changes" });
    expect(
      within(nexts).getByText("PR-0008 · Purchasing review: Budget approval → Quotes / tender"),
    ).toBeTruthy();
    const load = screen.getByRole("table", { name: "Load per assignee (step visits)" });
    const manager = within(load).getByRole("row", { name: /^Procurement manager/ });
    const [saved, draft] = within(manager)
      .getAllByRole("cell")
      .map((c) => Number(c.textContent));
    expect(saved).toBeGreaterThan(draft ?? Infinity);
    expect(screen.getByRole("table", { name: "On time per step, under each SLA" }).textContent).toMatch(
      /Purchasing review2 d · \d+%2 d · \d+%/,
    );
    // Nothing was saved or written: the workbook still holds version 1, no cell changed.
    expect(workbook.sim.counters().cellsWritten).toBe(0);
    expect((await workbook.stored()).version).toBe(1);
  });

  it("tries past cases with the rules off the fast path in the pane's rule worker, as Sync and Save do", async () => {
    const workbook = await procurementWorkbook({ past: true });
    const asked: RuleQuestion[] = [];
    const worker: RuleHost = (process, bindings) => {
      const here = inThread(process, bindings);
      return { batches: false, answer: (q) => (asked.push(q), here.answer(q)) };
    };
    await renderPane({ ...workbook.excel, ruleHost: async () => worker });
    await openTab("Rules");
    fireEvent.click(await screen.findByRole("combobox", { name: /^Step/ }));
    fireEvent.click(
      within(await screen.findByRole("listbox")).getByRole("option", { name: "Purchasing review" }),
    );
    await settle();
    // A regular expression is off the fast path: only a worker with a time limit may run it.
    const rule1 = within(screen.getByRole("region", { name: "Owner rule 1" }));
    fireEvent.change(rule1.getByRole("textbox", { name: /^Condition/ }), {
      target: { value: "amount > 50000 and $contains(item, /x/)" },
    });
    await settle();
    await openTab("Test");
    asked.length = 0;
    fireEvent.click(await screen.findByRole("button", { name: "Try on past cases" }));
    await screen.findByTestId("backtest-result", {}, { timeout: 5000 });
    const review = workbook.binding.definition.steps.findIndex((s) => s.id === "review");
    expect(asked.filter((q) => q.kind === "owner" && q.step === review).length).toBeGreaterThan(0);
    // Each visit at its own moment, not the pane's clock.
    expect(new Set(asked.map((q) => q.bindings?.now)).size).toBeGreaterThan(1);
  });

  it("shows its progress while it runs, and Cancel stops it with nothing changed", async () => {
    const workbook = await procurementWorkbook({ past: true });
    await renderPane(workbook);
    await raiseReviewThreshold();
    await openTab("Test");
    fireEvent.click(await screen.findByRole("button", { name: "Try on past cases" }));
    expect(screen.getByText("Reading History and the register")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(await screen.findByText("Trying on past cases was cancelled. Nothing was changed.")).toBeTruthy();
    expect(screen.queryByTestId("backtest-result")).toBeNull();
    expect(screen.getByRole("button", { name: "Try on past cases" })).toBeTruthy();
  });

  it("runs the rule tests on Save, where the edit was made: a broken test is updated in one step, then saved", async () => {
    const workbook = await procurementWorkbook();
    await renderPane(workbook);
    await raiseReviewThreshold();
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByText(/^With your edits, 1 rule test fails\./)).toBeTruthy();
    const failing = screen.getByRole("list", { name: "Rule tests" });
    expect(within(failing).getByText("just above 50,000 needs budget approval")).toBeTruthy();
    expect(
      within(failing).getByText(
        "owner: Procurement manager → Buyers; next step: Budget approval → Quotes / tender",
      ),
    ).toBeTruthy();
    // Nothing saved while a test fails (unless "Save anyway").
    expect((await workbook.stored()).version).toBe(1);
    expect(screen.getByRole("button", { name: "Save anyway" })).toBeTruthy();
    fireEvent.click(within(failing).getByRole("button", { name: "Update the test" }));
    expect(
      await screen.findByText(
        "The test “just above 50,000 needs budget approval” now expects what the rules decide. Save to keep it.",
      ),
    ).toBeTruthy();
    await waitFor(() => expect(screen.queryByText(/rule test fails/)).toBeNull());
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(async () => expect((await workbook.stored()).version).toBe(2));
    const test = (await workbook.stored()).definition.tests?.find(
      (x) => x.name === "just above 50,000 needs budget approval",
    );
    expect(test?.expect).toEqual({ owner: "buyers", next: "rfq" });
  });
});
