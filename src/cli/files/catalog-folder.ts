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

function processFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => isCatalogFileName(f) && !isDirectory(join(dir, f)))
    .sort();
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

/** Every `*.process.json` of the catalogue folder, sorted by name, with its index entry. */
export function readCatalog(ctx: Context, dir: string): CatalogFile[] {
  return processFiles(dir).map((file) => {
    const text = readTextFile(ctx, join(dir, file));
    return { file, text, entry: catalogIndexEntry(file, text, contentHash(text)) };
  });
}
