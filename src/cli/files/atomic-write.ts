import { randomBytes } from "node:crypto";
import {
  closeSync,
  fsyncSync,
  openSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  chmodSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Context } from "../context";
import { badInput } from "../failure";

function errorCode(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  return typeof code === "string" ? code : e instanceof Error ? e.message : String(e);
}

/**
 * Writes `data` to `file` so that readers see the old file or the new one, never half of it: a temp file
 * in the same directory (same file system, so the rename is atomic), flushed, then renamed over the target.
 * The target keeps its permissions. A failure leaves the target as it was and is reported as bad input.
 */
export function writeFileAtomic(ctx: Context, file: string, data: string | Uint8Array): void {
  const dir = dirname(file);
  const temp = join(dir, `.${basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  let mode: number | undefined;
  try {
    mode = statSync(file).mode & 0o777;
  } catch {
    mode = undefined;
  }
  try {
    const fd = openSync(temp, "wx", mode ?? 0o666);
    try {
      const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
      let offset = 0;
      while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (mode !== undefined) chmodSync(temp, mode);
    renameSync(temp, file);
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // the temp file was never created
    }
    throw badInput(ctx.m.cannotWrite(file, errorCode(e)));
  }
}
