/** What the workbench needs from the simulation: a change observer, and Table.onSelectionChanged. */
import { installExcelSimulation } from "./index";
import type { ChangeCause, ExcelSimulation } from "./index";
import { DOCS, officeErrorOf } from "./test-helpers";

const SELECTION_ARGS =
  "https://learn.microsoft.com/javascript/api/excel/excel.tableselectionchangedeventargs";

let sim: ExcelSimulation;
afterEach(() => sim.uninstall());

async function withTable(apiVersion: "1.7" | "1.6" = "1.7"): Promise<void> {
  sim = installExcelSimulation({ sheets: ["Data"], apiVersion });
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.getRange("B2:C4").values = [
      ["ID", "Status"],
      ["A-1", "todo"],
      ["A-2", "done"],
    ];
    sheet.tables.add("Data!B2:C4", true).name = "Cases";
    await context.sync();
  });
}

describe("the change observer (workbench only, not an Office.js feature)", () => {
  it("is told after each batch, user edit and co-author edit, with what caused it", async () => {
    await withTable();
    const heard: ChangeCause[] = [];
    const stop = sim.onAfterChange((cause) => heard.push(cause));
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("E1").values = [["x"]];
      await context.sync();
      context.workbook.worksheets.getItem("Data").getRange("E2").values = [["y"]];
      await context.sync();
    });
    sim.setCellByUser("Data", "C3", "doing");
    sim.coauthor.editCell("Data", "C4", "todo");
    sim.user.select("Data", "B3");
    expect(heard).toEqual(["batch", "batch", "user", "coauthor", "user"]);
    stop();
    sim.setCellByUser("Data", "C3", "done");
    expect(heard).toHaveLength(5);
  });

  it("hears a failed batch once its earlier operations are applied, and cannot change its outcome", async () => {
    await withTable();
    const values: unknown[] = [];
    sim.onAfterChange(() => {
      values.push(sim.snapshot().sheets["Data"]?.values[0]?.[4]);
      throw new Error("an observer's bug");
    });
    sim.failAt(1, "GeneralException");
    const error = await officeErrorOf(() =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.getRange("E1").values = [["applied"]];
        sheet.getRange("E2").values = [["not applied"]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("GeneralException");
    expect(values).toEqual(["applied"]);
  });
});

describe(`Table.onSelectionChanged (ExcelApi 1.7, ${SELECTION_ARGS})`, () => {
  async function listen(): Promise<Record<string, unknown>[]> {
    const seen: Record<string, unknown>[] = [];
    await Excel.run(async (context) => {
      context.workbook.tables.getItem("Cases").onSelectionChanged.add(async (args) => {
        seen.push({ ...(args as unknown as Record<string, unknown>) });
      });
      await context.sync();
    });
    return seen;
  }

  it("fires when a person selects into and within the table, with the selected part of it", async () => {
    await withTable();
    const seen = await listen();
    sim.user.select("Data", "C3");
    sim.user.select("Data", "A3:C3");
    await sim.settle();
    expect(seen).toEqual([
      expect.objectContaining({ type: "TableSelectionChanged", address: "C3", isInsideTable: true }),
      expect.objectContaining({ address: "B3:C3", isInsideTable: true }),
    ]);
    expect(seen[0]?.["tableId"]).toEqual(expect.any(String));
    expect(seen[0]?.["worksheetId"]).toEqual(expect.any(String));
  });

  it("fires once with isInsideTable false when the selection leaves the table, then stays quiet", async () => {
    await withTable();
    sim.user.select("Data", "C3");
    const seen = await listen();
    sim.user.select("Data", "F9");
    sim.user.select("Data", "F10");
    await sim.settle();
    expect(seen).toEqual([expect.objectContaining({ address: "", isInsideTable: false })]);
  });

  it(`is not there below ExcelApi 1.7 (${DOCS.reqSets})`, async () => {
    await withTable("1.6");
    const error = await officeErrorOf(() => listen());
    expect(error.code).toBe("ApiNotFound");
  });

  it("stops after the registration is removed", async () => {
    await withTable();
    const seen: unknown[] = [];
    const reg = await Excel.run(async (context) => {
      const r = context.workbook.tables.getItem("Cases").onSelectionChanged.add(async (args) => {
        seen.push(args);
      });
      await context.sync();
      return r;
    });
    await Excel.run(reg.context, async (context) => {
      reg.remove();
      await context.sync();
    });
    sim.user.select("Data", "B3");
    await sim.settle();
    expect(seen).toEqual([]);
  });
});
