import type { ProcessDefinition } from "../../src/core/definition/types";
import type { Lang } from "../../src/words/lang";
import { loadProcess } from "../../src/core/definition/load";
import { headerFor, registerKeys } from "../../src/core/register/columns";
import { parseLocal, toExcelSerial } from "../../src/core/time/local-time";
import type { SimulationOptions } from "../excel-sim";
import { columnLetter } from "../../src/core/register/columns";
import { registerIn } from "./sim-fixture";

/** Test helper for formats.test.ts and views.test.ts: a register holding exactly the rows given. */

export type Cell = string | number | boolean;

/** Excel serial of a local date or date-time (`2026-04-30`, `2026-04-30T09:00`). */
export function serial(iso: string): number {
  const t = parseLocal(iso);
  if (t === undefined) throw new Error(`bad date ${iso}`);
  return toExcelSerial(t);
}

/**
 * A register made by createRegister (no sample rows) with `rows` added through `table.rows.add`; each
 * row gives cells by key (`status`, `due`, a field key…), the rest stay empty.
 */
export async function registerWithRows(
  definition: ProcessDefinition,
  rows: readonly Readonly<Record<string, Cell>>[],
  options: { lang?: Lang; sim?: SimulationOptions } = {},
): Promise<Awaited<ReturnType<typeof registerIn>> & { keys: string[]; headers: string[] }> {
  const made = await registerIn(definition, { sample: false, ...options });
  const loaded = loadProcess(definition);
  if (!loaded.ok) throw new Error("bad definition");
  const keys = registerKeys(loaded.value);
  const headers = keys.map((k) => headerFor(loaded.value, k, options.lang ?? "en"));
  await addRows(made.binding.tableName, keys, rows);
  return { ...made, keys, headers };
}

/** Adds rows at the bottom of a register (`table.rows.add`), cells by key. */
export async function addRows(
  tableName: string,
  keys: readonly string[],
  rows: readonly Readonly<Record<string, Cell>>[],
): Promise<void> {
  if (rows.length === 0) return;
  await Excel.run(async (context) => {
    const table = context.workbook.tables.getItem(tableName);
    // Columns Procsheet added after the register was made (the age column) get an empty cell.
    const header = table.getHeaderRowRange().load("columnCount");
    await context.sync();
    const pad = Array.from({ length: Math.max(0, header.columnCount - keys.length) }, () => "");
    table.rows.add(
      undefined,
      rows.map((r) => [...keys.map((k) => r[k] ?? ""), ...pad]),
    );
    await context.sync();
  });
}

/** The A1 address of a register cell: body row `i` (0-based), column of `key`. */
export function cellOf(keys: readonly string[], key: string, i: number): string {
  const c = keys.indexOf(key);
  if (c < 0) throw new Error(`no column ${key}`);
  return `${columnLetter(c)}${i + 2}`;
}
