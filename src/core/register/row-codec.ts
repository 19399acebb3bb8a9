import { outOfBounds } from "../definition/semantic-checks";
import type { FieldDef, RuleRow, RuleValue } from "../definition/types";
import type { Lang } from "../../words/lang";
import type { CompiledProcess } from "../process";
import "../../words/errors-rules";
import { sayKnown } from "../../words/say";
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
import { readNumberText, type NumberSeparators } from "./number-text";
import { parseStatus, statusLabel, type Status } from "./status";
import { isSystemKey, SYSTEM_COLUMNS, type SystemColumnType } from "./system-columns";

type ValueType = SystemColumnType | FieldDef["type"];

const SYSTEM_TYPES = new Map<string, SystemColumnType>(SYSTEM_COLUMNS.map((c) => [c.key, c.type]));

function typeOf(process: CompiledProcess, key: string): ValueType {
  return SYSTEM_TYPES.get(key) ?? process.fieldByKey.get(key)?.type ?? "text";
}

const TRUE_WORDS = new Set(["true", "yes", "y", "1", "是", "对"]);
const FALSE_WORDS = new Set(["false", "no", "n", "0", "否", "不"]);

function toMillis(v: CellInput): number | undefined {
  if (typeof v === "number") return fromExcelSerial(v);
  if (typeof v === "string") return parseLocal(v.replace(/\//g, "-").replace(/-(\d)(?=-|$|[T ])/g, "-0$1"));
  return undefined;
}

/** What a cell cannot be, as the catalogue words it (src/words/errors-rules.ts). */
type CellProblem = "data.notStatus" | "data.notStep" | "data.notDate" | "data.notNumber" | "data.notYesNo";

/** Why a cell cannot be a value: the catalogue's key and the cell's text (and, if ambiguous, its readings). */
type Problem =
  | { readonly problem: CellProblem | "data.excelError"; readonly text: string }
  | {
      readonly problem: "data.ambiguousNumber";
      readonly text: string;
      readonly readings: Readonly<Record<Lang, string>>;
    };

/** A cell value in the rules' view, or a message saying why it cannot be one. */
type Decoded = { readonly value: RuleValue | undefined } | Problem;

/** How a register is read beyond its cells. */
export interface ReadRowOptions {
  /** The separators of numbers typed as text (from the register's locale); without, ambiguous ones are refused. */
  readonly numbers?: NumberSeparators | undefined;
}

/** "60.000" read two ways, said in both languages: `60 if "." marks decimals, 60000 if "," does`. */
function ambiguousNumber(text: string, readings: { dot?: number; comma?: number }): Problem {
  // The readings are shown as digits only: a grouped "60,000" would be the very ambiguity being explained.
  const comma = String(readings.comma);
  const say = (lang: Lang): string =>
    readings.dot === undefined
      ? (sayKnown("data.readingComma", { comma }, lang) ?? comma)
      : (sayKnown("data.readingsBoth", { dot: String(readings.dot), comma }, lang) ?? comma);
  return { problem: "data.ambiguousNumber", text, readings: { en: say("en"), "zh-CN": say("zh-CN") } };
}

function decode(
  process: CompiledProcess,
  key: string,
  type: ValueType,
  v: CellInput,
  options: ReadRowOptions,
): Decoded {
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
      // A number cell (xlsx) is a number; only text needs reading, and text may be ambiguous.
      const r = typeof v === "number" ? { value: v } : readNumberText(text, options.numbers);
      if (r && "ambiguous" in r) return ambiguousNumber(text, r.ambiguous);
      return r === undefined || !Number.isFinite(r.value)
        ? { problem: "data.notNumber", text }
        : { value: r.value };
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

/** One cell in the rules' view of `key`'s column; undefined for an empty cell or one that cannot be read. */
export function readCell(
  process: CompiledProcess,
  key: string,
  v: CellInput,
  options: ReadRowOptions = {},
): RuleValue | undefined {
  if (isEmptyCell(v) || isExcelError(v)) return undefined;
  const d = decode(process, key, typeOf(process, key), v, options);
  return "value" in d ? d.value : undefined;
}

export interface ReadRow {
  readonly row: RuleRow;
  readonly error?: ProcsheetError;
}

/**
 * One register row in the rules' view (docs/specification.md §2): keys from the column map, status as its
 * canonical word, step as its id, dates as ISO text, numbers as numbers, empty cells absent.
 * A cell that cannot be read makes the row's error, naming the column and the row's ID.
 */
export function readRow(
  process: CompiledProcess,
  map: ColumnMap,
  cells: readonly CellInput[],
  options: ReadRowOptions = {},
): ReadRow {
  const row: Record<string, RuleValue> = {};
  const idCell = map.byKey.get("id");
  const rowId = idCell && !isEmptyCell(cells[idCell.index]) ? String(cells[idCell.index]).trim() : undefined;
  let error: ProcsheetError | undefined;
  for (const col of map.columns) {
    if (!col) continue;
    const v = cells[col.index];
    if (isEmptyCell(v)) continue;
    const problem: Problem | undefined = isExcelError(v)
      ? { problem: "data.excelError", text: String(v) }
      : (() => {
          const d = decode(process, col.key, typeOf(process, col.key), v, options);
          if ("problem" in d) return d;
          if (d.value !== undefined) row[col.key] = d.value;
          return undefined;
        })();
    if (problem && !error) {
      const params = { column: col.header, value: problem.text };
      const place = { column: col.header, rowId };
      error =
        problem.problem === "data.ambiguousNumber"
          ? procsheetError("DATA", problem.problem, { ...params, readings: problem.readings.en }, place, {
              readings: problem.readings["zh-CN"],
            })
          : procsheetError("DATA", problem.problem, params, place);
    }
  }
  for (const f of process.definition.fields ?? []) {
    if (!error && f.required && row[f.key] === undefined && map.byKey.has(f.key)) {
      const header = map.byKey.get(f.key)?.header ?? f.key;
      error = procsheetError("DATA", "data.required", { column: header }, { column: header, rowId });
    }
    const value = row[f.key];
    if (!error && typeof value === "number" && outOfBounds(f, value)) {
      const column = map.byKey.get(f.key)?.header ?? f.key;
      const bounds = {
        min: f.min === undefined ? "—" : String(f.min),
        max: f.max === undefined ? "—" : String(f.max),
      };
      error = procsheetError("DATA", "data.outOfBounds", { column, value, ...bounds }, { column, rowId });
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
