import type { CellValue, Workbook, Worksheet } from "exceljs";
import type { CompiledProcess } from "../../core/process";
import type { CellInput } from "../../core/register/cell-value";
import { mapColumns, type ColumnMap } from "../../core/register/columns";
import { historyTableName } from "../../core/register/names";
import type { Context } from "../context";
import { badInput } from "../failure";
import { columnIndex, type RegisterData, type WritePlan } from "./register";
import { displayWidth } from "./table-output";
import {
  cellAddress,
  cellInput,
  isEmptyValue,
  parseRange,
  rangeAddress,
  tablesOf,
  writeCell,
  type CellRange,
  type TableHandle,
} from "./xlsx-workbook";

/** Where the register sits in a workbook: a table, or the first sheet's used range. */
export interface XlsxRegister extends RegisterData {
  readonly workbook: Workbook;
  readonly sheet: Worksheet;
  readonly table: TableHandle | undefined;
  readonly headerRow: number;
  /** 1-based column of the header's first cell. */
  readonly left: number;
}

function valueAt(ws: Worksheet, row: number, col: number): CellValue {
  // findCell, not getCell: reading must not create rows or cells that would then be written out.
  return ws.findCell(row, col)?.value ?? null;
}

function headerText(v: CellValue): string {
  const c = cellInput(v);
  return c === null ? "" : String(c).trim();
}

function readBlock(
  ws: Worksheet,
  headerRow: number,
  range: CellRange,
): { headers: string[]; rows: CellInput[][] } {
  const headers: string[] = [];
  for (let c = range.left; c <= range.right; c++) headers.push(headerText(valueAt(ws, headerRow, c)));
  const rows: CellInput[][] = [];
  for (let r = headerRow + 1; r <= range.bottom; r++) {
    const cells: CellInput[] = [];
    for (let c = range.left; c <= range.right; c++) cells.push(cellInput(valueAt(ws, r, c)));
    rows.push(cells);
  }
  return { headers, rows };
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

function isHistoryTable(process: CompiledProcess, name: string): boolean {
  return name === historyTableName(process.definition.id) || /_history$/i.test(name);
}

/**
 * Finds the register: the first Excel table whose header maps to the process (at least one column),
 * else the first worksheet's used range with the header in its first non-empty row.
 */
export function findXlsxRegister(
  ctx: Context,
  file: string,
  workbook: Workbook,
  process: CompiledProcess,
): XlsxRegister {
  for (const sheet of workbook.worksheets)
    for (const table of tablesOf(sheet)) {
      const model = table.model;
      const range = parseRange(model.tableRef);
      if (!range || !model.headerRow || isHistoryTable(process, model.name)) continue;
      const bottom = range.bottom - (model.totalsRow ? 1 : 0);
      const block = readBlock(sheet, range.top, { ...range, bottom });
      const mapped = mapColumns(process, block.headers);
      if (!mapped.ok || mapped.value.byKey.size === 0) continue;
      return { workbook, sheet, table, headerRow: range.top, left: range.left, ...block, map: mapped.value };
    }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw badInput(ctx.m.xlsxNoSheet(file));
  const range = usedRange(sheet);
  if (!range) throw badInput(ctx.m.registerNoMatch(file));
  const block = readBlock(sheet, range.top, range);
  const map = checkedMap(ctx, file, process, block.headers);
  return { workbook, sheet, table: undefined, headerRow: range.top, left: range.left, ...block, map };
}

/** mapColumns for a header that must be a register: a duplicate or no match at all is bad input. */
export function checkedMap(
  ctx: Context,
  file: string,
  process: CompiledProcess,
  headers: readonly string[],
): ColumnMap {
  const mapped = mapColumns(process, headers);
  if (!mapped.ok) throw badInput(ctx.m.registerShape(file, mapped.error[0]?.message ?? ""));
  if (mapped.value.byKey.size === 0) throw badInput(ctx.m.registerNoMatch(file));
  return mapped.value;
}

function growRight(address: string | undefined, by: number): string | undefined {
  const r = address === undefined ? undefined : parseRange(address);
  return r ? rangeAddress({ ...r, right: r.right + by }) : address;
}

/** Adds the plan's new columns at the right end of the register (as table columns when it is a table). */
function addColumns(ctx: Context, file: string, reg: XlsxRegister, plan: WritePlan): void {
  const ws = reg.sheet;
  const lastRow = reg.headerRow + reg.rows.length + (reg.table?.model.totalsRow ? 1 : 0);
  plan.added.forEach((added, i) => {
    const col = reg.left + reg.headers.length + i;
    for (let r = reg.headerRow; r <= lastRow; r++)
      if (!isEmptyValue(valueAt(ws, r, col)))
        throw badInput(ctx.m.columnBlocked(file, added.header, cellAddress(r, col)));
    const header = ws.getRow(reg.headerRow).getCell(col);
    const before = ws.getRow(reg.headerRow).getCell(col - 1);
    header.value = added.header;
    header.style = { ...before.style };
    const column = ws.getColumn(col);
    if (column.width === undefined) column.width = Math.max(12, displayWidth(added.header) + 4);
  });
  const model = reg.table?.model;
  if (model && plan.added.length > 0) {
    const filterButton = model.columns[model.columns.length - 1]?.filterButton ?? true;
    for (const added of plan.added)
      model.columns.push({ name: added.header, filterButton, totalsRowFunction: "none" });
    model.tableRef = growRight(model.tableRef, plan.added.length) ?? model.tableRef;
    const autoFilter = growRight(model.autoFilterRef, plan.added.length);
    if (autoFilter !== undefined) model.autoFilterRef = autoFilter;
  }
}

/** Writes the plan into the workbook in memory: only the cells that change, plus added columns. */
export function applyPlanToWorkbook(ctx: Context, file: string, reg: XlsxRegister, plan: WritePlan): void {
  addColumns(ctx, file, reg, plan);
  for (const p of plan.patches) {
    const col = reg.left + columnIndex(reg, plan, p.key);
    writeCell(reg.sheet.getRow(reg.headerRow + 1 + p.row).getCell(col), p.value);
  }
}
