import { procsheetError } from "../../core/error";
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
import type { BookSheet, BookTable, XlsxBook } from "./xlsx-book";
import type { BoundProcess } from "./xlsx-parts";
import { cellInputOf, FormulaCell, isEmptySheetValue, type SheetValue } from "./xlsx-sheet-cells";
import { cellAddress, type CellRange } from "./xlsx-address";

/** The register as read from a workbook: where it sits, its cells as Excel reads them, its formulas. */
export interface XlsxRegister {
  readonly book: XlsxBook;
  readonly sheet: BookSheet;
  readonly table: BookTable | undefined;
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

function valueAt(ws: BookSheet, row: number, col: number): SheetValue | undefined {
  return ws.cells.get(row, col);
}

function headerText(v: SheetValue | undefined): string {
  const c = cellInputOf(v);
  return c === null || c === undefined ? "" : String(c).trim();
}

interface Block {
  readonly rows: CellInput[][];
  readonly formulas: Set<string>;
  readonly uncalculated: Map<number, number>;
}

function readHeaders(ws: BookSheet, headerRow: number, range: CellRange): string[] {
  const headers: string[] = [];
  for (let c = range.left; c <= range.right; c++) headers.push(headerText(valueAt(ws, headerRow, c)));
  return headers;
}

function readBlock(ws: BookSheet, headerRow: number, range: CellRange): Block {
  const rows: CellInput[][] = [];
  const formulas = new Set<string>();
  const uncalculated = new Map<number, number>();
  for (let r = headerRow + 1; r <= range.bottom; r++) {
    const cells: CellInput[] = [];
    for (let c = range.left; c <= range.right; c++) {
      const v = valueAt(ws, r, c);
      if (v instanceof FormulaCell) {
        formulas.add(`${rows.length}:${c - range.left}`);
        if (v.result === undefined && !uncalculated.has(rows.length))
          uncalculated.set(rows.length, c - range.left);
      }
      cells.push(cellInputOf(v));
    }
    rows.push(cells);
  }
  return { rows, formulas, uncalculated };
}

/**
 * A place in the workbook that could be the register: its header read, its rows read only for the one
 * chosen (a workbook's History may hold as many rows as its register).
 */
interface Candidate {
  readonly name: string;
  readonly sheet: BookSheet;
  readonly table: BookTable | undefined;
  readonly headerRow: number;
  readonly left: number;
  readonly headers: string[];
  readonly range: CellRange;
}

function tableCandidate(sheet: BookSheet, table: BookTable): Candidate {
  // Every table is taken to have a header row: Excel leaves headerRowCount out (it defaults to 1), and
  // tables without one are rare enough not to be registers.
  const range = table.ref;
  const bottom = range.bottom - (table.totalsRow ? 1 : 0);
  return {
    name: table.name,
    sheet,
    table,
    headerRow: range.top,
    left: range.left,
    headers: readHeaders(sheet, range.top, range),
    range: { ...range, bottom },
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
  book: XlsxBook,
  process: CompiledProcess,
  bound: BoundProcess | undefined,
): Candidate {
  const tables = book.sheets.flatMap((sheet) => sheet.tables.map((t) => tableCandidate(sheet, t)));
  for (const wanted of [bound?.binding.tableName, registerTableName(process.definition.id)]) {
    const hit = wanted && tables.find((t) => matchKey(t.name) === matchKey(wanted));
    if (hit) return hit;
  }
  const fitting = tables.filter(
    (t) => !isHistoryTable(process, t.name, bound) && resembles(process, t.headers),
  );
  if (fitting.length === 1) return fitting[0] as Candidate;
  if (fitting.length > 1)
    throw badInput(
      ctx.m.registerAmbiguous(
        file,
        fitting.map((t) => t.name),
        registerTableName(process.definition.id),
      ),
    );
  const inTable = new Set(tables.map((t) => t.sheet));
  const sheets = book.sheets.flatMap((sheet): Candidate[] => {
    if (inTable.has(sheet)) return [];
    const range = sheet.cells.usedRange();
    if (!range) return [];
    return [
      {
        name: sheet.name,
        sheet,
        table: undefined,
        headerRow: range.top,
        left: range.left,
        headers: readHeaders(sheet, range.top, range),
        range,
      },
    ];
  });
  const fittingSheets = sheets.filter((s) => resembles(process, s.headers));
  if (fittingSheets.length === 1) return fittingSheets[0] as Candidate;
  if (fittingSheets.length > 1)
    throw badInput(
      ctx.m.registerAmbiguous(
        file,
        fittingSheets.map((s) => s.sheet.name),
        registerTableName(process.definition.id),
      ),
    );
  if (book.sheets.length === 0) throw badInput(ctx.m.xlsxNoSheet(file));
  // A lone sheet with a smaller header (a few of the process's columns) is still taken, as before.
  if (book.sheets.length === 1 && sheets.length === 1) return sheets[0] as Candidate;
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
  book: XlsxBook,
  process: CompiledProcess,
  bound?: BoundProcess,
): XlsxRegister {
  const c = chooseCandidate(ctx, file, book, process, bound);
  const overrides = new Map(
    Object.entries(bound?.binding.columnOverrides ?? {}).map(([h, k]) => [matchKey(h), k]),
  );
  const map = checkedMap(ctx, file, process, c.headers, overrides);
  const block = readBlock(c.sheet, c.headerRow, c.range);
  return {
    book,
    sheet: c.sheet,
    table: c.table,
    headerRow: c.headerRow,
    left: c.left,
    headers: c.headers,
    rows: block.rows,
    map,
    formulas: block.formulas,
    unreadable: uncalculatedErrors(block, map),
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

/** Adds the plan's new columns at the right end of the register (as table columns when it is a table). */
function addColumns(ctx: Context, file: string, reg: XlsxRegister, added: readonly AddedColumn[]): void {
  const { sheet, table, book } = reg;
  const lastRow = reg.headerRow + reg.rows.length + (table?.totalsRow ? 1 : 0);
  added.forEach((column, i) => {
    const col = reg.left + reg.headers.length + i;
    for (let r = reg.headerRow; r <= lastRow; r++)
      // A formula is in the way even when its result is empty: writing over it would break its neighbours'.
      if (!isEmptySheetValue(valueAt(sheet, r, col)) || valueAt(sheet, r, col) instanceof FormulaCell)
        throw badInput(ctx.m.columnBlocked(file, column.header, cellAddress(r, col)));
    book.edits.setCell(sheet, reg.headerRow, col, { value: column.header, styleFrom: col - 1 });
    // A width only where the column has none (xlsx-sheet-patch.ts leaves defined columns alone).
    book.edits.setWidth(sheet, col, Math.max(12, displayWidth(column.header) + 4));
  });
  if (table && added.length > 0)
    book.edits.setTable(table, {
      ref: { ...table.ref, right: table.ref.right + added.length },
      added: added.map((a) => a.header),
    });
}

/** Records the plan in the workbook's edits: only the cells that change, plus added columns. */
export function applyChangesToBook(
  ctx: Context,
  file: string,
  reg: XlsxRegister,
  changes: readonly CellChange[],
  added: readonly AddedColumn[],
): void {
  addColumns(ctx, file, reg, added);
  for (const c of changes)
    reg.book.edits.setOutput(reg.sheet, reg.headerRow + 1 + c.row, reg.left + c.column, c.output);
}
