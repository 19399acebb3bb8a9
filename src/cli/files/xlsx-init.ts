import type { DataValidation, Style, Workbook, Worksheet } from "exceljs";
import type { FieldDef, RuleRow } from "../../core/definition/types";
import type { Lang } from "../../words/lang";
import "../../words/sheet";
import { say } from "../../words/say";
import type { CompiledProcess } from "../../core/process";
import { columnLetter, headerFor, registerKeys } from "../../core/register/columns";
import {
  historySheetName,
  historyTableName,
  registerTableName,
  safeSheetName,
} from "../../core/register/names";
import { encodeCell } from "../../core/register/row-codec";
import { calendarLists, ruleSpecs, weekendMask } from "../../core/register/format-rules";
import type { StatusStyle } from "../../core/register/status-style";
import { MS_PER_DAY, toExcelSerial } from "../../core/time/local-time";
import { resolveText } from "../../core/text";
import { columnFormat, NUMBER_FORMATS } from "../../workbook/excel-cell";
import { historyHeaders, HISTORY_KEYS, type HistoryKey } from "../../workbook/history/history-columns";
import { historyCells } from "../../workbook/history/history-row";
import type { ExcelCell } from "../../workbook/excel-cell";
import type { ProcessEvent } from "../../core/sync/events";
import { historyFileValue } from "./xlsx-history-sheet";
import type { Person } from "../../core/people/person";
import {
  encodePeople,
  PEOPLE_KEYS,
  PEOPLE_SHEET,
  PEOPLE_TABLE,
  peopleFromRoles,
  peopleHeaders,
} from "../../workbook/people/people-table";
import { listItems } from "../../workbook/register/list-items";
import type { Messages } from "../messages";
import { displayWidth } from "./table-output";
import { dataValidationsOf, excelValue, newWorkbook } from "./xlsx-workbook";

/** Rows below the data that validations and formats also cover, so new rows get them too. */
export const ROWS_AHEAD = 1000;
// Excel refuses inline list validations longer than 255 characters.
const INLINE_LIST_MAX = 250;

export interface InitResult {
  readonly workbook: Workbook;
  readonly sheetName: string;
  readonly tableName: string;
  readonly historySheet: string;
  readonly historyTable: string;
  readonly columns: number;
  readonly sampleRows: number;
}

type ColumnType = FieldDef["type"] | "id" | "step" | "status" | "owner" | "due" | "datetime";

function columnType(process: CompiledProcess, key: string): ColumnType {
  if (key === "id" || key === "step" || key === "status" || key === "owner" || key === "due") return key;
  if (key === "stepStarted" || key === "created" || key === "closed") return "datetime";
  return process.fieldByKey.get(key)?.type ?? "text";
}

function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

function cfStyle(s: StatusStyle): Partial<Style> {
  // Fill colour in both fg and bg: Excel reads a dxf's solid fill from one, LibreOffice from the other.
  return {
    fill: {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: argb(s.fill) },
      bgColor: { argb: argb(s.fill) },
    },
    font: { color: { argb: argb(s.font) } },
  };
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

class ListSource {
  private sheet: Worksheet | undefined;
  private used = 0;
  /** `name`: the hidden sheet's name in the register's language (sheet.lists.name). */
  constructor(
    private readonly workbook: Workbook,
    private readonly name: string,
  ) {}

  /** An inline list when Excel allows one, else a column on a hidden sheet. */
  formula(values: readonly string[]): string {
    const unique = [...new Set(values)];
    const inline = unique.join(",");
    if (inline.length <= INLINE_LIST_MAX && !unique.some((v) => v.includes(",") || v.includes('"')))
      return quoted(inline);
    this.sheet ??= this.workbook.addWorksheet(this.name, { state: "hidden" });
    const col = columnLetter(this.used++);
    unique.forEach((v, i) => {
      (this.sheet as Worksheet).getCell(`${col}${i + 1}`).value = v;
    });
    return `'${this.name}'!$${col}$1:$${col}$${Math.max(1, unique.length)}`;
  }

  /** A column of values (e.g. holiday dates) on the hidden sheet, as an absolute reference. */
  column(values: readonly number[]): string {
    this.sheet ??= this.workbook.addWorksheet(this.name, { state: "hidden" });
    const col = columnLetter(this.used++);
    values.forEach((v, i) => {
      (this.sheet as Worksheet).getCell(`${col}${i + 1}`).value = v;
    });
    return `'${this.name}'!$${col}$1:$${col}$${values.length}`;
  }
}

