import { once } from "node:events";
import * as zlib from "node:zlib";
import type { ZipEntry } from "./zip-directory";

/** CRC-32 (IEEE), zlib's own where this Node has it (20.15+), else a table, both incremental. */
const CRC_TABLE = Int32Array.from({ length: 256 }, (_v, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

function crc32(data: Uint8Array, previous: number): number {
  const native = (zlib as { crc32?: (d: Uint8Array, v?: number) => number }).crc32;
  if (native) return native(data, previous);
  let c = ~previous;
  for (let i = 0; i < data.length; i++)
    c = (CRC_TABLE[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}

// Entries carry a fixed time (1980-01-01), so the same workbook written twice is the same bytes.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x800;

/**
 * A zip package written into memory (the caller writes it atomically): parts deflated with Node's zlib,
 * large ones as a stream of text pieces, and parts of another package copied as their compressed bytes,
 * untouched. No Zip64: a package Procsheet would write beyond 4 GB is refused before any work.
 */
export class ZipWriter {
  private readonly chunks: Buffer[] = [];
  private readonly central: Buffer[] = [];
  private offset = 0;
  private readonly names = new Set<string>();

  private entry(name: string, method: number, crc: number, size: number, data: readonly Buffer[]): void {
    if (this.names.has(name)) throw new Error(`zip: ${name} written twice`);
    this.names.add(name);
    const compressedSize = data.reduce((n, d) => n + d.length, 0);
    if (this.offset + compressedSize > 0xfffffff0 || size > 0xfffffff0)
      throw new RangeError("zip: the package would need Zip64");
    const nameBytes = Buffer.from(name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressedSize, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(UTF8_NAMES, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressedSize, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(this.offset, 42);
    this.central.push(central, nameBytes);
    this.chunks.push(local, nameBytes, ...data);
    this.offset += local.length + nameBytes.length + compressedSize;
  }

  has(name: string): boolean {
    return this.names.has(name);
  }

  /** A part given whole, deflated. */
  add(name: string, data: string | Uint8Array): void {
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data);
    this.entry(name, 8, crc32(bytes, 0), bytes.length, [zlib.deflateRawSync(bytes)]);
  }

  /** A part given as pieces of text, deflated as they come: the part itself is never whole in memory. */
  async addText(name: string, pieces: AsyncIterable<string> | Iterable<string>): Promise<void> {
    const deflate = zlib.createDeflateRaw({ chunkSize: 1 << 16 });
    const out: Buffer[] = [];
    deflate.on("data", (d: Buffer) => out.push(d));
    const done = once(deflate, "end");
    let crc = 0;
    let size = 0;
    let pending = "";
    const write = async (text: string): Promise<void> => {
      const bytes = Buffer.from(text, "utf8");
      crc = crc32(bytes, crc);
      size += bytes.length;
      if (!deflate.write(bytes)) await once(deflate, "drain");
    };
    for await (const piece of pieces) {
      // Many small pieces (a row each) are gathered first: a write per row would cost more than the row.
      pending += piece;
      if (pending.length >= 1 << 16) {
        await write(pending);
        pending = "";
      }
    }
    if (pending !== "") await write(pending);
    deflate.end();
    await done;
    this.entry(name, 8, crc, size, out);
  }

  /** A part of another package, its compressed bytes copied as they are. */
  copy(source: Buffer, entry: ZipEntry): void {
    const data = source.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    this.entry(entry.name, entry.method, entry.crc32, entry.size, [data]);
  }

  /** The package's bytes. */
  finish(): Buffer {
    const size = this.central.reduce((n, c) => n + c.length, 0);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.names.size, 8);
    end.writeUInt16LE(this.names.size, 10);
    end.writeUInt32LE(size, 12);
    end.writeUInt32LE(this.offset, 16);
    return Buffer.concat([...this.chunks, ...this.central, end]);
  }
}
