import { randomBytes } from "node:crypto";
import {
  accessSync,
  chmodSync,
  closeSync,
  constants,
  existsSync,
  fsyncSync,
  lstatSync,
  openSync,
  readlinkSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
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
  /** The path as the person gave it, for messages. */
  readonly file: string;
  /** The file written: the path itself, or what its symbolic links point at. */
  readonly target: string;
  readonly temp: string;
}

function removeQuietly(temp: string): void {
  try {
    unlinkSync(temp);
  } catch {
    // the temp file was never created
  }
}

/**
 * The file a path names, through symbolic links: renaming a temp file over a link would replace the link
 * with a file and leave the register it points at stale. A missing target (a dangling link, a new History)
 * is followed link by link; a path that is no link is itself.
 */
function linkTarget(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    // missing, or a link to a file not there yet
  }
  let path = file;
  for (let hops = 0; hops < 40; hops++) {
    try {
      if (!lstatSync(path).isSymbolicLink()) return path;
      path = resolve(dirname(path), readlinkSync(path));
    } catch {
      return path;
    }
  }
  return path;
}

/**
 * Writes `data` beside the file a path names (through links) in a temp file — the same directory, so the
 * same file system and an atomic rename — flushed, with the target's permissions.
 */
function stage(ctx: Context, file: string, data: string | Uint8Array): Staged {
  const target = linkTarget(file);
  const temp = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
  let mode: number | undefined;
  try {
    mode = statSync(target).mode & 0o777;
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
    return { file, target, temp };
  } catch (e) {
    removeQuietly(temp);
    throw badInput(ctx.m.cannotWrite(file, errorCode(e)));
  }
}

function commit(ctx: Context, staged: Staged): void {
  try {
    renameSync(staged.temp, staged.target);
  } catch (e) {
    removeQuietly(staged.temp);
    throw badInput(ctx.m.cannotWrite(staged.file, errorCode(e)));
  }
}

/**
 * Writes `data` to `file` so that readers see the old file or the new one, never half of it. A failure
 * leaves the target as it was and is reported as bad input. Through a symbolic link, the file it points
 * at is written and the link kept.
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
    const target = linkTarget(file);
    try {
      if (existsSync(target) && statSync(target).isDirectory()) throw badInput(ctx.m.isDirectory(shown));
      accessSync(dirname(target), constants.W_OK);
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
