import { cellXml, type SharedStrings } from "./xlsx-cell-xml";
import { rangeAddress, type CellRange } from "./xlsx-address";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** How a new worksheet looks: its extent, a frozen header row, column widths and styles, its table. */
export interface SheetLayout {
  readonly dimension: CellRange;
  readonly frozenHeader: boolean;
  /** Per column from A: width in characters, and the style the column's empty cells show. */
  readonly columns: readonly { readonly width: number; readonly style?: number }[];
  /** The relationship id of the sheet's table part, if it has one. */
  readonly tableRelId?: string;
}

/** A row's cells (cellXml elements, in column order) as a `<row>` element; nothing for a row without cells. */
export function rowXml(row: number, cells: string): string {
  return cells === "" ? "" : `<row r="${row}">${cells}</row>`;
}

/** A row of texts from column A, with the default style: a header. */
export function textRowXml(row: number, texts: readonly string[], strings?: SharedStrings): string {
  let cells = "";
  texts.forEach((t, i) => (cells += cellXml(row, i + 1, 0, t, "", strings)));
  return rowXml(row, cells);
}

/**
 * A worksheet part (ECMA-376 Part 1 §18.3.1.99) around rows given as `<row>` elements, in pieces: the
 * rows are never joined into one string, so a sheet of any size streams into its zip entry.
 */
export function* worksheetXml(layout: SheetLayout, rows: Iterable<string>): Generator<string> {
  const pane = layout.frozenHeader
    ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
    : "";
  const cols = layout.columns
    .map(
      (c, i) =>
        `<col min="${i + 1}" max="${i + 1}" width="${c.width}"${c.style ? ` style="${c.style}"` : ""} customWidth="1"/>`,
    )
    .join("");
  yield (
    `${XML_DECL}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><dimension ref="${rangeAddress(layout.dimension)}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    (cols === "" ? "" : `<cols>${cols}</cols>`) +
    "<sheetData>"
  );
  yield* rows;
  yield (
    '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    (layout.tableRelId ? `<tableParts count="1"><tablePart r:id="${layout.tableRelId}"/></tableParts>` : "") +
    "</worksheet>"
  );
}

/** The rels part of a worksheet that holds one table. */
export function sheetRelsXml(tableRelId: string, tableTarget: string): string {
  return (
    `${XML_DECL}<Relationships xmlns="${PACKAGE_REL_NS}">` +
    `<Relationship Id="${tableRelId}" Type="${REL_NS}/table" Target="${tableTarget}"/></Relationships>`
  );
}
