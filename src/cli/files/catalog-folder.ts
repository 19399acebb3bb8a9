import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import {
  CATALOG_DIR,
  catalogIndexEntry,
  isCatalogFileName,
  type CatalogIndexEntry,
} from "../../core/catalog/catalog-index";
import type { Context } from "../context";
import { badInput } from "../failure";
import { readTextFile } from "./process-file";

/** One file of the catalogue, read. */
export interface CatalogFile {
  readonly file: string;
  readonly text: string;
  readonly entry: CatalogIndexEntry;
}

/** The content hash the index carries: SHA-256 of the text as UTF-8 without a BOM (what the pane can recompute). */
export function contentHash(text: string): string {
  return createHash("sha256")
    .update(Buffer.from(text.replace(/^\uFEFF/, ""), "utf8"))
    .digest("hex");
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The catalogue's process files, and the symbolic links named like one. Links are never read: the index's
 * hash must describe what the web server serves, and whether a server follows links (and where to) is
 * its own setting; a link is also how a file from outside the folder (a system file) would get published.
 * A link that stays inside the folder is refused too — one rule, with nothing to resolve or race.
 */
function catalogEntries(dir: string): { files: string[]; links: string[] } {
  const entries = readdirSync(dir, { withFileTypes: true }).filter((e) => isCatalogFileName(e.name));
  const names = (keep: (e: (typeof entries)[number]) => boolean): string[] =>
    entries
      .filter(keep)
      .map((e) => e.name)
      .sort();
  return { files: names((e) => e.isFile()), links: names((e) => e.isSymbolicLink()) };
}

function processFiles(dir: string): string[] {
  return catalogEntries(dir).files;
}

/**
 * The catalogue folder for `folder`: the folder itself when it is named catalog or holds *.process.json
 * files, else its catalog/ subfolder (the deployed add-in folder's), created when missing. The same rule
 * as scripts/catalog.mjs.
 */
export function catalogDir(ctx: Context, folder: string): string {
  const path = resolve(ctx.cwd, folder);
  if (!isDirectory(path)) throw badInput(ctx.m.catalogNoFolder(folder));
  if (basename(path) === CATALOG_DIR || processFiles(path).length > 0) return path;
  const dir = join(path, CATALOG_DIR);
  if (!existsSync(dir)) mkdirSync(dir);
  if (!isDirectory(dir)) throw badInput(ctx.m.catalogNoFolder(join(folder, CATALOG_DIR)));
  return dir;
}

/** Every `*.process.json` of the catalogue folder, sorted by name, with its index entry; links skipped, with a warning. */
export function readCatalog(ctx: Context, dir: string): CatalogFile[] {
  const { files, links } = catalogEntries(dir);
  for (const link of links) ctx.err(ctx.m.catalogLinkSkipped(link));
  return files.map((file) => {
    const text = readTextFile(ctx, join(dir, file));
    return { file, text, entry: catalogIndexEntry(file, text, contentHash(text)) };
  });
}
