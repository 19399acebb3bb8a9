import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { getHeapStatistics } from "node:v8";
import { constants, inflateRawSync } from "node:zlib";
import type { Context } from "../context";
import { badInput } from "../failure";
import { parseRange } from "./xlsx-address";
import { attribute } from "./xlsx-text";
import { readZipDirectory, ZipUnreadable, type ZipEntry } from "./zip-directory";

/**
 * How much heap a sync needs, estimated before anything is read: a part per row (the rows as the rules
 * see them, the sync's changes and events, History's rows) and a part per byte of cells. Measured on
 * 200,000-row procurement registers (bench/large-register.mjs) as the smallest --max-old-space-size each
 * run completes in: CSV → .xlsx 581 MB (half the rows new cases) and 768 MB (all new: the most work a row
 * makes); .xlsx in place 612 MB and 831 MB. The constants give 945, 840, 1,175 and 962 MB for those four.
 */
export const HEAP_PER_ROW = 3_200;
/** Per byte of a CSV file, and per byte of an .xlsx's uncompressed worksheet and shared-string XML. */
export const HEAP_PER_BYTE = { csv: 12, xlsx: 8 } as const;
/** What Node, the engine and the libraries take before any register is read. */
export const HEAP_BASE = 64 * 1024 * 1024;

/** What a register file makes a sync do, as far as can be told without reading its cells. */
export interface WorkSize {
  readonly kind: "csv" | "xlsx";
  /** Rows in the file (a CSV's lines; an .xlsx's worksheet extents, History included). */
  readonly rows: number;
  /** Bytes of cell data: the CSV file, or an .xlsx's worksheets and shared strings uncompressed. */
  readonly bytes: number;
}

/** The heap a file's work needs, beyond HEAP_BASE. */
export function heapFor(work: WorkSize): number {
  return work.rows * HEAP_PER_ROW + work.bytes * HEAP_PER_BYTE[work.kind];
}

/** This process's heap limit (V8's; `--max-old-space-size` sets it). */
export function heapLimit(): number {
  return getHeapStatistics().heap_size_limit;
}

/**
 * Lines in a text file, any of LF, CR or CRLF ending them, in UTF-8, UTF-16 or GB18030 alike: counted a
 * few megabytes at a time, so that a file of any size is measured without being held.
 */
function lineCount(path: string): number {
  const fd = openSync(path, "r");
  const buf = Buffer.alloc(4 << 20);
  let lf = 0;
  let cr = 0;
  try {
    for (let n = readSync(fd, buf, 0, buf.length, null); n > 0; n = readSync(fd, buf, 0, buf.length, null)) {
      const chunk = buf.subarray(0, n);
      for (let at = chunk.indexOf(0x0a); at >= 0; at = chunk.indexOf(0x0a, at + 1)) lf++;
      for (let at = chunk.indexOf(0x0d); at >= 0; at = chunk.indexOf(0x0d, at + 1)) cr++;
    }
  } finally {
    closeSync(fd);
  }
  return Math.max(lf, cr) + 1;
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

/** An .xlsx package's work, from its zip directory and its sheets' dimensions; undefined when it is no zip. */
function workbookWork(bytes: Buffer): WorkSize | undefined {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes);
  } catch (e) {
    if (e instanceof ZipUnreadable) return undefined; // reading it says what is wrong, in its own words
    throw e;
  }
  let rows = 0;
  let size = 0;
  for (const e of entries) {
    if (!CELL_PARTS.test(e.name)) continue;
    size += e.size;
    // A part of cells holds at least some ~20 bytes a row; a writer that left the dimension out is counted so.
    if (/worksheets/i.test(e.name)) rows += dimensionRows(bytes, e) ?? Math.ceil(e.size / 20);
  }
  return { kind: "xlsx", rows, bytes: size };
}

/** The work a register or History file makes, or undefined for a file that is missing (reading it says so). */
export function fileWork(ctx: Context, file: string, kind: "csv" | "xlsx"): WorkSize | undefined {
  const path = resolve(ctx.cwd, file);
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return undefined;
    size = stat.size;
  } catch {
    return undefined;
  }
  return kind === "csv" ? { kind, rows: lineCount(path), bytes: size } : workbookWork(readFileSync(path));
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
  files: readonly (readonly [file: string, kind: "csv" | "xlsx"])[],
): void {
  let largest: { file: string; work: WorkSize } | undefined;
  let rows = 0;
  let bytes = 0;
  let need = HEAP_BASE;
  for (const [file, kind] of files) {
    const w = fileWork(ctx, file, kind);
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
