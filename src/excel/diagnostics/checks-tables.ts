// Tables: how they start, grow and refuse. Procsheet's registers and History are tables.
import { PAGES } from "./pages";
import { all, expectCode, expectJson, type SelfCheck } from "./self-check";

const TABLE = "test/excel-sim/table.test.ts";
const EXCEL_1_1 = { set: "ExcelApi", version: "1.1" } as const;

/** A table A1:B2 on the scratch sheet: headers "ID", "Status" and one row. */
function smallTable(sheet: Excel.Worksheet): Excel.Table {
  sheet.getRange("A1:B2").values = [
    ["ID", "Status"],
    ["C-1", "Open"],
  ];
  return sheet.tables.add("A1:B2", true);
}

const local = (address: string): string => address.split("!").pop() ?? address;

export const TABLE_CHECKS: readonly SelfCheck[] = [
  {
    id: "table-grows-on-write-below",
    page: PAGES.tables,
    mirrors: TABLE,
    choice: 14,
    requires: EXCEL_1_1,
    run: async ({ context, sheet }) => {
      const table = smallTable(sheet);
      await context.sync();
      sheet.getRange("A3:B3").values = [["", ""]];
      const empty = table.getRange().load("address");
      await context.sync();
      const before = local(empty.address);
      sheet.getRange("A3:B3").values = [["C-2", "Done"]];
      const grown = table.getRange().load("address");
      await context.sync();
      return expectJson(["A1:B2", "A1:B3"], [before, local(grown.address)]);
    },
  },
  {
    id: "table-headers-unique",
    page: PAGES.tables,
    mirrors: TABLE,
    choice: 15,
    requires: EXCEL_1_1,
    run: async ({ context, sheet }) => {
      sheet.getRange("A1:C1").values = [["Col", "Col", ""]];
      const table = sheet.tables.add("A1:C1", true);
      const columns = table.columns.load("items/name");
      const body = table.getDataBodyRange().load("address");
      await context.sync();
      return all(
        expectJson(
          ["Col", "Col2", "Column3"],
          columns.items.map((c) => c.name),
        ),
        expectJson("A2:C2", local(body.address)),
      );
    },
  },
  {
    id: "rows-add-fills-empty-row",
    page: PAGES.tables,
    mirrors: TABLE,
    choice: 13,
    requires: EXCEL_1_1,
    run: async ({ context, sheet }) => {
      const table = sheet.tables.add("A1:B1", true);
      table.getHeaderRowRange().values = [["Day", "Amount"]];
      table.rows.add(undefined, [
        ["x", 10],
        ["y", 20],
      ]);
      const body = table.getDataBodyRange().load("address");
      await context.sync();
      return expectJson("A2:B3", local(body.address));
    },
  },
  {
    id: "last-row-delete-leaves-empty-row",
    page: PAGES.tables,
    mirrors: TABLE,
    choice: 13,
    requires: EXCEL_1_1,
    run: async ({ context, sheet }) => {
      const table = smallTable(sheet);
      await context.sync();
      table.rows.getItemAt(0).delete();
      const body = table.getDataBodyRange().load("address, values");
      await context.sync();
      return expectJson(
        { address: "A2:B2", values: [["", ""]] },
        {
          address: local(body.address),
          values: body.values,
        },
      );
    },
  },
  {
    id: "partial-shift-near-table-refused",
    page: PAGES.insert,
    mirrors: "test/excel-sim/edge-cases.test.ts",
    choice: 16,
    requires: EXCEL_1_1,
    run: async ({ context, sheet }) => {
      smallTable(sheet);
      await context.sync();
      return expectCode("InvalidOperation", async () => {
        sheet.getRange("B2").insert("Down");
        await context.sync();
      });
    },
  },
  {
    id: "filter-hides-rows",
    page: PAGES.tables,
    mirrors: TABLE,
    requires: { set: "ExcelApi", version: "1.2" },
    run: async ({ context, sheet }) => {
      const table = smallTable(sheet);
      table.rows.add(undefined, [["C-2", "Done"]]);
      await context.sync();
      table.columns.getItem("Status").filter.applyValuesFilter(["Open"]);
      const hidden = sheet.getRange("A3").load("rowHidden");
      const shown = sheet.getRange("A2").load("rowHidden");
      await context.sync();
      return expectJson([true, false], [hidden.rowHidden, shown.rowHidden]);
    },
  },
];
