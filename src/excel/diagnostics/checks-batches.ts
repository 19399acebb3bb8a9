// Proxies, batches and object identity: how Office.js queues, loads and fails.
import { PAGES } from "./pages";
import { all, codeOf, expectCode, expectJson, type SelfCheck } from "./self-check";

const CORE = "test/excel-sim/core.test.ts";
const EXCEL_1_1 = { set: "ExcelApi", version: "1.1" } as const;

export const BATCH_CHECKS: readonly SelfCheck[] = [
  {
    id: "property-not-loaded",
    page: PAGES.apiModel,
    mirrors: CORE,
    requires: EXCEL_1_1,
    run: async ({ sheet }) =>
      expectCode("PropertyNotLoaded", async () => {
        const range = sheet.getRange("A1");
        return range.values;
      }),
  },
  {
    id: "batch-not-atomic",
    page: PAGES.errors,
    mirrors: CORE,
    choice: 1,
    requires: EXCEL_1_1,
    run: async ({ context, sheet, sheetName }) => {
      sheet.getRange("A1").values = [["before"]];
      // A sheet that does not exist: the statement fails at sync, midway through the batch.
      context.workbook.worksheets.getItem(`${sheetName}?`).getRange("A1").values = [["x"]];
      sheet.getRange("A2").values = [["after"]];
      const failed = await codeOf(() => context.sync());
      const range = sheet.getRange("A1:A2").load("values");
      await context.sync();
      return all(
        { ok: failed !== "none", saw: `sync ${failed}` },
        expectJson([["before"], [""]], range.values),
      );
    },
  },
  {
    id: "unknown-property-load",
    page: PAGES.apiModel,
    mirrors: CORE,
    choice: 5,
    requires: EXCEL_1_1,
    run: async ({ context, sheet }) =>
      expectCode("InvalidArgument", async () => {
        sheet.getRange("A1").load("valuez");
        await context.sync();
      }),
  },
  {
    id: "null-object",
    page: PAGES.apiModel,
    mirrors: CORE,
    choice: 6,
    requires: { set: "ExcelApi", version: "1.4" },
    run: async ({ context, sheetName }) => {
      const missing = context.workbook.worksheets.getItemOrNullObject(`${sheetName}?`);
      missing.load("name");
      await context.sync();
      const loaded = { isNullObject: missing.isNullObject, name: missing.name ?? null };
      const call = await codeOf(async () => {
        missing.getRange("A1").values = [["x"]];
        await context.sync();
      });
      return all(expectJson({ isNullObject: true, name: null }, loaded), {
        ok: call === "ItemNotFound",
        saw: `write ${call}`,
      });
    },
  },
  {
    id: "intersection-without-overlap",
    page: PAGES.range,
    mirrors: "test/excel-sim/range.test.ts",
    choice: 8,
    requires: EXCEL_1_1,
    run: async ({ context, sheet }) =>
      expectCode("ItemNotFound", async () => {
        sheet.getRange("A1:B2").getIntersection(sheet.getRange("D4:E5")).load("address");
        await context.sync();
      }),
  },
  {
    id: "offset-off-sheet",
    page: PAGES.range,
    mirrors: "test/excel-sim/range.test.ts",
    choice: 8,
    requires: EXCEL_1_1,
    run: async ({ context, sheet }) =>
      expectCode("InvalidArgument", async () => {
        sheet.getRange("A1").getOffsetRange(-1, 0).load("address");
        await context.sync();
      }),
  },
  {
    id: "tracked-range-follows-insert",
    page: PAGES.tracked,
    mirrors: "test/excel-sim/range.test.ts",
    choice: 7,
    requires: EXCEL_1_1,
    run: async ({ context, sheet }) => {
      const range = sheet.getRange("B5");
      range.load("address");
      await context.sync();
      sheet.getRange("2:3").insert("Down");
      range.load("address");
      await context.sync();
      return expectJson("B7", range.address.split("!").pop());
    },
  },
];
