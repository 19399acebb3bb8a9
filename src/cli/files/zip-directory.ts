import { createInflateRaw, inflateRawSync } from "node:zlib";

/**
 * One file in a zip package, from its central directory (APPNOTE.TXT §4.3.12): enough to size the work
 * before inflating anything (the size guard), to inflate it, or to copy its compressed bytes unchanged.
 */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  /** Uncompressed size, as the central directory states it. */
  readonly size: number;
  /** Where the compressed bytes start in the package. */
  readonly dataStart: number;
}

/** A package this reader does not take (not a zip, Zip64, encrypted): the reason, for the person's message. */
export class ZipUnreadable extends Error {
  override readonly name = "ZipUnreadable";
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function endOfCentralDirectory(buf: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  for (let at = buf.length - 22; at >= Math.max(0, buf.length - 22 - 0xffff); at--)
    if (buf.readUInt32LE(at) === EOCD) return at;
  throw new ZipUnreadable("no zip directory (the file is not a zip package)");
}

/** The entries of a zip package, in directory order. */
export function readZipDirectory(buf: Buffer): ZipEntry[] {
  if (buf.length < 22) throw new ZipUnreadable("too short to be a zip package");
  const end = endOfCentralDirectory(buf);
  const count = buf.readUInt16LE(end + 10);
  const offset = buf.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new ZipUnreadable("Zip64 packages are not supported");
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL)
      throw new ZipUnreadable("the zip directory is damaged");
    const flags = buf.readUInt16LE(at + 8);
    const method = buf.readUInt16LE(at + 10);
    const crc32 = buf.readUInt32LE(at + 16);
    const compressedSize = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString(flags & 0x800 ? "utf8" : "latin1", at + 46, at + 46 + nameLength);
    if (compressedSize === 0xffffffff || size === 0xffffffff || local === 0xffffffff)
      throw new ZipUnreadable("Zip64 packages are not supported");
    if (flags & 0x1) throw new ZipUnreadable(`${name} is encrypted`);
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL)
      throw new ZipUnreadable(`the zip entry ${name} is damaged`);
    // The local header's own name and extra lengths, which may differ from the directory's.
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (dataStart + compressedSize > buf.length)
      throw new ZipUnreadable(`the zip entry ${name} is cut short`);
    entries.push({ name, method, flags, crc32, compressedSize, size, dataStart });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function compressed(buf: Buffer, entry: ZipEntry): Buffer {
  if (entry.method !== 0 && entry.method !== 8)
    throw new ZipUnreadable(`${entry.name} uses zip method ${entry.method}, which is not supported`);
  return buf.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
}

/** An entry's bytes, inflated (for small parts: workbook, rels, styles, tables). */
export function entryBytes(buf: Buffer, entry: ZipEntry): Buffer {
  const data = compressed(buf, entry);
  return entry.method === 0 ? Buffer.from(data) : inflateRawSync(data);
}

/**
 * An entry's text, inflated and decoded a piece at a time, so that a sheet of a million rows never sits
 * in memory whole (nor meets V8's limit on the length of one string).
 */
export async function* entryText(buf: Buffer, entry: ZipEntry): AsyncGenerator<string> {
  const data = compressed(buf, entry);
  const decoder = new TextDecoder("utf-8");
  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += 1 << 20)
      yield decoder.decode(data.subarray(at, at + (1 << 20)), { stream: true });
  } else {
    const inflate = createInflateRaw({ chunkSize: 1 << 20 });
    inflate.end(data);
    for await (const chunk of inflate) yield decoder.decode(chunk as Buffer, { stream: true });
  }
  const rest = decoder.decode();
  if (rest !== "") yield rest;
}
