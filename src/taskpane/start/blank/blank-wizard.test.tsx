/** @jest-environment jsdom */
import "../../theme/fabric-config";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { renderPane, settle } from "../../testing/render";
import { emptyWorkbook } from "../../testing/sim-workbook";

beforeEach(() => localStorage.clear());

async function choose(combobox: HTMLElement, option: RegExp | string): Promise<void> {
  fireEvent.click(combobox);
  const listbox = await screen.findByRole("listbox");
  fireEvent.click(within(listbox).getByRole("option", { name: option }));
  await settle();
}

const wizard = () => screen.getByTestId("blank-wizard");
const type = (label: string | RegExp, value: string, within_: HTMLElement = wizard()) =>
  fireEvent.change(within(within_).getByRole("textbox", { name: label }), { target: { value } });
const next = async () => {
  const button = within(wizard()).getByRole("button", { name: "Next" });
  await waitFor(() =>
    expect(button.hasAttribute("disabled") || button.getAttribute("aria-disabled") === "true").toBe(false),
  );
  fireEvent.click(button);
  await settle();
};

describe("a new process from blank", () => {
  it("is built stage by stage — goal, fields, steps with a branch, owners, a first test — and gets its register", async () => {
    const workbook = emptyWorkbook();
    await renderPane(workbook);
    fireEvent.click(await screen.findByRole("button", { name: "Start a new process" }));
    await screen.findByTestId("blank-wizard");
    expect(within(wizard()).getByText("Step 1 of 6: Goal")).toBeTruthy();

    // 1. Goal: a name is needed before going on.
    // (A message bar shows its text a moment later: it is a live region.)
    expect(await within(wizard()).findByText(/give it a name in at least one language/)).toBeTruthy();
    type("Process name (English)", "Leave request");
    type("Process name (Chinese)", "请假申请");
    type("Goal statement (English)", "Every request answered within 3 working days");
    await next();

    // 2. Fields: one number field, named in both languages.
    expect(within(wizard()).getByText("Step 2 of 6: Fields")).toBeTruthy();
    const add = within(wizard()).getByRole("region", { name: "Add a field" });
    type("Header (English)", "Days", add);
    type("Header (Chinese)", "天数", add);
    await choose(within(add).getByRole("combobox", { name: /^Type/ }), "Number");
    fireEvent.click(within(add).getByRole("button", { name: "Add field" }));
    expect(within(wizard()).getByRole("heading", { name: /^Days/ })).toBeTruthy();
    await next();

    // 3. Steps: four, in order; without one the stage says so.
    expect(await within(wizard()).findByText(/steps: must not be empty/)).toBeTruthy();
    const addStep = within(wizard()).getByRole("region", { name: "Add a step" });
    for (const name of ["Ask", "Manager approves", "Director approves", "Record"]) {
      type("Step name (English)", name, addStep);
      fireEvent.click(within(addStep).getByRole("button", { name: "Add step" }));
    }
    expect(
      within(within(wizard()).getByRole("list", { name: "Steps" }))
        .getAllByRole("heading")
        .map((h) => h.textContent),
    ).toEqual(["1. Ask", "2. Manager approves", "3. Director approves", "4. Record"]);
    await next();

    // 4. Owners, and the branch: more than 5 days goes to the director, otherwise straight to Record.
    const section = (step: string) =>
      within(wizard()).getByRole("region", { name: `${step}: owner and where it goes` });
    const owner = (step: string, name: string) =>
      fireEvent.change(within(section(step)).getByRole("combobox", { name: "Person or role" }), {
        target: { value: name },
      });
    owner("Ask", "Ann");
    owner("Manager approves", "Mia");
    owner("Director approves", "Zoe");
    owner("Record", "Hal");
    const manager = section("Manager approves");
    fireEvent.click(within(manager).getByRole("button", { name: "Add next rule" }));
    fireEvent.click(within(manager).getByRole("button", { name: "Add next rule" }));
    const rule1 = within(manager).getByRole("region", { name: "Next rule 1" });
    fireEvent.change(within(rule1).getByRole("textbox", { name: /^Condition/ }), {
      target: { value: "天数 > 5" },
    });
    await choose(within(rule1).getByRole("combobox", { name: /^Go to/ }), "Director approves");
    const rule2 = within(manager).getByRole("region", { name: "Next rule 2" });
    await choose(within(rule2).getByRole("combobox", { name: /^Go to/ }), "Record");
    await next();

    // 5. A first test: 7 days at "Manager approves" goes to the director; kept as a rule test.
    fireEvent.click(within(wizard()).getByRole("combobox", { name: /^At the step/ }));
    fireEvent.click(
      within(await screen.findByRole("listbox")).getByRole("option", { name: "Manager approves" }),
    );
    await settle();
    type("Days", "7");
    const result = await within(wizard()).findByTestId("first-test-result");
    await waitFor(() => expect(result.textContent).toMatch(/Next: Director approves/));
    expect(result.textContent).toContain("Days > 5"); // the why in people's words
    fireEvent.click(within(wizard()).getByRole("button", { name: "Keep as a test" }));
    expect(
      await within(wizard()).findByText("Kept as the test “First test at Manager approves”."),
    ).toBeTruthy();
    await next();

    // 6. The register.
    fireEvent.click(within(wizard()).getByRole("button", { name: "Create register" }));
    await waitFor(
      () => expect(screen.getByRole("tab", { name: "Map" }).getAttribute("aria-selected")).toBe("true"),
      {
        timeout: 10_000,
      },
    );
    const stored = await workbook.register("leave-request").stored();
    expect(stored.definition).toMatchObject({
      id: "leave-request",
      name: { en: "Leave request", "zh-CN": "请假申请" },
      fields: [{ key: "days", header: { en: "Days", "zh-CN": "天数" }, type: "number" }],
      tests: [
        {
          name: "First test at Manager approves",
          step: "manager-approves",
          row: { days: 7 },
          expect: { owner: "Mia", next: "director-approves" },
        },
      ],
    });
    expect(stored.definition.steps.find((s) => s.id === "manager-approves")?.next).toEqual([
      { when: "天数 > 5", goto: "director-approves" },
      { goto: "record" },
    ]);
    const table = workbook.sim.snapshot().tables.find((t) => t.name === "PS_leave_request");
    expect(table?.columns).toEqual([
      "ID",
      "Step",
      "Status",
      "Owner",
      "Due",
      "Step started",
      "Created",
      "Closed",
      "Days",
    ]);
    // The flow shows the branch, its condition in the reader's words.
    const drawing = await screen.findByTestId("flow-drawing");
    const labels = [...drawing.querySelectorAll("text[data-label]")].map((l) => [
      l.getAttribute("data-label"),
      l.textContent,
    ]);
    expect(labels).toEqual([
      ["manager-approves->director-approves", "If Days > 5If Days > 5"],
      ["manager-approves->record", "OtherwiseOtherwise"],
    ]);
  });
});
