import type { CompiledProcess } from "../../core/process";
import { mapColumns } from "../../core/register/columns";
import type { ProcsheetError, Result } from "../../core/result";
import { matchKey } from "../../core/text";
import type { ProcessBinding } from "../../workbook/binding";
import { columnFormat, safeText } from "../../workbook/excel-cell";
import { needsRows, registerFollow, type RegisterFollow } from "../../workbook/register/register-follow";
import { applyListValidations } from "./list-validations";

export interface ReadRegister {
  readonly table: Excel.Table;
  readonly headers: readonly string[];
  readonly body?: Excel.Range;
  readonly rows: readonly (readonly unknown[])[];
}

/**
 * The register's header row, and its body when following needs it (steps removed or renamed), in two
 * syncs at most. Undefined when the register's table is gone (the process is then only saved).
 */
export async function readForFollow(
  context: Excel.RequestContext,
  binding: ProcessBinding,
  before: CompiledProcess,
  after: CompiledProcess,
): Promise<ReadRegister | undefined> {
  const table = context.workbook.tables.getItemOrNullObject(binding.tableName);
  await context.sync();
  if (table.isNullObject) return undefined;
  const header = table.getHeaderRowRange().load("values");
  const body = needsRows(before, after) ? table.getDataBodyRange().load("values") : undefined;
  await context.sync();
  const headers = (header.values[0] ?? []).map((h) => String(h ?? ""));
  return { table, headers, ...(body ? { body, rows: body.values } : { rows: [] }) };
}

/** What the register would do, or why the save is refused. */
export function planFollow(
  register: ReadRegister | undefined,
  binding: ProcessBinding,
  before: CompiledProcess,
  after: CompiledProcess,
): Result<RegisterFollow, ProcsheetError> {
  if (!register) return { ok: true, value: { add: [], rename: [], left: [], stepCells: [] } };
  return registerFollow(before, after, register, binding.lang, binding.columnOverrides);
}

/**
 * Queues the register's part of a save (the caller's next sync sends it): headers renamed, columns added
 * at the right with their number format and drop-down list, step cells rewritten. The caller brackets it
 * as Procsheet's own write (change tracking ignores it).
 */
export function queueFollow(
  context: Excel.RequestContext,
  register: ReadRegister,
  plan: RegisterFollow,
  after: CompiledProcess,
  binding: ProcessBinding,
): void {
  const { table } = register;
  for (const r of plan.rename) table.columns.getItemAt(r.index).name = r.after;
  for (const a of plan.add) {
    const column = table.columns.add(undefined, undefined, a.header);
    const format = columnFormat(after, a.key);
    if (format) column.getDataBodyRange().numberFormat = [[format]];
  }
  const stepCol = plan.stepColumn;
  for (const c of plan.stepCells)
    if (register.body && stepCol !== undefined)
      register.body.getCell(c.row, stepCol).values = [[safeText(c.after)]];
  if (plan.add.length > 0) {
    const headers = [
      ...register.headers.map((h, i) => plan.rename.find((r) => r.index === i)?.after ?? h),
      ...plan.add.map((a) => a.header),
    ];
    const overrides = new Map(
      Object.entries(plan.overrides ?? binding.columnOverrides ?? {}).map(([h, k]) => [matchKey(h), k]),
    );
    const mapped = mapColumns(after, headers, overrides);
    const keys = mapped.ok ? mapped.value.columns.map((c) => c?.key ?? "") : [];
    applyListValidations(context, after, table, keys, binding.lang, new Set(plan.add.map((a) => a.key)));
  }
}
