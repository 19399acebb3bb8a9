import type { FieldDef, RuleRow, RuleValue } from "../definition/types";
import type { Lang } from "../../words/lang";
import type { CompiledProcess } from "../process";
import { procsheetError } from "../error";
import type { ProcsheetError } from "../result";
import { cleanText, matchKey, resolveText, textVariants } from "../text";
import {
  dayOf,
  formatDate,
  formatDateTime,
  fromExcelSerial,
  MS_PER_DAY,
  parseLocal,
} from "../time/local-time";
import { isEmptyCell, isExcelError, type CellInput, type CellOutput } from "./cell-value";
import type { ColumnMap } from "./columns";
import { parseStatus, statusLabel, type Status } from "./status";
import { isSystemKey, SYSTEM_COLUMNS, type SystemColumnType } from "./system-columns";

type ValueType = SystemColumnType | FieldDef["type"];

const SYSTEM_TYPES = new Map<string, SystemColumnType>(SYSTEM_COLUMNS.map((c) => [c.key, c.type]));

function typeOf(process: CompiledProcess, key: string): ValueType {
  return SYSTEM_TYPES.get(key) ?? process.fieldByKey.get(key)?.type ?? "text";
}

const TRUE_WORDS = new Set(["true", "yes", "y", "1", "是", "对"]);
const FALSE_WORDS = new Set(["false", "no", "n", "0", "否", "不"]);
const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
const GROUPED_NUMBER = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/;

function parseNumber(s: string): number | undefined {
  const t = s.trim();
  if (PLAIN_NUMBER.test(t)) return Number(t);
  // "1,200.50" is common in registers; "1.200,50" is ambiguous without the workbook's culture, so refused.
  if (GROUPED_NUMBER.test(t)) return Number(t.replace(/,/g, ""));
  return undefined;
}

function toMillis(v: CellInput): number | undefined {
  if (typeof v === "number") return fromExcelSerial(v);
  if (typeof v === "string") return parseLocal(v.replace(/\//g, "-").replace(/-(\d)(?=-|$|[T ])/g, "-0$1"));
  return undefined;
}

/** What a cell cannot be, as the catalogue words it (src/words/errors-rules.ts). */
type CellProblem = "data.notStatus" | "data.notStep" | "data.notDate" | "data.notNumber" | "data.notYesNo";

/** A cell value in the rules' view, or why it cannot be one. */
type Decoded =
  { readonly value: RuleValue | undefined } | { readonly problem: CellProblem; readonly text: string };

function decode(process: CompiledProcess, key: string, type: ValueType, v: CellInput): Decoded {
  const text = typeof v === "string" ? cleanText(v) : String(v);
  switch (type) {
    case "status": {
      const s = parseStatus(text);
      return s ? { value: s } : { problem: "data.notStatus", text };
    }
    case "step": {
      const id = process.stepIdByName.get(matchKey(text));
      return id ? { value: id } : { problem: "data.notStep", text };
    }
    case "date":
    case "datetime": {
      const t = toMillis(v);
      if (t === undefined) return { problem: "data.notDate", text };
      return { value: type === "date" ? formatDate(t) : formatDateTime(t) };
    }
    case "number": {
      const n = typeof v === "number" ? v : parseNumber(text);
      return n === undefined || !Number.isFinite(n) ? { problem: "data.notNumber", text } : { value: n };
    }
    case "boolean": {
      if (typeof v === "boolean") return { value: v };
      const w = text.toLowerCase();
      if (TRUE_WORDS.has(w)) return { value: true };
      if (FALSE_WORDS.has(w)) return { value: false };
      return { problem: "data.notYesNo", text };
    }
    case "choice": {
      const field = process.fieldByKey.get(key);
      for (const c of field?.choices ?? []) {
        const value = typeof c === "string" ? c : c.value;
        const names = typeof c === "string" ? [c] : [c.value, ...textVariants(c.label)];
        if (names.some((n) => matchKey(n) === matchKey(text))) return { value };
      }
      // A value outside the list is still data (Excel's validation stops typing, not pasting); keep it.
      return { value: text };
    }
    default:
      return { value: text };
  }
}

export interface ReadRow {
  readonly row: RuleRow;
  readonly error?: ProcsheetError;
}

/**
 * One register row in the rules' view (process-format.md §2): keys from the column map, status as its
 * canonical word, step as its id, dates as ISO text, numbers as numbers, empty cells absent.
 * A cell that cannot be read makes the row's error, naming the column and the row's ID.
 */
export function readRow(process: CompiledProcess, map: ColumnMap, cells: readonly CellInput[]): ReadRow {
  const row: Record<string, RuleValue> = {};
  const idCell = map.byKey.get("id");
  const rowId = idCell && !isEmptyCell(cells[idCell.index]) ? String(cells[idCell.index]).trim() : undefined;
  let error: ProcsheetError | undefined;
  for (const col of map.columns) {
    if (!col) continue;
    const v = cells[col.index];
    if (isEmptyCell(v)) continue;
    const problem: { problem: CellProblem | "data.excelError"; text: string } | undefined = isExcelError(v)
      ? { problem: "data.excelError", text: String(v) }
      : (() => {
          const d = decode(process, col.key, typeOf(process, col.key), v);
          if ("problem" in d) return d;
          if (d.value !== undefined) row[col.key] = d.value;
          return undefined;
        })();
    if (problem && !error) {
      const params = { column: col.header, value: problem.text };
      error = procsheetError("DATA", problem.problem, params, { column: col.header, rowId });
    }
  }
  for (const f of process.definition.fields ?? []) {
    if (!error && f.required && row[f.key] === undefined && map.byKey.has(f.key)) {
      const header = map.byKey.get(f.key)?.header ?? f.key;
      error = procsheetError("DATA", "data.required", { column: header }, { column: header, rowId });
    }
  }
  return error ? { row, error } : { row };
}

/**
 * How a value from the rules' view is written back: status and step in the register's language,
 * dates as dates, numbers as numbers — never as text that could turn into a formula.
 */
export function encodeCell(
  process: CompiledProcess,
  key: string,
  value: RuleValue | undefined,
  lang: Lang,
): CellOutput {
  if (value === undefined || value === null || value === "") return { kind: "empty" };
  const type = typeOf(process, key);
  if (type === "status" && typeof value === "string") {
    const s = parseStatus(value);
    return { kind: "text", value: s ? statusLabel(s as Status, lang) : value };
  }
  if (type === "step" && typeof value === "string") {
    const step = process.stepById.get(value);
    return { kind: "text", value: step ? resolveText(step.def.name, lang) : value };
  }
  if ((type === "date" || type === "datetime") && typeof value === "string") {
    const t = parseLocal(value);
    if (t !== undefined) return { kind: "date", value: t, time: type === "datetime" };
  }
  if (typeof value === "number") {
    const format = isSystemKey(key) ? undefined : process.fieldByKey.get(key)?.format;
    return format ? { kind: "number", value, format } : { kind: "number", value };
  }
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (type === "choice") {
    const choice = process.fieldByKey
      .get(key)
      ?.choices?.find((c) => typeof c !== "string" && c.value === value);
    if (choice && typeof choice !== "string" && choice.label)
      return { kind: "text", value: resolveText(choice.label, lang) };
  }
  return { kind: "text", value: String(value) };
}

/** The date part of a local time, as a whole-day local time (for date-only cells). */
export function dateOnly(t: number): number {
  return dayOf(t) * MS_PER_DAY;
}
