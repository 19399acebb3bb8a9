// Conditional formats, data validation and protection: what status formats and drop-downs rest on.
import { PAGES } from "./pages";
import { expectCode, expectJson, type SelfCheck } from "./self-check";

const FORMATS = "test/excel-sim/formats-validation-charts.test.ts";

export const FORMAT_CHECKS: readonly SelfCheck[] = [
  {
    id: "cf-new-rule-first",
    page: PAGES.cf,
    mirrors: "test/excel-sim/edge-cases.test.ts",
    choice: 17,
    requires: { set: "ExcelApi", version: "1.6" },
    run: async ({ context, sheet }) => {
      const range = sheet.getRange("B2:B4");
      const older = range.conditionalFormats.add(Excel.ConditionalFormatType.containsText);
      older.textComparison.rule = { operator: "Contains", text: "Open" };
      older.textComparison.format.fill.color = "#FF0000";
      const newer = range.conditionalFormats.add(Excel.ConditionalFormatType.containsText);
      newer.textComparison.rule = { operator: "Contains", text: "Op" };
      newer.textComparison.format.fill.color = "#00FF00";
      older.load("priority");
      newer.load("priority");
      await context.sync();
      return expectJson([1, 0], [older.priority, newer.priority]);
    },
  },
  {
    id: "cf-rule-reads-back",
    page: PAGES.cf,
    mirrors: FORMATS,
    requires: { set: "ExcelApi", version: "1.6" },
    run: async ({ context, sheet }) => {
      const cf = sheet.getRange("B2:B4").conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
      cf.cellValue.rule = { formula1: "5", operator: "GreaterThan" };
      cf.cellValue.format.fill.color = "#ffc7ce";
      await context.sync();
      cf.cellValue.load("rule");
      cf.cellValue.format.fill.load("color");
      await context.sync();
      return expectJson(
        { formula1: "5", operator: "GreaterThan", fill: "#FFC7CE" },
        { ...cf.cellValue.rule, fill: cf.cellValue.format.fill.color },
      );
    },
  },
  {
    id: "cf-wrong-sub-object-refused",
    page: PAGES.cf,
    mirrors: FORMATS,
    choice: 17,
    requires: { set: "ExcelApi", version: "1.6" },
    run: async ({ context, sheet }) => {
      const cf = sheet.getRange("B2:B4").conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
      cf.cellValue.rule = { formula1: "5", operator: "GreaterThan" };
      await context.sync();
      return expectCode("InvalidOperation", async () => {
        cf.custom.rule.load("formula");
        await context.sync();
      });
    },
  },
  {
    id: "validation-not-on-api-writes",
    page: PAGES.dv,
    mirrors: FORMATS,
    choice: 18,
    requires: { set: "ExcelApi", version: "1.8" },
    run: async ({ context, sheet }) => {
      const range = sheet.getRange("A2:A3");
      range.dataValidation.rule = { list: { inCellDropDown: true, source: "Open,Done" } };
      await context.sync();
      range.values = [["Done"], ["Other"]];
      range.load("values");
      range.dataValidation.load("type, valid");
      await context.sync();
      return expectJson(
        { values: [["Done"], ["Other"]], type: "List", valid: false },
        { values: range.values, type: range.dataValidation.type, valid: range.dataValidation.valid },
      );
    },
  },
  {
    id: "validation-replaced",
    page: PAGES.dv,
    mirrors: FORMATS,
    choice: 18,
    requires: { set: "ExcelApi", version: "1.8" },
    run: async ({ context, sheet }) => {
      const range = sheet.getRange("A2:A3");
      range.dataValidation.rule = { list: { inCellDropDown: true, source: "Open,Done" } };
      await context.sync();
      range.dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThan" } };
      range.dataValidation.load("type");
      await context.sync();
      return expectJson("WholeNumber", range.dataValidation.type);
    },
  },
  {
    id: "protected-sheet-refuses-writes",
    page: PAGES.protection,
    mirrors: "test/excel-sim/workbook.test.ts",
    requires: { set: "ExcelApi", version: "1.2" },
    run: async ({ context, sheet }) => {
      sheet.protection.protect();
      await context.sync();
      const outcome = await expectCode("AccessDenied", async () => {
        sheet.getRange("A1").values = [["x"]];
        await context.sync();
      });
      sheet.protection.unprotect();
      await context.sync();
      return outcome;
    },
  },
];
