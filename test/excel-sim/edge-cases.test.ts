/** Stricter corners: invalid references, co-author actions between syncs, table shifting rules, limits. */
import { installExcelSimulation, SimulationLimitError } from "./index";
import type { ExcelSimulation } from "./index";
import { DOCS, officeErrorOf } from "./test-helpers";

let sim: ExcelSimulation;
beforeEach(async () => {
  sim = installExcelSimulation({ sheets: ["Data"] });
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.getRange("A1:B4").values = [
      ["ID", "Status"],
      ["C-3", "Open"],
      ["C-1", "Done"],
      ["C-2", "Open"],
    ];
    sheet.tables.add("A1:B4", true).name = "Cases";
    await context.sync();
  });
});
afterEach(() => sim.uninstall());

test(`a tracked range whose rows a co-author deleted fails with InvalidReference (${DOCS.errors})`, async () => {
  const err = await officeErrorOf(() =>
    Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Data").getRange("D10:D11");
      r.track();
      await context.sync();
      sim.betweenSyncs((co) => co.deleteRows("Data", 9, 5));
      r.values = [[1], [2]];
      await context.sync();
    }),
  );
  expect(err.code).toBe("InvalidReference");
});

test(`a co-author sorts the table between read and write: rows move, onChanged says Remote (${DOCS.coauthoring})`, async () => {
  const events: string[] = [];
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Data").onChanged.add(async (e) => {
      events.push(`${e.source}:${e.address}`);
    });
    const body = context.workbook.tables.getItem("Cases").getDataBodyRange().load("values");
    await context.sync();
    expect(body.values.map((r) => r[0])).toEqual(["C-3", "C-1", "C-2"]);
    sim.betweenSyncs((co) => co.sortTable("Cases", "ID"));
    const again = context.workbook.tables.getItem("Cases").getDataBodyRange().load("values");
    await context.sync();
    expect(again.values.map((r) => r[0])).toEqual(["C-1", "C-2", "C-3"]);
  });
  await sim.settle();
  expect(events).toEqual(["Remote:A2:B4"]);
});

test(`a co-author filter hides rows; API writes still land on the absolute rows (office-js#224, ${DOCS.tables})`, async () => {
  sim.coauthor.applyFilter("Cases", "Status", ["Open"]);
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Data").getRange("B3").values = [["Closed"]];
    const hidden = context.workbook.worksheets.getItem("Data").getRange("A3").load("rowHidden");
    await context.sync();
    expect(hidden.rowHidden).toBe(true);
  });
  const snap = sim.snapshot();
  expect(snap.sheets["Data"]?.values[2]).toEqual(["C-1", "Closed"]);
  expect(snap.tables[0]?.filters).toEqual({ Status: { filterOn: "Values", values: ["Open"] } });
});

test(`inserting cells that would shift only part of a table fails with InvalidOperation (${DOCS.insert})`, async () => {
  const err = await officeErrorOf(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("B2").insert(Excel.InsertShiftDirection.down);
      await context.sync();
    }),
  );
  expect(err.code).toBe("InvalidOperation");
});

test(`Range.insert below the table (shift Down over its full width) keeps the table and moves data below (${DOCS.insert})`, async () => {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.getRange("A6").values = [["below"]];
    sheet.getRange("A5:B5").insert(Excel.InsertShiftDirection.down);
    sheet.getRange("A5:B5").values = [["C-4", "Open"]];
    const t = context.workbook.tables.getItem("Cases").getRange().load("address");
    const moved = sheet.getRange("A7").load("values");
    await context.sync();
    expect(t.address).toBe("Data!A1:B5");
    expect(moved.values).toEqual([["below"]]);
  });
});

test(`TableRow.delete removes the row and shrinks the table (${DOCS.tables})`, async () => {
  await Excel.run(async (context) => {
    const t = context.workbook.tables.getItem("Cases");
    t.rows.getItemAt(0).delete();
    const body = t.getDataBodyRange().load("values");
    await context.sync();
    expect(body.values).toEqual([
      ["C-1", "Done"],
      ["C-2", "Open"],
    ]);
  });
});

test(`en-US short dates and times typed as text become serials with a date/time format (${DOCS.dates})`, async () => {
  await Excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem("Data").getRange("D1:F1");
    r.values = [["12/31/2024", "09:30", "31/12/2024"]];
    r.load("values, text, numberFormat");
    await context.sync();
    expect(r.values).toEqual([[45657, 0.3958333333333333, "31/12/2024"]]);
    expect(r.text).toEqual([["12/31/2024", "9:30", "31/12/2024"]]);
    expect(r.numberFormat).toEqual([["m/d/yyyy", "h:mm", "General"]]);
  });
});

test(`a Text number format ("@") keeps numbers as text but does not stop formula parsing (stricter, pending calibration; ${DOCS.range})`, async () => {
  await Excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem("Data").getRange("D1:E1");
    r.numberFormat = [["@", "@"]];
    r.values = [["00123", "=1+1"]];
    r.load("values, formulas, valueTypes");
    await context.sync();
    expect(r.values).toEqual([["00123", 2]]);
    expect(r.formulas).toEqual([["00123", "=1+1"]]);
  });
});

test(`strings longer than 32,767 characters and formulas longer than 8,192 are refused (${DOCS.errors})`, async () => {
  const long = await officeErrorOf(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("D1").values = [["x".repeat(32768)]];
      await context.sync();
    }),
  );
  expect(long.code).toBe("InvalidArgument");
  const formula = await officeErrorOf(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("D1").values = [["=" + "1+".repeat(5000) + "1"]];
      await context.sync();
    }),
  );
  expect(formula.code).toBe("FormulaLengthExceedsLimit");
});

test(`Excel.run(object, batch) continues with the same context and tracked objects (${DOCS.tracked})`, async () => {
  const range = await Excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem("Data").getRange("D1");
    r.track();
    await context.sync();
    return r;
  });
  await Excel.run(range, async (context) => {
    range.values = [["again"]];
    await context.sync();
    expect(context).toBe(range.context);
  });
  expect(sim.snapshot().sheets["Data"]?.values[0]?.[3]).toBe("again");
});

test(`toggling showTotals is not simulated and fails loudly instead of pretending (${DOCS.tables})`, async () => {
  await expect(
    Excel.run(async (context) => {
      context.workbook.tables.getItem("Cases").showTotals = true;
      await context.sync();
    }),
  ).rejects.toBeInstanceOf(SimulationLimitError);
});

test(`conditional formats added later get higher priority (priority 0 is evaluated first) (${DOCS.cf})`, async () => {
  await Excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem("Data").getRange("B2:B4");
    const first = r.conditionalFormats.add(Excel.ConditionalFormatType.containsText);
    first.textComparison.rule = { operator: "Contains", text: "Open" };
    first.textComparison.format.fill.color = "#FF0000";
    const second = r.conditionalFormats.add(Excel.ConditionalFormatType.containsText);
    second.textComparison.rule = { operator: "Contains", text: "Op" };
    second.textComparison.format.fill.color = "#00FF00";
    first.load("priority");
    second.load("priority");
    await context.sync();
    expect([first.priority, second.priority]).toEqual([1, 0]);
  });
  expect(sim.cellAppearance("Data", "B2")).toEqual({ fill: "#00FF00" });
});
