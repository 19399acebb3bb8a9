import type { CompiledProcess } from "../../core/process";
import type { Lang } from "../../words/lang";
import { DATE_FORMAT, safeText } from "../../workbook/excel-cell";
import { uniqueName } from "../../workbook/grid/unique-name";
import {
  encodePeople,
  PEOPLE_KEYS,
  PEOPLE_SHEET,
  PEOPLE_TABLE,
  peopleFromRoles,
  peopleHeaders,
} from "../../workbook/people/people-table";

/**
 * Queues the workbook's People table (docs/specification.md §8.2), as `procsheet init` writes it: its own
 * sheet ("People" / "人员"), table PS_People headed in the workbook's language, one row per member of the
 * process's roles, for the admin to fill in emails, managers and absences — unless `tables` (the workbook's
 * table names, as the caller loaded them) holds it already: one People for every process, kept as it is.
 * Nothing syncs here; the caller's next sync writes it. Returns whether it was queued.
 */
export function queuePeopleSheet(
  context: Excel.RequestContext,
  process: CompiledProcess,
  lang: Lang,
  tables: readonly string[],
  sheets: readonly string[],
): boolean {
  if (tables.some((t) => t.toLowerCase() === PEOPLE_TABLE.toLowerCase())) return false;
  const name = uniqueName(PEOPLE_SHEET[lang], new Set(sheets));
  const sheet = context.workbook.worksheets.add(name);
  const headers = peopleHeaders(lang);
  const people = encodePeople(peopleFromRoles(process));
  const width = PEOPLE_KEYS.length;
  sheet.getRangeByIndexes(0, 0, 1, width).values = [headers.map(safeText)];
  const bodyRows = Math.max(1, people.length);
  const away = PEOPLE_KEYS.indexOf("awayUntil");
  // Formats first: a date written into a General cell would show as a bare number until formatted.
  sheet.getRangeByIndexes(1, away, bodyRows, 1).numberFormat = Array.from({ length: bodyRows }, () => [
    DATE_FORMAT,
  ]);
  if (people.length > 0)
    sheet.getRangeByIndexes(1, 0, people.length, width).values = people.map((r) => r.map((c) => c.value));
  const range = sheet.getRangeByIndexes(0, 0, bodyRows + 1, width);
  const table = sheet.tables.add(range, true);
  table.name = PEOPLE_TABLE;
  sheet.freezePanes.freezeRows(1);
  range.format.autofitColumns();
  return true;
}
