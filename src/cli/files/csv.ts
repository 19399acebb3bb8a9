import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import type { CellOutput } from "../../core/register/cell-value";
import { looksLikeFormula } from "../../core/register/formula-guard";
import { formatDate, formatDateTime } from "../../core/time/local-time";
import type { Context } from "../context";
import { badInput } from "../failure";

/** A CSV file as records of text, with what it takes to write it back the same way. */
export interface CsvDocument {
  readonly records: string[][];
  /** The line each record ends on (1-based), for messages. */
  readonly lines: readonly number[];
  readonly bom: boolean;
  readonly eol: "\n" | "\r\n";
}

interface ParsedRecord {
  readonly record: string[];
  readonly info: { readonly lines: number };
}

/** Parses CSV text (a BOM is dropped and remembered); malformed CSV is bad input naming the file. */
export function parseCsv(ctx: Context, file: string, text: string): CsvDocument {
  let parsed: ParsedRecord[];
  try {
    // With `info`, csv-parse returns { record, info } per record; its typings only describe plain records.
    parsed = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as unknown as ParsedRecord[];
  } catch (e) {
    throw badInput(ctx.m.csvMalformed(file, e instanceof Error ? e.message : String(e)));
  }
  return {
    records: parsed.map((p) => p.record),
    lines: parsed.map((p) => p.info.lines),
    bom: text.charCodeAt(0) === 0xfeff,
    eol: text.includes("\r\n") ? "\r\n" : "\n",
  };
}

export function stringifyCsv(
  records: readonly (readonly string[])[],
  options: { readonly eol?: "\n" | "\r\n"; readonly bom?: boolean } = {},
): string {
  const body = stringify(
    records.map((r) => [...r]),
    { record_delimiter: options.eol === "\r\n" ? "windows" : "unix" },
  );
  return (options.bom ? "\uFEFF" : "") + body;
}

const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * Text as it goes into a CSV cell: text a spreadsheet would read as a formula gets a leading `'`
 * (OWASP; reliability.md §1). Plain numbers such as `-5` are left alone — a spreadsheet reads them as numbers.
 */
export function guardCsv(text: string): string {
  return looksLikeFormula(text) && !PLAIN_NUMBER.test(text.trim()) ? `'${text}` : text;
}

/** The inverse of guardCsv when reading: `'=1+1` is the text `=1+1`. Other leading quotes are data. */
export function unguardCsv(text: string): string {
  return text.startsWith("'") && looksLikeFormula(text.slice(1)) ? text.slice(1) : text;
}

/** A cell the core asks to write, as CSV text: dates `YYYY-MM-DD` / `YYYY-MM-DDTHH:mm:ss`. */
export function csvCellText(cell: CellOutput): string {
  switch (cell.kind) {
    case "empty":
      return "";
    case "text":
      return guardCsv(cell.value);
    case "number":
      return String(cell.value);
    case "boolean":
      return cell.value ? "TRUE" : "FALSE";
    case "date":
      return cell.time ? formatDateTime(cell.value) : formatDate(cell.value);
  }
}

export function isBlankRecord(record: readonly string[]): boolean {
  return record.every((c) => c.trim() === "");
}