function widthOf(process: CompiledProcess, key: string, header: string, values: readonly string[]): number {
  const type = columnType(process, key);
  const least = type === "datetime" ? 17 : type === "due" || type === "date" ? 12 : 10;
  const widest = Math.max(displayWidth(header) + 4, ...values.map((v) => displayWidth(v) + 2));
  return Math.min(40, Math.max(least, widest));
}

/**
 * A new register workbook for `process` (`procsheet init`): the register table holding `samples` (rows
 * in the rules' view) with formats, list validations, status colours and the overdue rule, and the
 * History table on a second sheet.
 */
export async function buildRegisterWorkbook(
  process: CompiledProcess,
  lang: Lang,
  m: Messages,
  samples: readonly RuleRow[],
  past: { readonly events: readonly ProcessEvent[]; readonly version: number } = { events: [], version: 1 },
): Promise<InitResult> {
  const def = process.definition;
  const workbook = await newWorkbook();
  const name = resolveText(def.name, lang) || def.id;
  const sheetName = safeSheetName(name);
  const historySheet = safeSheetName(historySheetName(name, lang));
  const tableName = registerTableName(def.id);
  const historyTable = historyTableName(def.id);

  const keys = registerKeys(process);
  const headers = keys.map((k) => headerFor(process, k, lang));
  const cells = samples.map((row) => keys.map((k) => encodeCell(process, k, row[k], lang)));
  const frozen = [{ state: "frozen" as const, ySplit: 1, xSplit: 0, topLeftCell: "A2", activeCell: "A2" }];

  const ws = workbook.addWorksheet(sheetName, { views: frozen });
  ws.addTable({
    name: tableName,
    displayName: tableName,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: headers.map((h) => ({ name: h, filterButton: true })),
    // A table needs one data row; an empty one when there is no sample.
    rows: cells.length > 0 ? cells.map((row) => row.map(excelValue)) : [keys.map(() => null)],
  });
  const dataRows = Math.max(1, cells.length);
  const last = 1 + dataRows + ROWS_AHEAD;
  const col = (key: string): string => columnLetter(keys.indexOf(key));
  const range = (key: string): string => `${col(key)}2:${col(key)}${last}`;

  keys.forEach((key, i) => {
    const column = ws.getColumn(i + 1);
    const fmt = columnFormat(process, key);
    if (fmt) column.numFmt = fmt;
    const shown = cells.map((row) => {
      const c = row[i];
      return c && (c.kind === "text" || c.kind === "number") ? String(c.value) : "";
    });
    column.width = widthOf(process, key, headers[i] ?? key, shown);
  });
  // The header keeps the General format, whatever its column shows.
  ws.getRow(1).eachCell((cell) => {
    cell.style = { ...cell.style, numFmt: "General" };
  });

  // The sample's past: its events as the add-in writes them, in the workbook's language.
  const pastCells = past.events.map((e) => historyCells(process, e, past.version, lang));
  addHistorySheet(workbook, historySheet, historyTable, lang, pastCells);
  addPeopleSheet(workbook, peopleFromRoles(process), lang);

  const lists = new ListSource(workbook, say("sheet.lists.name", {}, lang));
  const dv = dataValidationsOf(ws);
  const list = (key: string, values: readonly string[], kind: "stop" | "warning" | "none"): void => {
    if (values.length === 0) return;
    const v: DataValidation = { type: "list", allowBlank: true, formulae: [lists.formula(values)] };
    if (kind !== "none")
      Object.assign(v, {
        showErrorMessage: true,
        errorStyle: kind,
        errorTitle: m.validationTitle,
        error: m.validationError,
      });
    dv.add(range(key), v);
  };
  // The lists the add-in gives the same columns (src/workbook/register/list-items.ts). Anyone may own a
  // case (rules assign requesters, managers…): the owner list offers names, it does not police them.
  list("status", listItems(process, "status", lang) ?? [], "stop");
  list("step", listItems(process, "step", lang) ?? [], "stop");
  list("owner", listItems(process, "owner", lang) ?? [], "none");
  for (const f of def.fields ?? [])
    if (f.type === "choice") list(f.key, listItems(process, f.key, lang) ?? [], "warning");

  // The same marked rules the add-in applies (core/register/format-rules.ts), so "Apply status formats"
  // in Excel replaces them instead of counting them as the person's own.
  const cal = calendarLists(process.calendar);
  const dateList = (days: readonly number[]): string | undefined =>
    days.length === 0 ? undefined : lists.column(days.map((d) => toExcelSerial(d * MS_PER_DAY)));
  const holidaysRef = dateList(cal.holidays);
  const extraWorkdaysRef = dateList(cal.extraWorkdays);
  const specs = ruleSpecs({
    processId: def.id,
    firstRow: 2,
    status: col("status"),
    due: col("due"),
    closed: col("closed"),
    weekendMask: weekendMask(process.calendar.workdays) ?? "0000000",
    ...(holidaysRef ? { holidaysRef } : {}),
    ...(extraWorkdaysRef ? { extraWorkdaysRef } : {}),
  });
  const rowRange = `A2:${columnLetter(keys.length - 1)}${last}`;
  specs.forEach((spec, i) => {
    const style = cfStyle(spec.style);
    if (spec.bold || spec.italic)
      style.font = {
        ...style.font,
        ...(spec.bold ? { bold: true } : {}),
        ...(spec.italic ? { italic: true } : {}),
      };
    ws.addConditionalFormatting({
      ref: spec.target === "status" ? range("status") : rowRange,
      rules: [{ type: "expression", priority: i + 1, formulae: [spec.formula.replace(/^=/, "")], style }],
    });
  });

  return {
    workbook,
    sheetName,
    tableName,
    historySheet,
    historyTable,
    columns: keys.length,
    sampleRows: cells.length,
  };
}

