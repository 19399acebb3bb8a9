import type { Cell, CellValue, DataValidation, Workbook, Worksheet } from "exceljs";
import type { CellInput, CellOutput } from "../../core/register/cell-value";
import { columnLetter } from "../../core/register/columns";
import { formatDate, formatDateTime, MS_PER_DAY, toExcelSerial } from "../../core/time/local-time";
import type { Context } from "../context";
import { badInput } from "../failure";
import { writeFileAtomic } from "./atomic-write";
import { toExcelCell } from "../../workbook/excel-cell";
import { carryParts } from "./xlsx-carry";
import { withRelativePartNames } from "./xlsx-package";
import { readBinaryFile } from "./process-file";

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

/** `worksheet.dataValidations` exists at run time; index.d.ts lacks it (spike.md §4). */
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

// ---- addresses ----

export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 1-based row and column → `C5`. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col - 1)}${row}`;
}

export function rangeAddress(r: CellRange): string {
  const tl = cellAddress(r.top, r.left);
  const br = cellAddress(r.bottom, r.right);
  return tl === br ? tl : `${tl}:${br}`;
}

/** `A1:D3`, `$A$1:$D$3` or `C5`; undefined for anything else. */
export function parseRange(address: string): CellRange | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(address.trim());
  if (!m) return undefined;
  const left = columnNumber(m[1] as string);
  const top = Number(m[2]);
  const right = m[3] ? columnNumber(m[3]) : left;
  const bottom = m[4] ? Number(m[4]) : top;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

// ---- cell values ----

/** A date cell as the rules' ISO text: whole days as `YYYY-MM-DD`, else `YYYY-MM-DDTHH:mm:ss`. */
export function isoFromDate(d: Date): string {
  const t = Math.round(d.getTime() / 1000) * 1000; // exceljs dates carry float noise below a second
  return t % MS_PER_DAY === 0 ? formatDate(t) : formatDateTime(t);
}

/** A date cell as Excel's `values` give it: the date serial (exceljs dates are local wall time in UTC). */
export function serialFromDate(d: Date): number {
  return toExcelSerial(Math.round(d.getTime() / 1000) * 1000);
}

/**
 * An exceljs cell value as Excel's `values` read it, so the add-in and the command line see the same
 * cells (src/workbook): dates as serials, formulas by their result, rich text as its text.
 */
export function cellInput(v: CellValue): CellInput {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : serialFromDate(v);
  if ("richText" in v) return v.richText.map((r) => r.text).join("");
  if ("error" in v) return v.error;
  if ("formula" in v || "sharedFormula" in v) return v.result === undefined ? null : cellInput(v.result);
  if ("hyperlink" in v) return typeof v.text === "string" ? v.text : cellInput(v.text as CellValue);
  return null;
}

/** A cell as text for a file people read (a CSV): dates as ISO dates, not serials. */
export function cellText(v: CellValue): CellInput {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : isoFromDate(v);
  if (v !== null && typeof v === "object" && "result" in v && v.result instanceof Date)
    return cellText(v.result);
  return cellInput(v);
}

/** A formula cell: the sync never overwrites it. */
export function isFormula(v: CellValue): boolean {
  return v !== null && typeof v === "object" && ("formula" in v || "sharedFormula" in v);
}

/** A formula whose result the file does not hold (never calculated by a spreadsheet): unreadable. */
export function isUncalculated(v: CellValue): boolean {
  return isFormula(v) && (v as { result?: unknown }).result === undefined;
}

export function isEmptyValue(v: CellValue): boolean {
  const c = cellInput(v);
  return c === null || (typeof c === "string" && c.trim() === "");
}

// A format shows a date when it has y, d or h outside quoted text and [colour]/[locale] brackets.
function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ydh]/i.test(fmt.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, ""));
}

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

/**
 * Writes one cell, keeping its style; a date or formatted number gets a number format only when the
 * cell has none that fits. Styles are shared between cells after loading, so the style is replaced, not mutated.
 */
export function writeCell(cell: Cell, out: CellOutput): void {
  cell.value = excelValue(out);
  // The same format the add-in writes (src/workbook/excel-cell.ts), where the cell has none that fits.
  const fmt = out.kind === "empty" ? undefined : toExcelCell(out).numberFormat;
  if (!fmt) return;
  const current = cell.numFmt;
  const fits = out.kind === "date" ? isDateFormat(current) : current !== undefined && current !== "General";
  if (!fits) cell.style = { ...cell.style, numFmt: fmt };
}

// ---- workbook files ----

export async function newWorkbook(): Promise<Workbook> {
  // Loaded on demand: exceljs costs a quarter second to load, which CSV-only runs need not pay.
  const { Workbook } = await import("exceljs");
  const wb = new Workbook();
  wb.creator = "Procsheet";
  return wb;
}

/** The bytes each loaded workbook came from, so that saving can put back what exceljs drops. */
const ORIGINALS = new WeakMap<Workbook, Buffer>();

/** The bytes a loaded workbook was read from (empty for a new one): Procsheet's parts are read from them. */
export function originalBytes(wb: Workbook): Buffer {
  return ORIGINALS.get(wb) ?? Buffer.alloc(0);
}

export async function loadWorkbook(ctx: Context, file: string): Promise<Workbook> {
  const data = readBinaryFile(ctx, file);
  const wb = await newWorkbook();
  ORIGINALS.set(wb, data);
  try {
    const readable = await withRelativePartNames(data);
    await wb.xlsx.load(readable as unknown as Parameters<Workbook["xlsx"]["load"]>[0]);
  } catch (e) {
    throw badInput(ctx.m.xlsxUnreadable(file, e instanceof Error ? e.message : String(e)));
  }
  // exceljs reads a missing headerRowCount as "no header row", but the attribute defaults to 1 and Excel
  // leaves it out; written back, the table would lose its header. Tables without a header row are
  // rare enough that every table is taken to have one.
  for (const ws of wb.worksheets) for (const t of tablesOf(ws)) t.model.headerRow = true;
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
 * that yields overlapping ranges (spike.md §4 gotcha 5: `F10:F1001` and `F2:F1001`), which Excel may
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

/**
 * The bytes of `wb` as an .xlsx package: exceljs's output with its repairs, the parts it dropped carried
 * back from the original (xlsx-carry.ts), then `finish` (e.g. Procsheet's own parts, xlsx-parts.ts).
 */
export async function workbookBytes(
  wb: Workbook,
  finish?: (written: Buffer) => Promise<Buffer>,
): Promise<Buffer> {
  for (const ws of wb.worksheets) {
    compactDataValidations(ws);
    prepareTables(ws);
  }
  const written = Buffer.from(await wb.xlsx.writeBuffer());
  const original = ORIGINALS.get(wb);
  const carried = original ? await carryParts(original, written) : written;
  return finish ? finish(carried) : carried;
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
