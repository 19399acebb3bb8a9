import { cellXml } from "./xlsx-cell-xml";
import type { CellEdit, SheetPatch } from "./xlsx-book-edits";
import { CellCursor, rowCells, rowStartTag, sheetPieces, type CellXml } from "./xlsx-sheet-scan";
import { isDateFormat, type XlsxStyles } from "./xlsx-styles";
import { attribute, withAttribute, withoutAttribute } from "./xlsx-text";
import { parseRange, rangeAddress } from "./xlsx-address";

interface ColumnDef {
  readonly xml: string;
  readonly min: number;
  readonly max: number;
  readonly style: number | undefined;
}

const COLS = /<((?:[\w.-]+:)?)cols\b[^>]*>([\s\S]*?)<\/\1cols>|<(?:[\w.-]+:)?cols\s*\/>/;

function columnDefs(before: string): ColumnDef[] {
  const body = COLS.exec(before)?.[2] ?? "";
  return [...body.matchAll(/<(?:[\w.-]+:)?col\b[^>]*>/g)].map((m) => {
    const style = attribute(m[0], "style");
    return {
      xml: m[0],
      min: Number(attribute(m[0], "min") ?? 0),
      max: Number(attribute(m[0], "max") ?? 0),
      style: style === undefined ? undefined : Number(style),
    };
  });
}

/** What comes before the rows, with the dimension grown to the patch and widths for new columns. */
function patchedBefore(
  before: string,
  prefix: string,
  patch: SheetPatch,
  defs: readonly ColumnDef[],
): string {
  let xml = before;
  const grown = patch.extent;
  const dimension = /<(?:[\w.-]+:)?dimension\b[^>]*>/.exec(xml)?.[0];
  const old = dimension === undefined ? undefined : parseRange(attribute(dimension, "ref") ?? "");
  if (dimension && old && grown) {
    const ref = rangeAddress({
      top: Math.min(old.top, grown.top),
      left: Math.min(old.left, grown.left),
      bottom: Math.max(old.bottom, grown.bottom),
      right: Math.max(old.right, grown.right),
    });
    xml = xml.replace(dimension, withAttribute(dimension, "ref", ref));
  }
  const added = [...(patch.widths ?? [])]
    .filter(([column]) => !defs.some((d) => d.min <= column && column <= d.max))
    .map(([column, width]) => ({
      xml: `<${prefix}col min="${column}" max="${column}" width="${width}" customWidth="1"/>`,
      min: column,
    }));
  if (added.length === 0) return xml;
  const all = [...defs, ...added].sort((a, b) => a.min - b.min).map((d) => d.xml);
  const cols = `<${prefix}cols>${all.join("")}</${prefix}cols>`;
  if (COLS.test(xml)) return xml.replace(COLS, () => cols);
  // cols comes right before sheetData (ECMA-376 Part 1 §18.3.1.99).
  const at = xml.search(/<(?:[\w.-]+:)?sheetData\b/);
  return xml.slice(0, at) + cols + xml.slice(at);
}

/**
 * A worksheet part with cells written, a row at a time: rows and cells the patch names are replaced or
 * inserted in order (cells keep their style, a format added only where theirs does not fit), every other
 * byte of the part is copied as it was.
 */
