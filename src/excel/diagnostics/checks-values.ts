// What a write through `values` does to the text, numbers and shapes Procsheet sends.
import { PAGES } from "./pages";
import { all, codeOf, expectCode, expectJson, type SelfCheck } from "./self-check";

const RANGE = "test/excel-sim/range.test.ts";
const EDGES = "test/excel-sim/edge-cases.test.ts";
const EXCEL_1_1 = { set: "ExcelApi", version: "1.1" } as const;

type Grid = (string | number | boolean)[][];

/** Writes `values` into `address` of the scratch sheet and reads back what Excel made of them. */
async function writeRead(
  env: { context: Excel.RequestContext; sheet: Excel.Worksheet },
  address: string,
  values: unknown[][],
): Promise<{ values: Grid; formulas: Grid; text: string[][]; numberFormat: string[][] }> {
  const range = env.sheet.getRange(address);
  range.values = values;
  range.load("values, formulas, text, numberFormat");
  await env.context.sync();
  return {
    values: range.values,
    formulas: range.formulas,
    text: range.text,
    numberFormat: range.numberFormat,
  };
}

export const VALUE_CHECKS: readonly SelfCheck[] = [
  {
    id: "one-value-fills-range",
    page: PAGES.setGet,
    mirrors: RANGE,
    choice: 10,
    requires: EXCEL_1_1,
    run: async (env) =>
      expectJson(
        [
          [7, 7],
          [7, 7],
        ],
        (await writeRead(env, "A1:B2", [[7]])).values,
      ),
  },
  {
    id: "wrong-shape-refused",
    page: PAGES.setGet,
    mirrors: RANGE,
    choice: 10,
    requires: EXCEL_1_1,
    run: async ({ context, sheet }) =>
      expectCode("InvalidArgument", async () => {
        sheet.getRange("A1:B2").values = [[1, 2, 3]];
        await context.sync();
      }),
  },
  {
    id: "formula-prefixes",
    page: PAGES.range,
    mirrors: RANGE,
    choice: 2,
    requires: EXCEL_1_1,
    run: async (env) => {
      const r = await writeRead(env, "A1:E1", [[5, "+A1*2", "-A1", "-7.5", "@SUM(1,2)"]]);
      return expectJson([[5, "=+A1*2", "=-A1", -7.5, "=SUM(1,2)"]], r.formulas);
    },
  },
  {
    id: "non-formula-prefix-refused",
    page: PAGES.errors,
    mirrors: RANGE,
    choice: 2,
    requires: EXCEL_1_1,
    run: async ({ context, sheet }) =>
      expectCode("InvalidArgument", async () => {
        sheet.getRange("A1").values = [["- not a formula"]];
        await context.sync();
      }),
  },
  {
    id: "text-format-keeps-formulas",
    page: PAGES.range,
    mirrors: EDGES,
    choice: 3,
    requires: EXCEL_1_1,
    run: async ({ context, sheet }) => {
      const range = sheet.getRange("A1:B1");
      range.numberFormat = [["@", "@"]];
      range.values = [["00123", "=1+1"]];
      range.load("values, formulas");
      await context.sync();
      return all(expectJson([["00123", 2]], range.values), expectJson([["00123", "=1+1"]], range.formulas));
    },
  },
  {
    id: "text-read-as-typed",
    page: PAGES.setGet,
    mirrors: RANGE,
    choice: 4,
    requires: EXCEL_1_1,
    run: async (env) => {
      const r = await writeRead(env, "A1:F1", [["42", "1,200.5", "TRUE", "12%", "2024-01-05", "31/12/2024"]]);
      return all(
        expectJson([[42, 1200.5, true, 0.12, 45296, "31/12/2024"]], r.values),
        expectJson("0%|m/d/yyyy", `${r.numberFormat[0]?.[3]}|${r.numberFormat[0]?.[4]}`),
      );
    },
  },
  {
    id: "apostrophe-stores-text",
    page: PAGES.range,
    mirrors: RANGE,
    choice: 4,
    requires: EXCEL_1_1,
    run: async (env) => {
      const r = await writeRead(env, "A1:B1", [["'=1+1", "'00123"]]);
      return all(expectJson([["=1+1", "00123"]], r.values), expectJson([["=1+1", "00123"]], r.formulas));
    },
  },
  {
    id: "date-object-stays-text",
    page: PAGES.setGet,
    mirrors: RANGE,
    choice: 4,
    requires: EXCEL_1_1,
    run: async (env) =>
      expectJson(
        [["2024-01-05T00:00:00.000Z"]],
        (await writeRead(env, "A1", [[new Date(Date.UTC(2024, 0, 5))]])).values,
      ),
  },
  {
    id: "general-format-digits",
    page: PAGES.numberFormats,
    mirrors: RANGE,
    choice: 19,
    requires: EXCEL_1_1,
    run: async (env) => {
      const r = await writeRead(env, "A1:C1", [["=1/3", 123456789012, 12345678901]]);
      return expectJson([["0.333333333", "1.23457E+11", "12345678901"]], r.text);
    },
  },
  {
    id: "colours-read-upper-case",
    page: PAGES.formats,
    mirrors: RANGE,
    choice: 20,
    requires: EXCEL_1_1,
    run: async ({ context, sheet }) => {
      const a = sheet.getRange("A1");
      a.format.fill.color = "#abcdef";
      a.format.fill.load("color");
      await context.sync();
      const refused = await codeOf(async () => {
        sheet.getRange("A2").format.fill.color = "not a colour";
        await context.sync();
      });
      return all(expectJson("#ABCDEF", a.format.fill.color), {
        ok: refused === "InvalidArgument",
        saw: `"not a colour" ${refused}`,
      });
    },
  },
  {
    id: "cell-text-limit",
    page: PAGES.limits,
    mirrors: EDGES,
    requires: EXCEL_1_1,
    run: async ({ context, sheet }) => {
      const text = await codeOf(async () => {
        sheet.getRange("A1").values = [["x".repeat(32768)]];
        await context.sync();
      });
      const formula = await codeOf(async () => {
        sheet.getRange("A2").values = [["=" + "1+".repeat(5000) + "1"]];
        await context.sync();
      });
      return {
        ok: text === "InvalidArgument" && formula === "FormulaLengthExceedsLimit",
        saw: `32,768 characters ${text}; 10,002-character formula ${formula}`,
      };
    },
  },
];
