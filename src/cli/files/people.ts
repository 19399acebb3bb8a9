import { describeError } from "../../core/error";
import type { Person } from "../../core/people/person";
import type { CellInput } from "../../core/register/cell-value";
import { isPeopleSheetName, parsePeople, PEOPLE_TABLE } from "../../workbook/people/people-table";
import type { Context } from "../context";
import { badInput } from "../failure";
import { isBlankRecord, parseCsv, unguardCsv } from "./csv";
import { readText } from "./process-file";
import { fileKind } from "./register";
import { loadBook, type BookSheet, type XlsxBook } from "./xlsx-book";
import { cellInputOf } from "./xlsx-sheet-cells";

function checked(
  ctx: Context,
  file: string,
  sheet: string,
  headers: readonly CellInput[],
  rows: CellInput[][],
): Person[] {
  const r = parsePeople(sheet, headers, rows);
  if (!r.ok) {
    const first = r.error.map((e) => describeError(e, ctx.lang))[0] ?? "";
    throw badInput(ctx.m.notify.peopleInvalid(file, first));
  }
  return r.value;
}

function sheetPeople(ctx: Context, file: string, sheet: BookSheet): Person[] {
  const table =
    sheet.tables.find((t) => t.name.toLowerCase() === PEOPLE_TABLE.toLowerCase()) ?? sheet.tables[0];
  const range = table?.ref ?? sheet.cells.usedRange();
  if (!range) return [];
  const line = (r: number): CellInput[] => {
    const out: CellInput[] = [];
    for (let c = range.left; c <= range.right; c++) out.push(cellInputOf(sheet.cells.get(r, c)));
    return out;
  };
  const rows: CellInput[][] = [];
  for (let r = range.top + 1; r <= range.bottom; r++) rows.push(line(r));
  return checked(ctx, file, sheet.name, line(range.top), rows);
}

/** The People sheet of a workbook ("People" / "人员"), or undefined when it has none. */
export function workbookPeople(ctx: Context, file: string, book: XlsxBook): Person[] | undefined {
  const sheet = book.sheets.find((s) => isPeopleSheetName(s.name));
  return sheet ? sheetPeople(ctx, file, sheet) : undefined;
}

/** `--people FILE`: a CSV, or a workbook's People sheet (else its first sheet). */
export async function peopleFile(ctx: Context, file: string): Promise<Person[]> {
  if (fileKind(ctx, file) === "xlsx") {
    const book = await loadBook(ctx, file);
    const sheet = book.sheets.find((s) => isPeopleSheetName(s.name)) ?? book.sheets[0];
    return sheet ? sheetPeople(ctx, file, sheet) : [];
  }
  const doc = parseCsv(ctx, file, readText(ctx, file));
  const at = doc.records.findIndex((r) => !isBlankRecord(r));
  if (at < 0) return [];
  const cells = (r: readonly string[]): CellInput[] => r.map((c) => (c.trim() === "" ? null : unguardCsv(c)));
  return checked(ctx, file, file, cells(doc.records[at] ?? []), doc.records.slice(at + 1).map(cells));
}
