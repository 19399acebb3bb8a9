import type { RuleRow } from "../../core/definition/types";
import type { CompiledProcess } from "../../core/process";
import { mapColumns, type ColumnMap } from "../../core/register/columns";
import { readRow } from "../../core/register/row-codec";
import type { ProcsheetError } from "../../core/result";
import { matchKey } from "../../core/text";
import { ExpectedFailure } from "../excel-run";
import type { ProcessBinding } from "../../workbook/binding";
import { compiledBinding } from "../../workbook/compiled-binding";
import {
  DEFAULT_BLOCK_CELLS,
  queueOpenTable,
  readRemainingBlocks,
  type RegisterContents,
} from "./read-register";

export interface LoadedRegister {
  readonly process: CompiledProcess;
  readonly map: ColumnMap;
  readonly contents: RegisterContents;
  /** Every row in the rules' view (rows with unreadable cells keep what could be read). */
  readonly rows: readonly RuleRow[];
  readonly table: Excel.Table;
}

export function columnMapOf(
  binding: ProcessBinding,
  process: CompiledProcess,
  headers: readonly string[],
): ColumnMap {
  const overrides = new Map(Object.entries(binding.columnOverrides ?? {}).map(([h, k]) => [matchKey(h), k]));
  const mapped = mapColumns(process, headers, overrides);
  if (!mapped.ok) throw new ExpectedFailure(mapped.error[0] as ProcsheetError);
  return mapped.value;
}

/** Reads a bound register whole (in blocks) for views that need every row: my work, undo, tracking. */
export async function loadRegister(
  context: Excel.RequestContext,
  binding: ProcessBinding,
): Promise<LoadedRegister> {
  const compiled = compiledBinding(binding);
  if (!compiled.ok) throw new ExpectedFailure(compiled.error[0] as ProcsheetError);
  const opened = queueOpenTable(context, binding.tableName, 16, { blockCells: DEFAULT_BLOCK_CELLS });
  await context.sync();
  const contents = await readRemainingBlocks(context, opened.table, opened.get(), {
    blockCells: DEFAULT_BLOCK_CELLS,
  });
  const map = columnMapOf(binding, compiled.value, contents.headers);
  const rows = contents.rows.map((cells) => readRow(compiled.value, map, cells).row);
  return { process: compiled.value, map, contents, rows, table: opened.table };
}
