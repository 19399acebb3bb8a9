// Merged cells: what Excel keeps, refuses and reports (adopting a sheet meets them; registers refuse them).
import { PAGES } from "./pages";
import { all, expectCode, expectJson, type SelfCheck } from "./self-check";

const MERGED = "test/excel-sim/merged-cells.test.ts";
const EXCEL_1_2 = { set: "ExcelApi", version: "1.2" } as const;
const EXCEL_1_13 = { set: "ExcelApi", version: "1.13" } as const;

/** The merged areas of `address` on the scratch sheet, local addresses, or null when there are none. */
async function mergedAreas(context: Excel.RequestContext, sheet: Excel.Worksheet, address: string) {
  const found = sheet.getRange(address).getMergedAreasOrNullObject().load("address");
  await context.sync();
  return found.isNullObject
    ? null
    : found.address
        .split(",")
        .map((a) => a.trim().split("!").pop())
        .join(",");
}

export const MERGED_CHECKS: readonly SelfCheck[] = [
  {
    id: "merge-keeps-upper-left",
    page: PAGES.merge,
    mirrors: MERGED,
    choice: 22,
    requires: EXCEL_1_2,
    run: async ({ context, sheet }) => {
      const range = sheet.getRange("A1:B2");
      range.values = [
        ["keep", "b"],
        ["c", "d"],
      ];
      range.merge();
      range.load("values");
      await context.sync();
      return expectJson(
        [
          ["keep", ""],
          ["", ""],
        ],
        range.values,
      );
    },
  },
  {
    id: "merge-cutting-area-refused",
    page: PAGES.merge,
    mirrors: MERGED,
    choice: 22,
    requires: EXCEL_1_2,
    run: async ({ context, sheet }) => {
      sheet.getRange("B2:C3").merge();
      await context.sync();
      return expectCode("InvalidOperation", async () => {
        sheet.getRange("C3:D4").merge();
        await context.sync();
      });
    },
  },
  {
    id: "merge-in-table-refused",
    page: PAGES.merge,
    mirrors: MERGED,
    choice: 22,
    requires: EXCEL_1_2,
    run: async ({ context, sheet }) => {
      sheet.getRange("A1:B2").values = [
        ["H1", "H2"],
        ["x", "y"],
      ];
      sheet.tables.add("A1:B2", true);
      await context.sync();
      return expectCode("InvalidOperation", async () => {
        sheet.getRange("B2:C2").merge();
        await context.sync();
      });
    },
  },
  {
    id: "write-inside-merged-refused",
    page: PAGES.merge,
    mirrors: MERGED,
    choice: 22,
    requires: EXCEL_1_2,
    run: async ({ context, sheet }) => {
      sheet.getRange("A1:B1").merge();
      await context.sync();
      return expectCode("InvalidOperation", async () => {
        sheet.getRange("B1").values = [["no"]];
        await context.sync();
      });
    },
  },
  {
    id: "table-over-merged-refused",
    page: PAGES.errors,
    mirrors: MERGED,
    choice: 22,
    requires: EXCEL_1_2,
    run: async ({ context, sheet }) => {
      sheet.getRange("A1:C3").values = [
        ["H1", "H2", "H3"],
        ["a", "b", "c"],
        ["d", "e", "f"],
      ];
      sheet.getRange("B3:C3").merge();
      await context.sync();
      return expectCode("MergedRangeConflict", async () => {
        sheet.tables.add("A1:C3", true);
        await context.sync();
      });
    },
  },
  {
    id: "merged-areas-by-upper-left",
    page: PAGES.mergedAreas,
    mirrors: MERGED,
    choice: 22,
    requires: EXCEL_1_13,
    run: async ({ context, sheet }) => {
      sheet.getRange("B3:D4").merge();
      await context.sync();
      const withoutUpperLeft = await mergedAreas(context, sheet, "C4:F9");
      const withUpperLeft = await mergedAreas(context, sheet, "A1:B3");
      return expectJson([null, "B3:D4"], [withoutUpperLeft, withUpperLeft]);
    },
  },
  {
    id: "unmerge-splits-whole-area",
    page: PAGES.unmerge,
    mirrors: MERGED,
    choice: 22,
    requires: EXCEL_1_13,
    run: async ({ context, sheet }) => {
      sheet.getRange("A1:B2").merge();
      sheet.getRange("D1:E1").merge();
      await context.sync();
      sheet.getRange("B2").unmerge();
      await context.sync();
      return all(expectJson("D1:E1", await mergedAreas(context, sheet, "A1:F5")));
    },
  },
];
