import type { CellInput } from "../../core/register/cell-value";
import { SYSTEM_KEYS } from "../../core/register/system-columns";
import { ExpectedFailure } from "../excel-run";
import { DEFAULT_BLOCK_CELLS } from "./read-register";
import type { Layout, TableInfo, Target } from "../../workbook/adopt/adopt-plan";
import { shapeError } from "../../workbook/adopt/adopt-plan";
import { SheetGrid, type Rect } from "../../workbook/grid/sheet-grid";

/** Where inspection starts: the pane's two choices, or the preview's own address when adopting. */
export type LookAt =
  | { readonly kind: "selection" }
  | { readonly kind: "used" }
  | { readonly kind: "address"; readonly sheetName: string; readonly rect: Rect };

export interface ReadLayout {
  readonly layout: Layout;
  readonly target: Target;
  /** Every table and sheet name in the workbook (new names must not clash). */
  readonly tableNames: readonly string[];
  readonly sheetNames: readonly string[];
}

interface Bounds {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

const rectOf = (r: Bounds): Rect => ({
  top: r.rowIndex,
  left: r.columnIndex,
  bottom: r.rowIndex + r.rowCount - 1,
  right: r.columnIndex + r.columnCount - 1,
});

const BOUNDS = "rowIndex,columnIndex,rowCount,columnCount";
const SIZE_CODES = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

function isSizeError(e: unknown): boolean {
  return typeof e === "object" && e !== null && SIZE_CODES.has(String((e as { code?: unknown }).code));
}

/**
 * Values and formulas of `rect` in row blocks, one sync each (the first shares the sync already queued).
 * Excel on the web caps a response at 5 MB and may answer an oversized read with null
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-large); such a block is halved.
 */
async function readCells(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  rect: Rect,
): Promise<{ values: CellInput[][]; formulas: unknown[][] }> {
  const width = rect.right - rect.left + 1;
  let blockRows = Math.max(1, Math.floor(DEFAULT_BLOCK_CELLS / (2 * width)));
  const values: CellInput[][] = [];
  const formulas: unknown[][] = [];
  for (let top = rect.top; top <= rect.bottom;) {
    const take = Math.min(blockRows, rect.bottom - top + 1);
    // getRangeByIndexes is ExcelApi 1.7, the manifest's minimum.
    const block = sheet.getRangeByIndexes(top, rect.left, take, width).load("values,formulas");
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- the sheet is read in blocks under the 5 MB response limit; a block Excel refuses is halved and read again
      await context.sync();
    } catch (e) {
      if (isSizeError(e) && take > 1) {
        blockRows = Math.max(1, Math.floor(take / 2));
        continue;
      }
      throw e;
    }
    const v = block.values as CellInput[][] | null;
    const f = block.formulas as unknown[][] | null;
    if (!v || !f) {
      if (take === 1) throw new Error("Excel returned no values for a one-row read");
      blockRows = Math.max(1, Math.floor(take / 2));
      continue;
    }
    values.push(...v);
    formulas.push(...f);
    top += take;
  }
  return { values, formulas };
}

/**
 * Reads what inspection needs in two syncs plus one per extra block: the sheet, the selection, the used
 * range (values only: formatting alone does not make a cell used,
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrangeornullobject-member(1)),
 * the sheet's tables and their ranges, and every cell of the used range.
 */
export async function readLayout(context: Excel.RequestContext, at: LookAt): Promise<ReadLayout> {
  const book = context.workbook;
  const selection = at.kind === "selection" ? book.getSelectedRange().load(BOUNDS) : undefined;
  const sheet =
    at.kind === "selection"
      ? (selection as Excel.Range).worksheet
      : at.kind === "used"
        ? book.worksheets.getActiveWorksheet()
        : book.worksheets.getItemOrNullObject(at.sheetName);
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true).load(BOUNDS);
  const tables = sheet.tables.load("items/name");
  const allTables = book.tables.load("items/name");
  const allSheets = book.worksheets.load("items/name");
  await context.sync();
  if (sheet.isNullObject)
    throw new ExpectedFailure(
      shapeError("adopt.changed", {
        detail: "sheet",
      }),
    );

  const ranges = tables.items.map((t) => ({ name: t.name, range: t.getRange().load(BOUNDS) }));
  const usedRect = used.isNullObject ? undefined : rectOf(used);
  const cells = usedRect ? await readCells(context, sheet, usedRect) : { values: [], formulas: [] };
  if (!usedRect) await context.sync();
  const tableInfos: TableInfo[] = ranges.map((t) => ({ name: t.name, rect: rectOf(t.range) }));
  const grid = new SheetGrid(usedRect, cells.values, cells.formulas);
  const target: Target =
    at.kind === "used"
      ? { kind: "used" }
      : at.kind === "address"
        ? { kind: "address", rect: at.rect }
        : { kind: "selection", rect: rectOf(selection as Excel.Range) };
  return {
    layout: { sheetName: sheet.name, grid, tables: tableInfos },
    target,
    tableNames: allTables.items.map((t) => t.name),
    sheetNames: allSheets.items.map((s) => s.name),
  };
}

/**
 * Merged areas that reach into `rect` (Range.getMergedAreasOrNullObject, ExcelApi 1.13, the manifest's
 * minimum), or undefined where Excel cannot say. The method returns only
 * areas whose top-left cell lies in the range it is called on (office-js#3611), so it is asked about
 * the block from A1 to the far corner of `rect`, which holds the top-left cell of every area reaching in.
 * It fails beyond 512 areas (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1));
 * that, too, is "cannot say", and Excel's own MergedRangeConflict is then the backstop.
 */
export async function readMergedAreas(
  context: Excel.RequestContext,
  sheetName: string,
  rect: Rect,
): Promise<Rect[] | undefined> {
  const reach = context.workbook.worksheets
    .getItem(sheetName)
    .getRangeByIndexes(0, 0, rect.bottom + 1, rect.right + 1);
  // An office.js older than the host's requirement set may lack the member: it cannot say either.
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a method's presence is tested (an older office.js lacks it), no property is read
  if (typeof reach.getMergedAreasOrNullObject !== "function") return undefined;
  try {
    const merged = reach.getMergedAreasOrNullObject().load("areaCount");
    await context.sync();
    if (merged.isNullObject) return [];
    const areas = merged.areas.load(`items/${BOUNDS.split(",").join(",items/")}`);
    await context.sync();
    return areas.items.map(rectOf);
  } catch (e) {
    if (typeof (e as { code?: unknown }).code !== "string") throw e;
    return undefined;
  }
}

/** How far right the added columns can reach: every system column may be missing. */
export const MAX_ADDED = SYSTEM_KEYS.length;
