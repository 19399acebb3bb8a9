import { formatProblem, loadProcess } from "../../core/definition/load";
import type { ProcessDefinition, RuleRow } from "../../core/definition/types";
import type { Lang } from "../../words/lang";
import type { CompiledProcess } from "../../core/process";
import type { CellInput } from "../../core/register/cell-value";
import { historyTableName, registerTableName } from "../../core/register/names";
import { readRow } from "../../core/register/row-codec";
import { SYSTEM_KEYS } from "../../core/register/system-columns";
import type { ProcsheetError, Result } from "../../core/result";
import { matchKey, resolveText } from "../../core/text";
import type { AdoptPreview } from "../api-types";
import { ExpectedFailure, runExcel } from "../excel-run";
import { asOwnWrite } from "../own-writes";
import type { ProcessBinding } from "../../workbook/binding";
import { loadWorkbook, saveBinding } from "../store/process-store";
import { writeState } from "../store/state-store";
import { snapshotOf } from "../../workbook/state/tracking";
import {
  addedHeaders,
  chosenMap,
  guessColumns,
  headersOf,
  locate,
  missingIds,
  shapeError,
  type Layout,
  type Located,
} from "../../workbook/adopt/adopt-plan";
import { growthOf, headerProblems, placementProblems } from "../../workbook/adopt/adopt-problems";
import { MAX_ADDED, readLayout, readMergedAreas, type LookAt } from "./adopt-read";
import { writeAdoption } from "./adopt-write";
import { columnFormat } from "../../workbook/excel-cell";
import { historySheetFor } from "./history-sheet";
import { queuePeopleSheet } from "../people/people-sheet";
import { parseA1, qualifiedA1, type Rect } from "../../workbook/grid/sheet-grid";

/** The preview plus what the pane may show beside it. */
export interface AdoptPreviewDetails extends AdoptPreview {
  /** The language the headers are written in (ColumnMap.lang); the added headers use it. */
  readonly lang: Lang;
  /** What Excel could not say, e.g. "mergedCellsNotChecked" (it lists at most 512 merged areas). */
  readonly notes: readonly string[];
}

export interface AdoptOptions {
  readonly lang: Lang;
  /** Header → key, or "" to leave the column alone (the person's choices in the preview). */
  readonly columns: Readonly<Record<string, string>>;
  readonly now: string;
}

/**
 * A stand-in process for a preview asked without one: the system columns are still recognised, fields
 * are not (they need the process). Checked by the loader like any definition.
 */
const SYSTEM_ONLY: ProcessDefinition = {
  schemaVersion: 1,
  id: "adopt-preview",
  name: "Adopt",
  steps: [{ id: "start", name: "Start", owner: "anyone" }],
};

function compile(definition: ProcessDefinition): Result<CompiledProcess, ProcsheetError> {
  const loaded = loadProcess(definition);
  if (loaded.ok) return loaded;
  const first = loaded.error[0] as ProcsheetError;
  return { ok: false, error: { ...first, message: loaded.error.map(formatProblem).join("\n") } };
}

function allOf(problems: readonly ProcsheetError[]): ProcsheetError {
  const first = problems[0] as ProcsheetError;
  return { ...first, message: problems.map((p) => p.message).join("\n") };
}

interface Inspection {
  readonly preview: AdoptPreviewDetails;
  readonly layout: Layout;
  readonly located: Located;
  readonly merged: readonly Rect[] | undefined;
  readonly tableNames: readonly string[];
  readonly sheetNames: readonly string[];
}

