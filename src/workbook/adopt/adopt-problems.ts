import type { ProcsheetError } from "../../core/result";
import { matchKey } from "../../core/text";
import { shapeError, type Layout, type Located } from "./adopt-plan";
import { cellA1, cellList, intersect, rectA1, type Rect, type SheetGrid } from "../grid/sheet-grid";

/**
 * Header problems. A new Excel table names blank headers "ColumnN", numbers duplicates and turns number,
 * date and formula headers into static text (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-tables),
 * so each of these would change a user's cell and is refused instead. Duplicates (any letter case or
 * spacing) would also make the column mapping ambiguous, in an existing table too.
 */
export function headerProblems(grid: SheetGrid, located: Located): ProcsheetError[] {
  const { region } = located;
  const problems: ProcsheetError[] = [];
  const row = region.top;
  if (!located.table) {
    const blank: string[] = [];
    const notText: string[] = [];
    for (let c = region.left; c <= region.right; c++) {
      if (grid.isEmpty(row, c)) blank.push(cellA1(row, c));
      else if (!grid.isText(row, c)) notText.push(cellA1(row, c));
    }
    if (blank.length > 0) problems.push(shapeError("adopt.blankHeader", { cells: cellList(blank) }));
    if (notText.length > 0) problems.push(shapeError("adopt.headerNotText", { cells: cellList(notText) }));
  }
  const groups = new Map<string, { header: string; cells: string[] }>();
  for (let c = region.left; c <= region.right; c++) {
    const header = String(grid.value(row, c) ?? "");
    if (header.trim() === "") continue;
    const key = matchKey(header);
    const g = groups.get(key) ?? { header: header.trim(), cells: [] };
    g.cells.push(cellA1(row, c));
    groups.set(key, g);
  }
  for (const g of groups.values())
    if (g.cells.length > 1)
      problems.push(shapeError("adopt.duplicateHeader", { cells: cellList(g.cells), header: g.header }));
  return problems;
}

/**
 * How the columns Procsheet adds join the register: a new table, or the person's table resized over the
 * empty cells beside it (Table.resize, ExcelApi 1.13, the manifest's minimum).
 */
export type Growth = "create" | "resize";

export function growthOf(located: Located): Growth {
  return located.table ? "resize" : "create";
}

/** The cells the added columns take: beside the region, over its rows. */
export function addedZone(region: Rect, count: number): Rect | undefined {
  return count > 0 ? { ...region, left: region.right + 1, right: region.right + count } : undefined;
}

/**
 * Problems with where the columns go. New columns take only empty cells: Table.resize takes the cells
 * beside the table without moving any (https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-resize-member(1)).
 * Tables may not overlap (https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)).
 */
export function placementProblems(
  layout: Layout,
  located: Located,
  count: number,
  growth: Growth,
  merged: readonly Rect[] | undefined,
): ProcsheetError[] {
  // A header-only range becomes a table with one empty body row below it (TableCollection.add docs).
  const region =
    growth === "create" && located.region.bottom === located.region.top
      ? { ...located.region, bottom: located.region.top + 1 }
      : located.region;
  const problems: ProcsheetError[] = [];
  const zone = addedZone(region, count);
  for (const t of layout.tables) {
    if (located.table && t.name === located.table.name) continue;
    const hit = intersect(t.rect, region) ?? (zone && intersect(t.rect, zone));
    if (hit) problems.push(shapeError("adopt.tableInTheWay", { table: t.name, cells: rectA1(t.rect) }));
  }
  if (zone) {
    const cells = layout.grid.filledCells(zone);
    if (cells.length > 0) problems.push(shapeError("adopt.cellsInTheWay", { cells: cellList(cells) }));
  }
  const touched = (merged ?? []).filter((m) => intersect(m, region) ?? (zone && intersect(m, zone)));
  if (touched.length > 0) {
    const cells = cellList(touched.map(rectA1));
    problems.push(shapeError("adopt.mergedCells", { cells }));
  }
  return problems;
}
