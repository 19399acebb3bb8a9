import { posix } from "node:path";
import type { Lang } from "../../words/lang";
import { looksLikeFormula } from "../../core/register/formula-guard";
import { NUMBER_FORMATS, type ExcelCell } from "../../workbook/excel-cell";
import { historyHeaders, HISTORY_KEYS } from "../../workbook/history/history-columns";
import { uniqueName } from "../../workbook/grid/unique-name";
import { displayWidth } from "./table-output";
import { REL_TYPE, relsPartOf, type BookSheet, type XlsxBook } from "./xlsx-book";
import { bookParts } from "./xlsx-book-write";
import { cellXml, type FileValue } from "./xlsx-cell-xml";
import type { NewBookParts, NewBookSheet } from "./xlsx-new-book";
import { SheetCells } from "./xlsx-sheet-cells";
import { rowXml, sheetRelsXml, textRowXml, worksheetXml } from "./xlsx-sheet-xml";
import type { XlsxStyles } from "./xlsx-styles";
import { newTableXml } from "./xlsx-table-xml";
import { escapeMarkup } from "./xlsx-text";
import type { CellRange } from "./xlsx-address";

/** A History cell as a file holds it: text without Excel's protective apostrophe (file cells are typed). */
export function fileText(cell: ExcelCell): string | number | boolean {
  const v = cell.value;
  return typeof v === "string" && v.startsWith("'") && looksLikeFormula(v.slice(1)) ? v.slice(1) : v;
}

/** A History cell's value in a file: an empty text is no value. */
export function historyFileValue(cell: ExcelCell): FileValue {
  return cell.value === "" ? null : fileText(cell);
}

/**
 * The History sheet as the add-in makes it: headed in the workbook's language, with the version column,
 * times to the second (src/workbook/history/history-columns.ts), a frozen header, widths to fit.
 */
function historyLayout(
  lang: Lang,
  styles: XlsxStyles,
): { headers: string[]; columns: { width: number; style?: number }[] } {
  const headers = historyHeaders(lang);
  const columns = HISTORY_KEYS.map((k, i) =>
    k === "at"
      ? { width: 20, style: styles.withFormat(0, NUMBER_FORMATS.timestamp) }
      : { width: Math.max(10, displayWidth(headers[i] ?? k) + 4) },
  );
  return { headers, columns };
}

const RANGE_OF = (rows: number, columns: number): CellRange => ({
  top: 1,
  left: 1,
  bottom: 1 + rows,
  right: columns,
});

/**
 * A History sheet for a new workbook, with `events` rows below the header (cells as historyRowFor gives
 * them); an empty table keeps one blank body row, as Excel needs.
 */
export function newHistorySheet(
  name: string,
  tableName: string,
  lang: Lang,
  book: NewBookParts,
  events: { readonly count: number; readonly rows: Iterable<readonly ExcelCell[]> },
): NewBookSheet {
  const { styles, strings } = book;
  const { headers, columns } = historyLayout(lang, styles);
  const ref = RANGE_OF(Math.max(1, events.count), headers.length);
  function* rows(): Generator<string> {
    yield textRowXml(1, headers, strings);
    let r = 2;
    for (const cells of events.rows) {
      let xml = "";
      cells.forEach((c, i) => {
        const style = c.numberFormat ? styles.withFormat(0, c.numberFormat) : 0;
        xml += cellXml(r, i + 1, style, historyFileValue(c), "", strings);
      });
      yield rowXml(r++, xml);
    }
  }
  return {
    name,
    layout: { dimension: ref, frozenHeader: true, columns },
    rows: rows(),
    table: { name: tableName, ref, columns: headers },
  };
}

function freePart(taken: (name: string) => boolean, pattern: (n: number) => string): string {
  let n = 1;
  while (taken(pattern(n))) n++;
  return pattern(n);
}

function insertBeforeClose(xml: string, element: string, added: string): string {
  const close = new RegExp(`</((?:[\\w.-]+:)?)${element}>(?![\\s\\S]*</(?:[\\w.-]+:)?${element}>)`);
  if (!close.test(xml)) throw new Error(`no </${element}> to add to`);
  return xml.replace(close, (c) => added + c);
}

/**
 * Adds an empty History sheet to a workbook read from a file, as parts of its package: the worksheet and
 * its table, their relationships and content types, and the sheet in the workbook's list. Returns the
 * sheet, which events are then written into like any other.
 */
