import { procsheetError } from "../../core/error";
import { formatProblem, loadProcess } from "../../core/definition/load";
import type { ProcessDefinition } from "../../core/definition/types";
import type { Lang } from "../../words/lang";
import { columnLetter, headerFor, registerKeys } from "../../core/register/columns";
import { historyTableName, registerTableName, safeSheetName } from "../../core/register/names";
import { encodeCell } from "../../core/register/row-codec";
import type { ProcsheetError, Result } from "../../core/result";
import { resolveText } from "../../core/text";
import { columnFormat, toExcelCell } from "../../workbook/excel-cell";
import { HISTORY_KEYS, mapHistoryColumns, historyHeaders } from "../../workbook/history/history-columns";
import { historyCells, historyRowFor } from "../../workbook/history/history-row";
import { sampleRegister } from "../../workbook/sample/sample-register";
import { ExpectedFailure, runExcel } from "../excel-run";
import type { ProcessBinding } from "../../workbook/binding";
import { loadWorkbook, saveBinding } from "../store/process-store";
import { writeState } from "../store/state-store";
import { historySheetFor, queueHistoryTable } from "./history-sheet";
import { applyListValidations } from "./list-validations";
import { uniqueName } from "../../workbook/grid/unique-name";
import { queuePeopleSheet } from "../people/people-sheet";

export interface CreateOptions {
  readonly lang: Lang;
  readonly sample: boolean;
  readonly now: string;
  /** Automatic routing for the new register (docs/specification.md §3.12); on unless told otherwise. */
  readonly automatic?: boolean;
}

// Shared with adopt-sheet.ts and the analysis sheets; kept importable from here.
export { uniqueName };

function definitionError(problems: readonly ProcsheetError[]): ProcsheetError {
  const first = problems[0] as ProcsheetError;
  return { ...first, message: problems.map(formatProblem).join("\n") };
}

/**
 * A new register from a process: a sheet named after the process in the user's language holding an
 * Excel table with the system and field columns, number formats, list validations (ExcelApi 1.8), a frozen
 * header, fitted widths and, on request, the template's sample rows dated for today with closed cases of
 * the last weeks before them; the History table on its own sheet (holding the sample's past); the People
 * table filled from the roles' members, where the workbook has none yet; the process stored in the workbook.
 */
export async function createRegister(
  definition: ProcessDefinition,
  options: CreateOptions,
): Promise<Result<ProcessBinding, ProcsheetError>> {
  const loaded = loadProcess(definition);
  if (!loaded.ok) return { ok: false, error: definitionError(loaded.error) };
  const process = loaded.value;
  const { lang } = options;
  const version = definition.version ?? 1;
  const made = options.sample ? await sampleRegister(process, options.now) : { rows: [], events: [] };
  const columns = mapHistoryColumns(historyHeaders(lang));
  const pastRows = made.events.map((e) =>
    historyRowFor(columns, HISTORY_KEYS.length, historyCells(process, e, version, lang)),
  );
  return runExcel(async (context) => {
    const data = await loadWorkbook(context);
    if (data.processes.some((p) => p.id === definition.id))
      throw new ExpectedFailure(procsheetError("SHEET_SHAPE", "register.exists", { id: definition.id }));
    const sheets = context.workbook.worksheets.load("items/name");
    const tables = context.workbook.tables.load("items/name");
    await context.sync();
    const tableName = registerTableName(definition.id);
    const historyName = historyTableName(definition.id);
    if (tables.items.some((t) => t.name === tableName || t.name === historyName))
      throw new ExpectedFailure(procsheetError("SHEET_SHAPE", "register.tableExists", { table: tableName }));
    const taken = new Set(sheets.items.map((s) => s.name));
    const title = resolveText(definition.name, lang);
    const sheetName = uniqueName(safeSheetName(title), taken);
    taken.add(sheetName);
    const historySheet = historySheetFor(title, taken, lang);

    const keys = registerKeys(process);
    const headers = keys.map((k) => headerFor(process, k, lang));
    const sample = made.rows;
    const cells = sample.map((row) => keys.map((k) => toExcelCell(encodeCell(process, k, row[k], lang))));
    const bodyRows = Math.max(1, cells.length);
    const last = columnLetter(keys.length - 1);

    const sheet = context.workbook.worksheets.add(sheetName);
    sheet.getRange(`A1:${last}1`).values = [headers];
    if (cells.length > 0) {
      const body = sheet.getRange(`A2:${last}${cells.length + 1}`);
      body.values = cells.map((r) => r.map((c) => c.value));
    }
    const table = sheet.tables.add(
      `${sheetName.includes(" ") ? `'${sheetName}'` : sheetName}!A1:${last}${bodyRows + 1}`,
      true,
    );
    table.name = tableName;
    keys.forEach((k, i) => {
      const format = columnFormat(process, k);
      if (!format) return;
      table.columns.getItemAt(i).getDataBodyRange().numberFormat = Array.from({ length: bodyRows }, () => [
        format,
      ]);
    });
    sheet.freezePanes.freezeRows(1);

    const history = queueHistoryTable(context, historySheet, historyName, lang, pastRows);
    queuePeopleSheet(
      context,
      process,
      lang,
      tables.items.map((t) => t.name),
      [...taken, historySheet],
    );
    await context.sync();

    const notes = applyListValidations(context, process, table, keys, lang);
    sheet.getRange(`A1:${last}${bodyRows + 1}`).format.autofitColumns();
    history.range.format.autofitColumns();
    sheet.activate();
    await context.sync();

    const binding: ProcessBinding = {
      id: definition.id,
      definition,
      version,
      tableName,
      historyTableName: historyName,
      lang,
      boundAt: options.now,
      automatic: options.automatic ?? true,
    };
    // The snapshot starts from the sample rows, so an edit made before the first sync is still noticed.
    const snapshot: Record<string, string> = {};
    for (const row of sample)
      if (typeof row.id === "string" && typeof row.status === "string") snapshot[row.id] = row.status;
    await writeState(context, { id: definition.id, definition }, { snapshot });
    const saved = await saveBinding(context, binding);
    void notes;
    return saved.processes.find((p) => p.id === definition.id) ?? binding;
  });
}
