import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { getHeapStatistics } from "node:v8";
import { constants, inflateRawSync } from "node:zlib";
import type { Context } from "../context";
import { badInput } from "../failure";
import { parseRange } from "./xlsx-address";
import { attribute } from "./xlsx-text";
import { HISTORY_SHEET_NAME } from "./history";
import { parseRelationships, REL_TYPE, relsPartOf } from "./xlsx-book";
import { entryBytes, readZipDirectory, ZipUnreadable, type ZipEntry } from "./zip-directory";

/**
 * How much heap a sync needs, estimated before anything is read: a part per row and a part per byte
 * of cells. Measured as the smallest --max-old-space-size each run completes in, on 200,000-row
 * procurement registers (bench/large-register.mjs): CSV → .xlsx 581 MB with half the rows new cases,
 * 768 MB with all of them new (the most work a row makes); .xlsx in place 612 MB and 831 MB; and the
 * workbook a 200,000-row CSV converts to, with its 219,762 History rows, synced with nothing to do:
 * 550 MB. How many rows are new cannot be known before reading, so a row counts as a new one. The
 * constants give 1,046, 976, 991, 938 and 1,366 MB for those five.
 */
export const HEAP_PER_ROW = 4_200;
/** Per row of History (a sheet named like History, an --events file): read, checked, never synced. */
export const HEAP_PER_HISTORY_ROW = 1_000;
/** Per byte of a CSV file, and per byte of an .xlsx's uncompressed worksheet and shared-string XML. */
export const HEAP_PER_BYTE = { csv: 8, xlsx: 2 } as const;
/** What Node, the engine and the libraries take before any register is read. */
export const HEAP_BASE = 64 * 1024 * 1024;

/** What a register file makes a sync do, as far as can be told without reading its cells. */
export interface WorkSize {
  readonly kind: "csv" | "xlsx";
  /** Rows in the file (a CSV's lines; an .xlsx's worksheet extents, History's included). */
  readonly rows: number;
  /** Of those, the rows of History. */
  readonly historyRows: number;
  /** Bytes of cell data: the CSV file, or an .xlsx's worksheets and shared strings uncompressed. */
  readonly bytes: number;
}

/** The heap a file's work needs, beyond HEAP_BASE. */
export function heapFor(work: WorkSize): number {
  const synced = work.rows - work.historyRows;
  return (
    synced * HEAP_PER_ROW + work.historyRows * HEAP_PER_HISTORY_ROW + work.bytes * HEAP_PER_BYTE[work.kind]
  );
}

/** This process's heap limit (V8's; `--max-old-space-size` sets it). */
export function heapLimit(): number {
  return getHeapStatistics().heap_size_limit;
}

/**
 * Lines in a text file, any of LF, CR or CRLF ending them, in UTF-8, UTF-16 or GB18030 alike: counted a
 * few megabytes at a time, so that a file of any size is measured without being held. A CR followed by
 * an LF (with a NUL between them in UTF-16) ends one line.
 */
function lineCount(path: string): number {
  const fd = openSync(path, "r");
  const buf = Buffer.alloc(4 << 20);
  let ends = 0;
  try {
    for (let n = readSync(fd, buf, 0, buf.length, null); n > 0; n = readSync(fd, buf, 0, buf.length, null)) {
      const chunk = buf.subarray(0, n);
      for (let at = chunk.indexOf(0x0a); at >= 0; at = chunk.indexOf(0x0a, at + 1)) ends++;
      for (let at = chunk.indexOf(0x0d); at >= 0; at = chunk.indexOf(0x0d, at + 1)) {
        const next = chunk[at + 1] === 0 ? chunk[at + 2] : chunk[at + 1];
        if (next !== 0x0a) ends++;
      }
    }
  } finally {
    closeSync(fd);
  }
  return ends + 1;
}

/** A worksheet's `<dimension ref>`, read from the part's first bytes only (it comes before the rows). */
function dimensionRows(bytes: Buffer, entry: ZipEntry): number | undefined {
  const head = bytes.subarray(entry.dataStart, entry.dataStart + Math.min(entry.compressedSize, 16_384));
  let text: string;
  try {
    // A sync flush inflates as much as the first bytes hold, without wanting the rest.
    text = (
      entry.method === 0 ? head : inflateRawSync(head, { finishFlush: constants.Z_SYNC_FLUSH })
    ).toString("utf8");
  } catch {
    return undefined;
  }
  const tag = /<(?:[\w.-]+:)?dimension\b[^>]*>/.exec(text)?.[0];
  const range = tag ? parseRange(attribute(tag, "ref") ?? "") : undefined;
  return range ? range.bottom - range.top + 1 : undefined;
}