async function inspect(
  context: Excel.RequestContext,
  at: LookAt,
  process: CompiledProcess,
): Promise<Inspection> {
  const read = await readLayout(context, at);
  const { layout } = read;
  const located = locate(layout, read.target);
  if ("code" in located) throw new ExpectedFailure(located);
  const { region } = located;
  const headers = headersOf(layout.grid, region);
  const { guesses, lang } = guessColumns(process, headers);
  const missing = SYSTEM_KEYS.filter((k) => !guesses.includes(k));
  const added = addedHeaders(process, missing, lang, headers);
  // Far enough right for every column that may be added.
  const merged = await readMergedAreas(context, layout.sheetName, {
    ...region,
    right: region.right + MAX_ADDED,
  });
  const growth = growthOf(located);
  const problems = [
    ...headerProblems(layout.grid, located),
    ...placementProblems(layout, located, added.length, growth, merged),
  ];
  const idAt = guesses.indexOf("id");
  const ids = missingIds(layout.grid, region, idAt < 0 ? undefined : region.left + idAt, process.idPrefix);
  const preview: AdoptPreviewDetails = {
    sheetName: layout.sheetName,
    address: qualifiedA1(layout.sheetName, region),
    ...(located.table ? { tableName: located.table.name } : {}),
    headers,
    guesses,
    rowCount: region.bottom - region.top,
    rowsWithoutId: ids.length,
    columnsToAdd: added.map((a) => a.header),
    problems,
    lang,
    notes: merged ? [] : ["mergedCellsNotChecked"],
  };
  return { preview, layout, located, merged, tableNames: read.tableNames, sheetNames: read.sheetNames };
}

/**
 * Looks at the selection (a single cell or row grows to its current region) or the active sheet's used
 * range and says how it would become a register; nothing changes. Without `definition` only the system
 * columns are recognised; pass the process to guess its fields too.
 */
export async function inspectSheet(
  source: "selection" | "used",
  definition?: ProcessDefinition,
): Promise<Result<AdoptPreviewDetails, ProcsheetError>> {
  const compiled = compile(definition ?? SYSTEM_ONLY);
  if (!compiled.ok) return compiled;
  return runExcel(async (context) => (await inspect(context, { kind: source }, compiled.value)).preview);
}

/** What differs between the preview and the sheet now, or undefined when nothing does. */
function changedSince(before: AdoptPreview, now: AdoptPreview): string | undefined {
  if (now.address !== before.address) return `range ${now.address}`;
  if ((now.tableName ?? "") !== (before.tableName ?? "")) return `table ${now.tableName ?? "none"}`;
  if (now.headers.join("\u0000") !== before.headers.join("\u0000")) return "headers";
  if (now.rowCount !== before.rowCount) return `${now.rowCount} rows`;
  if (now.rowsWithoutId !== before.rowsWithoutId) return `${now.rowsWithoutId} rows without ID`;
  return undefined;
}

function changed(detail: string): ExpectedFailure {
  return new ExpectedFailure(
    shapeError("adopt.changed", {
      detail,
    }),
  );
}

export interface AdoptReport {
  readonly binding: ProcessBinding;
  /** What could not be done, e.g. "listTooLong:status" (a drop-down list over Excel's 255 characters). */
  readonly notes: readonly string[];
}

/**
 * Turns the previewed range into the process's register in place: re-checks it, makes it a table (or
 * keeps the user's), adds the missing system columns at the right, numbers rows without an ID, formats
 * and validates the system columns, creates History (and People, where the workbook has none), and stores
 * the process with the column choices.
 * No user cell is moved, overwritten or deleted.
 */
