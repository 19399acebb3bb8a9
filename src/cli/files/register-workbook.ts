import type { RuleRow } from "../../core/definition/types";
import type { Lang } from "../../words/lang";
import type { CompiledProcess } from "../../core/process";
import type { CellOutput } from "../../core/register/cell-value";
import {
  historySheetName,
  historyTableName,
  registerTableName,
  safeSheetName,
} from "../../core/register/names";
import { encodeCell } from "../../core/register/row-codec";
import type { ProcessEvent } from "../../core/sync/events";
import { resolveText } from "../../core/text";
import { toExcelCell } from "../../workbook/excel-cell";
import { historyHeaders, mapHistoryColumns } from "../../workbook/history/history-columns";
import { historyCells, historyRowFor } from "../../workbook/history/history-row";
import type { AddedColumn } from "../../workbook/register/added-columns";
import type { CellChange } from "../../workbook/register/cell-changes";
import { changesByRow, type RegisterSource } from "./register";
import { cellXml, type FileValue } from "./xlsx-cell-xml";
import { newHistorySheet } from "./xlsx-history-sheet";
import { newBookBytes, newBookParts, type NewBookParts } from "./xlsx-new-book";
import { rowXml, textRowXml } from "./xlsx-sheet-xml";

/** Events that go into the new workbook's History, with the definition version they ran under. */
export interface NewHistory {
  readonly events: readonly ProcessEvent[];
  readonly version: number;
}

/** A value the core asks for as a new cell's XML (a date or formatted number gets its format). */
function outputXml(book: NewBookParts, row: number, column: number, out: CellOutput): string {
  if (out.kind === "empty") return "";
  const cell = toExcelCell(out);
  const style = cell.numberFormat ? book.styles.withFormat(0, cell.numberFormat) : 0;
  const value: FileValue = out.kind === "date" ? (cell.value as number) : out.value;
  return cellXml(row, column, style, value, "", book.strings);
}

/**
 * A CSV register as a new workbook, laid out as `init` lays one out: the register as a table
 * (registerTableName) with mapped cells typed (dates as dates, numbers as numbers) from the rows as the
 * rules see them, others as text; and a History sheet, with this sync's events when they go there. The
 * rows are generated as the package is written: nothing holds the whole sheet (see xlsx-new-book.ts).
 */
export async function registerWorkbookBytes(
  source: RegisterSource,
  changes: readonly CellChange[],
  added: readonly AddedColumn[],
  process: CompiledProcess,
  views: readonly (RuleRow | undefined)[],
  lang: Lang,
  history: NewHistory | undefined,
): Promise<Buffer> {
  const { data } = source;
  const book = newBookParts();
  const name = resolveText(process.definition.name, lang) || process.definition.id;
  const headers = [...data.headers.map((h, i) => h || `Column ${i + 1}`), ...added.map((a) => a.header)];
  const body = Math.max(1, data.rows.length);
  const byRow = changesByRow(changes);
  function* rows(): Generator<string> {
    yield textRowXml(1, headers, book.strings);
    for (let i = 0; i < data.rows.length; i++) {
      const r = 2 + i;
      const view = views[i];
      const cells = data.rows[i] ?? [];
      // The sync's own writes win over the cell as read (and fill the added columns).
      const changed: (CellOutput | undefined)[] = [];
      for (const c of byRow.get(i) ?? []) changed[c.column] = c.output;
      let xml = "";
      for (let j = 0; j < headers.length; j++) {
        const out = changed[j];
        if (out) {
          xml += outputXml(book, r, j + 1, out);
          continue;
        }
        const raw = cells[j];
        const key = data.map.columns[j]?.key;
        const value =
          key !== undefined && view?.[key] !== undefined
            ? encodeCell(process, key, view[key], lang)
            : undefined;
        if (value) xml += outputXml(book, r, j + 1, value);
        else if (raw !== null && raw !== undefined)
          xml += cellXml(r, j + 1, 0, String(raw), "", book.strings);
      }
      yield rowXml(r, xml);
    }
  }
  const ref = { top: 1, left: 1, bottom: 1 + body, right: headers.length };
  const register = {
    name: safeSheetName(name),
    layout: {
      dimension: ref,
      frozenHeader: true,
      columns: headers.map((h) => ({ width: Math.min(40, Math.max(10, h.length + 4)) })),
    },
    rows: rows(),
    table: { name: registerTableName(process.definition.id), ref, columns: headers },
  };
  const historyHeader = historyHeaders(lang);
  const columns = mapHistoryColumns(historyHeader);
  const events = history?.events ?? [];
  const historyRows = (function* () {
    for (const e of events)
      yield historyRowFor(
        columns,
        historyHeader.length,
        historyCells(process, e, history?.version ?? 1, columns.lang),
      );
  })();
  const log = newHistorySheet(
    safeSheetName(historySheetName(name, lang)),
    historyTableName(process.definition.id),
    lang,
    book,
    { count: events.length, rows: historyRows },
  );
  return newBookBytes([register, log], book);
}
