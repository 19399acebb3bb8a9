import { procsheetError } from "../../core/error";
import type { CellValue, Workbook, Worksheet } from "exceljs";
import type { CompiledProcess } from "../../core/process";
import type { CellInput } from "../../core/register/cell-value";
import { mapColumns, type ColumnMap } from "../../core/register/columns";
import { historyTableName, registerTableName } from "../../core/register/names";
import type { ProcsheetError } from "../../core/result";
import { matchKey } from "../../core/text";
import type { AddedColumn } from "../../workbook/register/added-columns";
import type { CellChange } from "../../workbook/register/cell-changes";
import type { Context } from "../context";
import { badInput } from "../failure";
import { displayWidth } from "./table-output";
import type { BoundProcess } from "./xlsx-parts";
import {
  cellAddress,
  cellInput,
  isEmptyValue,
  isFormula,
  isUncalculated,
  parseRange,
  rangeAddress,
  tablesOf,
  writeCell,
  type CellRange,
  type TableHandle,
} from "./xlsx-workbook";

/** The register as read from a workbook: where it sits, its cells as Excel reads them, its formulas. */
export interface XlsxRegister {
  readonly workbook: Workbook;
  readonly sheet: Worksheet;
  readonly table: TableHandle | undefined;
  /** 1-based row of the header, 1-based column of its first cell. */
  readonly headerRow: number;
  readonly left: number;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellInput[])[];
  readonly map: ColumnMap;
  /** Formula cells as `row:column` (data row and column, 0-based): the sync never writes them. */
  readonly formulas: ReadonlySet<string>;
  /** Rows with a mapped formula that was never calculated (no value to read). */
  readonly unreadable: ReadonlyMap<number, ProcsheetError>;
}

function valueAt(ws: Worksheet, row: number, col: number): CellValue {
  // findCell, not getCell: reading must not create rows or cells that would then be written out.
  return ws.findCell(row, col)?.value ?? null;
}

function headerText(v: CellValue): string {
  const c = cellInput(v);
  return c === null ? "" : String(c).trim();
}

interface Block {
  readonly headers: string[];
  readonly rows: CellInput[][];
  readonly formulas: Set<string>;
  readonly uncalculated: Map<number, number>;
}

function readBlock(ws: Worksheet, headerRow: number, range: CellRange): Block {
  const headers: string[] = [];
  for (let c = range.left; c <= range.right; c++) headers.push(headerText(valueAt(ws, headerRow, c)));
  const rows: CellInput[][] = [];
  const formulas = new Set<string>();
  const uncalculated = new Map<number, number>();
  for (let r = headerRow + 1; r <= range.bottom; r++) {
    const cells: CellInput[] = [];
    for (let c = range.left; c <= range.right; c++) {
      const v = valueAt(ws, r, c);
      if (isFormula(v)) {
        formulas.add(`${rows.length}:${c - range.left}`);
        if (isUncalculated(v) && !uncalculated.has(rows.length))
          uncalculated.set(rows.length, c - range.left);
      }
      cells.push(cellInput(v));
    }
    rows.push(cells);
  }
  return { headers, rows, formulas, uncalculated };
}

/** The range of cells holding values (not just formatting), or undefined for an empty sheet. */
export function usedRange(ws: Worksheet): CellRange | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  ws.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      if (isEmptyValue(cell.value)) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  return bottom === 0 ? undefined : { top, left, bottom, right };
}

/** A place in the workbook that could be the register, read. */
interface Candidate {
  readonly name: string;
  readonly sheet: Worksheet;
  readonly table: TableHandle | undefined;
  readonly headerRow: number;
  readonly left: number;
  readonly block: Block;
}

function tableCandidate(sheet: Worksheet, table: TableHandle): Candidate | undefined {
  const model = table.model;
  const range = parseRange(model.tableRef);
  if (!range || !model.headerRow) return undefined;
  const bottom = range.bottom - (model.totalsRow ? 1 : 0);
  return {
    name: model.name,
    sheet,
    table,
    headerRow: range.top,
    left: range.left,
    block: readBlock(sheet, range.top, { ...range, bottom }),
  };
}

/**
 * Enough of the process's columns to be its register, not a report that happens to show an owner or an
 * amount: two mapped columns at least, one of them the ID, the step or the status.
 */
function resembles(process: CompiledProcess, headers: readonly string[]): boolean {
  const mapped = mapColumns(process, headers);
  if (!mapped.ok) return false;
  const keys = mapped.value.byKey;
  return keys.size >= 2 && (keys.has("id") || keys.has("step") || keys.has("status"));
}

function isHistoryTable(process: CompiledProcess, name: string, bound: BoundProcess | undefined): boolean {
  return (
    name === historyTableName(process.definition.id) ||
    name === bound?.binding.historyTableName ||
    /_history$/i.test(name)
  );
}

/**
 * The register of `process` in a workbook: the table the workbook binds to it (the add-in's record,
 * else `PS_<id>`); otherwise the one table — or, in a workbook without a fitting table, the one sheet —
 * whose header resembles the process. Two such places are ambiguous: an error naming them.
 */
