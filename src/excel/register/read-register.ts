import type { CellInput } from "../../core/register/cell-value";

/** What a sync learns from the register table. */
export interface RegisterContents {
  readonly sheetName: string;
  readonly headers: readonly string[];
  /** Table body, row by row; dates come as serial numbers. */
  readonly rows: readonly (readonly CellInput[])[];
  /** The first body row's number formats, per column (adopted sheets may lack date formats). */
  readonly formats: readonly string[];
  readonly cellsRead: number;
}

export interface ReadOptions {
  /** Cells per request. Excel on the web caps a request and its response at 5 MB; the docs advise blocks
   * of 5k–20k rows (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-large). */
  readonly blockCells: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number) => void;
}

export const DEFAULT_BLOCK_CELLS = 100_000;

const SIZE_CODES = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

function isSizeError(e: unknown): boolean {
  return typeof e === "object" && e !== null && SIZE_CODES.has(String((e as { code?: unknown }).code));
}

export class CancelledError extends Error {
  constructor() {
    super("cancelled");
  }
}

/** The first sync's share of a register read: header, size, formats and the first block. */
export interface OpenedTable {
  readonly table: Excel.Table;
  readonly get: () => {
    sheetName: string;
    headers: string[];
    rowCount: number;
    first: CellInput[][];
    formats: string[];
    blockRows: number;
  };
}

export function queueOpenTable(
  context: Excel.RequestContext,
  tableName: string,
  columnsHint: number,
  options: ReadOptions,
): OpenedTable {
  const table = context.workbook.tables.getItem(tableName);
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("rowCount");
  const sheet = table.worksheet.load("name");
  const blockRows = Math.max(1, Math.floor(options.blockCells / Math.max(1, columnsHint)));
  const firstRow = table.getDataBodyRange().getRow(0);
  const formats = firstRow.load("numberFormat");
  // Clipped to the body (Range.getIntersection, ExcelApi 1.1): a small register reads its own rows, not a
  // whole block of empty ones below it.
  const first = table
    .getDataBodyRange()
    .getIntersection(firstRow.getResizedRange(blockRows - 1, 0))
    .load("values");
  return {
    table,
    get: () => ({
      sheetName: sheet.name,
      headers: (header.values[0] ?? []).map((h) => String(h ?? "")),
      rowCount: body.rowCount,
      // Null when the host found the block too large to answer: the remaining blocks are read smaller.
      first: (first.values as CellInput[][] | null) ?? [],
      formats: (formats.numberFormat[0] ?? []).map((f) => String(f ?? "General")),
      blockRows,
    }),
  };
}

/**
 * Reads the rest of the body in blocks, one sync each; a block the host refuses as too large (or
 * answers with null, as the docs warn for oversized reads) is halved and tried again.
 */
export async function readRemainingBlocks(
  context: Excel.RequestContext,
  table: Excel.Table,
  opened: ReturnType<OpenedTable["get"]>,
  options: ReadOptions,
): Promise<RegisterContents> {
  const width = opened.headers.length;
  const rows: CellInput[][] = opened.first.slice(0, opened.rowCount);
  let blockRows = opened.first.length > 0 ? opened.blockRows : Math.max(1, Math.floor(opened.blockRows / 2));
  let cellsRead = opened.first.length * width;
  const body = table.getDataBodyRange();
  while (rows.length < opened.rowCount) {
    if (options.signal?.aborted) throw new CancelledError();
    options.onProgress?.(rows.length, opened.rowCount);
    const take = Math.min(blockRows, opened.rowCount - rows.length);
    const block = body
      .getCell(rows.length, 0)
      .getResizedRange(take - 1, width - 1)
      .load("values");
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- the register is read in blocks under the 5 MB response limit; a block Excel refuses is halved
      await context.sync();
    } catch (e) {
      if (isSizeError(e) && take > 1) {
        blockRows = Math.max(1, Math.floor(take / 2));
        continue;
      }
      throw e;
    }
    const values = block.values as CellInput[][] | null;
    if (!values) {
      if (take === 1) throw new Error("Excel returned no values for a one-row read");
      blockRows = Math.max(1, Math.floor(take / 2));
      continue;
    }
    for (const r of values) rows.push(r);
    cellsRead += take * width;
  }
  options.onProgress?.(rows.length, opened.rowCount);
  return { sheetName: opened.sheetName, headers: opened.headers, rows, formats: opened.formats, cellsRead };
}
