/** @jest-environment jsdom */
import "../theme/fabric-config";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { openTab, procurementWorkbook, renderPane, settle } from "../testing/render";

beforeEach(() => localStorage.clear());

async function openRulesOf(step: string): Promise<void> {
  await openTab("Rules");
  const picker = await screen.findByRole("combobox", { name: /^Step/ });
  fireEvent.click(picker);
  fireEvent.click(within(await screen.findByRole("listbox")).getByRole("option", { name: step }));
  await settle();
}

const whenOf = (clause: string) =>
  within(screen.getByRole("region", { name: clause })).getByRole("textbox", { name: /^Condition/ });

describe("Rules", () => {
  it("shows each syntax error at its position as you type", async () => {
    await renderPane(await procurementWorkbook());
    await openRulesOf("Purchasing review");
    const when = whenOf("Next rule 1") as HTMLTextAreaElement;
    expect(when.value).toBe("amount > 50000");
    fireEvent.change(when, { target: { value: "amount >> 50000" } });
    const [error] = await within(screen.getByRole("region", { name: "Next rule 1" })).findAllByTestId(
      "syntax-error",
    );
    expect(error?.textContent).toContain(
      'Line 1, column 9: The rule cannot be read at character 9: The symbol ">" cannot be used as a unary operator',
    );
    // The source line, the offending ">" underlined, and a caret under it.
    const excerpt = error?.querySelector("[aria-hidden='true']");
    expect(excerpt?.textContent).toBe(`amount >> 50000\n${" ".repeat(8)}^`);
    expect(excerpt?.querySelector("span")?.textContent).toBe(">");
    expect(when.getAttribute("aria-invalid")).toBe("true");
    // The save is refused while the rule does not parse, naming where.
    expect(
      await screen.findByText(
        /^next rule 1 of “Purchasing review”, its condition: The rule cannot be read at character 9/,
      ),
    ).toBeTruthy();

    fireEvent.change(when, { target: { value: "amount > 40000" } });
    await waitFor(() => expect(screen.queryAllByTestId("syntax-error")).toEqual([]));
  });

  it("warns, without blocking the save, when a rule reads a column the process does not have", async () => {
    await renderPane(await procurementWorkbook());
    await openRulesOf("Purchasing review");
    const when = whenOf("Next rule 1") as HTMLTextAreaElement;
    fireEvent.change(when, { target: { value: "amonut > 50000 and $contains(requester, 'x')" } });
    const warning = await screen.findByText(/This process has no column amonut: the rule will find it empty/);
    // The columns as the reader knows them: their headers.
    expect(warning.textContent).toContain("Its columns: ID, Step, Status, Owner, Due");
    expect(warning.textContent).toContain("Amount");
    expect(when.getAttribute("aria-invalid")).not.toBe("true");
    expect(when.getAttribute("aria-describedby") ?? "").not.toBe("");
    fireEvent.change(when, { target: { value: "amount > 50000" } });
    await waitFor(() => expect(screen.queryByText(/This process has no column/)).toBeNull());
  });

  it("gives the same warning in Chinese", async () => {
    await renderPane(await procurementWorkbook({ lang: "zh-CN" }), "zh-CN");
    await openTab("分配");
    const picker = await screen.findByRole("combobox", { name: /^步骤/ });
    fireEvent.click(picker);
    fireEvent.click(within(await screen.findByRole("listbox")).getAllByRole("option")[2] as HTMLElement);
    await settle();
    const region = screen.getByRole("region", { name: "下一步规则 1" });
    fireEvent.change(within(region).getAllByRole("textbox")[0] as HTMLElement, {
      target: { value: "amonut > 50000" },
    });
    expect(await screen.findByText(/此流程没有 amonut 列/)).toBeTruthy();
  });

  it("evaluates the row under Excel's cursor live, with the why of each decision", async () => {
    const workbook = await procurementWorkbook();
    await renderPane(workbook);
    await openRulesOf("Purchasing review");
    const live = screen.getByRole("region", { name: "Row under the cursor" });
    expect(within(live).getByText(/Select a row of the register/)).toBeTruthy();

    // A person clicks into PR-0027's row (46,000, at review).
    await act(async () => workbook.select("PR-0027"));
    expect(await within(live).findByText("PR-0027, evaluated at the step Purchasing review.")).toBeTruthy();
    expect((await within(live).findAllByText(/Quotes \/ tender/)).length).toBeGreaterThan(0);
    const nextWhy = within(live).getByRole("list", { name: "Why this next step" });
    expect(
      within(nextWhy)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "Not matched rule 1: Amount > 50000 (the condition does not hold)",
      "Matched rule 2: Amount <= 50000 → Quotes / tender",
    ]);
    expect(within(live).getByText(/Owner:/).parentElement?.textContent).toMatch(/\(role Buyers\)/);

    // Editing the rule re-evaluates the same row at once; rule 2 now matches too, and is shown as overruled.
    fireEvent.change(whenOf("Next rule 1"), { target: { value: "amount > 40000" } });
    expect((await within(live).findAllByText(/Budget approval/)).length).toBeGreaterThan(0);
    expect(
      within(within(live).getByRole("list", { name: "Why this next step" }))
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "Matched rule 1: Amount > 40000 → Budget approval",
      "Also matches (an earlier rule decides) rule 2: Amount <= 50000",
    ]);

    // The cursor moves to another row.
    await act(async () => workbook.select("PR-0029"));
    expect(
      await within(live).findByText(
        /PR-0029, evaluated at the step Purchasing review. \(The case is now at Identify the need.\)/,
      ),
    ).toBeTruthy();
  });

  it("edits owner clauses and roles, and saves them", async () => {
    const workbook = await procurementWorkbook();
    const save = jest.spyOn(workbook.excel, "saveDefinition");
    await renderPane(workbook);
    await openRulesOf("Payment");
    const second = screen.getByRole("region", { name: "Owner rule 2" });
    // A text field with suggestions (role names, people) is a combobox.
    fireEvent.change(within(second).getByRole("combobox", { name: "Person or role" }), {
      target: { value: "payables" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Move Owner rule 2 up" }));
    const roles = screen.getByRole("region", { name: "Roles" });
    fireEvent.change(within(roles).getByRole("textbox", { name: /^Members of cashier/ }), {
      target: { value: "周琳\nAmy Guo" },
    });
    const policies = within(roles).getAllByRole("radio", { name: "Always the first member" });
    fireEvent.click(policies[0] as HTMLElement); // buyers: least-busy → first
    fireEvent.click(await screen.findByRole("button", { name: "Save" }));
    // Save runs the rule tests first: payables now ahead of the CFO breaks "the CFO releases a large
    // payment", so nothing is saved until the person chooses; here, to save anyway.
    expect(await screen.findByText(/^With your edits, 1 rule test fails\./)).toBeTruthy();
    expect(save).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Save anyway" }));
    await waitFor(() => expect(save).toHaveBeenCalled());
    const def = save.mock.calls[0]?.[1];
    expect(def?.steps.find((s) => s.id === "pay")?.owner).toEqual([
      { assign: "payables" },
      { when: "amount > 200000", assign: "cfo" },
    ]);
    expect(def?.roles?.cashier?.members).toEqual(["周琳", "Amy Guo"]);
    expect(def?.roles?.buyers?.assign).toBe("first");
  });

  it("takes a condition written with the sheet's own column names, and keeps it as written", async () => {
    const workbook = await procurementWorkbook();
    const save = jest.spyOn(workbook.excel, "saveDefinition");
    await renderPane(workbook);
    await openRulesOf("Purchasing review");
    const when = whenOf("Next rule 1") as HTMLTextAreaElement;
    fireEvent.change(when, { target: { value: "采购金额 > 100000" } });
    await act(async () => workbook.select("PR-0027"));
    const live = screen.getByRole("region", { name: "Row under the cursor" });
    const why = await within(live).findByRole("list", { name: "Why this next step" });
    await waitFor(() => expect(why.textContent).toContain("Not matched rule 1: Amount > 100000"));
    expect(screen.queryByText(/This process has no column/)).toBeNull();
    expect(screen.queryAllByTestId("syntax-error")).toEqual([]);
    fireEvent.click(screen.getByRole("button", { name: "Save" }));
    // The new threshold breaks the rule test of a 50,000.01 purchase; Save says so, and saves anyway.
    fireEvent.click(await screen.findByRole("button", { name: "Save anyway" }));
    await waitFor(() => expect(save).toHaveBeenCalled());
    expect(save.mock.calls[0]?.[1].steps.find((s) => s.id === "review")?.next?.[0]?.when).toBe(
      "采购金额 > 100000",
    );
  });

  it("explains a number typed with thousands separators, and writes it plainly in one click", async () => {
    await renderPane(await procurementWorkbook());
    await openRulesOf("Purchasing review");
    const when = whenOf("Next rule 1") as HTMLTextAreaElement;
    fireEvent.change(when, { target: { value: "Amount > 100,000" } });
    const [error] = await within(screen.getByRole("region", { name: "Next rule 1" })).findAllByTestId(
      "syntax-error",
    );
    expect(error?.textContent).toContain(
      "numbers are written without thousands separators in a rule: write 100000, not 100,000",
    );
    fireEvent.click(screen.getByRole("button", { name: "Write it as 100000" }));
    await waitFor(() => expect(when.value).toBe("Amount > 100000"));
    await waitFor(() => expect(screen.queryAllByTestId("syntax-error")).toEqual([]));
  });

  it("offers the columns to pick, by their headers", async () => {
    await renderPane(await procurementWorkbook());
    await openRulesOf("Purchasing review");
    const region = screen.getByRole("region", { name: "Next rule 1" });
    fireEvent.click(within(region).getByRole("combobox", { name: /^Insert a column/ }));
    fireEvent.click(
      within(await screen.findByRole("listbox")).getByRole("option", { name: "Budget approved" }),
    );
    await waitFor(() =>
      expect((whenOf("Next rule 1") as HTMLTextAreaElement).value).toBe("amount > 50000 `Budget approved`"),
    );
  });

  it("takes an owner typed as a role's Chinese name as that role, and flags a name nobody knows", async () => {
    const workbook = await procurementWorkbook();
    await renderPane(workbook);
    await openRulesOf("Payment");
    const second = screen.getByRole("region", { name: "Owner rule 2" });
    const owner = within(second).getByRole("combobox", { name: "Person or role" });
    fireEvent.change(owner, { target: { value: "首席财务官" } });
    expect(await within(second).findByText("The role CFO")).toBeTruthy();
    fireEvent.change(owner, { target: { value: "Wang Nobody" } });
    expect(
      await within(second).findByText(
        "“Wang Nobody” is neither a role nor a member of one: check the spelling, or add the person to a role.",
      ),
    ).toBeTruthy();
    fireEvent.change(owner, { target: { value: "周琳" } }); // a cashier: a member, no flag
    await waitFor(() => expect(within(second).queryByText(/is neither a role/)).toBeNull());
  });
});