const CELL_PARTS = /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/i;

/** The worksheet parts of sheets named like History, from the workbook part and its relationships. */
function historyParts(bytes: Buffer, entries: readonly ZipEntry[]): Set<string> {
  const byName = new Map(entries.map((e) => [e.name.toLowerCase(), e]));
  const text = (name: string): string | undefined => {
    const e = byName.get(name.toLowerCase());
    try {
      return e ? entryBytes(bytes, e).toString("utf8") : undefined;
    } catch {
      return undefined;
    }
  };
  const workbook =
    parseRelationships("", text("_rels/.rels")).find((r) => r.type === REL_TYPE.officeDocument)?.target ??
    "xl/workbook.xml";
  const rels = parseRelationships(workbook, text(relsPartOf(workbook)));
  const parts = new Set<string>();
  for (const m of (text(workbook) ?? "").matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)) {
    if (!HISTORY_SHEET_NAME.test(attribute(m[0], "name") ?? "")) continue;
    const id = /\s[\w.-]+:id="([^"]*)"/.exec(m[0])?.[1];
    const target = rels.find((r) => r.id === id)?.target;
    if (target) parts.add(target.toLowerCase());
  }
  return parts;
}

/** An .xlsx package's work, from its zip directory and its sheets' dimensions; undefined when it is no zip. */
function workbookWork(bytes: Buffer): WorkSize | undefined {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes);
  } catch (e) {
    if (e instanceof ZipUnreadable) return undefined; // reading it says what is wrong, in its own words
    throw e;
  }
  const history = historyParts(bytes, entries);
  let rows = 0;
  let historyRows = 0;
  let size = 0;
  for (const e of entries) {
    if (!CELL_PARTS.test(e.name)) continue;
    size += e.size;
    if (!/worksheets/i.test(e.name)) continue;
    // A part of cells holds at least some ~20 bytes a row; a writer that left the dimension out is counted so.
    const n = dimensionRows(bytes, e) ?? Math.ceil(e.size / 20);
    rows += n;
    if (history.has(e.name.toLowerCase())) historyRows += n;
  }
  return { kind: "xlsx", rows, historyRows, bytes: size };
}

/** What a file is to the command: a register it syncs, or a History it appends to. */
export type FileRole = "register" | "history";

/** The work a register or History file makes, or undefined for a file that is missing (reading it says so). */
export function fileWork(
  ctx: Context,
  file: string,
  kind: "csv" | "xlsx",
  role: FileRole = "register",
): WorkSize | undefined {
  const path = resolve(ctx.cwd, file);
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return undefined;
    size = stat.size;
  } catch {
    return undefined;
  }
  const work: WorkSize | undefined =
    kind === "csv"
      ? { kind, rows: lineCount(path), historyRows: 0, bytes: size }
      : workbookWork(readFileSync(path));
  return work && role === "history" ? { ...work, historyRows: work.rows } : work;
}

function megabytes(n: number): number {
  return Math.ceil(n / (1024 * 1024));
}

/**
 * Refuses, before any of them is read, files whose sync would together need more heap than this process
 * has: one line naming the size, the limit and what to do, rather than a crash after minutes of work.
 * The line names the largest file; missing files pass (reading them says so).
 */
export function guardSize(
  ctx: Context,
  files: readonly (readonly [file: string, kind: "csv" | "xlsx", role?: FileRole])[],
): void {
  let largest: { file: string; work: WorkSize } | undefined;
  let rows = 0;
  let bytes = 0;
  let need = HEAP_BASE;
  for (const [file, kind, role] of files) {
    const w = fileWork(ctx, file, kind, role);
    if (!w) continue;
    rows += w.rows;
    bytes += w.bytes;
    need += heapFor(w);
    if (!largest || heapFor(w) > heapFor(largest.work)) largest = { file, work: w };
  }
  if (!largest) return;
  const file = largest.file;
  const limit = heapLimit();
  if (need <= limit) return;
  // Room for the estimate, rounded up to a whole 512 MB.
  const suggest = Math.ceil(megabytes(need * 1.1) / 512) * 512;
  throw badInput(ctx.m.tooLarge(file, rows, megabytes(bytes), megabytes(need), megabytes(limit), suggest));
}
