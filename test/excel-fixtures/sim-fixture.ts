import { readFileSync } from "fs";
import { join } from "path";
import type { ProcessDefinition } from "../../src/core/definition/types";
import type { Lang } from "../../src/words/lang";
import { installExcelSimulation, type ExcelSimulation, type SimulationOptions } from "../excel-sim";
import { createRegister } from "../../src/excel/register/create-register";
import type { ProcessBinding } from "../../src/workbook/binding";

export const NOW = "2026-03-02T09:00:00";

/**
 * A shipped template. Unless `past` is asked for, without its `sampleAsOf`: a register made from it holds
 * the sample rows as written and an empty History, which is what the tests that count rows, cells and
 * events count (docs/specification.md §1.10).
 */
export function template(id: string, options: { readonly past?: boolean } = {}): ProcessDefinition {
  const def = JSON.parse(
    readFileSync(join(__dirname, "../../templates", `${id}.process.json`), "utf8"),
  ) as ProcessDefinition;
  if (options.past) return def;
  const { sampleAsOf: _asOf, ...rest } = def;
  return rest;
}

export function fixture(id: string): ProcessDefinition {
  return JSON.parse(
    readFileSync(join(__dirname, "../fixtures", `${id}.process.json`), "utf8"),
  ) as ProcessDefinition;
}

/** A simulated Excel holding one register made by `createRegister`. */
export async function registerIn(
  definition: ProcessDefinition,
  options: { lang?: Lang; sample?: boolean; sim?: SimulationOptions } = {},
): Promise<{ sim: ExcelSimulation; binding: ProcessBinding }> {
  const sim = installExcelSimulation(options.sim ?? {});
  const r = await createRegister(definition, {
    lang: options.lang ?? "en",
    sample: options.sample ?? true,
    now: NOW,
  });
  if (!r.ok) {
    sim.uninstall();
    throw new Error(`createRegister failed: ${r.error.message}`);
  }
  return { sim, binding: r.value };
}

/** A table's values, header first, read through the API as any add-in would. */
export async function readTable(tableName: string): Promise<(string | number | boolean)[][]> {
  return Excel.run(async (context) => {
    const range = context.workbook.tables.getItem(tableName).getRange().load("values");
    await context.sync();
    return range.values as (string | number | boolean)[][];
  });
}

/** Rows of a table as objects keyed by header. */
export async function readRecords(tableName: string): Promise<Record<string, string | number | boolean>[]> {
  const [header, ...rows] = await readTable(tableName);
  return rows.map((r) =>
    Object.fromEntries((header ?? []).map((h, i) => [String(h), r[i] as string | number | boolean])),
  );
}
