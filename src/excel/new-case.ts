import type { RuleRow } from "../core/definition/types";
import type { ProcsheetError, Result } from "../core/result";
import { encodeCell } from "../core/register/row-codec";
import type { ProcessBinding } from "../workbook/binding";
import { compiledBinding } from "../workbook/compiled-binding";
import { formatToWrite } from "../workbook/register/cell-formats";
import { toExcelCell } from "../workbook/excel-cell";
import { routeRows } from "./automation/route-rows";
import { ExpectedFailure, runExcel, type RunOptions } from "./excel-run";
import { asOwnWrite } from "./own-writes";
import { columnMapOf } from "./register/load-register";
import { syncInContext, type RoutingIdentity, type SyncReport } from "./sync/run-sync";

/** A case added through the New case form, as it stands once routed. */
export interface NewCase {
  /** Empty when another co-author's Excel routes this register: it is numbered and routed there. */
  readonly id: string;
  readonly step?: string;
  readonly owner?: string;
  readonly due?: string;
  /** Where another co-author's Excel routes it. */
  readonly routedBy?: string;
  /** The row's error when its rules failed (it is added, and kept as typed). */
  readonly error?: ProcsheetError;
}

function isLease(e: unknown): e is ExpectedFailure {
  return e instanceof ExpectedFailure && e.error.code === "LEASE";
}

function caseOf(report: SyncReport, row: number): NewCase {
  const own = report.changes.filter((c) => c.row === row);
  const text = (key: string): string | undefined => own.find((c) => c.key === key)?.afterText || undefined;
  const error = report.errors.find((e) => e.index === row);
  const step = text("step");
  const owner = text("owner");
  const due = text("due");
  return {
    id: own[0]?.id ?? "",
    ...(step ? { step } : {}),
    ...(owner ? { owner } : {}),
    ...(due ? { due } : {}),
    ...(error ? { error } : {}),
  };
}

/**
 * The New case form's submit (issue: a front door for new cases): the values are written as a new row
 * directly below the register — through the one sanitizer, in the register's language and formats, which
 * makes Excel extend the table — and routed in the same Excel.run, reading only that row where the workbook
 * remembers the others (docs/specification.md §3.12). Values were checked by the form before.
 */
export async function addCase(
  binding: ProcessBinding,
  values: RuleRow,
  now: string,
  routing?: RoutingIdentity,
  run?: RunOptions,
): Promise<Result<NewCase, ProcsheetError>> {
  const compiled = compiledBinding(binding);
  if (!compiled.ok) return { ok: false, error: compiled.error[0] as ProcsheetError };
  const process = compiled.value;
  return runExcel(
    (context) =>
      asOwnWrite(async () => {
        const table = context.workbook.tables.getItem(binding.tableName);
        const header = table.getHeaderRowRange().load("values");
        const body = table.getDataBodyRange().load("rowCount");
        const first = table.getDataBodyRange().getRow(0).load(["values", "numberFormat"]);
        await context.sync();
        const map = columnMapOf(
          binding,
          process,
          (header.values[0] ?? []).map((h) => String(h ?? "")),
        );
        // A new register holds one empty body row: the first case goes there.
        const blank = body.rowCount === 1 && (first.values[0] ?? []).every((v) => v === "" || v === null);
        const row = blank ? 0 : body.rowCount;
        const cells = map.columns.map((col) => {
          const v = col ? values[col.key] : undefined;
          return col && v !== undefined
            ? toExcelCell(encodeCell(process, col.key, v, binding.lang))
            : undefined;
        });
        const target = table
          .getDataBodyRange()
          .getCell(row, 0)
          .getResizedRange(0, cells.length - 1);
        target.values = [cells.map((c) => c?.value ?? null)] as (string | number | boolean)[][];
        // In each column's own format (the first row's) where it shows such values; Procsheet's otherwise.
        const formats = cells.map((c, i) => {
          const column = first.numberFormat[0]?.[i];
          return c?.numberFormat
            ? (formatToWrite(c.numberFormat, undefined, typeof column === "string" ? column : undefined) ??
                null)
            : null;
        });
        if (formats.some((f) => f !== null)) target.numberFormat = [formats] as string[][];
        await context.sync();
        if (!routing) return caseOf(await syncInContext(context, { binding, now }), row);
        try {
          // This Excel routes the register: only the new row is read and routed.
          const partly = await routeRows(context, { binding, now, positions: [row], routing });
          if (!("handover" in partly)) return caseOf(partly, row);
        } catch (e) {
          if (!isLease(e)) throw e;
        }
        try {
          return caseOf(await syncInContext(context, { binding, now, routing }), row);
        } catch (e) {
          // Another co-author's Excel holds the lease: the row is in the register, and routed there.
          if (!isLease(e)) throw e;
          const name = (e as ExpectedFailure).error.params?.name;
          return { id: "", routedBy: typeof name === "string" ? name : "" };
        }
      }),
    run,
  );
}

/** Selects a case's row in the register (a change or an error clicked in the pane); found by its ID. */
export async function selectCase(
  binding: ProcessBinding,
  caseId: string,
): Promise<Result<boolean, ProcsheetError>> {
  const compiled = compiledBinding(binding);
  if (!compiled.ok) return { ok: false, error: compiled.error[0] as ProcsheetError };
  return runExcel(async (context) => {
    const table = context.workbook.tables.getItem(binding.tableName);
    const header = table.getHeaderRowRange().load("values");
    await context.sync();
    const map = columnMapOf(
      binding,
      compiled.value,
      (header.values[0] ?? []).map((h) => String(h ?? "")),
    );
    const idColumn = map.byKey.get("id")?.index;
    if (idColumn === undefined) return false;
    const ids = table.getDataBodyRange().getColumn(idColumn).load("values");
    await context.sync();
    const at = ids.values.findIndex((v) => String(v[0] ?? "") === caseId);
    if (at < 0) return false;
    table.worksheet.activate();
    table.getDataBodyRange().getRow(at).select();
    await context.sync();
    return true;
  });
}