function chooseCandidate(
  ctx: Context,
  file: string,
  workbook: Workbook,
  process: CompiledProcess,
  bound: BoundProcess | undefined,
): Candidate {
  const tables = workbook.worksheets.flatMap((sheet) =>
    tablesOf(sheet).flatMap((t) => {
      const c = tableCandidate(sheet, t);
      return c ? [c] : [];
    }),
  );
  for (const wanted of [bound?.binding.tableName, registerTableName(process.definition.id)]) {
    const hit = wanted && tables.find((t) => matchKey(t.name) === matchKey(wanted));
    if (hit) return hit;
  }
  const fitting = tables.filter(
    (t) => !isHistoryTable(process, t.name, bound) && resembles(process, t.block.headers),
  );
  if (fitting.length === 1) return fitting[0] as Candidate;
  if (fitting.length > 1)
    throw badInput(
      ctx.m.registerAmbiguous(
        file,
        fitting.map((t) => t.name),
      ),
    );
  const inTable = new Set(tables.map((t) => t.sheet));
  const sheets = workbook.worksheets.flatMap((sheet): Candidate[] => {
    if (inTable.has(sheet)) return [];
    const range = usedRange(sheet);
    if (!range) return [];
    return [
      {
        name: sheet.name,
        sheet,
        table: undefined,
        headerRow: range.top,
        left: range.left,
        block: readBlock(sheet, range.top, range),
      },
    ];
  });
  const fittingSheets = sheets.filter((s) => resembles(process, s.block.headers));
  if (fittingSheets.length === 1) return fittingSheets[0] as Candidate;
  if (fittingSheets.length > 1)
    throw badInput(
      ctx.m.registerAmbiguous(
        file,
        fittingSheets.map((s) => s.sheet.name),
      ),
    );
  if (workbook.worksheets.length === 0) throw badInput(ctx.m.xlsxNoSheet(file));
  // A lone sheet with a smaller header (a few of the process's columns) is still taken, as before.
  if (workbook.worksheets.length === 1 && sheets.length === 1) return sheets[0] as Candidate;
  throw badInput(ctx.m.registerNoMatch(file));
}

function uncalculatedErrors(block: Block, map: ColumnMap): Map<number, ProcsheetError> {
  const out = new Map<number, ProcsheetError>();
  for (const [row, column] of block.uncalculated) {
    const binding = map.columns[column];
    if (!binding) continue; // a column Procsheet leaves alone may hold anything
    out.set(
      row,
      procsheetError("DATA", "data.uncalculated", { column: binding.header }, { column: binding.header }),
    );
  }
  return out;
}

/** Finds and reads the register in a loaded workbook (see chooseCandidate for which). */
export function findXlsxRegister(
  ctx: Context,
  file: string,
  workbook: Workbook,
  process: CompiledProcess,
  bound?: BoundProcess,
): XlsxRegister {
  const c = chooseCandidate(ctx, file, workbook, process, bound);
  const overrides = new Map(
    Object.entries(bound?.binding.columnOverrides ?? {}).map(([h, k]) => [matchKey(h), k]),
  );
  const map = checkedMap(ctx, file, process, c.block.headers, overrides);
  return {
    workbook,
    sheet: c.sheet,
    table: c.table,
    headerRow: c.headerRow,
    left: c.left,
    headers: c.block.headers,
    rows: c.block.rows,
    map,
    formulas: c.block.formulas,
    unreadable: uncalculatedErrors(c.block, map),
  };
}

/** mapColumns for a header that must be a register: a duplicate or no match at all is bad input. */
export function checkedMap(
  ctx: Context,
  file: string,
  process: CompiledProcess,
  headers: readonly string[],
  overrides?: ReadonlyMap<string, string>,
): ColumnMap {
  const mapped = mapColumns(process, headers, overrides);
  if (!mapped.ok) throw badInput(ctx.m.registerShape(file, mapped.error[0]?.message ?? ""));
  if (mapped.value.byKey.size === 0) throw badInput(ctx.m.registerNoMatch(file));
  return mapped.value;
}

function growRight(address: string | undefined, by: number): string | undefined {
  const r = address === undefined ? undefined : parseRange(address);
  return r ? rangeAddress({ ...r, right: r.right + by }) : address;
}

/** Adds the plan's new columns at the right end of the register (as table columns when it is a table). */
function addColumns(ctx: Context, file: string, reg: XlsxRegister, added: readonly AddedColumn[]): void {
  const ws = reg.sheet;
  const lastRow = reg.headerRow + reg.rows.length + (reg.table?.model.totalsRow ? 1 : 0);
  added.forEach((column, i) => {
    const col = reg.left + reg.headers.length + i;
    for (let r = reg.headerRow; r <= lastRow; r++)
      if (!isEmptyValue(valueAt(ws, r, col)))
        throw badInput(ctx.m.columnBlocked(file, column.header, cellAddress(r, col)));
    const header = ws.getRow(reg.headerRow).getCell(col);
    const before = ws.getRow(reg.headerRow).getCell(col - 1);
    header.value = column.header;
    header.style = { ...before.style };
    const sheetColumn = ws.getColumn(col);
    if (sheetColumn.width === undefined) sheetColumn.width = Math.max(12, displayWidth(column.header) + 4);
  });
  const model = reg.table?.model;
  if (model && added.length > 0) {
    const filterButton = model.columns[model.columns.length - 1]?.filterButton ?? true;
    for (const column of added)
      model.columns.push({ name: column.header, filterButton, totalsRowFunction: "none" });
    model.tableRef = growRight(model.tableRef, added.length) ?? model.tableRef;
    const autoFilter = growRight(model.autoFilterRef, added.length);
    if (autoFilter !== undefined) model.autoFilterRef = autoFilter;
  }
}

/** Writes the plan into the workbook in memory: only the cells that change, plus added columns. */
export function applyChangesToWorkbook(
  ctx: Context,
  file: string,
  reg: XlsxRegister,
  changes: readonly CellChange[],
  added: readonly AddedColumn[],
): void {
  addColumns(ctx, file, reg, added);
  for (const c of changes)
    writeCell(reg.sheet.getRow(reg.headerRow + 1 + c.row).getCell(reg.left + c.column), c.output);
}
