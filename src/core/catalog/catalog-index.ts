import type { Text } from "../text";

/**
 * An organisation's process catalogue: `*.process.json` files in the `catalog/` folder beside the
 * deployed task pane, listed by `catalog/index.json`. The index is made at build time (webpack.config.js)
 * and again by `procsheet catalog <folder>` or `node scripts/catalog.mjs <folder>` (same output: a test
 * compares them); the pane reads it (src/taskpane/templates/org-catalog.ts).
 */
export const CATALOG_DIR = "catalog";
export const CATALOG_INDEX = "index.json";
export const CATALOG_SUFFIX = ".process.json";

export interface CatalogIndexEntry {
  /** The file's name inside catalog/, e.g. `purchase.process.json`. */
  readonly file: string;
  /** SHA-256 (hex) of the file's text as UTF-8, without a byte-order mark. */
  readonly sha256: string;
  /** Absent when the file is not a JSON object with a string `id` (the pane then shows its problems). */
  readonly id?: string;
  /** The definition's `version`, 1 when it has none. */
  readonly version?: number;
  readonly name?: Text;
}

export interface CatalogIndex {
  readonly schema: 1;
  /** Sorted by file name. */
  readonly processes: readonly CatalogIndexEntry[];
}

/** A plain file name ending in .process.json: no folders, nothing hidden, so no URL can leave catalog/. */
export function isCatalogFileName(name: string): boolean {
  return (
    name.endsWith(CATALOG_SUFFIX) &&
    name.length > CATALOG_SUFFIX.length &&
    !name.startsWith(".") &&
    !/[/\\]/.test(name)
  );
}

function isText(v: unknown): v is Text {
  if (typeof v === "string") return true;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  return Object.entries(v).every(([k, x]) => (k === "en" || k === "zh-CN") && typeof x === "string");
}

function isVersion(v: unknown): v is number {
  return typeof v === "number" && Number.isInteger(v) && v >= 1;
}

/** The index entry of one file, from its text (already read) and its hash. Nothing is validated here. */
export function catalogIndexEntry(file: string, text: string, sha256: string): CatalogIndexEntry {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { file, sha256 };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) return { file, sha256 };
  const d = json as { id?: unknown; version?: unknown; name?: unknown };
  if (typeof d.id !== "string") return { file, sha256 };
  return {
    file,
    sha256,
    id: d.id,
    version: isVersion(d.version) ? d.version : 1,
    ...(isText(d.name) ? { name: d.name } : {}),
  };
}

export function catalogIndex(entries: readonly CatalogIndexEntry[]): CatalogIndex {
  return {
    schema: 1,
    processes: [...entries].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
  };
}

/** The index as written to catalog/index.json: stable (no dates), so rebuilding changes nothing. */
export function catalogIndexJson(index: CatalogIndex): string {
  return `${JSON.stringify(index, null, 2)}\n`;
}

/** An index read back, keeping only well-formed entries; undefined when it is not an index at all. */
export function parseCatalogIndex(v: unknown): CatalogIndex | undefined {
  if (typeof v !== "object" || v === null) return undefined;
  const o = v as { schema?: unknown; processes?: unknown };
  if (o.schema !== 1 || !Array.isArray(o.processes)) return undefined;
  const processes: CatalogIndexEntry[] = [];
  for (const e of o.processes as unknown[]) {
    if (typeof e !== "object" || e === null) continue;
    const x = e as { file?: unknown; sha256?: unknown; id?: unknown; version?: unknown; name?: unknown };
    if (typeof x.file !== "string" || !isCatalogFileName(x.file)) continue;
    if (typeof x.sha256 !== "string" || !/^[0-9a-f]{64}$/.test(x.sha256)) continue;
    processes.push({
      file: x.file,
      sha256: x.sha256,
      ...(typeof x.id === "string" ? { id: x.id } : {}),
      ...(isVersion(x.version) ? { version: x.version } : {}),
      ...(isText(x.name) ? { name: x.name } : {}),
    });
  }
  return { schema: 1, processes };
}

/** A valid catalogue file, as far as choosing between versions goes. */
export interface CatalogVersion {
  readonly file: string;
  readonly id: string;
  readonly version: number;
}

export interface CatalogChoice<T extends CatalogVersion> {
  /** The newest version: what the gallery offers. */
  readonly offered: T;
  /** Older versions, newest first: listed as history. */
  readonly history: readonly T[];
  /** Files with the same id and version as one kept (the first by file name is kept). */
  readonly duplicates: readonly T[];
}

/**
 * Per process id, the version to offer and the others: two files of one id with different versions
 * keep both (the newest offered, the older as history); two with the same version are ambiguous, so the
 * first by file name is used and the other flagged. Ids come out sorted.
 */
export function chooseVersions<T extends CatalogVersion>(files: readonly T[]): CatalogChoice<T>[] {
  const byId = new Map<string, T[]>();
  for (const f of files) byId.set(f.id, [...(byId.get(f.id) ?? []), f]);
  return [...byId.keys()].sort().map((id) => {
    const sorted = [...(byId.get(id) as T[])].sort(
      (a, b) => b.version - a.version || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
    );
    const kept: T[] = [];
    const duplicates: T[] = [];
    for (const f of sorted) (kept.some((k) => k.version === f.version) ? duplicates : kept).push(f);
    const [offered, ...history] = kept as [T, ...T[]];
    return { offered, history, duplicates };
  });
}