export async function adoptSheetWithReport(
  definition: ProcessDefinition,
  preview: AdoptPreview,
  options: AdoptOptions,
): Promise<Result<AdoptReport, ProcsheetError>> {
  const compiled = compile(definition);
  if (!compiled.ok) return compiled;
  const process = compiled.value;
  const rect = parseA1(preview.address);
  if (!rect) return { ok: false, error: changed(`range ${preview.address}`).error };
  const { lang } = options;
  return runExcel(async (context) => {
    const data = await loadWorkbook(context);
    if (data.processes.some((p) => p.id === definition.id))
      throw new ExpectedFailure(
        shapeError("adopt.processExists", {
          id: definition.id,
        }),
      );
    const again = await inspect(context, { kind: "address", sheetName: preview.sheetName, rect }, process);
    const detail = changedSince(preview, again.preview);
    if (detail) throw changed(detail);
    if (again.preview.problems.length > 0) throw new ExpectedFailure(allOf(again.preview.problems));

    const { layout, located } = again;
    const { region } = located;
    const headers = again.preview.headers;
    const chosen = chosenMap(process, headers, options.columns);
    if ("code" in chosen) throw new ExpectedFailure(chosen);
    const added = addedHeaders(process, chosen.missingSystem, lang, headers);
    const growth = growthOf(located);
    const placed = placementProblems(layout, located, added.length, growth, again.merged);
    if (placed.length > 0) throw new ExpectedFailure(allOf(placed));

    const tableName = located.table?.name ?? registerTableName(definition.id);
    const historyName = historyTableName(definition.id);
    const taken = new Set(again.tableNames.map((t) => t.toLowerCase()));
    for (const name of located.table ? [historyName] : [tableName, historyName])
      if (taken.has(name.toLowerCase()))
        throw new ExpectedFailure(
          shapeError("adopt.tableNameTaken", {
            table: name,
          }),
        );
    const owner = data.processes.find((p) => p.tableName.toLowerCase() === tableName.toLowerCase());
    if (owner)
      throw new ExpectedFailure(
        shapeError("adopt.tableBound", {
          table: tableName,
          id: owner.id,
        }),
      );

    // Added headers renamed to stay distinct are stored as choices, so every sync maps them the same way.
    const extra = new Map(added.filter((a) => a.renamed).map((a) => [matchKey(a.header), a.key]));
    const allHeaders = [...headers, ...added.map((a) => a.header)];
    const full = chosenMap(process, allHeaders, options.columns, extra);
    if ("code" in full) throw new ExpectedFailure(full);
    const idIndex = (full.byKey.get("id") as { index: number }).index;
    const userId = idIndex < headers.length ? region.left + idIndex : undefined;
    const ids = missingIds(layout.grid, region, userId, process.idPrefix);

    const title = resolveText(definition.name, lang);
    const notes = await asOwnWrite(() =>
      writeAdoption(context, {
        process,
        lang,
        sheetName: layout.sheetName,
        region,
        growth,
        tableName,
        added,
        formats: added.map((a) => columnFormat(process, a.key)),
        idColumn: region.left + idIndex,
        ids,
        keys: full.columns.map((c) => c?.key ?? ""),
        history: {
          sheetName: historySheetFor(title, new Set(again.sheetNames), lang),
          tableName: historyName,
        },
      }),
    );

    // Change tracking starts from the statuses as they are now, IDs included.
    const idByRow = new Map(ids.map((w) => [w.row, w.id]));
    const rows: RuleRow[] = [];
    for (let r = region.top + 1; r <= region.bottom; r++) {
      const cells: CellInput[] = allHeaders.map((_h, i) =>
        i < headers.length ? layout.grid.value(r, region.left + i) : "",
      );
      const id = idByRow.get(r);
      if (id !== undefined) cells[idIndex] = id;
      rows.push(readRow(process, full, cells).row);
    }
    // People goes out with the state's write (no sync of its own).
    queuePeopleSheet(context, process, lang, again.tableNames, [
      ...again.sheetNames,
      historySheetFor(title, new Set(again.sheetNames), lang),
    ]);
    await writeState(context, { id: definition.id, definition }, { snapshot: snapshotOf(rows) });

    const present = new Set(allHeaders.map(matchKey));
    const columnOverrides: Record<string, string> = {};
    for (const [header, key] of Object.entries(options.columns))
      if (present.has(matchKey(header))) columnOverrides[header] = key;
    for (const a of added) if (a.renamed) columnOverrides[a.header] = a.key;
    const binding: ProcessBinding = {
      id: definition.id,
      definition,
      version: definition.version ?? 1,
      tableName,
      historyTableName: historyName,
      lang,
      columnOverrides,
      boundAt: options.now,
      automatic: true,
    };
    const saved = await saveBinding(context, binding);
    return {
      binding: saved.processes.find((p) => p.id === definition.id) ?? binding,
      notes: [...again.preview.notes, ...notes],
    };
  });
}

/** `ProcsheetExcel.adoptSheet`: the binding; the notes are also in `inspectWorkbook().missing`. */
export async function adoptSheet(
  definition: ProcessDefinition,
  preview: AdoptPreview,
  options: AdoptOptions,
): Promise<Result<ProcessBinding, ProcsheetError>> {
  const r = await adoptSheetWithReport(definition, preview, options);
  return r.ok ? { ok: true, value: r.value.binding } : r;
}
