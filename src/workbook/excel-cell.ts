import type { CompiledProcess } from "../core/process";
import type { CellOutput } from "../core/register/cell-value";
import { looksLikeFormula } from "../core/register/formula-guard";
import { toExcelSerial } from "../core/time/local-time";

/** What one Excel cell write carries: the value and, where it matters, the number format. */
export interface ExcelCell {
  readonly value: string | number | boolean;
  readonly numberFormat?: string;
}

/** Every number format Procsheet writes, in the add-in and in files alike. */
export const NUMBER_FORMATS = {
  date: "yyyy-mm-dd",
  datetime: "yyyy-mm-dd hh:mm",
  /** History's times, to the second. */
  timestamp: "yyyy-mm-dd hh:mm:ss",
  money: "#,##0.00",
  integer: "0",
  decimal: "0.00",
  percent: "0%",
} as const;

export const DATE_FORMAT = NUMBER_FORMATS.date;
export const DATE_TIME_FORMAT = NUMBER_FORMATS.datetime;

/**
 * Text as Excel must receive it to stay text. The Range.values docs say a string starting with `=`, `+`
 * or `-` is read as a formula (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member);
 * the apostrophe is Excel's own "this is text" prefix and is not stored in the cell.
 * @example safeText("=HYPERLINK(\"http://x\")") === "'=HYPERLINK(\"http://x\")"
 */
export function safeText(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

/**
 * The one sanitizer for every cell Procsheet writes (register, history, chart data, labels): text that
 * would become a formula is written as text, numbers as numbers, dates as Excel serials with a date format.
 */
export function toExcelCell(out: CellOutput): ExcelCell {
  switch (out.kind) {
    case "empty":
      return { value: "" };
    case "text":
      return { value: safeText(out.value) };
    case "boolean":
      return { value: out.value };
    case "number": {
      const numberFormat = out.format ? NUMBER_FORMATS[out.format] : undefined;
      return numberFormat ? { value: out.value, numberFormat } : { value: out.value };
    }
    case "date":
      return { value: toExcelSerial(out.value), numberFormat: out.time ? DATE_TIME_FORMAT : DATE_FORMAT };
  }
}

/** Excel number format for a kind of value, for new registers' columns. */
export function numberFormatFor(
  kind: "date" | "datetime" | "money" | "integer" | "decimal" | "percent",
): string {
  return NUMBER_FORMATS[kind];
}

/** Number format of a whole register column (dates, date-times, money…); undefined: Excel's General. */
export function columnFormat(process: CompiledProcess, key: string): string | undefined {
  if (key === "due") return NUMBER_FORMATS.date;
  if (key === "stepStarted" || key === "created" || key === "closed") return NUMBER_FORMATS.datetime;
  const field = process.fieldByKey.get(key);
  if (field?.type === "date") return NUMBER_FORMATS.date;
  if (field?.type === "datetime") return NUMBER_FORMATS.datetime;
  if (field?.type === "number" && field.format) return NUMBER_FORMATS[field.format];
  return undefined;
}
