/** @jest-environment jsdom */
import "../theme/fabric-config";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { openTab, procurementWorkbook, renderPane, settle } from "../testing/render";

beforeEach(() => localStorage.clear());

const form = (name = "New case") => screen.getByRole("form", { name });

async function openForm(tab: RegExp, button: string): Promise<void> {
  await openTab(tab);
  fireEvent.click(screen.getByRole("button", { name: button }));
  await settle();
}

function type(label: RegExp, value: string): void {
  fireEvent.change(within(form()).getByRole("textbox", { name: label }), { target: { value } });
}

describe("the New case form (docs/specification.md §3.12)", () => {
  it("checks every field before writing, then adds, numbers and routes the case", async () => {
    const workbook = await procurementWorkbook();
    const before = await workbook.rows();
    await renderPane(workbook);
    await openForm(/^Run/, "New case");

    fireEvent.click(within(form()).getByRole("button", { name: "Add case" }));
    expect(await within(form()).findByText("2 fields need a fix; nothing was added.")).toBeTruthy();
    expect(await within(form()).findAllByText("Fill this in.")).toHaveLength(2);
    type(/^Item/, "Standing desks ×4");
    type(/^Amount/, "12x");
    fireEvent.click(within(form()).getByRole("button", { name: "Add case" }));
    expect(await within(form()).findByText("“12x” is not a number.")).toBeTruthy();
    expect(await workbook.rows()).toHaveLength(before.length);

    type(/^Amount/, "12,400");
    fireEvent.click(within(form()).getByRole("button", { name: "Add case" }));
    const added = await within(form()).findByRole("status");
    await waitFor(() => expect(added.textContent).toMatch(/→/));
    const rows = await workbook.rows();
    expect(rows).toHaveLength(before.length + 1);
    const row = rows.find((r) => r.item === "Standing desks ×4");
    expect(row).toMatchObject({ amount: 12400, status: "todo" });
    expect(String(row?.id)).toMatch(/^PR-\d{4}$/);
    expect(before.some((r) => r.id === row?.id)).toBe(false);
    expect(row?.owner).toBeTruthy();
    expect(added.textContent).toContain(`${row?.id} → ${row?.owner}`);
    expect((await workbook.history()).filter((e) => e.caseId === row?.id).map((e) => e.type)).toContain(
      "created",
    );

    // Add another: an empty form again, the focus on its first field.
    fireEvent.click(within(form()).getByRole("button", { name: "Add another" }));
    await waitFor(() =>
      expect((within(form()).getByRole("textbox", { name: /^Item/ }) as HTMLInputElement).value).toBe(""),
    );
  });

  it("clears with Esc, and is reached from the Start view", async () => {
    const workbook = await procurementWorkbook();
    await renderPane(workbook);
    await openForm(/^Start|^Set up/, "New case");
    await waitFor(() => expect(screen.getByRole("form", { name: "New case" })).toBeTruthy());
    type(/^Item/, "Toner");
    fireEvent.keyDown(within(form()).getByRole("textbox", { name: /^Item/ }), { key: "Escape" });
    await waitFor(() =>
      expect((within(form()).getByRole("textbox", { name: /^Item/ }) as HTMLInputElement).value).toBe(""),
    );
  });

  it("speaks Chinese, numbers as Chinese Excel writes them included", async () => {
    const workbook = await procurementWorkbook({ lang: "zh-CN" });
    await renderPane(workbook, "zh-CN");
    await openForm(/^实施/, "新建事项");
    const f = form("新建事项");
    fireEvent.click(within(f).getByRole("button", { name: "添加事项" }));
    expect(await within(f).findByText("有 2 个字段需要修改；未添加任何内容。")).toBeTruthy();
    fireEvent.change(within(f).getByRole("textbox", { name: /^采购物品/ }), {
      target: { value: "打印纸 ×50箱" },
    });
    fireEvent.change(within(f).getByRole("textbox", { name: /^采购金额/ }), { target: { value: "3,200" } });
    await act(async () => {
      fireEvent.click(within(f).getByRole("button", { name: "添加事项" }));
    });
    const added = await within(f).findByRole("status");
    await waitFor(() => expect(added.textContent).toMatch(/→/));
    const row = (await workbook.rows()).find((r) => r.item === "打印纸 ×50箱");
    expect(row).toMatchObject({ amount: 3200 });
    expect(added.textContent).toContain(`${row?.id} → ${row?.owner}，截止`);
  });
});
