import type { RegisterCase } from "../../core/backtest/backtest";
import { registerCases } from "../../core/backtest/register-rows";
import type { RuleRow } from "../../core/definition/types";
import type { CompiledProcess } from "../../core/process";
import type { Context } from "../context";
import { BadInput } from "../failure";
import { registerTableName } from "../../core/register/names";
import { matchKey } from "../../core/text";
import { openRegister, type RegisterSource } from "./register";

/** A register's cases as the analysis and the backtest read them: each row with an ID, readable or not. */
export interface RegisterRead {
  readonly cases: readonly RegisterCase[];
  /** The readable rows in the rules' view (the analysis uses their dates and steps). */
  readonly rows: readonly RuleRow[];
}

function read(process: CompiledProcess, source: RegisterSource): RegisterRead {
  const { data } = source;
  const cases = registerCases(process, data.map, data.rows, { unreadable: data.unreadable });
  return { cases, rows: cases.filter((c) => !c.error).map((c) => c.row) };
}

/** The register in `file` (.csv or .xlsx); a file that holds none of this process is bad input. */
export async function readRegisterCases(
  ctx: Context,
  file: string,
  process: CompiledProcess,
): Promise<RegisterRead> {
  return read(process, await openRegister(ctx, file, process));
}

/**
 * The register of a workbook that holds one beside its History: bound to the process (made by `init` or
 * the add-in) or holding its register table. Undefined for a CSV, or a workbook where a sheet merely
 * looks like a register: an empty look-alike must not be taken for "nothing is in progress".
 */
export async function registerBeside(
  ctx: Context,
  file: string,
  process: CompiledProcess,
): Promise<RegisterRead | undefined> {
  if (!/\.xlsx$/i.test(file)) return undefined;
  let source: RegisterSource;
  try {
    source = await openRegister(ctx, file, process);
  } catch (e) {
    if (e instanceof BadInput) return undefined;
    throw e;
  }
  if (source.kind !== "xlsx") return undefined;
  const table = source.reg.table?.name;
  const ours = table !== undefined && matchKey(table) === matchKey(registerTableName(process.definition.id));
  return source.bound || ours ? read(process, source) : undefined;
}