export async function* patchSheet(
  text: AsyncIterable<string>,
  patch: SheetPatch,
  styles: XlsxStyles,
): AsyncGenerator<string> {
  const pending = patch.rows;
  let next = 0;
  let prefix = "";
  let defs: ColumnDef[] = [];
  const cursor = new CellCursor();
  const columnStyle = (column: number): number =>
    defs.find((d) => d.min <= column && column <= d.max)?.style ?? 0;
  const newRow = (row: number): string => {
    const cells = [...(patch.cells(row) ?? [])].sort((a, b) => a[0] - b[0]);
    const xml = cells
      .map(([column, edit]) =>
        cellXml(row, column, styleFor(styles, edit, columnStyle(column)), edit.value, prefix),
      )
      .join("");
    return xml === "" ? "" : `<${prefix}row r="${row}">${xml}</${prefix}row>`;
  };
  for await (const piece of sheetPieces(text)) {
    if (piece.kind === "before") {
      prefix = piece.prefix;
      defs = columnDefs(piece.xml);
      yield patchedBefore(piece.xml, prefix, patch, defs);
    } else if (piece.kind === "row") {
      const start = rowStartTag(piece.xml);
      const row = cursor.enterRow(start);
      while (next < pending.length && (pending[next] as number) < row)
        yield newRow(pending[next++] as number);
      const edits = patch.cells(row);
      if (edits && pending[next] === row) {
        next++;
        yield patchRow(piece.xml, start, row, edits, styles, columnStyle, prefix);
      } else yield piece.xml;
    } else {
      while (next < pending.length) yield newRow(pending[next++] as number);
      yield piece.xml;
    }
  }
}

/** The style a written cell gets: its own (or the one it takes), with the format the value needs if that does not fit. */
function styleFor(styles: XlsxStyles, edit: CellEdit, base: number): number {
  const need = edit.format;
  if (!need || edit.value === null) return base;
  const current = styles.formatOf(base);
  const fits =
    need.when === "date"
      ? isDateFormat(current)
      : need.when === "number"
        ? current !== "General"
        : current === need.code;
  return fits ? base : styles.withFormat(base, need.code);
}

function patchRow(
  xml: string,
  start: string,
  row: number,
  edits: ReadonlyMap<number, CellEdit>,
  styles: XlsxStyles,
  columnStyle: (column: number) => number,
  prefix: string,
): string {
  const startAt = xml.indexOf(start);
  const rowStyle = attribute(start, "customFormat") === "1" ? Number(attribute(start, "s") ?? 0) : undefined;
  const cursor = new CellCursor();
  cursor.enterRow(start);
  const existing: { column: number; cell: CellXml; style: number }[] = [];
  for (const cell of rowCells(xml)) {
    const column = cursor.cellColumn(cell.attributes);
    existing.push({ column, cell, style: Number(attribute(cell.attributes, "s") ?? 0) || 0 });
  }
  const styleOf = (column: number): number | undefined => existing.find((e) => e.column === column)?.style;
  const write = (column: number, edit: CellEdit, own: number | undefined): string => {
    // A header added at the right takes its neighbour's style, whatever the cell had.
    const base =
      (edit.styleFrom !== undefined ? styleOf(edit.styleFrom) : undefined) ??
      own ??
      rowStyle ??
      columnStyle(column);
    return cellXml(row, column, styleFor(styles, edit, base ?? 0), edit.value, prefix);
  };
  const inserts = [...edits.keys()]
    .filter((c) => !existing.some((e) => e.column === c))
    .sort((a, b) => a - b);
  // spans is only a hint for readers, and would be wrong once cells are added: it goes.
  const selfClosing = start.endsWith("/>");
  const open = withoutAttribute(selfClosing ? `${start.slice(0, -2)}>` : start, "spans");
  let out = xml.slice(0, startAt) + open;
  let pos = startAt + start.length;
  let i = 0;
  for (const e of existing) {
    out += xml.slice(pos, e.cell.start);
    while (i < inserts.length && (inserts[i] as number) < e.column) {
      const column = inserts[i++] as number;
      out += write(column, edits.get(column) as CellEdit, undefined);
    }
    const edit = edits.get(e.column);
    out += edit ? write(e.column, edit, e.style) : xml.slice(e.cell.start, e.cell.end);
    pos = e.cell.end;
  }
  while (i < inserts.length) {
    const column = inserts[i++] as number;
    out += write(column, edits.get(column) as CellEdit, undefined);
  }
  return selfClosing ? `${out}</${prefix}row>${xml.slice(pos)}` : out + xml.slice(pos);
}
