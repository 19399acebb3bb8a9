import { attribute } from "./xlsx-text";

/**
 * A worksheet part read a row at a time (ECMA-376 Part 1 §18.3.1.99 worksheet): what comes before the
 * rows (ending with the `<sheetData>` start tag), each `<row>` element as written, and what comes after
 * (from `</sheetData>`). Reading and patching a sheet both walk it so, which keeps a large sheet out of
 * memory and leaves every byte that is not a changed row exactly as it was.
 */
export type SheetPiece =
  | { readonly kind: "before"; readonly xml: string; readonly prefix: string }
  | { readonly kind: "row"; readonly xml: string }
  | { readonly kind: "after"; readonly xml: string };

const SHEET_DATA = /<((?:[\w.-]+:)?)sheetData\b[^>]*?(\/?)>/;
const ROW_END = /<\/(?:[\w.-]+:)?row>|<(?:[\w.-]+:)?row\b[^>]*\/>|<\/(?:[\w.-]+:)?sheetData>/g;

export async function* sheetPieces(text: AsyncIterable<string>): AsyncGenerator<SheetPiece> {
  let buf = "";
  let state: "before" | "rows" | "after" = "before";
  let prefix = "";
  for await (const chunk of text) {
    if (state === "after") {
      yield { kind: "after", xml: chunk };
      continue;
    }
    buf += chunk;
    if (state === "before") {
      const m = SHEET_DATA.exec(buf);
      if (!m) continue;
      prefix = m[1] ?? "";
      const end = m.index + m[0].length;
      if (m[2] === "/") {
        // An empty sheet's `<sheetData/>`, opened and closed so that rows can go in between.
        yield { kind: "before", xml: `${buf.slice(0, m.index)}<${prefix}sheetData>`, prefix };
        buf = `</${prefix}sheetData>${buf.slice(end)}`;
      } else {
        yield { kind: "before", xml: buf.slice(0, end), prefix };
        buf = buf.slice(end);
      }
      state = "rows";
    }
    let pos = 0;
    ROW_END.lastIndex = 0;
    for (let m = ROW_END.exec(buf); m; m = ROW_END.exec(buf)) {
      if (m[0].startsWith("</") && m[0].includes("sheetData")) {
        state = "after";
        yield { kind: "after", xml: buf.slice(m.index) };
        pos = buf.length;
        break;
      }
      const end = m.index + m[0].length;
      yield { kind: "row", xml: buf.slice(pos, end) };
      pos = end;
    }
    buf = buf.slice(pos);
  }
  if (state === "before") throw new Error("the worksheet has no sheetData");
  if (state === "rows") throw new Error("the worksheet's sheetData is not closed");
}

/** A `<c>` element of a row: where it is in the row's XML, its start tag's attributes and its content. */
export interface CellXml {
  readonly start: number;
  readonly end: number;
  /** The attributes, e.g. ` r="C5" s="3" t="s"`. */
  readonly attributes: string;
  /** What is between `<c …>` and `</c>`; undefined for `<c …/>`. */
  readonly body: string | undefined;
}

const CELL = /<((?:[\w.-]+:)?)c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1c>)/g;

export function* rowCells(rowXml: string): Generator<CellXml> {
  CELL.lastIndex = 0;
  for (let m = CELL.exec(rowXml); m; m = CELL.exec(rowXml))
    yield { start: m.index, end: m.index + m[0].length, attributes: m[2] ?? "", body: m[3] };
}

/** The row element's start tag. */
export function rowStartTag(rowXml: string): string {
  return /<(?:[\w.-]+:)?row\b[^>]*>/.exec(rowXml)?.[0] ?? "";
}

/** `C5` → [5, 3] (1-based); undefined for anything else. */
export function splitCellRef(ref: string | undefined): [row: number, column: number] | undefined {
  if (ref === undefined) return undefined;
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + (code - 64);
    else if (code >= 97 && code <= 122) column = column * 26 + (code - 96);
    else break;
  }
  const row = Number(ref.slice(i));
  return column > 0 && i < ref.length && Number.isInteger(row) && row > 0 ? [row, column] : undefined;
}

/**
 * Walks a sheet's cells in order, with each row's number and each cell's column: from their `r`
 * attributes, or, where a writer left those out (they are optional), counted on from the one before.
 */
export class CellCursor {
  private row = 0;
  private column = 0;

  /** The row a `<row>` start tag stands for. */
  enterRow(startTag: string): number {
    const r = Number(attribute(startTag, "r"));
    this.row = Number.isInteger(r) && r > 0 ? r : this.row + 1;
    this.column = 0;
    return this.row;
  }

  /** The column a cell's attributes stand for. */
  cellColumn(attributes: string): number {
    const at = splitCellRef(attribute(attributes, "r"));
    this.column = at ? at[1] : this.column + 1;
    return this.column;
  }
}
