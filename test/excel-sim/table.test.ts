/** Tables: creation, headers, growth, columns, rows, filters, sort, resize, renames and deletions. */
import { installExcelSimulation } from "./index";
import type { ExcelSimulation } from "./index";
import { DOCS, officeErrorOf } from "./test-helpers";

let sim: ExcelSimulation;
beforeEach(async () => {
  sim = installExcelSimulation({ sheets: ["Data"] });
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.getRange("A1:C3").values = [
      ["ID", "Status", "Owner"],
      ["C-1", "Open", "ann"],
      ["C-2", "Done", "bob"],
    ];
    const t = sheet.tables.add("A1:C3", true);
    t.name = "Cases";
    await context.sync();
  });
  sim.resetCounters();
});
afterEach(() => sim.uninstall());

test(`tables.add with headers: header row, data body and whole range (${DOCS.tables})`, async () => {
  await Excel.run(async (context) => {
    const t = context.workbook.tables.getItem("Cases");
    const h = t.getHeaderRowRange().load("values");
    const b = t.getDataBodyRange().load("address");
    const all = t.getRange().load("address");
    t.load("name, showFilterButton");
    await context.sync();
    expect(h.values).toEqual([["ID", "Status", "Owner"]]);
    expect(b.address).toBe("Data!A2:C3");
    expect(all.address).toBe("Data!A1:C3");
    expect([t.name, t.showFilterButton]).toEqual(["Cases", true]);
  });
});

test(`header names are unique: duplicates become "Col2", blanks "ColumnN"; a header-only table gets one empty row (${DOCS.tables})`, async () => {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.getRange("F1:H1").values = [["Col", "Col", ""]];
    const t = sheet.tables.add("F1:H1", true);
    const cols = t.columns.load("items/name");
    const body = t.getDataBodyRange().load("address");
    await context.sync();
    expect(cols.items.map((c) => c.name)).toEqual(["Col", "Col2", "Column3"]);
    expect(body.address).toBe("Data!F2:H2");
  });
});

test(`a table overlapping another table fails with InvalidOperation (${DOCS.errors})`, async () => {
  const err = await officeErrorOf(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").tables.add("B2:D5", true);
      await context.sync();
    }),
  );
  expect(err.code).toBe("InvalidOperation");
});

test(`rows.add grows the table; count and getItemAt follow; a wrong width fails (${DOCS.tables})`, async () => {
  await Excel.run(async (context) => {
    const t = context.workbook.tables.getItem("Cases");
    t.rows.add(undefined, [
      ["C-3", "Open", "cid"],
      ["C-4", "Open", "dan"],
    ]);
    t.rows.load("count");
    const row = t.rows.getItemAt(3).load("values, index");
    await context.sync();
    expect(t.rows.count).toBe(4);
    expect(row.values).toEqual([["C-4", "Open", "dan"]]);
    const bad = await officeErrorOf(async () => {
      t.rows.add(undefined, [["too", "short"]]);
      await context.sync();
    });
    expect(bad.code).toBe("InvalidArgument");
  });
});

test(`writing values directly below a table extends it; an all-empty row does not (${DOCS.coauthoring})`, async () => {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.getRange("A4:C4").values = [["", "", ""]];
    await context.sync();
    const t = context.workbook.tables.getItem("Cases");
    const r1 = t.getRange().load("address");
    await context.sync();
    expect(r1.address).toBe("Data!A1:C3");
    sheet.getRange("A4:C5").values = [
      ["C-3", "Open", "eve"],
      ["C-4", "", ""],
    ];
    const r2 = t.getRange().load("address");
    await context.sync();
    expect(r2.address).toBe("Data!A1:C5");
  });
});

test(`columns: add, getItem, getItemAt, rename via name, values (${DOCS.tables})`, async () => {
  await Excel.run(async (context) => {
    const t = context.workbook.tables.getItem("Cases");
    t.columns.add(undefined, [["Due"], ["2024-02-01"], [""]]);
    const byName = t.columns.getItem("Status").load("index, values");
    const byIndex = t.columns.getItemAt(3).load("name");
    await context.sync();
    expect(byName.index).toBe(1);
    expect(byName.values).toEqual([["Status"], ["Open"], ["Done"]]);
    expect(byIndex.name).toBe("Due");
    byIndex.name = "Due date";
    const h = t.getHeaderRowRange().load("values");
    await context.sync();
    expect(h.values).toEqual([["ID", "Status", "Owner", "Due date"]]);
  });
});

test(`column filters hide rows that do not match; clear shows them again (${DOCS.tables})`, async () => {
  await Excel.run(async (context) => {
    const t = context.workbook.tables.getItem("Cases");
    t.columns.getItem("Status").filter.applyValuesFilter(["Open"]);
    const hidden = context.workbook.worksheets.getItem("Data").getRange("A3").load("rowHidden");
    await context.sync();
    expect(hidden.rowHidden).toBe(true);
    expect(sim.snapshot().tables[0]?.filters).toEqual({ Status: { filterOn: "Values", values: ["Open"] } });
    t.columns.getItem("Status").filter.clear();
    hidden.load("rowHidden");
    await context.sync();
    expect(hidden.rowHidden).toBe(false);
  });
});