/**
 * The History sheet as the add-in makes it: a table headed in the workbook's language, with the version
 * column, times to the second (src/workbook/history/history-columns.ts).
 */
export function addHistorySheet(
  workbook: Workbook,
  sheetName: string,
  tableName: string,
  lang: Lang,
  events: readonly Readonly<Record<HistoryKey, ExcelCell>>[] = [],
): Worksheet {
  const frozen = [{ state: "frozen" as const, ySplit: 1, xSplit: 0, topLeftCell: "A2", activeCell: "A2" }];
  const hs = workbook.addWorksheet(sheetName, { views: frozen });
  const headers = historyHeaders(lang);
  hs.addTable({
    name: tableName,
    displayName: tableName,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: headers.map((name) => ({ name, filterButton: true })),
    // A table needs one data row; an empty one when there are no events.
    rows:
      events.length > 0
        ? events.map((cells) => HISTORY_KEYS.map((k) => historyFileValue(cells[k])))
        : [headers.map(() => null)],
  });
  HISTORY_KEYS.forEach((k, i) => {
    const column = hs.getColumn(i + 1);
    column.width = k === "at" ? 20 : Math.max(10, displayWidth(headers[i] ?? k) + 4);
    if (k === "at") column.numFmt = NUMBER_FORMATS.timestamp;
  });
  hs.getRow(1).eachCell((cell) => {
    cell.style = { ...cell.style, numFmt: "General" };
  });
  return hs;
}

/**
 * The People sheet (docs/specification.md §8.2): a table headed in the workbook's language, one row per
 * role member, for the admin to fill in emails, managers and absences.
 */
export function addPeopleSheet(workbook: Workbook, people: readonly Person[], lang: Lang): Worksheet {
  const frozen = [{ state: "frozen" as const, ySplit: 1, xSplit: 0, topLeftCell: "A2", activeCell: "A2" }];
  const sheet = workbook.addWorksheet(PEOPLE_SHEET[lang], { views: frozen });
  const headers = peopleHeaders(lang);
  const rows = encodePeople(people).map((r) =>
    r.map((c) =>
      c.value === ""
        ? null
        : typeof c.value === "string" && c.value.startsWith("'")
          ? c.value.slice(1)
          : c.value,
    ),
  );
  sheet.addTable({
    name: PEOPLE_TABLE,
    displayName: PEOPLE_TABLE,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: headers.map((name) => ({ name, filterButton: true })),
    rows: rows.length > 0 ? rows : [headers.map(() => null)],
  });
  PEOPLE_KEYS.forEach((k, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = k === "email" ? 28 : Math.max(12, displayWidth(headers[i] ?? k) + 4);
    if (k === "awayUntil") column.numFmt = NUMBER_FORMATS.date;
  });
  return sheet;
}
