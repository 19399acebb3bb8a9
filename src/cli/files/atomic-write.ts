import { randomBytes } from "node:crypto";
import {
  closeSync,
  fsyncSync,
  lstatSync,
  openSync,
  readlinkSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  chmodSync,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { Context } from "../context";
import { badInput } from "../failure";

function errorCode(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  return typeof code === "string" ? code : e instanceof Error ? e.message : String(e);
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
 * Writes `data` to `file` so that readers see the old file or the new one, never half of it: a temp file
 * in the same directory (same file system, so the rename is atomic), flushed, then renamed over the target.
 * The target keeps its permissions. A failure leaves the target as it was and is reported as bad input.
 * Through a symbolic link, the file it points at is written (atomically, beside it) and the link kept.
 */
export function writeFileAtomic(ctx: Context, file: string, data: string | Uint8Array): void {
  const target = linkTarget(file);
  const dir = dirname(target);
  const temp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
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
    renameSync(temp, target);
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // the temp file was never created
    }
    throw badInput(ctx.m.cannotWrite(file, errorCode(e)));
  }
}
