import { extname } from "node:path";
import type { CompiledProcess } from "../../core/process";
import type { CellInput } from "../../core/register/cell-value";
import type { ColumnMap } from "../../core/register/columns";
import type { ProcsheetError } from "../../core/result";
import type { AddedColumn } from "../../workbook/register/added-columns";
import type { CellChange } from "../../workbook/register/cell-changes";
import type { Context } from "../context";
import { badInput } from "../failure";
import {
  csvBytes,
  csvCellText,
  guardCsv,
  isBlankRecord,
  NEW_CSV,
  parseCsv,
  unguardCsv,
  type CsvDocument,
} from "./csv";
import { readText } from "./process-file";
import { loadBook } from "./xlsx-book";
import { bookParts } from "./xlsx-book-write";
import { boundProcess, readProcsheetParts, type BoundProcess } from "./xlsx-parts";
import { checkedMap, findXlsxRegister, type XlsxRegister } from "./xlsx-register";
import { cellTextOf } from "./xlsx-sheet-cells";

/**
 * A register as the sync reads it, whatever the file: the header, the data rows (blank rows included, so
 * row numbers match the file) as Excel's `values` would give them, and how the header maps to the process.
 */
export interface RegisterData {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellInput[])[];
  readonly map: ColumnMap;
  /** Cells the sync never writes (formulas), as `row:column`. */
  readonly readOnly: ReadonlySet<string>;
  /** Rows with a cell that cannot be read. */
  readonly unreadable: ReadonlyMap<number, ProcsheetError>;
}

export type RegisterSource =
  | {
      readonly kind: "csv";
      readonly file: string;
      readonly data: RegisterData;
      readonly doc: CsvDocument;
      readonly headerAt: number;
    }
  | {
      readonly kind: "xlsx";
      readonly file: string;
      readonly data: RegisterData;
      readonly reg: XlsxRegister;
      /** The process as the workbook binds it (made by `init` or by the add-in), with its stored state. */
      readonly bound: BoundProcess | undefined;
    };

export function isBlankRow(cells: readonly CellInput[]): boolean {
  return cells.every((c) => c === null || c === undefined || (typeof c === "string" && c.trim() === ""));
}

/** Reads a register from .csv or .xlsx; a file that holds no register of this process is bad input. */
export async function openRegister(
  ctx: Context,
  file: string,
  process: CompiledProcess,
): Promise<RegisterSource> {
  if (fileKind(ctx, file) === "xlsx") {
    const book = await loadBook(ctx, file);
    const bound = boundProcess(readProcsheetParts(bookParts(book)), process.definition.id);
    const reg = findXlsxRegister(ctx, file, book, process, bound);
    const data: RegisterData = {
      headers: reg.headers,
      rows: reg.rows,
      map: reg.map,
      readOnly: reg.formulas,
      unreadable: reg.unreadable,
    };
    return { kind: "xlsx", file, data, reg, bound };
  }
  const doc = parseCsv(ctx, file, readText(ctx, file));
  const headerAt = doc.records.findIndex((r) => !isBlankRecord(r));
  if (headerAt < 0) throw badInput(ctx.m.registerEmpty(file));
  // Cells beyond the header's end belong to unnamed columns; columns the sync adds go after them.
  const width = doc.records.reduce((w, r, i) => (i > headerAt ? Math.max(w, r.length) : w), 0);
  const named = (doc.records[headerAt] ?? []).map((h) => unguardCsv(h).trim());
  const headers = [...named, ...new Array<string>(Math.max(0, width - named.length)).fill("")];
  const rows = doc.records.slice(headerAt + 1).map((r) =>
    headers.map((_h, i): CellInput => {
      const c = r[i] ?? "";
      return c.trim() === "" ? null : unguardCsv(c);
    }),
  );
  return {
    kind: "csv",
    file,
    doc,
    headerAt,
    data: {
      headers,
      rows,
      map: checkedMap(ctx, file, process, headers),
      readOnly: new Set(),
      unreadable: new Map(),
    },
  };
}

export function changesByRow(changes: readonly CellChange[]): Map<number, CellChange[]> {
  const out = new Map<number, CellChange[]>();
  for (const c of changes) {
    const row = out.get(c.row);
    if (row) row.push(c);
    else out.set(c.row, [c]);
  }
  return out;
}

function inputText(c: CellInput | undefined): string {
  if (c === null || c === undefined) return "";
  if (typeof c === "boolean") return c ? "TRUE" : "FALSE";
  return typeof c === "number" ? String(c) : guardCsv(c);
}

/**
 * The register as a CSV file with the changes applied. A CSV source keeps its own records (quoting aside,
 * unchanged cells come out as they went in, formula-looking text guarded) and its format (encoding, BOM,
 * line end, delimiter); an .xlsx source becomes a CSV for people (UTF-8 with a BOM, dates as ISO dates).
 * `noBom`: no BOM.
 */
export function registerCsv(
  ctx: Context,
  file: string,
  source: RegisterSource,
  changes: readonly CellChange[],
  added: readonly AddedColumn[],
  noBom: boolean,
): Buffer {
  const { data } = source;
  const byRow = changesByRow(changes);
  const addedHeaders = added.map((a) => guardCsv(a.header));
  const width = data.headers.length + added.length;
  const patched = (cells: string[], row: number): string[] => {
    const mine = byRow.get(row);
    if (!mine) return cells;
    const out = [...cells];
    while (out.length < width) out.push("");
    for (const c of mine) out[c.column] = csvCellText(c.output);
    return out;
  };
  if (source.kind === "xlsx") {
    const { reg } = source;
    const records = [[...data.headers.map(guardCsv), ...addedHeaders]];
    data.rows.forEach((r, i) => {
      const text = r.map((_c, j) =>
        inputText(cellTextOf(reg.sheet.cells.get(reg.headerRow + 1 + i, reg.left + j))),
      );
      records.push(patched(text, i));
    });
    return csvBytes(ctx, file, records, { ...NEW_CSV, bom: !noBom });
  }
  const records = source.doc.records.map((r, i) => {
    const cells = r.map(guardCsv);
    if (i < source.headerAt) return cells;
    if (i === source.headerAt)
      return addedHeaders.length === 0
        ? cells
        : [...cells, ...new Array<string>(data.headers.length - cells.length).fill(""), ...addedHeaders];
    return patched(cells, i - source.headerAt - 1);
  });
  return csvBytes(ctx, file, records, { ...source.doc, bom: source.doc.bom && !noBom });
}

/** `.csv` or `.xlsx`, by extension; anything else is bad input. */
export function fileKind(ctx: Context, file: string): "csv" | "xlsx" {
  const ext = extname(file).toLowerCase();
  if (ext === ".csv") return "csv";
  if (ext === ".xlsx") return "xlsx";
  throw badInput(ctx.m.unsupportedFile(file));
}