test(`sort.apply orders the data body by a column (${DOCS.tables})`, async () => {
  await Excel.run(async (context) => {
    const t = context.workbook.tables.getItem("Cases");
    t.sort.apply([{ key: 2, ascending: false }]);
    const body = t.getDataBodyRange().load("values");
    await context.sync();
    expect(body.values).toEqual([
      ["C-2", "Done", "bob"],
      ["C-1", "Open", "ann"],
    ]);
  });
});

test(`table.resize (ExcelApi 1.13) changes the table's range; headers stay (${DOCS.tables})`, async () => {
  await Excel.run(async (context) => {
    const t = context.workbook.tables.getItem("Cases");
    t.resize("A1:D6");
    const r = t.getRange().load("address");
    const cols = t.columns.load("items/name");
    await context.sync();
    expect(r.address).toBe("Data!A1:D6");
    expect(cols.items.map((c) => c.name)).toEqual(["ID", "Status", "Owner", "Column4"]);
  });
});

test(`a table renamed by a co-author between syncs is no longer found by its old name (${DOCS.errors})`, async () => {
  const err = await officeErrorOf(() =>
    Excel.run(async (context) => {
      const t = context.workbook.tables.getItem("Cases");
      const body = t.getDataBodyRange().load("values");
      await context.sync();
      expect(body.values.length).toBe(2);
      sim.betweenSyncs((co) => co.renameTable("Cases", "Cases2"));
      context.workbook.tables.getItem("Cases").getDataBodyRange().load("values");
      await context.sync();
    }),
  );
  expect(err.code).toBe("ItemNotFound");
});

test(`a loaded table proxy follows a rename (by id) but fails once the table is deleted (${DOCS.apiModel})`, async () => {
  await Excel.run(async (context) => {
    const t = context.workbook.tables.getItem("Cases");
    t.load("id");
    await context.sync();
    sim.coauthor.renameTable("Cases", "Renamed");
    t.load("name");
    await context.sync();
    expect(t.name).toBe("Renamed");
    sim.coauthor.deleteTable("Renamed");
    t.load("name");
    const err = await officeErrorOf(() => context.sync());
    expect(err.code).toBe("ItemNotFound");
  });
});

test(`renaming a sheet rewrites formulas; getItem by the old name fails (${DOCS.worksheets})`, async () => {
  await Excel.run(async (context) => {
    const other = context.workbook.worksheets.add("Summary");
    other.getRange("A1").formulas = [["=COUNTA(Data!A2:A3)"]];
    await context.sync();
  });
  sim.coauthor.renameSheet("Data", "Register");
  await Excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem("Summary").getRange("A1").load("formulas, values");
    await context.sync();
    expect(r.formulas).toEqual([["=COUNTA(Register!A2:A3)"]]);
    expect(r.values).toEqual([[2]]);
    context.workbook.worksheets.getItem("Data").load("name");
    const err = await officeErrorOf(() => context.sync());
    expect(err.code).toBe("ItemNotFound");
  });
});

test(`rows.add on a new header-only table fills its empty row first, as the "Create a table" sample shows (${DOCS.tables})`, async () => {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    const t = sheet.tables.add("F1:G1", true);
    t.getHeaderRowRange().values = [["Date", "Amount"]];
    t.rows.add(undefined, [
      ["2024-01-05", 10],
      ["2024-01-06", 20],
    ]);
    const body = t.getDataBodyRange().load("address, values");
    await context.sync();
    expect(body.address).toBe("Data!F2:G3");
    expect(body.values).toEqual([
      [45296, 10],
      [45297, 20],
    ]);
    // Deleting every row leaves the one empty row a table always has.
    t.rows.getItemAt(1).delete();
    t.rows.getItemAt(0).delete();
    const after = t.getDataBodyRange().load("address, values");
    await context.sync();
    expect(after.address).toBe("Data!F2:G2");
    expect(after.values).toEqual([["", ""]]);
  });
});

test(`workbook.tables.add without a sheet name uses the active sheet (${DOCS.tables})`, async () => {
  await Excel.run(async (context) => {
    const t = context.workbook.tables.add("F1:G2", true);
    const r = t.getRange().load("address");
    await context.sync();
    expect(r.address).toBe("Data!F1:G2");
  });
});

test(`a co-author inserting a whole column inside a table adds a blank table column; cells shift right (${DOCS.insert})`, async () => {
  sim.coauthor.insertColumns("Data", 2);
  await Excel.run(async (context) => {
    const t = context.workbook.tables.getItem("Cases");
    const h = t.getHeaderRowRange().load("values");
    const all = t.getRange().load("address, values");
    await context.sync();
    expect(all.address).toBe("Data!A1:D3");
    // Excel generates a "ColumnN" header; which N is the simulation's blank-header rule (README, choice 15).
    expect(h.values[0]).toEqual(["ID", expect.stringMatching(/^Column\d+$/), "Status", "Owner"]);
    expect(all.values.slice(1)).toEqual([
      ["C-1", "", "Open", "ann"],
      ["C-2", "", "Done", "bob"],
    ]);
  });
});