export function addHistorySheetToBook(
  book: XlsxBook,
  wanted: string,
  tableName: string,
  lang: Lang,
): BookSheet {
  const { headers, columns } = historyLayout(lang, book.styles);
  return addTableSheetToBook(book, wanted, tableName, headers, columns, "rIdProcsheetHistory");
}

/**
 * Adds a sheet holding one empty table (a header row and one blank body row) to a workbook read from a
 * file, as parts of its package — History, the Outbox, People. Returns the sheet, written like any other.
 */
export function addTableSheetToBook(
  book: XlsxBook,
  wanted: string,
  tableName: string,
  headers: readonly string[],
  columns: readonly { width: number; style?: number }[],
  relBase: string,
): BookSheet {
  const parts = bookParts(book);
  const lower = new Set([...parts.keys()].map((k) => k.toLowerCase()));
  const taken = (name: string): boolean => lower.has(name.toLowerCase());
  const sheetPart = freePart(taken, (n) => `xl/worksheets/sheet${n}.xml`);
  const tablePart = freePart(taken, (n) => `xl/tables/table${n}.xml`);
  const tableId = Math.max(0, ...book.sheets.flatMap((s) => s.tables.map((t) => t.id))) + 1;
  const name = uniqueName(wanted, new Set(book.sheets.map((s) => s.name)));
  const ref = RANGE_OF(1, headers.length);
  const header = textRowXml(1, headers);
  const xml = [
    ...worksheetXml({ dimension: ref, frozenHeader: true, columns, tableRelId: "rId1" }, [header]),
  ].join("");
  const table = newTableXml(tableId, tableName, ref, headers);
  parts.set(sheetPart, Buffer.from(xml, "utf8"));
  parts.set(tablePart, Buffer.from(table, "utf8"));
  parts.set(
    relsPartOf(sheetPart),
    Buffer.from(sheetRelsXml("rId1", posix.relative(posix.dirname(sheetPart), tablePart)), "utf8"),
  );

  const ct = "application/vnd.openxmlformats-officedocument.spreadsheetml";
  const types = parts.get("[Content_Types].xml")?.toString("utf8") ?? "";
  parts.set(
    "[Content_Types].xml",
    Buffer.from(
      insertBeforeClose(
        types,
        "Types",
        `<Override PartName="/${sheetPart}" ContentType="${ct}.worksheet+xml"/><Override PartName="/${tablePart}" ContentType="${ct}.table+xml"/>`,
      ),
    ),
  );
  const relsName = relsPartOf(book.workbookPart);
  const rels = parts.get(relsName)?.toString("utf8") ?? "";
  const ids = new Set([...rels.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
  let relId = relBase;
  for (let n = 2; ids.has(relId); n++) relId = `${relBase}${n}`;
  const target = posix.relative(posix.dirname(book.workbookPart), sheetPart);
  parts.set(
    relsName,
    Buffer.from(
      insertBeforeClose(
        rels,
        "Relationships",
        `<Relationship Id="${relId}" Type="${REL_TYPE.worksheet}" Target="${target}"/>`,
      ),
    ),
  );
  const workbook = parts.get(book.workbookPart)?.toString("utf8") ?? "";
  const sheetIds = [...workbook.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*\ssheetId="(\d+)"/g)].map((m) =>
    Number(m[1]),
  );
  const prefix = /<((?:[\w.-]+:)?)sheets\b/.exec(workbook)?.[1] ?? "";
  const rPrefix = /<(?:[\w.-]+:)?sheet\b[^>]*\s([\w.-]+):id="/.exec(workbook)?.[1] ?? "r";
  const declared = new RegExp(`xmlns:${rPrefix}=`).test(workbook)
    ? ""
    : ` xmlns:${rPrefix}="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;
  const element = `<${prefix}sheet name="${escapeMarkup(name, true)}" sheetId="${Math.max(0, ...sheetIds) + 1}"${declared} ${rPrefix}:id="${relId}"/>`;
  parts.set(book.workbookPart, Buffer.from(insertBeforeClose(workbook, "sheets", element)));

  const cells = new SheetCells();
  headers.forEach((h, i) => cells.set(1, i + 1, h));
  const sheet: BookSheet = {
    name,
    part: sheetPart,
    cells,
    tables: [
      {
        part: tablePart,
        xml: table,
        id: tableId,
        name: tableName,
        ref,
        totalsRow: false,
        columns: [...headers],
      },
    ],
  };
  book.sheets.push(sheet);
  return sheet;
}
