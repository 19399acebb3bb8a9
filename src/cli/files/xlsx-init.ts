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
import { STATUSES, statusLabel } from "../../core/register/status";
import type { StatusStyle } from "../../core/register/status-style";
import { MS_PER_DAY, toExcelSerial } from "../../core/time/local-time";
import { EVENT_COLUMNS } from "../../core/sync/events";
import { resolveText } from "../../core/text";
import type { Messages } from "../messages";
import { displayWidth } from "./table-output";
import { dataValidationsOf, excelValue, NUMBER_FORMATS, newWorkbook } from "./xlsx-workbook";

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

function numberFormat(process: CompiledProcess, key: string): string | undefined {
  const type = columnType(process, key);
  if (type === "due" || type === "date") return NUMBER_FORMATS.date;
  if (type === "datetime") return NUMBER_FORMATS.datetime;
  const format = process.fieldByKey.get(key)?.format;
  return format && format !== "decimal" ? NUMBER_FORMATS[format] : undefined;
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

/** People a case can be routed to: role members, then people named directly in owner rules. */
function people(process: CompiledProcess): string[] {
  const out = new Set<string>();
  for (const role of process.roles.values()) for (const m of role.members) out.add(m);
  for (const step of process.steps)
    for (const clause of step.owner)
      if (clause.assign !== undefined && !process.roles.has(clause.assign)) out.add(clause.assign);
  return [...out].filter((p) => p.trim() !== "");
}

function choiceLabels(field: FieldDef, lang: Lang): string[] {
  return (field.choices ?? []).map((c) =>
    typeof c === "string" ? c : resolveText(c.label, lang) || c.value,
  );
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
 * A new register workbook for `process` (`procsheet init`): the register table with formats,
 * list validations, status colours and the overdue rule, and the History table on a second sheet.
 */
export async function buildRegisterWorkbook(
  process: CompiledProcess,
  lang: Lang,
  m: Messages,
  withSample: boolean,
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
  const samples: readonly RuleRow[] = withSample ? (def.sample ?? []) : [];
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
    const fmt = numberFormat(process, key);
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

  const hs = workbook.addWorksheet(historySheet, { views: frozen });
  hs.addTable({
    name: historyTable,
    displayName: historyTable,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: EVENT_COLUMNS.map((c) => ({ name: c, filterButton: true })),
    rows: [EVENT_COLUMNS.map(() => null)],
  });
  EVENT_COLUMNS.forEach((c, i) => {
    const column = hs.getColumn(i + 1);
    column.width = c === "at" ? 20 : 14;
    if (c === "at") column.numFmt = NUMBER_FORMATS.timestamp;
  });
  hs.getRow(1).eachCell((cell) => {
    cell.style = { ...cell.style, numFmt: "General" };
  });

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
  list(
    "status",
    STATUSES.map((s) => statusLabel(s, lang)),
    "stop",
  );
  list(
    "step",
    process.steps.map((s) => resolveText(s.def.name, lang) || s.def.id),
    "stop",
  );
  // Anyone may own a case (rules assign requesters, managers…): the list offers names, it does not police them.
  list("owner", people(process), "none");
  for (const f of def.fields ?? []) if (f.type === "choice") list(f.key, choiceLabels(f, lang), "warning");

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
