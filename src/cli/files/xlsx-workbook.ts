import type { CellValue, DataValidation, Workbook, Worksheet } from "exceljs";
import type { CellOutput } from "../../core/register/cell-value";
import type { Context } from "../context";
import { writeFileAtomic } from "./atomic-write";
import { parseRange, rangeAddress } from "./xlsx-address";

// exceljs writes the workbooks `init` makes; a sync reads and patches packages itself (xlsx-book.ts).

// ---- exceljs at run time: what index.d.ts leaves out, typed as narrowly as we use it ----

export interface TableColumnModel {
  name: string;
  filterButton?: boolean;
  totalsRowLabel?: string;
  totalsRowFunction?: string;
}

export interface TableStyleModel {
  theme?: string | null;
  showFirstColumn?: boolean;
  showLastColumn?: boolean;
  showRowStripes?: boolean;
  showColumnStripes?: boolean;
}

/** A table's model as exceljs keeps it after loading (and after `addTable`, once validated). */
export interface TableModel {
  name: string;
  displayName?: string;
  tableRef: string;
  autoFilterRef?: string;
  headerRow: boolean;
  totalsRow: boolean;
  columns: TableColumnModel[];
  style?: TableStyleModel | null;
}

export interface TableHandle {
  readonly model: TableModel;
}

/** `worksheet.dataValidations` exists at run time; index.d.ts lacks it (docs/office-notes.md §4.1). */
export interface DataValidationsRuntime {
  model: Record<string, DataValidation | undefined>;
  add(address: string, validation: DataValidation): DataValidation;
}

export function tablesOf(ws: Worksheet): TableHandle[] {
  const tables = (ws as unknown as { tables?: Record<string, TableHandle | undefined> }).tables;
  return tables ? Object.values(tables).filter((t): t is TableHandle => t?.model !== undefined) : [];
}

export function dataValidationsOf(ws: Worksheet): DataValidationsRuntime {
  const dv = (ws as unknown as { dataValidations?: DataValidationsRuntime }).dataValidations;
  if (!dv || typeof dv.add !== "function" || typeof dv.model !== "object")
    throw new Error("exceljs: worksheet.dataValidations is missing (exceljs version changed?)");
  return dv;
}

// ---- cell values ----

/** The exceljs value for a cell the core asks to write. Text is a plain string, never `{ formula }`. */
export function excelValue(out: CellOutput): CellValue {
  switch (out.kind) {
    case "empty":
      return null;
    case "text":
    case "number":
    case "boolean":
      return out.value;
    case "date":
      // Local wall-clock millis are UTC-based, which is what exceljs turns into a serial.
      return new Date(out.value);
  }
}

// ---- workbook files ----

export async function newWorkbook(): Promise<Workbook> {
  // Loaded on demand: exceljs costs a quarter second to load, which CSV-only runs need not pay.
  const { Workbook } = await import("exceljs");
  const wb = new Workbook();
  wb.creator = "Procsheet";
  return wb;
}

/**
 * Fills in what exceljs needs to write a loaded table but does not default: tables from LibreOffice
 * have no tableStyleInfo (exceljs then crashes), tables without a filter have no autoFilter (exceljs
 * would write one without its required ref), and filter buttons not mentioned are shown, not hidden.
 */
function prepareTables(ws: Worksheet): void {
  for (const { model } of tablesOf(ws)) {
    model.style ??= {
      showFirstColumn: false,
      showLastColumn: false,
      showRowStripes: false,
      showColumnStripes: false,
    };
    const range = parseRange(model.tableRef);
    if (model.autoFilterRef === undefined && range) {
      model.autoFilterRef = rangeAddress({ ...range, bottom: range.bottom - (model.totalsRow ? 1 : 0) });
      for (const c of model.columns) c.filterButton ??= false;
    } else for (const c of model.columns) c.filterButton ??= true;
  }
}

/**
 * exceljs keeps data validations per cell after loading and, when writing, merges them back in an order
 * that yields overlapping ranges (docs/office-notes.md §4.2: `F10:F1001` and `F2:F1001`), which Excel may
 * flag for repair. So before every write, per-cell entries are merged here into disjoint rectangles;
 * exceljs writes range entries as they are.
 */
export function compactDataValidations(ws: Worksheet): void {
  const dv = dataValidationsOf(ws);
  const groups = new Map<DataValidation, Map<number, number[]>>();
  for (const [address, validation] of Object.entries(dv.model)) {
    if (!validation) {
      delete dv.model[address];
      continue;
    }
    if (address.includes(":") || /\s/.test(address)) continue;
    const r = parseRange(address);
    if (!r) continue;
    delete dv.model[address];
    const byColumn = groups.get(validation) ?? new Map<number, number[]>();
    groups.set(validation, byColumn);
    byColumn.set(r.left, [...(byColumn.get(r.left) ?? []), r.top]);
  }
  for (const [validation, byColumn] of groups) {
    // Runs of rows per column, then neighbouring columns with the same runs merged into one rectangle.
    const runsOf = (rows: number[]): [number, number][] => {
      const sorted = [...new Set(rows)].sort((a, b) => a - b);
      const runs: [number, number][] = [];
      for (const row of sorted) {
        const last = runs[runs.length - 1];
        if (last && row === last[1] + 1) last[1] = row;
        else runs.push([row, row]);
      }
      return runs;
    };
    const columns = [...byColumn.keys()].sort((a, b) => a - b);
    let open: { left: number; right: number; runs: [number, number][]; key: string } | undefined;
    const flush = (): void => {
      if (!open) return;
      for (const [top, bottom] of open.runs)
        dv.model[rangeAddress({ top, bottom, left: open.left, right: open.right })] = validation;
    };
    for (const col of columns) {
      const runs = runsOf(byColumn.get(col) ?? []);
      const key = JSON.stringify(runs);
      if (open && open.right === col - 1 && open.key === key) open.right = col;
      else {
        flush();
        open = { left: col, right: col, runs, key };
      }
    }
    flush();
  }
}

/** The bytes of a new workbook (`init`) as an .xlsx package: exceljs's output with its repairs, then `finish`. */
export async function workbookBytes(
  wb: Workbook,
  finish?: (written: Buffer) => Promise<Buffer>,
): Promise<Buffer> {
  for (const ws of wb.worksheets) {
    compactDataValidations(ws);
    prepareTables(ws);
  }
  const written = Buffer.from(await wb.xlsx.writeBuffer());
  return finish ? finish(written) : written;
}

/** Saves `wb` atomically; `finish` may add package parts exceljs cannot write (xlsx-embed.ts). */
export async function saveWorkbook(
  ctx: Context,
  wb: Workbook,
  file: string,
  finish?: (written: Buffer) => Promise<Buffer>,
): Promise<void> {
  writeFileAtomic(ctx, file, await workbookBytes(wb, finish));
}
