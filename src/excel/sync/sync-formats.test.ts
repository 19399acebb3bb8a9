import { NOW, readRecords, registerIn, template } from "../../../test/excel-fixtures/sim-fixture";
import { addCase } from "../new-case";
import { syncProcess } from "./run-sync";

const LATER = "2026-03-03T10:00:00";
const noSleep = { run: { sleep: async () => undefined } };

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

/** The register's Due column: values and number formats, through the API. */
async function dueColumn(): Promise<{ values: unknown[]; formats: unknown[] }> {
  return Excel.run(async (context) => {
    const table = context.workbook.tables.getItem("PS_procurement");
    const header = table.getHeaderRowRange().load("values");
    await context.sync();
    const index = (header.values[0] ?? []).indexOf("Due");
    const range = table.columns.getItemAt(index).getDataBodyRange().load(["values", "numberFormat"]);
    await context.sync();
    return { values: range.values.map((r) => r[0]), formats: range.numberFormat.map((r) => r[0]) };
  });
}

/** What a person does with Format Cells on the Due column's body, and on one of its cells. */
async function formatDue(column: string, cell?: { row: number; format: string }): Promise<void> {
  await Excel.run(async (context) => {
    const table = context.workbook.tables.getItem("PS_procurement");
    const header = table.getHeaderRowRange().load("values");
    const body = table.getDataBodyRange().load("rowCount");
    await context.sync();
    const index = (header.values[0] ?? []).indexOf("Due");
    const due = table.columns.getItemAt(index).getDataBodyRange();
    due.numberFormat = Array.from({ length: body.rowCount }, () => [column]);
    if (cell) due.getCell(cell.row, 0).numberFormat = [[cell.format]];
    await context.sync();
  });
}

describe("a sync writes dates in the workbook's own formats", () => {
  it("a due date goes in in the column's format, and a cell a person formatted keeps its format", async () => {
    const { sim, binding } = await registerIn(template("procurement"));
    uninstall = () => sim.uninstall();
    await syncProcess({ binding, now: NOW, ...noSleep });
    const rows = await readRecords("PS_procurement");
    const open = rows
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => r["Status"] === "In progress")
      .map(({ i }) => i);
    expect(open.length).toBeGreaterThanOrEqual(2);
    const [first, second] = open as [number, number];
    await formatDue("dd.mm.yyyy", { row: second, format: "d mmm yyyy" });
    // Both cases are done: the sync moves them on and writes their next steps' due dates.
    sim.setCellByUser("Procurement", `C${first + 2}`, "Done");
    sim.setCellByUser("Procurement", `C${second + 2}`, "Done");
    await sim.settle();
    const r = await syncProcess({ binding, now: LATER, ...noSleep });
    if (!r.ok) throw new Error(r.error.message);
    const written = r.value.changes.filter((c) => c.key === "due").map((c) => c.row);
    expect(written).toEqual(expect.arrayContaining([first, second]));
    const due = await dueColumn();
    expect(typeof due.values[first]).toBe("number");
    expect(due.formats[first]).toBe("dd.mm.yyyy");
    expect(due.formats[second]).toBe("d mmm yyyy");
    // No cell of the column was re-formatted to Procsheet's yyyy-mm-dd.
    expect(due.formats.filter((f) => f === "yyyy-mm-dd")).toEqual([]);
  });

  it("a new case's due date goes in in the column's format", async () => {
    const { sim, binding } = await registerIn(template("procurement"));
    uninstall = () => sim.uninstall();
    await syncProcess({ binding, now: NOW, ...noSleep });
    await formatDue("dd/mm/yyyy");
    const added = await addCase(binding, { item: "Printer paper", amount: 120 }, LATER);
    if (!added.ok) throw new Error(added.error.message);
    const due = await dueColumn();
    const last = due.values.length - 1;
    expect(typeof due.values[last]).toBe("number");
    expect(due.formats[last]).toBe("dd/mm/yyyy");
  });
});
