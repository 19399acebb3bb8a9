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
  /** The header line's end: records may end in any of CRLF, LF or CR (as Excel reads them); writing uses this. */
  readonly eol: CsvLineEnd;
  /** `,`, or `;` (Excel in German or French locales), or TAB (Excel's "Unicode text"). */
  readonly delimiter: CsvDelimiter;
}

export type CsvDelimiter = "," | ";" | "\t";
export type CsvLineEnd = "\n" | "\r\n" | "\r";

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
 * The delimiter and line end of a CSV, from its header line (the first line with a delimiter, quoted
 * text aside): the delimiter that occurs most, on a tie TAB (it rarely stands in a header's text), then
 * comma; the line end that closes that line (else the first line end, else LF).
 */
export function detectLayout(text: string): { delimiter: CsvDelimiter; eol: CsvLineEnd } {
  const counts = { "\t": 0, ",": 0, ";": 0 };
  let quoted = false;
  let first: CsvLineEnd | undefined;
  let eol: CsvLineEnd | undefined;
  for (let i = 0; i < text.length && eol === undefined; i++) {
    const ch = text[i] as string;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) {
      const end = ch === "\r" && text[i + 1] === "\n" ? "\r\n" : ch;
      first ??= end;
      if (counts["\t"] + counts[","] + counts[";"] > 0) eol = end;
      else i += end.length - 1;
    } else if (!quoted && (ch === "\t" || ch === "," || ch === ";")) counts[ch]++;
  }
  const order: CsvDelimiter[] = ["\t", ",", ";"];
  const most = order.reduce((best, d) => (counts[d] > counts[best] ? d : best));
  const delimiter = counts[most] > 0 ? most : ",";
  return { delimiter, eol: eol ?? first ?? "\n" };
}

/** Parses a CSV file's text (as readText decoded it); malformed CSV is bad input naming the file. */
export function parseCsv(ctx: Context, file: string, source: DecodedText): CsvDocument {
  const { text } = source;
  const { delimiter, eol } = detectLayout(text);
  let parsed: ParsedRecord[];
  try {
    // With `info`, csv-parse returns { record, info } per record; its typings only describe plain records.
    parsed = parse(text, {
      bom: true,
      delimiter,
      info: true,
      // Outside quotes each of CRLF, LF and CR ends a record, as in Excel: rows a script appended with
      // another line end are rows, not text folded into the last cell (CRLF first, so it is one end).
      record_delimiter: ["\r\n", "\n", "\r"],
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
    eol,
    delimiter,
  };
}

export function stringifyCsv(
  records: readonly (readonly string[])[],
  options: { readonly eol?: CsvLineEnd; readonly bom?: boolean; readonly delimiter?: CsvDelimiter } = {},
): string {
  const body = stringify(
    records.map((r) => [...r]),
    {
      record_delimiter: options.eol ?? "\n",
      delimiter: options.delimiter ?? ",",
      // csv-stringify quotes a field holding the delimiter, a quote or the file's own line end; a CR or
      // LF of another kind (Alt+Enter in Excel is a bare LF) must be quoted too, or the row splits.
      quoted_match: /[\r\n]/,
    },
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

const LINE_BREAK = /(\r\n|\r|\n)/;

function isFormulaText(text: string): boolean {
  return looksLikeFormula(text) && !PLAIN_NUMBER.test(text.trim());
}

/** Each line after the first of a cell, split on CRLF, CR or LF, with the breaks kept between them. */
function mapLaterLines(text: string, f: (line: string) => string): string {
  return text
    .split(LINE_BREAK)
    .map((part, i) => (i >= 2 && i % 2 === 0 ? f(part) : part))
    .join("");
}

/**
 * Text as it goes into a CSV cell: text a spreadsheet would read as a formula gets a leading `'`
 * (OWASP; docs/reliability.md §1). Plain numbers such as `-5` are left alone — a spreadsheet reads them as numbers.
 * A multi-line cell gets the same mark on every later line that could start a formula: the writer quotes
 * the cell, so in Excel or LibreOffice the line stays inside it, but a program that splits a cell's lines
 * (a line-based script, "split by line feed" in Power Query) must not meet a live `=cmd|…` either.
 */
export function guardCsv(text: string): string {
  const first = isFormulaText(text) ? `'${text}` : text;
  return mapLaterLines(first, (line) => (isFormulaText(line) ? `'${line}` : line));
}

/** The inverse of guardCsv when reading: `'=1+1` is the text `=1+1`. Other leading quotes are data. */
export function unguardCsv(text: string): string {
  const unmark = (t: string): string => (t.startsWith("'") && looksLikeFormula(t.slice(1)) ? t.slice(1) : t);
  return mapLaterLines(unmark(text), unmark);
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
