/** A person typing under a table: the row joins the table and takes its formats (actions.ts). */
import { installExcelSimulation } from "./index";
import type { ExcelSimulation } from "./index";
import { DOCS } from "./test-helpers";

let sim: ExcelSimulation;
beforeEach(async () => {
  sim = installExcelSimulation({ sheets: ["Data"] });
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.getRange("A1:C2").values = [
      ["ID", "Amount", "Code"],
      ["C-1", 42500, "001"],
    ];
    sheet.getRange("B2").numberFormat = [["#,##0.00"]];
    sheet.getRange("C2").numberFormat = [["@"]];
    sheet.getRange("B2").format.fill.color = "#FFF4CE";
    sheet.tables.add("A1:C2", true).name = "Register";
    await context.sync();
  });
});
afterEach(() => sim.uninstall());

const tableAddress = () => sim.snapshot().tables.find((t) => t.name === "Register")?.address;

test(`a number typed in the empty row under a table joins the table and shows in the column's format (${DOCS.autoExpand})`, () => {
  expect(sim.setCellByUser("Data", "B3", "68000")).toBe(true);
  expect(tableAddress()).toBe("Data!A1:C3");
  const sheet = sim.snapshot().sheets["Data"];
  expect(sheet?.values[2]?.[1]).toBe(68000);
  expect(sheet?.text[2]?.[1]).toBe("68,000.00");
  expect(sheet?.numberFormats["B3"]).toBe("#,##0.00");
  expect(sheet?.formats["B3"]).toEqual({ fill: "#FFF4CE" });
  // The other cells of the new row are formatted too, so the next entry there keeps the column's type.
  expect(sheet?.numberFormats["C3"]).toBe("@");
  expect(sim.setCellByUser("Data", "C3", "007")).toBe(true);
  expect(sim.snapshot().sheets["Data"]?.values[2]?.[2]).toBe("007");
});

test(`typing fires RangeEdited for the cell on the sheet and on the table it joined, not RowInserted (${DOCS.dataChangeType})`, async () => {
  const seen: string[] = [];
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Data");
    sheet.onChanged.add(async (e) => {
      seen.push(`sheet ${e.changeType} ${e.address} ${e.source} ${e.triggerSource ?? ""}`);
      return Promise.resolve();
    });
    context.workbook.tables.getItem("Register").onChanged.add(async (e) => {
      seen.push(`table ${e.changeType} ${e.address}`);
      return Promise.resolve();
    });
    await context.sync();
  });
  sim.setCellByUser("Data", "A3", "C-2");
  await sim.settle();
  expect(seen).toEqual(["sheet RangeEdited A3 Local Others", "table RangeEdited A3"]);
});

test(`an entry two rows under the table, or beside it, does not join it (${DOCS.resizeTable})`, () => {
  sim.setCellByUser("Data", "B4", "1");
  sim.setCellByUser("Data", "D3", "1");
  expect(tableAddress()).toBe("Data!A1:C2");
  expect(sim.snapshot().sheets["Data"]?.numberFormats["B4"]).toBeUndefined();
});

test(`a pasted block of rows under a table joins it row by row, each row with the column formats (${DOCS.autoExpand})`, () => {
  sim.user.setRangeByUser("Data", "A3:B4", [
    ["C-2", 1200],
    ["C-3", 5],
  ]);
  expect(tableAddress()).toBe("Data!A1:C4");
  expect(
    sim
      .snapshot()
      .sheets["Data"]?.text.slice(2)
      .map((r) => r[1]),
  ).toEqual(["1,200.00", "5.00"]);
});

test(`an API write under a table extends it but carries no formats: the add-in sets the formats it needs (${DOCS.coauthoring})`, async () => {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Data").getRange("A3:C3").values = [["C-2", 68000, "002"]];
    await context.sync();
  });
  expect(tableAddress()).toBe("Data!A1:C3");
  const sheet = sim.snapshot().sheets["Data"];
  expect(sheet?.text[2]).toEqual(["C-2", "68000", "2"]);
  expect(sheet?.numberFormats["B3"]).toBeUndefined();
});
