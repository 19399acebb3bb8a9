import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import type { CellOutput } from "../../core/register/cell-value";
import { looksLikeFormula } from "../../core/register/formula-guard";
import { formatDate, formatDateTime } from "../../core/time/local-time";
import type { Context } from "../context";
import { badInput } from "../failure";
import { encodeText, encodingLabel, type DecodedText, type TextEncoding } from "./text-file";

/** How a CSV file is written: what it takes to write one back the way it came. */
export interface CsvFormat {
  readonly encoding: TextEncoding;
  readonly bom: boolean;
  readonly eol: "\n" | "\r\n";
  /** `,`, or `;` (Excel in German or French locales), or TAB (Excel's "Unicode text"). */
  readonly delimiter: CsvDelimiter;
}

export type CsvDelimiter = "," | ";" | "\t";

/** A CSV file as records of text, with what it takes to write it back the same way. */
export interface CsvDocument extends CsvFormat {
  readonly records: string[][];
  /** The line each record ends on (1-based), for messages. */
  readonly lines: readonly number[];
}

/** What a CSV written for people looks like: UTF-8 with a BOM, so Excel shows Chinese as Chinese. */
export const NEW_CSV: CsvFormat = { encoding: "utf-8", bom: true, eol: "\n", delimiter: "," };

interface ParsedRecord {
  readonly record: string[];
  readonly info: { readonly lines: number };
}

/**
 * The delimiter of a CSV, from its header line (the first line, quoted text aside): the one that occurs
 * most; on a tie TAB (it rarely stands in a header's text), then comma.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = { "\t": 0, ",": 0, ";": 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) {
      if (counts["\t"] + counts[","] + counts[";"] > 0) break;
    } else if (!quoted && (ch === "\t" || ch === "," || ch === ";")) counts[ch]++;
  }
  const order: CsvDelimiter[] = ["\t", ",", ";"];
  return order.reduce((best, d) => (counts[d] > counts[best] ? d : best), ",");
}

/** Parses a CSV file's text (as readText decoded it); malformed CSV is bad input naming the file. */
export function parseCsv(ctx: Context, file: string, source: DecodedText): CsvDocument {
  const { text } = source;
  const delimiter = detectDelimiter(text);
  let parsed: ParsedRecord[];
  try {
    // With `info`, csv-parse returns { record, info } per record; its typings only describe plain records.
    parsed = parse(text, {
      bom: true,
      delimiter,
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
    encoding: source.encoding,
    bom: source.bom,
    eol: text.includes("\r\n") ? "\r\n" : "\n",
    delimiter,
  };
}

export function stringifyCsv(
  records: readonly (readonly string[])[],
  options: { readonly eol?: "\n" | "\r\n"; readonly bom?: boolean; readonly delimiter?: CsvDelimiter } = {},
): string {
  const body = stringify(
    records.map((r) => [...r]),
    { record_delimiter: options.eol === "\r\n" ? "windows" : "unix", delimiter: options.delimiter ?? "," },
  );
  return (options.bom ? "\uFEFF" : "") + body;
}

/**
 * Records as the bytes of the CSV file `file` in `format` (its encoding, BOM, line end and delimiter);
 * text that would not read back the same in that encoding is bad input, and nothing is written.
 */
export function csvBytes(
  ctx: Context,
  file: string,
  records: readonly (readonly string[])[],
  format: CsvFormat,
): Buffer {
  const bytes = encodeText(stringifyCsv(records, { ...format, bom: false }), format.encoding, format.bom);
  if (!bytes) throw badInput(ctx.m.cannotEncode(file, encodingLabel(format.encoding)));
  return bytes;
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
