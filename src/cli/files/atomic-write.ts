import { randomBytes } from "node:crypto";
import {
  accessSync,
  constants,
  existsSync,
  closeSync,
  fsyncSync,
  openSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  chmodSync,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { Context } from "../context";
import { BadInput, badInput } from "../failure";

function errorCode(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  return typeof code === "string" ? code : e instanceof Error ? e.message : String(e);
}

/** A file a command will write, and its new content. */
export interface FileWrite {
  readonly file: string;
  readonly data: string | Uint8Array;
}

interface Staged {
  readonly file: string;
  readonly temp: string;
}

function removeQuietly(temp: string): void {
  try {
    unlinkSync(temp);
  } catch {
    // the temp file was never created
  }
}

/** Writes `data` beside `file` in a temp file (same directory: same file system, so the rename is atomic), flushed. */
function stage(ctx: Context, file: string, data: string | Uint8Array): Staged {
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
    // The target keeps its permissions.
    if (mode !== undefined) chmodSync(temp, mode);
    return { file, temp };
  } catch (e) {
    removeQuietly(temp);
    throw badInput(ctx.m.cannotWrite(file, errorCode(e)));
  }
}

function commit(ctx: Context, staged: Staged): void {
  try {
    renameSync(staged.temp, staged.file);
  } catch (e) {
    removeQuietly(staged.temp);
    throw badInput(ctx.m.cannotWrite(staged.file, errorCode(e)));
  }
}

/**
 * Writes `data` to `file` so that readers see the old file or the new one, never half of it: a temp file
 * flushed, then renamed over the target. A failure leaves the target as it was and is reported as bad input.
 */
export function writeFileAtomic(ctx: Context, file: string, data: string | Uint8Array): void {
  commit(ctx, stage(ctx, file, data));
}

/**
 * Writes several files together (a register and its History): every target is checked and every new
 * content staged before the first rename, so a missing folder, a read-only one or a full disk stops
 * the command with nothing changed. Only a rename failing between two renames could leave one file
 * new and the other old; the checks before make that a failure of the file system itself.
 */
export function writeAllAtomic(ctx: Context, writes: readonly FileWrite[]): void {
  const files = writes.map((w) => resolve(ctx.cwd, w.file));
  files.forEach((file, i) => {
    const shown = writes[i]?.file ?? file;
    try {
      if (existsSync(file) && statSync(file).isDirectory()) throw badInput(ctx.m.isDirectory(shown));
      accessSync(dirname(file), constants.W_OK);
    } catch (e) {
      if (e instanceof BadInput) throw e;
      throw badInput(ctx.m.cannotWrite(shown, errorCode(e)));
    }
  });
  const staged: Staged[] = [];
  try {
    writes.forEach((w, i) => staged.push(stage(ctx, files[i] as string, w.data)));
  } catch (e) {
    for (const s of staged) removeQuietly(s.temp);
    throw e;
  }
  for (const s of staged) commit(ctx, s);
}
