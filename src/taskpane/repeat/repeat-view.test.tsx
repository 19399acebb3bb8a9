/** @jest-environment jsdom */
import "../theme/fabric-config";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { readFileSync } from "fs";
import { join } from "path";
import type { HistoryEvent } from "../../excel/api-types";
import { openTab, procurementWorkbook, renderPane, settle, template } from "../testing/render";
import { emptyWorkbook } from "../testing/sim-workbook";

beforeEach(() => localStorage.clear());

const region = (name: string) => screen.getByRole("region", { name });

function fileInput(): HTMLInputElement {
  return within(region("Import a template")).getByLabelText("Import template file…", {
    selector: "input",
  }) as HTMLInputElement;
}

async function chooseFile(name: string, text: string): Promise<void> {
  await act(async () => {
    fireEvent.change(fileInput(), {
      target: { files: [new File([text], name, { type: "application/json" })] },
    });
  });
  await settle();
}

describe("Repeat", () => {
  it("exports the process as a template file", async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = jest.fn((b: Blob) => {
      blobs.push(b);
      return "blob:procsheet";
    });
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    await renderPane(await procurementWorkbook());
    await openTab("Repeat");
    fireEvent.click(
      within(region("Share as a template")).getByRole("button", { name: "Export template file" }),
    );
    expect(await screen.findByText("Saved procurement.process.json.")).toBeTruthy();
    expect(click).toHaveBeenCalled();
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader(); // jsdom's Blob has no text()
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0] as Blob);
    });
    const json = JSON.parse(text) as { id: string; version: number };
    expect(json).toMatchObject({ id: "procurement", version: 1 });
    click.mockRestore();
  });

  it("imports a template file, listing every problem as path: message", async () => {
    await renderPane(emptyWorkbook());
    await openTab("Repeat");
    const bad = {
      schemaVersion: 1,
      id: "Bad Id",
      name: "X",
      steps: [{ id: "a", name: "A", owner: [{ when: "amount >", assign: "b" }] }],
    };
    await chooseFile("bad.process.json", JSON.stringify(bad));
    expect(await screen.findByText(/bad.process.json has \d+ problems?:/)).toBeTruthy();
    expect(screen.getByText(/^id: /)).toBeTruthy();

    const syntax = { ...bad, id: "bad" };
    await chooseFile("bad.process.json", JSON.stringify(syntax));
    expect(
      await screen.findByText(/^steps\[0\]\.owner\[0\]\.when: The rule cannot be read at character 8/),
    ).toBeTruthy();

    await chooseFile("broken.json", "{ not json");
    expect(await screen.findByText(/^\(root\): not valid JSON/)).toBeTruthy();
  });

  it("imports a good file into a new register", async () => {
    const workbook = emptyWorkbook();
    await renderPane(workbook);
    await openTab("Repeat");
    await chooseFile(
      "sales.process.json",
      readFileSync(join(__dirname, "../../../templates/sales.process.json"), "utf8"),
    );
    const imp = region("Import a template");
    expect(await within(imp).findByText(/^Sales: \d+ steps, checked and ready\.$/)).toBeTruthy();
    expect((within(imp).getByRole("textbox", { name: "New process id" }) as HTMLInputElement).value).toBe(
      "sales",
    );
    fireEvent.click(within(imp).getByRole("button", { name: "Create register" }));
    expect(await within(imp).findByText(/The register of .+ is ready/)).toBeTruthy();
    expect((await workbook.register("sales").stored()).definition.id).toBe("sales");
  });

  it("duplicates the process under a new id", async () => {
    const workbook = await procurementWorkbook();
    await renderPane(workbook);
    await openTab("Repeat");
    const dup = region("Duplicate");
    const id = within(dup).getByRole("textbox", { name: "New process id" }) as HTMLInputElement;
    expect(id.value).toBe("procurement-copy");
    fireEvent.change(id, { target: { value: "procurement" } });
    expect(await within(dup).findByText("This workbook already has a process with this id.")).toBeTruthy();
    fireEvent.change(id, { target: { value: "purchasing-2" } });
    fireEvent.click(within(dup).getByRole("button", { name: "Create register" }));
    // The copy becomes the open process, and the person is told where its register is.
    expect(
      await within(region("Duplicate")).findByText("The register of Procurement (copy) is ready."),
    ).toBeTruthy();
    expect(await screen.findByText(/Procurement \(copy\) \(PS_purchasing_2\)/)).toBeTruthy();
    const copy = workbook.register("purchasing-2");
    expect((await copy.stored()).definition.name).toEqual({
      en: "Procurement (copy)",
      "zh-CN": "采购流程（副本）",
    });
    expect(await copy.rows()).toEqual([]);
  });

  it("compares cycle time and on-time rate by version", async () => {
    const workbook = await procurementWorkbook();
    const def = template("procurement");
    const saved = await workbook.excel.saveDefinition(
      workbook.binding,
      { ...def, description: "v2" },
      "2026-02-01T09:00:00",
    );
    expect(saved.ok).toBe(true);
    const lifecycle = (id: string, created: string, closed: string, version: number): HistoryEvent[] => [
      { caseId: id, at: created, type: "created", step: "need", status: "todo", version },
      { caseId: id, at: closed, type: "closed", step: "need", status: "done", version },
    ];
    // Closed cases of both versions, pasted into History by a person.
    await workbook.pasteHistory([
      ...lifecycle("PR-1", "2026-01-05T09:00:00", "2026-01-25T09:00:00", 1),
      ...lifecycle("PR-2", "2026-01-06T09:00:00", "2026-01-30T09:00:00", 1),
      ...lifecycle("PR-3", "2026-02-02T09:00:00", "2026-02-12T09:00:00", 2),
    ]);
    await renderPane(workbook);
    await openTab("Repeat");
    const versions = region("Versions");
    expect(within(versions).getByRole("list", { name: "Versions of the process" }).textContent).toMatch(
      /v2 · current.*v1 · replaced/,
    );
    fireEvent.click(within(versions).getByRole("button", { name: "Compare" }));
    const table = await within(versions).findByRole("table", { name: /v1 → v2/ });
    const p50 = within(table).getByRole("row", { name: /Cycle time: half of cases/ });
    expect(p50.textContent).toBe(
      "Cycle time: half of cases finish within (median, p50)22 d10 d−12 (better)25 d",
    );
  });
});
